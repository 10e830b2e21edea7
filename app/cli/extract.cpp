// extract and table: figures and the city table from report files; table with no PATH, the
// database's table as the window shows it. The table goes to stdout, or as an Excel workbook to
// --out.
#include "cli/subcommands.h"

#include "engine/reportparser.h"
#include "services/export/xlsxexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {
namespace {

// The table as --format asks: JSON or CSV on stdout, or a workbook in --out, its path on stdout.
int writeTable(const Invocation &call, const CityTable &table) {
    if (call.format != OutputFormat::Xlsx) {
        TableWriter::write(table, call.format, call.out);
        return ExitOk;
    }
    const QString out = call.parser->value(u"out"_s);
    const bool english = outputLocale(call.parser->value(u"lang"_s)).language() == QLocale::English;
    QString error;
    if (!XlsxExport::writeCityTable(table, {}, {}, english, out, &error)) {
        writeLine(call.err, u"reportlens: "_s + error);
        return ExitFileError;
    }
    writeLine(call.out, out);
    return ExitOk;
}

// Reads the files one at a time, each written (or folded into the table) and dropped before
// the next is read, so that memory stays flat however many files there are.
int readFiles(const Invocation &call, const QString &command) {
    const OutputFormat format = call.format;
    if (call.positional.isEmpty())
        return usageError(
            call.err, QCoreApplication::translate("reportlens::cli",
                                                  "%1: no PATH given (files or folders to read)")
                          .arg(command));
    int status = ExitOk;
    const QStringList files = reportFiles(call, &status);
    const ReportParser reportParser(call.catalog);
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
    if (extracting) {
        writer.end();
        return status;
    }
    const int written = writeTable(call, tableBuilder.table());
    return written != ExitOk ? written : status;
}

}  // namespace

int runExtract(const Invocation &call) {
    return readFiles(call, u"extract"_s);
}

int runTable(const Invocation &call) {
    // Checked before any file is read: a workbook is a file, not stdout.
    if (call.format == OutputFormat::Xlsx && call.parser->value(u"out"_s).isEmpty())
        return usageError(
            call.err, QCoreApplication::translate("reportlens::cli",
                                                  "table: --format xlsx needs --out FILE.xlsx"));
    if (!call.positional.isEmpty())
        return readFiles(call, u"table"_s);
    // No PATH: the database's table, corrections and all, as the window shows it.
    const std::optional<CityTable> table = storedTable(call);
    if (!table)
        return ExitFileError;
    return writeTable(call, *table);
}

}  // namespace reportlens::cli
