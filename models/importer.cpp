#include "importer.h"

#include "reportparser.h"
#include "reportstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QtConcurrent>

#include <deque>

namespace reportlens {
namespace {

struct Parsed {
    Document document;
    QString error;
    bool ok = false;
};

}  // namespace

Importer::Importer(ReportStore *store, const ReportParser *parser, QObject *parent)
    : QObject(parent), m_store(store), m_parser(parser) {}

Importer::Summary Importer::run(const QStringList &files) {
    Summary summary;
    m_cancelled = false;
    const int total = int(files.size());
    // A bounded window of parses in flight keeps every core busy without holding the
    // whole import in memory.
    const int window = std::max(2, QThread::idealThreadCount() * 2);
    std::deque<QFuture<Parsed>> inFlight;
    int next = 0;
    auto launch = [&] {
        while (next < total && int(inFlight.size()) < window) {
            // Stored under its absolute path, so that importing it again from elsewhere
            // finds the old version.
            const QString path = QFileInfo(files[next++]).absoluteFilePath();
            const ReportParser *parser = m_parser;
            inFlight.push_back(QtConcurrent::run([parser, path] {
                Parsed parsed;
                parsed.ok = parser->parseFile(path, &parsed.document, &parsed.error);
                if (parsed.ok)
                    parsed.document.contentHash = ReportStore::contentHash(parsed.document.text);
                return parsed;
            }));
        }
    };
    QElapsedTimer timer;
    timer.start();
    // Documents are committed in batches of up to a quarter of a second's work: each is
    // still all or nothing, and a batch is what a kill can cost.
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    int inBatch = 0;
    auto commit = [&] {
        QString error;
        if (inBatch > 0 && !m_store->commitBatch(&error)) {
            summary.failed += inBatch;
            summary.errors.append(error);
        }
        inBatch = 0;
        sinceCommit.restart();
    };
    launch();
    int done = 0;
    while (!inFlight.empty()) {
        if (m_cancelled) {
            summary.cancelled = true;
            break;
        }
        Parsed parsed = inFlight.front().result();
        inFlight.pop_front();
        launch();
        if (!parsed.ok) {
            ++summary.failed;
            summary.errors.append(parsed.error);
        } else {
            QString error;
            if (inBatch == 0 && !m_store->beginBatch(&error))
                summary.errors.append(error);
            ++inBatch;
            const auto result = m_store->storeDocument(parsed.document, &error);
            if (!result) {
                ++summary.failed;
                summary.errors.append(error);
            } else {
                switch (*result) {
                    case ReportStore::StoreResult::Added:
                        ++summary.added;
                        break;
                    case ReportStore::StoreResult::Replaced:
                        ++summary.replaced;
                        break;
                    case ReportStore::StoreResult::Unchanged:
                        ++summary.unchanged;
                        break;
                }
                // Imported, but worth the user's look.
                if (parsed.document.figures.empty())
                    summary.warnings.append(tr("%1: no figures found").arg(parsed.document.path));
                if (parsed.document.city.isEmpty())
                    summary.warnings.append(tr("%1: the place it is about could not be told; set "
                                               "it in the Cities view")
                                                .arg(parsed.document.path));
            }
        }
        ++done;
        if (inBatch >= 200 || sinceCommit.elapsed() >= 250)
            commit();
        const qint64 elapsed = timer.elapsed();
        emit progress(done, total, done > 0 ? elapsed * (total - done) / done : -1);
    }
    commit();
    // Parses still running after a cancel finish in the pool; nothing of theirs is written.
    for (QFuture<Parsed> &future : inFlight)
        future.waitForFinished();
    // Done means searchable too.
    m_store->waitForSearchIndex();
    return summary;
}

}  // namespace reportlens
