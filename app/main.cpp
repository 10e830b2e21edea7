#include "commandline.h"
#include "databaselocation.h"
#include "mainwindow.h"
#include "reportstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <unistd.h>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

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

// Reports the first frame of the compare view, then quits (for the startup benchmark).
class FirstFrameProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::printf("first frame: %.0f ms after launch\n", millisecondsSinceLaunch());
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

// The bundled sample: next to an installed binary, else in the source tree it was built from.
QString bundledSeedsFolder() {
    const QString installed =
        QCoreApplication::applicationDirPath() + u"/../share/reportlens/seeds"_s;
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(REPORTLENS_SOURCE_SEEDS);
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setApplicationName(u"ReportLens"_s);
    QCoreApplication::setOrganizationName(u"ReportLens"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (reportlens::CommandLine::isHeadless(arguments)) {
        QFile out;
        QFile err;
        out.open(stdout, QIODevice::WriteOnly);
        err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);  // progress shows at once
        if (reportlens::CommandLine::needsGui(arguments)) {
            // Drawing needs a GUI application; with no display, the offscreen platform.
            if (qEnvironmentVariableIsEmpty("DISPLAY") &&
                qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return reportlens::CommandLine::run(arguments, &out, &err, bundledSeedsFolder());
        }
        // No display needed: the other subcommands run on a core application.
        QCoreApplication app(argc, argv);
        return reportlens::CommandLine::run(arguments, &out, &err, bundledSeedsFolder());
    }

    QApplication app(argc, argv);
    // The window follows the system language (Chinese or English, compiled into the binary),
    // or the one chosen from its View menu.
    QTranslator translator;
    auto applyLanguage = [&](const QString &language) {
        QCoreApplication::removeTranslator(&translator);
        const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
        if (translator.load(locale, u"reportlens"_s, u"_"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(&translator);
        return locale.language() != QLocale::Chinese;
    };

    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database."_s, u"URL"_s);
    // For scripts: pictures of every view, and the time to the first frame.
    const QCommandLineOption screenshotsOption(u"screenshots"_s, u"Save views."_s, u"FOLDER"_s);
    const QCommandLineOption firstFrameOption(u"first-frame-exit"_s, u"Report the first frame."_s);
    parser.addOptions({dbOption, screenshotsOption, firstFrameOption});
    parser.parse(arguments);
    reportlens::DatabaseLocation location = reportlens::DatabaseLocation::defaultLocation();
    QString error;
    if (parser.isSet(dbOption) &&
        !reportlens::DatabaseLocation::parse(parser.value(dbOption), &location, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("ReportLens"), error);
        return 2;
    }
    reportlens::ReportStore store;
    if (!store.open(location, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("ReportLens"),
                              QObject::tr("The database cannot be opened:\n%1").arg(error));
        return 1;
    }

    QSettings settings;
    bool english = applyLanguage(settings.value(u"ui/language"_s).toString());
    auto window = std::make_unique<reportlens::MainWindow>(&store, english);
    // Another language: the window is made again, every string in the new language.
    std::function<void(const QString &)> switchLanguage = [&](const QString &language) {
        QSettings().setValue(u"ui/language"_s, language);
        window->close();  // keeps its layout and choices
        english = applyLanguage(language);
        window = std::make_unique<reportlens::MainWindow>(&store, english);
        QObject::connect(window.get(), &reportlens::MainWindow::languageChangeRequested,
                         window.get(), [&](const QString &next) {
                             QTimer::singleShot(0, [&, next] { switchLanguage(next); });
                         });
        window->show();
    };
    QObject::connect(
        window.get(), &reportlens::MainWindow::languageChangeRequested, window.get(),
        [&](const QString &next) { QTimer::singleShot(0, [&, next] { switchLanguage(next); }); });
    FirstFrameProbe probe;
    if (parser.isSet(firstFrameOption)) {
        window->showView(reportlens::MainWindow::CompareView);
        window->compareView()->viewport()->installEventFilter(&probe);
    }
    window->show();
    window->importSamplesIfEmpty(bundledSeedsFolder());
    if (parser.isSet(screenshotsOption)) {
        for (const QString &path : window->saveScreenshots(parser.value(screenshotsOption)))
            std::printf("%s\n", qPrintable(path));
        return 0;
    }
    return app.exec();
}
