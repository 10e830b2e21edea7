// extract and table: figures and the city table from report files; table with no PATH, the
// database's table as the window shows it.
#include "cli/subcommands.h"

#include "engine/reportparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {
namespace {

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
    if (extracting)
        writer.end();
    else
        TableWriter::write(tableBuilder.table(), format, call.out);
    return status;
}

}  // namespace

int runExtract(const Invocation &call) {
    return readFiles(call, u"extract"_s);
}

int runTable(const Invocation &call) {
    if (!call.positional.isEmpty())
        return readFiles(call, u"table"_s);
    // No PATH: the database's table, corrections and all, as the window shows it.
    const std::optional<CityTable> table = storedTable(call);
    if (!table)
        return ExitFileError;
    TableWriter::write(*table, call.format, call.out);
    return ExitOk;
}

}  // namespace reportlens::cli
