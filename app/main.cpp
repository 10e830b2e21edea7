// reportlens: a headless subcommand (app/cli/), or the window.
#include "cli/commandline.h"
#include "windowstartup.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[]) {
    QCoreApplication::setApplicationName(u"ReportLens"_s);
    QCoreApplication::setOrganizationName(u"ReportLens"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (reportlens::CommandLine::isHeadless(arguments))
        return reportlens::CommandLine::runProcess(argc, argv, arguments);
    return reportlens::WindowStartup::run(argc, argv, arguments);
}
