#include "commandline.h"

#include "citychartview.h"
#include "comparisonreport.h"
#include "doctor.h"
#include "engine/citytable.h"
#include "engine/input/filekinds.h"
#include "engine/input/reportfiles.h"
#include "engine/metriccatalog.h"
#include "engine/reportparser.h"
#include "services/export/outputwriter.h"
#include "services/importer.h"
#include "services/session.h"
#include "storage/reportstore.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QObject>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

const QStringList kHeadlessCommands = {u"extract"_s, u"table"_s, u"import"_s, u"corrections"_s,
                                       u"search"_s,  u"chart"_s, u"report"_s, u"doctor"_s};

void writeLine(QIODevice *device, const QString &line) {
    device->write((line + u'\n').toUtf8());
}

// ".txt, .md, … and .pdf": the file kinds a folder is searched for.
QString reportSuffixes() {
    QStringList suffixes = FileKinds::suffixes();
    const QString last = suffixes.takeLast();
    return suffixes.join(u", "_s) + u" and "_s + last;
}

QString usageText() {
    return u"Usage:\n"
           "  reportlens [--db URL] [PATH...]  open the dashboard (the default database; the\n"
           "                                  bundled sample reports on first start), importing\n"
           "                                  the PATHs given\n"
           "  reportlens extract [--format json|csv] [--metrics FILE] PATH...\n"
           "  reportlens table   [--format json|csv] [--metrics FILE] PATH...\n"
           "  reportlens table   [--format json|csv] [--metrics FILE] [--db URL]\n"
           "                     the database's table, as the window shows it\n"
           "  reportlens import  [--db URL] [--metrics FILE] PATH...\n"
           "  reportlens search  [--db URL] TEXT\n"
           "  reportlens corrections export|import [--db URL] FILE\n"
           "  reportlens chart --metric ID [--cities A,B] [--size WxH] [--dpi N] [--per-member]\n"
           "                   [--horizontal] [--lang zh_CN|en] [--db URL] --out "
           "FILE.png|FILE.svg\n"
           "  reportlens report [--cities A,B] [--metrics X,Y] [--lang zh_CN|en] [--db URL]\n"
           "                   --out FILE.pdf\n"
           "  reportlens doctor [--lang zh_CN|en]   check this installation\n"
           "PATH: report files or folders (searched recursively for %1 files).\n"
           "URL: a SQLite file (default: the user's data folder) or\n"
           "     postgresql://user@host:port/dbname.\n"_s.arg(reportSuffixes());
}

// What every subcommand shares: the parsed options and where to write.
struct Invocation {
    QCommandLineParser *parser;
    QStringList positional;  // after the command
    QIODevice *out;
    QIODevice *err;
    MetricCatalog catalog;
    QString dbUrl;
    QString samplesFolder;
};

int usageError(QIODevice *err, const QString &message) {
    writeLine(err, u"reportlens: "_s + message);
    return ExitUsage;
}

// The files the PATH arguments name; a path that is not there is reported and makes the
// exit status 1, the others go on.
QStringList reportFiles(const Invocation &call, int *status) {
    QStringList errors;
    const QStringList files = ReportFiles::expand(call.positional, &errors);
    *status = ExitOk;
    for (const QString &error : std::as_const(errors)) {
        writeLine(call.err, u"reportlens: "_s + error);
        *status = ExitFileError;
    }
    return files;
}

// Progress through a file read in parts.
QString readingLine(const QString &path, qint64 bytesRead, qint64 bytesTotal) {
    return u"reportlens: reading %1: %2 of %3 MB"_s.arg(path)
        .arg(bytesRead / 1e6, 0, 'f', 0)
        .arg(bytesTotal / 1e6, 0, 'f', 0);
}

int extractOrTable(const Invocation &call, const QString &command, OutputFormat format) {
    if (call.positional.isEmpty())
        return usageError(call.err, u"%1: no PATH given (files or folders to read)"_s.arg(command));
    int status = ExitOk;
    const QStringList files = reportFiles(call, &status);
    const ReportParser reportParser(call.catalog);
    // Each document is written (or folded into the table) and dropped before the next is
    // read, so memory stays flat however many files there are.
    ExtractionWriter writer(call.out, format);
    CityTableBuilder tableBuilder(call.catalog);
    const bool extracting = command == u"extract";
    if (extracting)
        writer.begin();
    QElapsedTimer started;
    started.start();
    qint64 lastLine = -1;
    for (const QString &file : files) {
        Document document;
        QString error;
        if (ReportParser::readsInParts(file)) {
            // Too large to hold at once: part by part, with progress after the first second.
            const auto onPart = [&](Document &part, qint64 bytesRead, qint64 bytesTotal) {
                if (extracting)
                    writer.addDocument(part);
                else
                    tableBuilder.addDocument(part);
                const qint64 now = started.elapsed();
                if (now >= 1000 && now - lastLine >= 500) {
                    lastLine = now;
                    writeLine(call.err, readingLine(file, bytesRead, bytesTotal));
                }
                return true;
            };
            if (!reportParser.parseInParts(file, ReportParser::kPartChars, onPart, &error)) {
                writeLine(call.err, u"reportlens: "_s + error);
                status = ExitFileError;
            }
            continue;
        }
        if (!reportParser.parseFile(file, &document, &error)) {
            writeLine(call.err, u"reportlens: "_s + error);
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
        TableWriter::write(tableBuilder.table(), format, call.out);
    return status;
}

// The session on the database --db names (or the default one), as the window opens it;
// null, the reason written, when it cannot be opened.
std::unique_ptr<Session> openSession(const Invocation &call, Session::EmptyDatabase empty) {
    auto session = std::make_unique<Session>(
        Session::Options{call.dbUrl, call.catalog, empty, call.samplesFolder});
    QString error;
    if (!session->open(&error)) {
        writeLine(call.err, u"reportlens: "_s + error);
        return nullptr;
    }
    if (session->reparsed() > 0)
        writeLine(call.err,
                  u"reportlens: the engine or metrics changed: parsed %1 stored"
                  " documents again (corrections kept)"_s.arg(session->reparsed()));
    return session;
}

int importFiles(const Invocation &call) {
    if (call.positional.isEmpty())
        return usageError(call.err, u"import: no PATH given (files or folders to import)"_s);
    int status = ExitOk;
    const QStringList files = reportFiles(call, &status);
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::LeaveEmpty);
    if (!session)
        return ExitFileError;
    ReportStore &store = session->store();
    Importer importer(&store, &session->parser());
    // Progress for anything longer than a moment: after the first second, a line at most
    // twice a second, and the last one.
    QElapsedTimer started;
    started.start();
    qint64 lastLine = -1;
    QObject::connect(
        &importer, &Importer::progress, &importer, [&](int done, int total, qint64 remainingMs) {
            const qint64 now = started.elapsed();
            if (now < 1000 || (done < total && now - lastLine < 500))
                return;
            lastLine = now;
            writeLine(call.err,
                      u"reportlens: imported %1 of %2, about %3 s left"_s.arg(done).arg(total).arg(
                          (remainingMs + 999) / 1000));
        });
    QObject::connect(&importer, &Importer::fileProgress, &importer,
                     [&](const QString &path, qint64 bytesDone, qint64 bytesTotal) {
                         const qint64 now = started.elapsed();
                         if (now < 1000 || now - lastLine < 500)
                             return;
                         lastLine = now;
                         writeLine(call.err, readingLine(path, bytesDone, bytesTotal));
                     });
    const Importer::Summary summary = importer.run(files);
    for (const QString &error : summary.errors)
        writeLine(call.err, u"reportlens: "_s + error);
    for (const QString &warning : summary.warnings)
        writeLine(call.err, u"reportlens: "_s + warning);
    writeLine(call.out, u"added %1, replaced %2, unchanged %3, failed %4 (%5)"_s.arg(summary.added)
                            .arg(summary.replaced)
                            .arg(summary.unchanged)
                            .arg(summary.failed)
                            .arg(store.location().describe()));
    return summary.failed > 0 ? ExitFileError : status;
}

int searchSentences(const Invocation &call) {
    if (call.positional.isEmpty())
        return usageError(call.err, u"search: no TEXT given"_s);
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::LeaveEmpty);
    if (!session)
        return ExitFileError;
    ReportStore &store = session->store();
    QJsonArray hits;
    for (const SearchHit &hit : store.search(call.positional.join(u' '))) {
        QJsonArray figures;
        for (const Figure &figure : hit.figures) {
            figures.append(
                QJsonObject{{u"raw"_s, figure.raw},
                            {u"value"_s, jsonNumber(figure.value)},
                            {u"unit"_s, figure.unit},
                            {u"qualifier"_s, qualifierName(figure.qualifier)},
                            {u"label"_s, figure.label},
                            {u"metric"_s, figure.metric.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(figure.metric)},
                            {u"start"_s, qint64(figure.start)},
                            {u"end"_s, qint64(figure.end)}});
        }
        hits.append(QJsonObject{{u"path"_s, hit.path},
                                {u"city"_s, hit.city},
                                {u"sentence"_s, hit.sentence},
                                {u"start"_s, hit.start},
                                {u"end"_s, hit.end},
                                {u"figures"_s, figures}});
    }
    call.out->write(QJsonDocument(QJsonObject{{u"hits"_s, hits}}).toJson(QJsonDocument::Indented));
    return ExitOk;
}

// The city table of the database, which gets the bundled samples when it is empty.
std::optional<CityTable> storedTable(const Invocation &call) {
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::ImportSeeds);
    if (!session)
        return std::nullopt;
    return session->store().cityTable(call.catalog);
}

QStringList listOption(const Invocation &call, const QString &name) {
    return call.parser->value(name).split(u',', Qt::SkipEmptyParts);
}

// The report's and the chart's words in the language asked for (zh_CN unless --lang en).
QLocale outputLocale(const QString &language) {
    return QLocale(language.isEmpty() ? u"zh_CN"_s : language);
}

int drawChart(const Invocation &call) {
    const QString out = call.parser->value(u"out"_s);
    const QString metric = call.parser->value(u"metric"_s);
    if (out.isEmpty() || metric.isEmpty())
        return usageError(call.err, u"chart: --metric ID and --out FILE.png|FILE.svg are needed"_s);
    if (call.catalog.indexOf(metric) < 0)
        return usageError(call.err, u"chart: no metric \"%1\" in the metrics file"_s.arg(metric));
    const bool svg = out.endsWith(u".svg", Qt::CaseInsensitive);
    if (!svg && !out.endsWith(u".png", Qt::CaseInsensitive))
        return usageError(call.err, u"chart: --out must end in .png or .svg"_s);
    QSize size(1600, 1000);
    if (call.parser->isSet(u"size"_s)) {
        const QStringList parts = call.parser->value(u"size"_s).split(u'x');
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
        if (parts.size() != 2 || size.width() < 100 || size.height() < 100)
            return usageError(call.err, u"chart: --size is WIDTHxHEIGHT, 100x100 or more"_s);
    }
    bool dpiOk = true;
    const int dpi = call.parser->isSet(u"dpi"_s) ? call.parser->value(u"dpi"_s).toInt(&dpiOk) : 192;
    if (!dpiOk || dpi < 48 || dpi > 1200)
        return usageError(call.err, u"chart: --dpi is a number from 48 to 1200"_s);
    const std::optional<CityTable> table = storedTable(call);
    if (!table)
        return ExitFileError;
    const UiLanguage language(outputLocale(call.parser->value(u"lang"_s)));
    ChartOptions options;
    options.metrics = {metric};
    options.cities = listOption(call, u"cities"_s);
    options.perMember = call.parser->isSet(u"per-member"_s);
    options.horizontal = call.parser->isSet(u"horizontal"_s);
    options.english = call.parser->value(u"lang"_s) == u"en";
    QString error;
    const bool saved = svg ? ChartRenderer::saveSvg(out, *table, options, size, &error)
                           : ChartRenderer::savePng(out, *table, options, size, dpi, &error);
    if (!saved) {
        writeLine(call.err, u"reportlens: "_s + error);
        return ExitFileError;
    }
    writeLine(call.out, out);
    return ExitOk;
}

int writeReport(const Invocation &call) {
    const QString out = call.parser->value(u"out"_s);
    if (!out.endsWith(u".pdf", Qt::CaseInsensitive))
        return usageError(call.err, u"report: --out FILE.pdf is needed"_s);
    const QString language = call.parser->value(u"lang"_s);
    if (!language.isEmpty() && language != u"zh_CN" && language != u"en")
        return usageError(call.err, u"report: --lang is zh_CN or en, not \"%1\""_s.arg(language));
    const std::optional<CityTable> table = storedTable(call);
    if (!table)
        return ExitFileError;
    const UiLanguage scope(outputLocale(language));
    ReportOptions options;
    options.cities = listOption(call, u"cities"_s);
    options.metrics = listOption(call, u"metrics"_s);
    options.english = language == u"en";
    for (const QString &metric : std::as_const(options.metrics)) {
        if (call.catalog.indexOf(metric) < 0)
            return usageError(call.err,
                              u"report: no metric \"%1\" in the metrics file"_s.arg(metric));
    }
    QString error;
    if (!ComparisonReport(*table, options).writePdf(out, &error)) {
        writeLine(call.err, u"reportlens: "_s + error);
        return ExitFileError;
    }
    writeLine(call.out, out);
    return ExitOk;
}

int corrections(const Invocation &call) {
    const QString action = call.positional.value(0);
    const QString file = call.positional.value(1);
    if ((action != u"export" && action != u"import") || file.isEmpty() ||
        call.positional.size() != 2)
        return usageError(call.err, u"corrections: expected export FILE or import FILE"_s);
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::LeaveEmpty);
    if (!session)
        return ExitFileError;
    ReportStore &store = session->store();
    QFile json(file);
    if (action == u"export") {
        const QJsonArray array = store.exportCorrections();
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            json.write(QJsonDocument(QJsonObject{{u"format"_s, u"reportlens-corrections"_s},
                                                 {u"version"_s, 1},
                                                 {u"corrections"_s, array}})
                           .toJson(QJsonDocument::Indented)) < 0) {
            writeLine(call.err,
                      u"reportlens: %1: cannot be written (%2)"_s.arg(file, json.errorString()));
            return ExitFileError;
        }
        writeLine(call.out, u"exported %1 corrections to %2"_s.arg(array.size()).arg(file));
        return ExitOk;
    }
    if (!json.open(QIODevice::ReadOnly)) {
        writeLine(call.err, u"reportlens: %1: cannot be read (%2)"_s.arg(file, json.errorString()));
        return ExitFileError;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError ||
        !document.object().value(u"corrections"_s).isArray()) {
        writeLine(call.err, u"reportlens: %1: not a corrections file (%2)"_s.arg(
                                file, parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : u"no \"corrections\" array"_s));
        return ExitFileError;
    }
    int added = 0;
    QString error;
    if (!store.importCorrections(document.object().value(u"corrections"_s).toArray(), &added,
                                 &error)) {
        writeLine(call.err, u"reportlens: %1: %2"_s.arg(file, error));
        return ExitFileError;
    }
    writeLine(call.out, u"imported %1 new corrections from %2"_s.arg(added).arg(file));
    return ExitOk;
}

}  // namespace

bool CommandLine::isHeadless(const QStringList &arguments) {
    // Options that take a value: the value is not a subcommand.
    static const QStringList withValue = {
        u"--db"_s,     u"--metrics"_s, u"--format"_s, u"--screenshots"_s, u"--metric"_s,
        u"--cities"_s, u"--size"_s,    u"--dpi"_s,    u"--lang"_s,        u"--out"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (withValue.contains(argument)) {
            ++i;
            continue;
        }
        if (kHeadlessCommands.contains(argument) || argument == u"-h" || argument == u"--help" ||
            argument == u"--version" || argument == u"-v" || argument == u"help")
            return true;
        if (!argument.startsWith(u'-'))
            // A file or folder opens the window, which imports it; any other word is an
            // unknown subcommand, reported as a usage error, headless.
            return !QFileInfo::exists(argument);
    }
    return false;
}

bool CommandLine::needsGui(const QStringList &arguments) {
    return arguments.contains(u"chart"_s) || arguments.contains(u"report"_s) ||
           arguments.contains(u"doctor"_s);
}

int CommandLine::run(const QStringList &arguments, QIODevice *out, QIODevice *err,
                     const QString &samplesFolder) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"ReportLens: figures from trade-union work reports"_s);
    const QCommandLineOption formatOption(u"format"_s, u"Output format: json or csv."_s,
                                          u"json|csv"_s, u"json"_s);
    const QCommandLineOption metricsOption(
        u"metrics"_s, u"Metrics file to use instead of the built-in one."_s, u"FILE"_s);
    const QCommandLineOption dbOption(
        u"db"_s, u"Database: a SQLite file or postgresql://user@host:port/dbname."_s, u"URL"_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, u"Show the version."_s);
    parser.addOptions({formatOption, metricsOption, dbOption, helpOption, versionOption});
    // chart and report
    parser.addOptions({{u"metric"_s, u"Metric id of the chart."_s, u"ID"_s},
                       {u"cities"_s, u"Cities, comma separated."_s, u"A,B"_s},
                       {u"size"_s, u"Picture size in pixels."_s, u"WxH"_s},
                       {u"dpi"_s, u"Resolution (192: 2x)."_s, u"N"_s},
                       {u"per-member"_s, u"Values per union member."_s},
                       {u"horizontal"_s, u"Horizontal bars."_s},
                       {u"lang"_s, u"zh_CN or en."_s, u"LANG"_s},
                       {u"out"_s, u"Output file."_s, u"FILE"_s}});
    parser.addPositionalArgument(u"command"_s, u"extract, table, import, search or corrections"_s);
    parser.addPositionalArgument(u"arguments"_s, u"Paths, search text or FILE."_s, u"..."_s);

    if (!parser.parse(arguments))
        return usageError(err, u"%1 (see reportlens --help)"_s.arg(parser.errorText()));
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
    if (!kHeadlessCommands.contains(command))
        return usageError(err, u"unknown command \"%1\" (expected %2)"_s.arg(
                                   command, kHeadlessCommands.join(u", "_s)));
    const QString formatName = parser.value(formatOption);
    std::optional<OutputFormat> format;
    if (formatName == u"json")
        format = OutputFormat::Json;
    else if (formatName == u"csv")
        format = OutputFormat::Csv;
    if (!format)
        return usageError(err, u"--format must be json or csv, not \"%1\""_s.arg(formatName));
    const bool readsFiles =
        command == u"extract" || (command == u"table" && parser.positionalArguments().size() > 1);
    if (parser.isSet(dbOption) && readsFiles)
        return usageError(err,
                          u"%1 reads files, not a database: --db does not apply"_s.arg(command));

    Invocation call{
        &parser,      positional, out, err, MetricCatalog::builtIn(), parser.value(dbOption),
        samplesFolder};
    // For report, --metrics lists metric ids (X,Y); elsewhere it names a metrics file.
    if (parser.isSet(metricsOption) && command != u"report") {
        QString error;
        if (!call.catalog.loadFromFile(parser.value(metricsOption), &error)) {
            writeLine(err, u"reportlens: metrics file %1"_s.arg(error));
            return ExitFileError;
        }
    }
    if (command == u"doctor")
        return Doctor::run(parser.value(u"lang"_s), out);
    if (command == u"import")
        return importFiles(call);
    if (command == u"search")
        return searchSentences(call);
    if (command == u"corrections")
        return corrections(call);
    if (command == u"chart")
        return drawChart(call);
    if (command == u"report")
        return writeReport(call);
    if (command == u"table" && call.positional.isEmpty()) {
        // No PATH: the database's table, corrections and all, as the window shows it.
        const std::optional<CityTable> table = storedTable(call);
        if (!table)
            return ExitFileError;
        TableWriter::write(*table, *format, call.out);
        return ExitOk;
    }
    return extractOrTable(call, command, *format);
}

}  // namespace reportlens
