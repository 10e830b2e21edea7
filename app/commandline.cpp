#include "commandline.h"

#include "citytable.h"
#include "metriccatalog.h"
#include "outputwriter.h"
#include "reportfiles.h"
#include "reportparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

const QStringList kHeadlessCommands = {u"extract"_s, u"table"_s};

void writeLine(QIODevice *device, const QString &line) {
    device->write((line + u'\n').toUtf8());
}

QString usageText() {
    return u"Usage:\n"
           "  reportlens                      open the dashboard on the bundled sample reports\n"
           "  reportlens extract [--format json|csv] [--metrics FILE] PATH...\n"
           "  reportlens table   [--format json|csv] [--metrics FILE] PATH...\n"
           "PATH: report files or folders (searched recursively for .txt and .md files).\n"_s;
}

}  // namespace

bool CommandLine::isHeadless(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (kHeadlessCommands.contains(argument) || argument == u"-h" || argument == u"--help" ||
            argument == u"--version" || argument == u"-v" || argument == u"help")
            return true;
        if (!argument.startsWith(u'-'))
            return true;  // an unknown subcommand: reported as a usage error, headless
    }
    return false;
}

int CommandLine::run(const QStringList &arguments, QIODevice *out, QIODevice *err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"ReportLens: figures from trade-union work reports"_s);
    const QCommandLineOption formatOption(u"format"_s, u"Output format: json or csv."_s,
                                          u"json|csv"_s, u"json"_s);
    const QCommandLineOption metricsOption(
        u"metrics"_s, u"Metrics file to use instead of the built-in one."_s, u"FILE"_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, u"Show the version."_s);
    parser.addOptions({formatOption, metricsOption, helpOption, versionOption});
    parser.addPositionalArgument(u"command"_s, u"extract or table"_s);
    parser.addPositionalArgument(u"paths"_s, u"Report files or folders."_s, u"PATH..."_s);

    if (!parser.parse(arguments)) {
        writeLine(err, u"reportlens: %1 (see reportlens --help)"_s.arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(helpOption) || parser.positionalArguments().value(0) == u"help") {
        out->write(usageText().toUtf8());
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        writeLine(out, u"reportlens "_s + QCoreApplication::applicationVersion());
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? QString() : positional.takeFirst();
    if (!kHeadlessCommands.contains(command)) {
        writeLine(err,
                  u"reportlens: unknown command \"%1\" (expected extract or table)"_s.arg(command));
        return ExitUsage;
    }
    const QString formatName = parser.value(formatOption);
    std::optional<OutputFormat> format;
    if (formatName == u"json")
        format = OutputFormat::Json;
    else if (formatName == u"csv")
        format = OutputFormat::Csv;
    if (!format) {
        writeLine(err, u"reportlens: --format must be json or csv, not \"%1\""_s.arg(formatName));
        return ExitUsage;
    }
    if (positional.isEmpty()) {
        writeLine(err, u"reportlens %1: no PATH given (files or folders to read)"_s.arg(command));
        return ExitUsage;
    }

    MetricCatalog catalog = MetricCatalog::builtIn();
    if (parser.isSet(metricsOption)) {
        QString error;
        if (!catalog.loadFromFile(parser.value(metricsOption), &error)) {
            writeLine(err, u"reportlens: metrics file %1"_s.arg(error));
            return ExitFileError;
        }
    }

    QStringList errors;
    const QStringList files = ReportFiles::expand(positional, &errors);
    int status = ExitOk;
    for (const QString &error : std::as_const(errors)) {
        writeLine(err, u"reportlens: "_s + error);
        status = ExitFileError;
    }

    const ReportParser reportParser(catalog);
    // Each document is written (or folded into the table) and dropped before the next is
    // read, so memory stays flat however many files there are.
    ExtractionWriter writer(out, *format);
    CityTableBuilder tableBuilder(catalog);
    const bool extracting = command == u"extract";
    if (extracting)
        writer.begin();
    for (const QString &file : files) {
        Document document;
        QString error;
        if (!reportParser.parseFile(file, &document, &error)) {
            writeLine(err, u"reportlens: "_s + error);
            status = ExitFileError;
            continue;
        }
        if (extracting)
            writer.addDocument(document);
        else
            tableBuilder.addDocument(document);
    }
    if (extracting)
        writer.end();
    else
        TableWriter::write(tableBuilder.table(), *format, out);
    return status;
}

}  // namespace reportlens
