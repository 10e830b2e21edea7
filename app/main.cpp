#include "commandline.h"
#include "installlayout.h"
#include "mainwindow.h"
#include "services/session.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

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
            return reportlens::CommandLine::run(arguments, &out, &err,
                                                reportlens::InstallLayout::seedsFolder());
        }
        // No display needed: the other subcommands run on a core application.
        QCoreApplication app(argc, argv);
        return reportlens::CommandLine::run(arguments, &out, &err,
                                            reportlens::InstallLayout::seedsFolder());
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/reportlens/reportlens.svg"_s));
    // The window follows the system language (Chinese or English), or the one chosen from its
    // View menu; Qt's own dialogs and buttons too.
    auto language =
        std::make_unique<reportlens::UiLanguage>(reportlens::UiLanguage::windowLocale());

    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database."_s, u"URL"_s);
    // For scripts: pictures of every view, and the time to the first frame.
    const QCommandLineOption screenshotsOption(u"screenshots"_s, u"Save views."_s, u"FOLDER"_s);
    const QCommandLineOption firstFrameOption(u"first-frame-exit"_s, u"Report the first frame."_s);
    parser.addOptions({dbOption, screenshotsOption, firstFrameOption});
    parser.parse(arguments);
    // Files and folders named on the command line (as a file manager's "Open with" does) are
    // imported once the window is up.
    const QStringList filesToImport = parser.positionalArguments();
    // The same session the command line opens: the database brought in line with the metrics
    // file, and on first start the bundled seeds.
    reportlens::Session session({parser.value(dbOption), reportlens::MetricCatalog::builtIn(),
                                 reportlens::Session::EmptyDatabase::ImportSeeds,
                                 reportlens::InstallLayout::seedsFolder()});
    QString error;
    if (!session.open(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("ReportLens"),
                              QObject::tr("The database cannot be opened:\n%1").arg(error));
        return 1;
    }
    reportlens::ReportStore &store = session.store();

    auto window = std::make_unique<reportlens::MainWindow>(&store, language->isEnglish());
    // Another language: the window is made again, every string in the new language.
    std::function<void(const QString &)> switchLanguage = [&](const QString &next) {
        reportlens::UiLanguage::setWindowLanguage(next);
        window->close();   // keeps its layout and choices
        language.reset();  // its translators go before the new ones come
        language = std::make_unique<reportlens::UiLanguage>(QLocale(next));
        window = std::make_unique<reportlens::MainWindow>(&store, language->isEnglish());
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
    const reportlens::Importer::Summary &seeds = session.seedImport();
    if (!seeds.errors.isEmpty())
        QMessageBox::warning(window.get(), QObject::tr("ReportLens"),
                             QObject::tr("Some bundled sample reports could not be imported:\n%1")
                                 .arg(seeds.errors.join(u'\n')));
    if (!filesToImport.isEmpty())
        QTimer::singleShot(0, window.get(), [&] { window->importPaths(filesToImport); });
    if (parser.isSet(screenshotsOption)) {
        for (const QString &path : window->saveScreenshots(parser.value(screenshotsOption)))
            std::printf("%s\n", qPrintable(path));
        return 0;
    }
    return app.exec();
}
