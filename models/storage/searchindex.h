// The full-text index over sentences for a SQLite database: FTS5 with the trigram tokenizer
// (Chinese has no word spaces), kept in a file of its own beside the database and written
// by a thread of its own. Trigram indexing costs more than all the rest of an import, and
// SQLite lets one writer at a time into a file; beside it, the index is built while the
// import goes on. It is derived data: at start it is reconciled with the documents, so a
// killed import or a lost file costs nothing but the time to index again.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace reportlens {

class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(reportlens::SearchIndex)

public:
    // databasePath: the SQLite database the sentences are read from.
    explicit SearchIndex(const QString &databasePath);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    static QString indexPathFor(const QString &databasePath);

    // Opens (or creates) the index, then brings it in line with the database's documents. The
    // message names the file and the reason.
    bool start(QString *error);

    // Queued for the indexing thread; call after the documents' transaction committed.
    void add(qint64 documentId);
    void remove(qint64 documentId);
    // Indexes what is missing and drops what is stale (after a crash, or another process).
    void reconcile();
    // Waits until everything queued is in the index.
    void flush();

    // Sentence ids whose text contains the phrase (three characters or more), in order; the
    // message names the index file.
    std::vector<qint64> match(const QString &phrase, int limit, QString *error);
    // Why the index cannot be trusted (it could not be opened or updated), naming the file;
    // empty while it is kept.
    QString failure() const;

private:
    struct Task {
        enum Kind { Add, Remove, Reconcile } kind;
        qint64 documentId;
    };
    void run();
    // On failure the reason is the driver's words.
    bool process(const std::vector<Task> &tasks, const QString &mainConnection,
                 const QString &indexConnection, QString *reason);

    QString m_databasePath;
    QString m_indexPath;
    QString m_readConnection;  // the caller's thread: queries

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Task> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    bool m_started = false;
    QString m_error;
};

}  // namespace reportlens
