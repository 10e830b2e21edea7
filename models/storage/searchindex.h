// The full-text index over sentences for a SQLite database: FTS5 with the trigram tokenizer
// (Chinese has no word spaces), kept in a file of its own beside the database and written
// by a thread of its own. Trigram indexing costs more than all the rest of an import, and
// SQLite lets one writer at a time into a file; beside it, the index is built while the
// import goes on. It is derived data: at start it is reconciled with the documents, so a
// killed import or a lost file costs nothing but the time to index again.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
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
    // Waits until everything queued is in the index; checked: and until the index has been
    // checked once since it opened (done in the background when idle; searches do not wait
    // for it).
    void flush(bool checked = false);

    // Sentence ids whose text contains the phrase (three characters or more), in order; the
    // message names the index file.
    std::vector<qint64> match(const QString &phrase, int limit, QString *error);
    // Why the index cannot be trusted (it could not be opened or updated), naming the file;
    // empty while it is kept.
    QString failure() const;
    // A search found the index damaged: it is being made again from the documents, and
    // searches meanwhile scan the sentences rather than wait.
    bool isBeingMadeAgain() const;

private:
    struct Task {
        enum Kind { Add, Remove, Reconcile, MakeAgain } kind;
        qint64 documentId;
    };
    enum class Opened { Ready, Damaged, Refused, Failed };
    void run();
    // Opens the index file for writing on the indexing thread: a new file (readable by its
    // owner only, marked as the index), or an index of ours, checked. Something else's file is
    // refused untouched; the message names the file (Damaged: the reason only, found while
    // setting the schema up).
    Opened openIndex(const QString &connectionName, QString *error);
    // The sqlite3 handle under a connection of this thread, or null.
    static void *handleOf(const QString &connectionName);
    // PRAGMA quick_check: every page of the file readable and in order.
    static bool isSound(const QString &connectionName, QString *reason);
    // Removes a damaged index of ours and opens a new one.
    bool makeAgain(const QString &connectionName, QString *error);
    bool openReader(QString *error);
    // On failure the reason is the driver's words; damaged when the index file is.
    bool process(const std::vector<Task> &tasks, const QString &mainConnection,
                 const QString &indexConnection, QString *reason, bool *damaged);

    QString m_databasePath;
    QString m_indexPath;
    QString m_readConnection;  // the caller's thread: queries
    int m_readGeneration = 0;
    std::atomic<int> m_generation = 0;  // counts the files made again

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Task> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    bool m_started = false;
    bool m_rebuilding = false;
    bool m_checked = false;
    // The index connection's handle while the check runs, so that stopping interrupts it (it
    // takes seconds on a large index, and every command would wait for it at exit).
    void *m_checking = nullptr;
    QString m_error;
};

}  // namespace reportlens
