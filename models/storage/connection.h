// One connection to the database, SQLite or PostgreSQL: opening it (refusing a file that is not
// SQLite before SQLite touches it), the dialect, SQLite's pragmas, and transactions that nest
// as savepoints. Every room of the store reads and writes through it.
#pragma once

#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;
class QSqlQuery;

namespace reportlens {

class Connection {
    Q_DECLARE_TR_FUNCTIONS(reportlens::Connection)

public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // The number SQLite keeps in a file's header for the program whose format it is
    // (PRAGMA application_id): "RLDB" for the database, "RLIX" for the search index beside it.
    static constexpr int kDatabaseApplicationId = 0x524c4442;
    static constexpr int kSearchIndexApplicationId = 0x524c4958;
    // Fewer, larger writes; fixed when a file's first page is written.
    static constexpr int kPageSize = 16384;

    // Opens the database; false with a message that names it and the reason. A new SQLite
    // file is made readable by its owner only and marked as ReportLens's.
    bool open(const DatabaseLocation &location, QString *error);
    // True when open() made the SQLite file (or found it empty): nothing else can own it.
    bool isNewFile() const { return m_newFile; }
    // A SQLite file, or its folder, this user cannot write: opened for reading only, and
    // begin() refuses every change with readOnlyReason().
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const;

    // Makes an empty file that only its owner can read and write (union members' data; the
    // default umask would let every user read it); SQLite gives its -wal and -shm files the
    // same mode. False with the system's reason when it cannot, or when the file exists.
    static bool createPrivateFile(const QString &path, QString *reason);
    // Whether a SQLite error says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB) rather
    // than busy, full or gone.
    static bool isDamage(const QSqlError &error);
    // SQLite's settings for this program's work (foreign keys, WAL, page and cache sizes);
    // nothing on PostgreSQL. Run only on a database known to be ours or empty: WAL mode is
    // written into the file.
    bool applyPragmas(QString *error);
    void close();
    bool isOpen() const;

    QSqlDatabase database() const;
    const DatabaseLocation &location() const { return m_location; }
    bool isPostgres() const { return m_location.backend == DatabaseLocation::Backend::Postgresql; }

    // How a failure reaches the caller: the database named, then the reason.
    QString failure(const QString &reason) const;
    // The driver's words for a failed query: a reason, to be named by failure() or a file.
    static QString reason(const QSqlQuery &query);
    // Hands a message to a caller that asked for one (reads take an optional error).
    static void report(QString *error, const QString &message) {
        if (error)
            *error = message;
    }
    // After a `while (query.next())` loop: false, with the driver's words, when the rows ended
    // because reading failed (a damaged page, a lost server) rather than at the last row, so
    // that no caller takes a part for the whole.
    static bool readToEnd(const QSqlQuery &query, QString *reason);
    // Runs one statement; on failure the reason gives the driver's words and the statement.
    bool exec(const QString &sql, QString *reason) const;
    // PostgreSQL: waits for, then holds until the transaction ends, the lock on a report's
    // path that whoever replaces the report or corrects it takes, so that a correction made
    // while another process replaces its report is laid over the new version rather than
    // lost with the old one. In a stable order, so that two holders of many never deadlock.
    // Nothing on SQLite, whose writers take turns by whole transactions.
    bool lockPaths(QStringList paths, QString *reason) const;

    // A transaction, or, inside one, a savepoint: each level is all or nothing. On failure the
    // reason is the driver's; a failed commit leaves the level open for rollback().
    bool begin(QString *reason);
    bool commit(QString *reason);
    void rollback();
    int depth() const { return m_depth; }

private:
    QString savepoint() const;

    DatabaseLocation m_location;
    QString m_name;  // the connection's name in QSqlDatabase's registry
    int m_depth = 0;
    bool m_newFile = false;
    bool m_readOnly = false;
};

}  // namespace reportlens
