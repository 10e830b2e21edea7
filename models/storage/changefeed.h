// Tells the window that another process (the command line, a colleague on the same
// PostgreSQL server) changed the database, so that it shows their imports and corrections
// without a restart. SQLite: its data_version, which moves when another connection commits,
// looked at every couple of seconds. PostgreSQL: every writer notifies kChannel as it commits
// (Connection::commit), and the server tells every listener at once.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace reportlens {

class Connection;

class ChangeFeed : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kChannel = "reportlens_changes";

    explicit ChangeFeed(const Connection &connection, QObject *parent = nullptr);

    // After the connection is open; again after it is opened anew. Off until started.
    void start();
    void stop();
    // How often SQLite's data_version is looked at (2 s; tests make it shorter).
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

signals:
    // Another process committed a change; several close together come as one.
    void changedElsewhere();

private:
    void poll();
    void tell();
    void notified(const QString &name, QSqlDriver::NotificationSource source);

    const Connection &m_connection;
    QTimer m_poll;
    QTimer m_settle;  // a burst of commits (an import's batches) is one change
    QElapsedTimer m_sinceTold;
    qint64 m_dataVersion = -1;
    QSqlDriver *m_driver = nullptr;  // PostgreSQL's, while subscribed; not owned
};

}  // namespace reportlens
