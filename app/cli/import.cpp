// import: reports into the database, with progress on stderr for anything longer than a moment.
#include "cli/subcommands.h"

#include "services/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {
int runImport(const Invocation &call) {
    if (call.positional.isEmpty())
        return usageError(
            call.err, QCoreApplication::translate(
                          "reportlens::cli", "import: no PATH given (files or folders to import)"));
    int status = ExitOk;
    int unreadable = 0;  // paths that are missing or not read: failures too
    const QStringList files = reportFiles(call, &status, &unreadable);
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
            writeLine(call.err, u"reportlens: "_s +
                                    QCoreApplication::translate(
                                        "reportlens::cli", "imported %1 of %2, about %3 s left")
                                        .arg(done)
                                        .arg(total)
                                        .arg((remainingMs + 999) / 1000));
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
                            .arg(summary.failed + unreadable)
                            .arg(store.location().describe()));
    return summary.failed > 0 ? ExitFileError : status;
}

}  // namespace reportlens::cli
