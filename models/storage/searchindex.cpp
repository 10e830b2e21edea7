#include "storage/searchindex.h"

#include "storage/connection.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

const char *const kIndexSchema[] = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA wal_autocheckpoint = 4000",
    "PRAGMA synchronous = NORMAL",
    "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT OR IGNORE INTO search_meta (key, value) VALUES ('application', 'reportlens-search')",
    // A document's sentences have consecutive ids (one writer inserts them in one go), so a
    // range removes them.
    "CREATE TABLE IF NOT EXISTS indexed_documents (document_id INTEGER PRIMARY KEY,"
    " content_hash TEXT NOT NULL, first_sentence INTEGER NOT NULL, last_sentence INTEGER NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentence_search USING fts5(text, tokenize='trigram')",
    // Merge segments less eagerly while documents stream in (queries barely notice).
    "INSERT INTO sentence_search (sentence_search, rank) VALUES ('automerge', 16)",
};

QString uniqueName(const QString &prefix) {
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

}  // namespace

SearchIndex::SearchIndex(const QString &databasePath)
    : m_databasePath(databasePath), m_indexPath(indexPathFor(databasePath)) {}

SearchIndex::~SearchIndex() {
    if (m_thread.joinable()) {
        {
            // What is queued is still written (the thread empties the queue before it ends).
            std::lock_guard lock(m_mutex);
            m_stop = true;
            // The check is left for the next start; SQLite allows this from another thread.
            if (m_checking)
                sqlite3_interrupt(static_cast<sqlite3 *>(m_checking));
        }
        m_wake.notify_all();
        m_thread.join();
    }
    if (!m_readConnection.isEmpty()) {
        QSqlDatabase::database(m_readConnection, false).close();
        QSqlDatabase::removeDatabase(m_readConnection);
    }
}

QString SearchIndex::indexPathFor(const QString &databasePath) {
    return databasePath + u".search"_s;
}

bool SearchIndex::start(QString *error) {
    // The file beside the database is ours to rebuild, but only if it is a SQLite file.
    QFile existing(m_indexPath);
    if (existing.exists() && existing.size() > 0 && existing.open(QIODevice::ReadOnly) &&
        existing.read(16) != QByteArray("SQLite format 3\0", 16)) {
        *error = tr("%1: not a search index; it was left untouched").arg(m_indexPath);
        return false;
    }
    existing.close();
    // Brought in line with the database first: the check waits for an idle queue.
    m_queue.push_back({Task::Reconcile, 0});
    m_thread = std::thread([this] { run(); });
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return m_started; });
        if (!m_error.isEmpty()) {
            *error = m_error;
            lock.unlock();
            m_thread.join();
            return false;
        }
    }
    return openReader(error);
}

void SearchIndex::add(qint64 documentId) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({Task::Add, documentId});
    }
    m_wake.notify_one();
}

void SearchIndex::remove(qint64 documentId) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({Task::Remove, documentId});
    }
    m_wake.notify_one();
}

void SearchIndex::reconcile() {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({Task::Reconcile, 0});
    }
    m_wake.notify_one();
}

void SearchIndex::flush(bool checked) {
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [&] {
        return (m_queue.empty() && !m_busy && (m_checked || !checked || !m_error.isEmpty())) ||
               !m_thread.joinable();
    });
}

QString SearchIndex::failure() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

std::vector<qint64> SearchIndex::match(const QString &phrase, int limit, QString *error) {
    std::vector<qint64> ids;
    if (m_readGeneration != m_generation && !openReader(error))
        return ids;
    QSqlQuery query(QSqlDatabase::database(m_readConnection, false));
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT rowid FROM sentence_search WHERE sentence_search MATCH ?"
        " ORDER BY rowid LIMIT ?"_s);
    QString quoted = phrase;
    quoted.replace(u"\""_s, u"\"\""_s);
    query.addBindValue(u'"' + quoted + u'"');
    query.addBindValue(limit);
    const bool executed = query.exec();
    while (executed && query.next())
        ids.push_back(query.value(0).toLongLong());
    if (query.lastError().isValid()) {
        *error = tr("%1: %2").arg(m_indexPath, query.lastError().text());
        if (Connection::isDamage(query.lastError())) {
            {
                std::lock_guard lock(m_mutex);
                m_rebuilding = true;
                m_queue.push_back({Task::MakeAgain, 0});
            }
            m_wake.notify_one();
        }
        return {};
    }
    return ids;
}

bool SearchIndex::isBeingMadeAgain() const {
    std::lock_guard lock(m_mutex);
    return m_rebuilding;
}

bool SearchIndex::openReader(QString *error) {
    if (!m_readConnection.isEmpty()) {
        QSqlDatabase::database(m_readConnection, false).close();
        QSqlDatabase::removeDatabase(m_readConnection);
    }
    m_readGeneration = m_generation;
    m_readConnection = uniqueName(u"reportlens-search-read-"_s);
    QSqlDatabase read = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_readConnection);
    read.setDatabaseName(m_indexPath);
    read.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s);
    if (!read.open()) {
        *error = tr("%1: %2").arg(m_indexPath, read.lastError().text());
        return false;
    }
    return true;
}

SearchIndex::Opened SearchIndex::openIndex(const QString &connectionName, QString *error) {
    QFile file(m_indexPath);
    const bool fresh = !file.exists() || file.size() == 0;
    if (QString reason;
        !file.exists() && !Connection::createPrivateFile(m_indexPath, &reason) && !file.exists()) {
        *error = tr("%1: cannot be made (%2)").arg(m_indexPath, reason);
        return Opened::Failed;
    }
    QSqlDatabase index = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    index.setDatabaseName(m_indexPath);
    index.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!index.open()) {
        *error = tr("%1: %2").arg(m_indexPath, index.lastError().text());
        return Opened::Failed;
    }
    QSqlQuery query(index);
    if (!fresh) {
        // Ours: marked as the index, or made before the mark and holding our row. Nothing else
        // is written to, or removed when it looks damaged.
        const int applicationId =
            query.exec(u"PRAGMA application_id"_s) && query.next() ? query.value(0).toInt() : -1;
        bool ours = applicationId == Connection::kSearchIndexApplicationId;
        if (applicationId == 0) {
            ours = query.exec(u"SELECT value FROM search_meta WHERE key = 'application'"_s) &&
                   query.next() && query.value(0).toString() == u"reportlens-search"_s;
        }
        if (!ours) {
            *error =
                tr("%1: not a search index of ReportLens; it was left untouched").arg(m_indexPath);
            return Opened::Refused;
        }
    } else if (!query.exec(u"PRAGMA page_size = %1"_s.arg(Connection::kPageSize)) ||
               !query.exec(u"PRAGMA application_id = %1"_s.arg(
                   Connection::kSearchIndexApplicationId))) {  // the page size first: it fixes it
        *error = tr("%1: %2").arg(m_indexPath, query.lastError().text());
        return Opened::Failed;
    }
    for (const char *sql : kIndexSchema) {
        if (!query.exec(QString::fromUtf8(sql))) {
            *error = query.lastError().text();
            if (Connection::isDamage(query.lastError()))
                return Opened::Damaged;
            *error = tr("%1: %2").arg(m_indexPath, *error);
            return Opened::Failed;
        }
    }
    return Opened::Ready;
}

void *SearchIndex::handleOf(const QString &connectionName) {
    const QVariant handle = QSqlDatabase::database(connectionName, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SearchIndex::isSound(const QString &connectionName, QString *reason) {
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (query.exec(u"PRAGMA quick_check(1)"_s) && query.next() &&
        query.value(0).toString() == u"ok"_s)
        return true;
    *reason = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
    return false;
}

bool SearchIndex::makeAgain(const QString &connectionName, QString *error) {
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
    // Known to be ours (openIndex checked): derived data, made again from the documents.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_indexPath + suffix);
    ++m_generation;  // the reading connection opens the new file
    QString reason;
    switch (openIndex(connectionName, &reason)) {
        case Opened::Ready:
            return true;
        case Opened::Damaged:
            *error = tr("%1: damaged, and could not be made again (%2)").arg(m_indexPath, reason);
            return false;
        case Opened::Refused:
        case Opened::Failed:
            *error = reason;
            return false;
    }
    return false;
}

void SearchIndex::run() {
    const QString mainConnection = uniqueName(u"reportlens-search-source-"_s);
    const QString indexConnection = uniqueName(u"reportlens-search-write-"_s);
    {
        // Connections belong to the thread that made them: both are made here.
        QSqlDatabase source = QSqlDatabase::addDatabase(u"QSQLITE"_s, mainConnection);
        source.setDatabaseName(m_databasePath);
        source.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s);
        QString error;
        if (!source.open()) {
            error = tr("%1: %2").arg(m_databasePath, source.lastError().text());
        } else if (QString reason; openIndex(indexConnection, &reason) == Opened::Damaged) {
            makeAgain(indexConnection, &error);
        } else {
            error = reason;
        }
        {
            std::lock_guard lock(m_mutex);
            m_error = error;
            m_started = true;
        }
        m_idle.notify_all();

        while (error.isEmpty()) {
            std::vector<Task> tasks;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || !m_queue.empty() || !m_checked; });
                if (m_queue.empty() && m_stop)
                    break;
                if (m_queue.empty() && !m_checked && !m_stop) {
                    // Damaged pages would otherwise answer searches with nothing, for good.
                    // Checked once the queue is idle, and without making searches wait: on a
                    // large index it takes seconds (3 GB at 100,000 documents: 2.3 s warm, 21 s
                    // cold).
                    m_checking = handleOf(indexConnection);
                    lock.unlock();
                    QString reason;
                    const bool sound = isSound(indexConnection, &reason);
                    lock.lock();
                    m_checking = nullptr;
                    m_checked = true;
                    if (!sound && !m_stop) {  // an interrupted check found nothing
                        m_rebuilding = true;  // searches scan the sentences meanwhile
                        m_queue.push_front({Task::MakeAgain, 0});
                    }
                    lock.unlock();
                    m_idle.notify_all();
                    continue;
                }
                // Many documents per commit: one transaction per batch of the queue.
                while (!m_queue.empty() && tasks.size() < 256) {
                    tasks.push_back(m_queue.front());
                    m_queue.pop_front();
                }
                m_busy = true;
            }
            QString reason;
            bool damaged = false;
            bool ok = process(tasks, mainConnection, indexConnection, &reason, &damaged);
            if (!ok && damaged) {
                // Found damaged while writing, or by a search: made again, then filled.
                ok = makeAgain(indexConnection, &reason) &&
                     process({{Task::Reconcile, 0}}, mainConnection, indexConnection, &reason,
                             &damaged);
            }
            {
                std::lock_guard lock(m_mutex);
                m_busy = false;
                m_rebuilding = false;
                if (!ok && m_error.isEmpty())
                    m_error = tr("%1: the search index could not be updated (%2)")
                                  .arg(m_indexPath, reason);
            }
            m_idle.notify_all();
        }
    }
    QSqlDatabase::removeDatabase(mainConnection);
    QSqlDatabase::removeDatabase(indexConnection);
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
    }
    m_idle.notify_all();
}

bool SearchIndex::process(const std::vector<Task> &tasks, const QString &mainConnection,
                          const QString &indexConnection, QString *reason, bool *damaged) {
    QSqlDatabase source = QSqlDatabase::database(mainConnection, false);
    QSqlDatabase index = QSqlDatabase::database(indexConnection, false);
    QSqlQuery range(index);
    range.prepare(
        u"SELECT first_sentence, last_sentence FROM indexed_documents"
        " WHERE document_id = ?"_s);
    QSqlQuery dropSentences(index);
    dropSentences.prepare(u"DELETE FROM sentence_search WHERE rowid BETWEEN ? AND ?"_s);
    QSqlQuery dropDocument(index);
    dropDocument.prepare(u"DELETE FROM indexed_documents WHERE document_id = ?"_s);
    QSqlQuery insertSentence(index);
    insertSentence.prepare(u"INSERT INTO sentence_search (rowid, text) VALUES (?, ?)"_s);
    QSqlQuery insertDocument(index);
    insertDocument.prepare(
        u"INSERT INTO indexed_documents (document_id, content_hash,"
        " first_sentence, last_sentence) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery hash(source);
    hash.prepare(u"SELECT content_hash FROM documents WHERE id = ?"_s);
    QSqlQuery sentences(source);
    sentences.setForwardOnly(true);
    sentences.prepare(u"SELECT id, text FROM sentences WHERE document_id = ? ORDER BY id"_s);

    // The driver's words for the statement that failed; damage to the index (not to the
    // database it is read from) has it made again.
    auto failed = [&](const QSqlQuery &query) {
        *reason = query.lastError().text();
        *damaged = Connection::isDamage(query.lastError()) && query.driver() == index.driver();
        return false;
    };
    for (const QSqlQuery *statement : {&range, &dropSentences, &dropDocument, &insertSentence,
                                       &insertDocument, &hash, &sentences}) {
        if (statement->lastError().isValid())  // a prepare failed
            return failed(*statement);
    }
    auto removeDocument = [&](qint64 id) {
        range.bindValue(0, id);
        if (!range.exec())
            return failed(range);
        if (range.next()) {
            dropSentences.bindValue(0, range.value(0));
            dropSentences.bindValue(1, range.value(1));
            range.finish();
            dropDocument.bindValue(0, id);
            if (!dropSentences.exec())
                return failed(dropSentences);
            return dropDocument.exec() || failed(dropDocument);
        }
        range.finish();
        return true;
    };
    auto addDocument = [&](qint64 id) {
        if (!removeDocument(id))
            return false;
        hash.bindValue(0, id);
        if (!hash.exec())
            return failed(hash);
        if (!hash.next())
            return true;  // deleted since it was queued
        const QString contentHash = hash.value(0).toString();
        hash.finish();
        sentences.bindValue(0, id);
        if (!sentences.exec())
            return failed(sentences);
        qint64 first = -1;
        qint64 last = -1;
        while (sentences.next()) {
            const qint64 sentence = sentences.value(0).toLongLong();
            insertSentence.bindValue(0, sentence);
            insertSentence.bindValue(1, sentences.value(1));
            if (!insertSentence.exec())
                return failed(insertSentence);
            first = first < 0 ? sentence : first;
            last = sentence;
        }
        if (!Connection::readToEnd(sentences, reason))
            return false;
        insertDocument.bindValue(0, id);
        insertDocument.bindValue(1, contentHash);
        insertDocument.bindValue(2, first);
        insertDocument.bindValue(3, last);
        return insertDocument.exec() || failed(insertDocument);
    };
    auto reconcileAll = [&] {
        QHash<qint64, QString> stored;
        QSqlQuery query(source);
        if (!query.exec(u"SELECT id, content_hash FROM documents"_s))
            return failed(query);
        while (query.next())
            stored.insert(query.value(0).toLongLong(), query.value(1).toString());
        if (!Connection::readToEnd(query, reason))
            return false;
        QHash<qint64, QString> indexed;
        QSqlQuery known(index);
        if (!known.exec(u"SELECT document_id, content_hash FROM indexed_documents"_s))
            return failed(known);
        while (known.next())
            indexed.insert(known.value(0).toLongLong(), known.value(1).toString());
        if (known.lastError().isValid())
            return failed(known);
        known.finish();
        for (auto it = indexed.constBegin(); it != indexed.constEnd(); ++it) {
            if (!stored.contains(it.key()) && !removeDocument(it.key()))
                return false;
        }
        for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
            if (indexed.value(it.key()) != it.value() && !addDocument(it.key()))
                return false;
        }
        return true;
    };

    for (const Task &task : tasks) {
        if (task.kind == Task::MakeAgain) {
            // The rest of the batch is covered by the reconciliation that follows.
            *reason = tr("a search found it damaged");
            *damaged = true;
            return false;
        }
    }
    if (!index.transaction()) {
        *reason = index.lastError().text();
        *damaged = Connection::isDamage(index.lastError());
        return false;
    }
    bool ok = true;
    for (const Task &task : tasks) {
        switch (task.kind) {
            case Task::MakeAgain:
                break;
            case Task::Add:
                ok = addDocument(task.documentId);
                break;
            case Task::Remove:
                ok = removeDocument(task.documentId);
                break;
            case Task::Reconcile:
                ok = reconcileAll();
                break;
        }
        if (!ok)
            break;
    }
    if (!ok) {
        index.rollback();
        return false;
    }
    if (index.commit())
        return true;
    *reason = index.lastError().text();
    *damaged = Connection::isDamage(index.lastError());
    return false;
}

}  // namespace reportlens
