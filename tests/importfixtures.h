// What the import tests share: many small generated reports, and a watch on the event loop of
// the thread that runs it (a 20 ms timer whose longest wait shows how responsive it stayed).
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace reportlens::testing {

// count small reports, each about a city of its own, in folder; empty if one cannot be written.
inline QStringList writeReports(const QString &folder, int count) {
    using namespace Qt::Literals::StringLiterals;
    QStringList paths;
    QDir().mkpath(folder);
    for (int n = 0; n < count; ++n) {
        const QString path = u"%1/report_%2.txt"_s.arg(folder).arg(n, 5, 10, QChar(u'0'));
        QFile file(path);
        const QString text =
            u"第%1市总工会工作报告\n\n全市建立工会组织%2家,涵盖单位%3家,会员%4人。"
            "走访慰问困难职工家庭%5户。"_s.arg(n)
                .arg(1000 + n)
                .arg(20000 + n)
                .arg(500000 + n)
                .arg(300 + n);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        paths.append(path);
    }
    return paths;
}

// The longest gap between ticks of a 20 ms timer on this thread, from construction on.
class TickWatch : public QObject {
public:
    TickWatch() {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_sinceTick.restart();
            if (gap > m_longest) {
                m_longest = gap;
                m_longestEndedAt = m_sinceStart.elapsed();
            }
        });
        m_sinceTick.start();
        m_sinceStart.start();
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longest; }
    // When the longest gap ended, in ms from the watch's start: what the thread was doing.
    qint64 longestGapEndedAtMs() const { return m_longestEndedAt; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceStart;
    qint64 m_longest = 0;
    qint64 m_longestEndedAt = 0;
};

}  // namespace reportlens::testing
