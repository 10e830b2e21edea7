// How the cost of corrections grows with their number: corrections added one at a time to one
// document (as the window adds them), and a corrections file imported into a database of the
// seeds, each at 1x, 2x and 4x. Prints time and peak memory; linear growth doubles the time.
//   bench_corrections [--one-document 1000] [--import 25000] [--db-folder DIR]
#include "benchmarkmemory.h"
#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"
#include "services/importer.h"
#include "services/reparser.h"
#include "storage/reportstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

qsizetype option(const QStringList &args, const QString &name, qsizetype fallback) {
    const qsizetype at = args.indexOf(name);
    return at > 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
}

// A new database in the folder holding the seeds; false with a message when it cannot be made.
bool seedDatabase(ReportStore *store, const QString &path) {
    DatabaseLocation location;
    location.sqlitePath = path;
    QString error;
    if (!store->open(location, &error)) {
        std::fprintf(stderr, "bench_corrections: %s\n", qPrintable(error));
        return false;
    }
    const ReportParser parser;
    int reparsed = 0;
    Reparser(store, &parser).bringInLine(&reparsed, &error);
    QStringList problems;
    const Importer::Summary summary =
        Importer(store, &parser)
            .run(ReportFiles::expand({QStringLiteral(REPORTLENS_SEEDS_DIR)}, &problems));
    if (summary.added != 5) {
        std::fprintf(stderr, "bench_corrections: the seeds were not imported: %s\n",
                     qPrintable(summary.errors.join(u'\n')));
        return false;
    }
    return true;
}

// The i-th correction: a label set on one of the document's figures, in turn.
Correction labelCorrection(const Document &document, qsizetype i) {
    const Figure &figure = document.figures[size_t(i) % document.figures.size()];
    Correction correction;
    correction.kind = CorrectionKind::SetLabel;
    correction.anchor = {document.contentHash, document.path, figure.start, figure.end, figure.raw};
    correction.values = {{u"label"_s, u"核对过的标签 %1"_s.arg(i)}};
    correction.author = u"bench"_s;
    correction.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + i, Qt::UTC);
    return correction;
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype oneDocument = option(args, u"--one-document"_s, 1000);
    const qsizetype imported = option(args, u"--import"_s, 25000);
    QTemporaryDir temporary;
    const qsizetype folderAt = args.indexOf(u"--db-folder"_s);
    const QString folder =
        folderAt > 0 && folderAt + 1 < args.size() ? args.at(folderAt + 1) : temporary.path();

    std::printf("corrections added one at a time to one document (SQLite)\n");
    for (int factor : {1, 2, 4}) {
        ReportStore store;
        if (!seedDatabase(&store, folder + u"/one-%1.sqlite"_s.arg(factor)))
            return 1;
        const std::optional<Document> document = store.document(store.documents().front().id);
        if (!document || document->figures.empty())
            return 1;
        const qsizetype count = oneDocument * factor;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < count; ++i) {
            QString error;
            if (store.addCorrection(labelCorrection(*document, i), &error) == 0) {
                std::fprintf(stderr, "bench_corrections: %s\n", qPrintable(error));
                return 1;
            }
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        std::printf("%dx  %7lld corrections  %7.2f s  %8.0f corrections/s  peak RSS %6.1f MiB\n",
                    factor, qlonglong(count), seconds, double(count) / seconds,
                    double(peakRssKiB()) / 1024.0);
    }

    std::printf("a corrections file imported, spread over the seeds' documents (SQLite)\n");
    for (int factor : {1, 2, 4}) {
        ReportStore store;
        if (!seedDatabase(&store, folder + u"/import-%1.sqlite"_s.arg(factor)))
            return 1;
        std::vector<Document> documents;
        for (const DocumentSummary &summary : store.documents())
            documents.push_back(*store.document(summary.id));
        const qsizetype count = imported * factor;
        QJsonArray file;
        for (qsizetype i = 0; i < count; ++i)
            file.append(labelCorrection(documents[size_t(i) % documents.size()], i).toJson());
        QElapsedTimer timer;
        timer.start();
        int added = 0;
        QString error;
        if (!store.importCorrections(file, &added, &error) || added != count) {
            std::fprintf(stderr, "bench_corrections: %s (%d added)\n", qPrintable(error), added);
            return 1;
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        std::printf("%dx  %7lld corrections  %7.2f s  %8.0f corrections/s  peak RSS %6.1f MiB\n",
                    factor, qlonglong(count), seconds, double(count) / seconds,
                    double(peakRssKiB()) / 1024.0);
    }
    return 0;
}
