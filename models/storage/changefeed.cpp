#include "storage/changefeed.h"

#include "storage/connection.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

ChangeFeed::ChangeFeed(const Connection &connection, QObject *parent)
    : QObject(parent), m_connection(connection) {
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_sinceTold.start();
        emit changedElsewhere();
    });
}

void ChangeFeed::tell() {
    if (m_settle.isActive())
        return;
    // A burst settles first; a long import elsewhere is told every two polls, not each commit.
    const qint64 gap = 2 * qint64(m_poll.interval());
    const qint64 since = m_sinceTold.isValid() ? m_sinceTold.elapsed() : gap;
    m_settle.start(int(std::max<qint64>(m_poll.interval() / 8, gap - since)));
}

void ChangeFeed::start() {
    stop();
    if (!m_connection.isOpen())
        return;
    if (m_connection.isPostgres()) {
        QSqlDriver *driver = m_connection.database().driver();
        if (driver && driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
            m_driver = driver;
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource source,
                           const QVariant &) { notified(name, source); });
        }
        return;
    }
    m_dataVersion = -1;
    poll();
    m_poll.start();
}

void ChangeFeed::stop() {
    m_poll.stop();
    m_settle.stop();
    if (m_driver) {
        disconnect(m_driver, nullptr, this, nullptr);
        if (m_connection.isOpen())
            m_driver->unsubscribeFromNotification(QString::fromLatin1(kChannel));
        m_driver = nullptr;
    }
}

void ChangeFeed::poll() {
    if (!m_connection.isOpen() || m_connection.depth() > 0)
        return;  // inside our own transaction the number means nothing
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return;  // looked at again at the next tick
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        tell();
    m_dataVersion = version;
}

void ChangeFeed::notified(const QString &name, QSqlDriver::NotificationSource source) {
    // Our own commits are shown already.
    if (name == QLatin1String(kChannel) && source != QSqlDriver::SelfSource)
        tell();
}

}  // namespace reportlens
