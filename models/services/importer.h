// Imports report files into a ReportStore: parsing on all cores (QtConcurrent), writing in
// the calling thread, one document per transaction, so that a cancelled or killed import
// never leaves half a document behind.
#pragma once

#include "engine/reportparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <atomic>

namespace reportlens {

class ReportStore;

class Importer : public QObject {
    Q_OBJECT

public:
    struct Summary {
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int failed = 0;
        bool cancelled = false;
        // The connection to the database was lost: the import stopped there, and the files
        // not stored are counted in failed.
        bool stopped = false;
        QStringList errors;    // one per file that failed, naming it
        QStringList warnings;  // imported, but worth a look: no figures, place unknown
    };

    Importer(ReportStore *store, const ReportParser *parser, QObject *parent = nullptr);

    // Imports the files, returning when all are done or after cancel().
    Summary run(const QStringList &files);
    // Stops after the document being written; safe from any thread or a slot of progress().
    void cancel() { m_cancelled = true; }

    // When a file is read in parts, and how large they are (ReportParser::readsInParts);
    // each part is stored as a document of its own.
    void setLargeFileBytes(qint64 bytes) { m_largeFileBytes = bytes; }
    void setPartChars(qsizetype chars) { m_partChars = chars; }

signals:
    // After each document: how many are done, of how many, and an estimate of the time left.
    void progress(int done, int total, qint64 remainingMs);
    // While a large file is read in parts: how far into it, in bytes.
    void fileProgress(const QString &path, qint64 bytesDone, qint64 bytesTotal);

private:
    struct Parsed;
    void importInParts(const QString &path, Summary *summary);
    void store(const Parsed &parsed, Summary *summary);
    void commit(Summary *summary);
    static void addRemarks(Summary *summary, const QString &path, bool hasFigures, bool hasPlace);

    ReportStore *m_store;          // not owned
    const ReportParser *m_parser;  // not owned
    std::atomic_bool m_cancelled = false;
    qint64 m_largeFileBytes = ReportParser::kLargeFileBytes;
    qsizetype m_partChars = ReportParser::kPartChars;
    // Documents are committed in batches of up to a quarter of a second's work: each is
    // still all or nothing, and a batch is what a kill can cost. What the batch stored counts
    // only once it is committed: a full disk failed the commit of 275 counted as added.
    int m_inBatch = 0;
    struct Batch {
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        QStringList written;  // added or replaced: lost if the commit fails
    } m_batch;
    // Why the import stopped: the connection to the database was lost (a server stopped).
    QString m_lost;
    QElapsedTimer m_sinceCommit;
};

}  // namespace reportlens
