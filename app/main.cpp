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
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

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
        // No display needed: the subcommands run on a core application.
        QCoreApplication app(argc, argv);
        QFile out;
        QFile err;
        out.open(stdout, QIODevice::WriteOnly);
        err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);  // progress shows at once
        return reportlens::CommandLine::run(arguments, &out, &err);
    }

    QApplication app(argc, argv);
    // The window follows the system language (Chinese or English, compiled into the binary).
    QTranslator translator;
    if (translator.load(QLocale(), u"reportlens"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(&translator);

    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"Database."_s, u"URL"_s);
    parser.addOption(dbOption);
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
    reportlens::MainWindow window(&store);
    window.show();
    window.importSamplesIfEmpty(bundledSeedsFolder());
    return app.exec();
}
