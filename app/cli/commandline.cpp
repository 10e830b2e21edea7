#include "cli/commandline.h"

#include "cli/options.h"
#include "cli/subcommands.h"
#include "engine/input/filekinds.h"

#include "installlayout.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

using cli::usageError;
using cli::writeLine;

QStringList subcommandNames() {
    QStringList names;
    for (const cli::Subcommand &command : cli::subcommands())
        names.append(command.name);
    return names;
}

// ".txt, .md, … and .pdf": the file kinds a folder is searched for.
QString reportSuffixes() {
    QStringList suffixes = FileKinds::suffixes();
    const QString last = suffixes.takeLast();
    return suffixes.join(u", "_s) + u" and "_s + last;
}

// The value of the subcommand, the first argument that is neither an option nor its value.
QString subcommandOf(const QStringList &arguments) {
    const QStringList withValue = cli::optionsWithValue();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (withValue.contains(arguments.at(i)))
            ++i;
        else if (!arguments.at(i).startsWith(u'-'))
            return arguments.at(i);
    }
    return {};
}

}  // namespace

QString CommandLine::usageText() {
    constexpr qsizetype kNameWidth = 7;  // "extract"; longer names push their synopsis on
    QString text =
        u"Usage:\n"
        "  reportlens [--db URL] [PATH...]  open the dashboard (the default database; "
        "the\n"
        "                                  bundled sample reports on first start), "
        "importing\n"
        "                                  the PATHs given\n"_s;
    for (const cli::Subcommand &command : cli::subcommands()) {
        const QString lead = u"  reportlens "_s + command.name.leftJustified(kNameWidth) + u' ';
        bool first = true;
        for (const QString &line : command.synopsis.split(u'\n')) {
            text += (first ? lead : QString(lead.size(), u' ')) + line + u'\n';
            first = false;
        }
    }
    text +=
        u"PATH: report files or folders, searched recursively for\n"
        "      %1 files.\n"
        "URL: a SQLite file (default: the user's data folder) or\n"
        "     postgresql://user@host:port/dbname.\n"
        "Options:\n"_s.arg(reportSuffixes());
    for (const cli::Option &option : cli::options()) {
        QString names = (option.alias.isEmpty() ? QString() : u"-"_s + option.alias + u", "_s) +
                        u"--"_s + option.name;
        if (!option.valueName.isEmpty())
            names += u' ' + option.valueName;
        text += u"  "_s + names.leftJustified(22) + u' ' + option.description + u'\n';
    }
    return text;
}

int CommandLine::runProcess(int &argc, char **argv, const QStringList &arguments) {
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);  // progress shows at once
    if (needsGui(arguments)) {
        // Drawing needs a GUI application; with no display, the offscreen platform.
        if (qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        const UiLanguage messages(QLocale::system());
        return run(arguments, &out, &err, InstallLayout::seedsFolder());
    }
    // No display needed: the other subcommands run on a core application.
    QCoreApplication app(argc, argv);
    // Messages in the user's language (LANG); what goes to stdout (JSON, CSV, summaries) stays
    // as scripts read it.
    const UiLanguage messages(QLocale::system());
    return run(arguments, &out, &err, InstallLayout::seedsFolder());
}

bool CommandLine::isHeadless(const QStringList &arguments) {
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"-h" || argument == u"--help" || argument == u"--version" ||
            argument == u"-v")
            return true;
    }
    const QString command = subcommandOf(arguments);
    if (command.isEmpty())
        return false;
    if (cli::subcommand(command) || command == u"help")
        return true;
    // A file or folder opens the window, which imports it; any other word is an unknown
    // subcommand, reported as a usage error, headless.
    return !QFileInfo::exists(command);
}

bool CommandLine::needsGui(const QStringList &arguments) {
    const cli::Subcommand *command = cli::subcommand(subcommandOf(arguments));
    return command && command->needsGui;
}

int CommandLine::run(const QStringList &arguments, QIODevice *out, QIODevice *err,
                     const QString &samplesFolder) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"ReportLens: figures from trade-union work reports"_s);
    cli::addOptions(&parser);
    parser.addPositionalArgument(u"command"_s, subcommandNames().join(u", "_s));
    parser.addPositionalArgument(u"arguments"_s, u"Paths, search text or FILE."_s, u"..."_s);

    if (!parser.parse(arguments))
        return usageError(
            err, QCoreApplication::translate("reportlens::cli", "%1 (see reportlens --help)")
                     .arg(parser.errorText()));
    if (parser.isSet(u"help"_s) || parser.positionalArguments().value(0) == u"help") {
        out->write(usageText().toUtf8());
        return ExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        writeLine(out, u"reportlens "_s + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    const QString name = positional.isEmpty() ? QString() : positional.takeFirst();
    const cli::Subcommand *command = cli::subcommand(name);
    if (!command)
        return usageError(err, QCoreApplication::translate("reportlens::cli",
                                                           "unknown command \"%1\" (expected %2)")
                                   .arg(name, subcommandNames().join(u", "_s)));
    const QString formatName = parser.value(u"format"_s);
    std::optional<OutputFormat> format;
    if (formatName.isEmpty() || formatName == u"json")
        format = OutputFormat::Json;
    else if (formatName == u"csv")
        format = OutputFormat::Csv;
    else if (formatName == u"xlsx")
        format = OutputFormat::Xlsx;
    if (!format)
        return usageError(
            err, QCoreApplication::translate("reportlens::cli",
                                             "--format must be json, csv or xlsx, not \"%1\"")
                     .arg(formatName));
    // A workbook is written for the city table only; extract and trend write JSON or CSV.
    if (*format == OutputFormat::Xlsx && name != u"table")
        return usageError(err, QCoreApplication::translate(
                                   "reportlens::cli", "--format xlsx is for table only, not %1")
                                   .arg(name));
    const std::optional<ReportSelection> reports = ReportSelection::parse(
        parser.value(u"reports"_s).isEmpty() ? u"latest"_s : parser.value(u"reports"_s));
    if (!reports)
        return usageError(err, QCoreApplication::translate(
                                   "reportlens::cli",
                                   "--reports must be latest, all or a period such as 2024 or"
                                   " 2018-2022, not \"%1\"")
                                   .arg(parser.value(u"reports"_s)));
    const bool readsFiles = name == u"extract" || (name == u"table" && !positional.isEmpty());
    if (parser.isSet(u"db"_s) && readsFiles)
        return usageError(
            err, QCoreApplication::translate("reportlens::cli",
                                             "%1 reads files, not a database: --db does not apply")
                     .arg(name));

    cli::Invocation call{
        &parser,       positional, out,     err, MetricCatalog::builtIn(), parser.value(u"db"_s),
        samplesFolder, *format,    *reports};
    // For report, --metrics lists metric ids (X,Y); elsewhere it names a metrics file.
    if (parser.isSet(u"metrics"_s) && name != u"report") {
        QString error;
        if (!call.catalog.loadFromFile(parser.value(u"metrics"_s), &error)) {
            writeLine(
                err,
                u"reportlens: "_s +
                    QCoreApplication::translate("reportlens::cli", "metrics file %1").arg(error));
            return ExitFileError;
        }
    }
    return command->run(call);
}

}  // namespace reportlens
