#include "firstframeprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <unistd.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// Milliseconds since this process was started (exec included), from /proc.
double millisecondsSinceLaunch() {
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    // Field 22 (starttime, in clock ticks since boot) follows the command name in brackets.
    const QByteArray fields = stat.readAll();
    const QList<QByteArray> rest = fields.mid(fields.lastIndexOf(')') + 2).split(' ');
    const double startTicks = rest.value(19).toDouble();
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

}  // namespace

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        std::printf("first frame: %.0f ms after launch\n", millisecondsSinceLaunch());
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace reportlens
