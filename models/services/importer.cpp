#include "services/importer.h"

#include "engine/reportparser.h"
#include "storage/reportstore.h"

#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QtConcurrent>

#include <deque>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

struct Importer::Parsed {
    Document document;
    QString error;
    bool ok = false;
};

Importer::Importer(ReportStore *store, const ReportParser *parser, QObject *parent)
    : QObject(parent), m_store(store), m_parser(parser) {}

// Imported, but worth the user's look.
void Importer::addRemarks(Summary *summary, const QString &path, bool hasFigures, bool hasPlace) {
    if (!hasFigures)
        summary->warnings.append(tr("%1: no figures found").arg(path));
    if (!hasPlace)
        summary->warnings.append(
            tr("%1: the place it is about could not be told; set it in the Cities view").arg(path));
}

void Importer::commit(Summary *summary) {
    QString error;
    if (m_inBatch > 0 && !m_store->commitBatch(&error)) {
        // The unchanged were stored before and still are; the rest is not stored.
        summary->unchanged += m_batch.unchanged;
        summary->failed += int(m_batch.written.size());
        if (!m_batch.written.isEmpty()) {
            const int shown = 5;
            QStringList names = m_batch.written.mid(0, shown);
            if (m_batch.written.size() > shown)
                names.append(tr("and %n more", nullptr, int(m_batch.written.size()) - shown));
            summary->errors.append(
                tr("%n report(s) not stored (%1): %2", nullptr, int(m_batch.written.size()))
                    .arg(names.join(u", "_s), error));
        } else {
            summary->errors.append(error);
        }
        if (!m_store->isOpen())
            m_lost = error;
    } else {
        summary->added += m_batch.added;
        summary->replaced += m_batch.replaced;
        summary->unchanged += m_batch.unchanged;
    }
    m_batch = {};
    m_inBatch = 0;
    m_sinceCommit.restart();
}

void Importer::store(const Parsed &parsed, Summary *summary) {
    if (!parsed.ok) {
        ++summary->failed;
        summary->errors.append(parsed.error);
        return;
    }
    QString error;
    if (m_inBatch == 0 && !m_store->beginBatch(&error))
        summary->errors.append(error);
    ++m_inBatch;
    const auto result = m_store->storeDocument(parsed.document, &error);
    if (!result) {
        ++summary->failed;
        summary->errors.append(error);
        if (!m_store->isOpen())
            m_lost = error;
    } else {
        switch (*result) {
            case ReportStore::StoreResult::Added:
                ++m_batch.added;
                m_batch.written.append(parsed.document.path);
                break;
            case ReportStore::StoreResult::Replaced:
                ++m_batch.replaced;
                m_batch.written.append(parsed.document.path);
                break;
            case ReportStore::StoreResult::Unchanged:
                ++m_batch.unchanged;
                break;
        }
    }
    if (m_inBatch >= 200 || m_sinceCommit.elapsed() >= 250)
        commit(summary);
}

// Parsed in this thread part by part, each stored before the next is read: memory holds
// one part whatever the size of the file. (Writing, not parsing, sets the pace here.)
void Importer::importInParts(const QString &path, Summary *summary) {
    int parts = 0;
    int figures = 0;
    QString city;
    const auto storePart = [&](Document &part, qint64 bytesRead, qint64 bytesTotal) {
        Parsed parsed;
        parsed.document = std::move(part);
        parsed.document.contentHash = ReportStore::contentHash(parsed.document.text);
        parsed.ok = true;
        ++parts;
        figures += int(parsed.document.figures.size());
        city = parsed.document.city;
        store(parsed, summary);
        emit fileProgress(path, bytesRead, bytesTotal);
        return !m_cancelled;
    };
    QString error;
    const bool readToEnd = m_parser->parseInParts(path, m_partChars, storePart, &error);
    commit(summary);
    if (!readToEnd) {
        ++summary->failed;
        summary->errors.append(error);
    }
    if (parts > 0) {
        addRemarks(summary, path, figures > 0, !city.isEmpty());
        summary->warnings.append(tr("%1: %2 MB, read in %3 parts")
                                     .arg(path)
                                     .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0)
                                     .arg(parts));
    }
    // Only a complete read knows which older parts no longer exist.
    if (readToEnd && !m_cancelled) {
        if (!m_store->removeStaleParts(path, parts, &error))
            summary->errors.append(error);
    }
}

Importer::Summary Importer::run(const QStringList &files) {
    Summary summary;
    m_cancelled = false;
    m_inBatch = 0;
    m_batch = {};
    m_lost.clear();
    m_sinceCommit.start();
    const int total = int(files.size());
    // Stored under absolute paths, so that importing a file again from elsewhere finds the
    // old version.
    QStringList paths;
    paths.reserve(total);
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    // A bounded window of parses in flight keeps every core busy without holding the
    // whole import in memory. A large file waits for the window to drain, then is read alone.
    const int window = std::max(2, QThread::idealThreadCount() * 2);
    std::deque<QFuture<Parsed>> inFlight;
    int next = 0;
    auto launch = [&] {
        while (next < total && int(inFlight.size()) < window &&
               !ReportParser::readsInParts(paths[next], m_largeFileBytes)) {
            const QString path = paths[next++];
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
    if (m_store->isReadOnly()) {  // one line, not one per file
        summary.failed = total;
        summary.errors.append(
            tr("%n report(s) not imported: %1", nullptr, total).arg(m_store->readOnlyReason()));
        return summary;
    }
    // A file once read in parts and now small enough to read whole must lose its parts.
    QString partsError;
    const QSet<QString> filesInParts = m_store->filesStoredInParts(&partsError);
    if (!partsError.isEmpty())
        summary.errors.append(partsError);
    QElapsedTimer timer;
    timer.start();
    launch();
    int done = 0;
    while (!inFlight.empty() || next < total) {
        if (m_cancelled) {
            summary.cancelled = true;
            break;
        }
        if (!m_lost.isEmpty()) {
            // Every file after would fail for the same reason, each with its own line.
            commit(&summary);
            summary.stopped = true;
            summary.failed += total - done;
            summary.errors.append(tr("%1: the import stopped; %n report(s) after it were not"
                                     " read",
                                     nullptr, total - done)
                                      .arg(m_store->location().describe()));
            break;
        }
        if (inFlight.empty()) {
            commit(&summary);
            importInParts(paths[next++], &summary);
            if (m_cancelled) {
                summary.cancelled = true;
                break;
            }
        } else {
            Parsed parsed = inFlight.front().result();
            inFlight.pop_front();
            launch();
            store(parsed, &summary);
            if (parsed.ok && filesInParts.contains(parsed.document.path)) {
                commit(&summary);
                QString error;
                if (!m_store->removeStaleParts(parsed.document.path, 0, &error))
                    summary.errors.append(error);
            }
            if (parsed.ok)
                addRemarks(&summary, parsed.document.path, !parsed.document.figures.empty(),
                           !parsed.document.city.isEmpty());
        }
        launch();
        ++done;
        const qint64 elapsed = timer.elapsed();
        emit progress(done, total, done > 0 ? elapsed * (total - done) / done : -1);
    }
    commit(&summary);
    // Parses still running after a cancel finish in the pool; nothing of theirs is written.
    for (QFuture<Parsed> &future : inFlight)
        future.waitForFinished();
    // Done means searchable too.
    m_store->waitForSearchIndex();
    return summary;
}

}  // namespace reportlens
