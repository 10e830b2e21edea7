#include "windowstartup.h"

#include "cli/options.h"
#include "firstframeprobe.h"
#include "installlayout.h"
#include "mainwindow.h"
#include "services/session.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

int WindowStartup::run(int &argc, char **argv, const QStringList &arguments) {
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/reportlens/reportlens.svg"_s));
    // The window follows the system language (Chinese or English), or the one chosen from its
    // View menu; Qt's own dialogs and buttons too.
    auto language = std::make_unique<UiLanguage>(UiLanguage::windowLocale());

    QCommandLineParser parser;
    cli::addOptions(&parser, /*window=*/true);
    parser.parse(arguments);
    // Files and folders named on the command line (as a file manager's "Open with" does) are
    // imported once the window is up.
    const QStringList filesToImport = parser.positionalArguments();
    // The same session the command line opens: the database brought in line with the metrics
    // file, and on first start the bundled seeds.
    Session session({parser.value(u"db"_s), MetricCatalog::builtIn(),
                     Session::EmptyDatabase::ImportSeeds, InstallLayout::seedsFolder()});
    QString error;
    if (!session.open(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("ReportLens"),
                              QObject::tr("The database cannot be opened:\n%1").arg(error));
        return 1;
    }
    ReportStore &store = session.store();

    auto window = std::make_unique<MainWindow>(&store, language->isEnglish());
    // Another language: the window is made again, every string in the new language.
    std::function<void(const QString &)> switchLanguage = [&](const QString &next) {
        UiLanguage::setWindowLanguage(next);
        window->close();   // keeps its layout and choices
        language.reset();  // its translators go before the new ones come
        language = std::make_unique<UiLanguage>(QLocale(next));
        window = std::make_unique<MainWindow>(&store, language->isEnglish());
        QObject::connect(window.get(), &MainWindow::languageChangeRequested, window.get(),
                         [&](const QString &next) {
                             QTimer::singleShot(0, [&, next] { switchLanguage(next); });
                         });
        window->show();
    };
    QObject::connect(
        window.get(), &MainWindow::languageChangeRequested, window.get(),
        [&](const QString &next) { QTimer::singleShot(0, [&, next] { switchLanguage(next); }); });
    FirstFrameProbe probe;
    if (parser.isSet(u"first-frame-exit"_s)) {
        window->showView(MainWindow::CompareView);
        window->compareView()->viewport()->installEventFilter(&probe);
    }
    window->show();
    const Importer::Summary &seeds = session.seedImport();
    if (!seeds.errors.isEmpty())
        QMessageBox::warning(window.get(), QObject::tr("ReportLens"),
                             QObject::tr("Some bundled sample reports could not be imported:\n%1")
                                 .arg(seeds.errors.join(u'\n')));
    if (!filesToImport.isEmpty())
        QTimer::singleShot(0, window.get(), [&] { window->importPaths(filesToImport); });
    if (parser.isSet(u"screenshots"_s)) {
        for (const QString &path : window->saveScreenshots(parser.value(u"screenshots"_s)))
            std::printf("%s\n", qPrintable(path));
        return 0;
    }
    return app.exec();
}

}  // namespace reportlens
