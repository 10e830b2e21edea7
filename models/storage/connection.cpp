#include "storage/connection.h"

#include "storage/changefeed.h"
#include "storage/postgresarray.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// SQLite counts every allocation under one global mutex; with the import's writer and the
// search index's thread both busy, that mutex was most of the system time (futex). The
// counts are not used here. This must run before SQLite initialises, so it runs when the
// library is loaded, before any connection is opened (Qt's driver shares this SQLite).
[[maybe_unused]] const bool kSqliteConfigured =
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

}  // namespace

Connection::~Connection() {
    close();
}

bool Connection::open(const DatabaseLocation &location, QString *error) {
    close();
    m_newFile = false;
    m_readOnly = false;
    m_location = location;
    m_name = u"reportlens-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (location.backend == DatabaseLocation::Backend::Sqlite) {
        // Refuse what is not SQLite before SQLite itself touches it.
        QFile file(location.sqlitePath);
        const QFileInfo info(location.sqlitePath);
        if (info.exists() && !info.isFile()) {
            // A folder, /dev/null, a FIFO: SQLite would write "<path>-journal" beside it.
            *error = tr("%1: not a regular file, so no database; it was left untouched")
                         .arg(m_location.describe());
            return false;
        }
        m_newFile = !file.exists() || file.size() == 0;
        if (!m_newFile) {
            if (!file.open(QIODevice::ReadOnly)) {
                *error =
                    tr("%1: cannot be read (%2)").arg(m_location.describe(), file.errorString());
                return false;
            }
            if (file.read(16) != kSqliteMagic) {
                *error = tr("%1: not a SQLite database; it was left untouched")
                             .arg(m_location.describe());
                return false;
            }
        } else {
            const QString folder = QFileInfo(location.sqlitePath).absolutePath();
            if (!QDir().mkpath(folder)) {
                *error = tr("%1: its folder %2 cannot be made").arg(m_location.describe(), folder);
                return false;
            }
            // Another process may make it first: then it is theirs to mark, and empty.
            if (QString reason; !file.exists() &&
                                !createPrivateFile(location.sqlitePath, &reason) &&
                                !file.exists()) {
                *error = tr("%1: cannot be made (%2)").arg(m_location.describe(), reason);
                return false;
            }
        }
        // A file or folder that cannot be written (a read-only share, a copy on a DVD): read,
        // and every change refused with one clear message.
        const QFileInfo folder(info.absolutePath());
        m_readOnly = !m_newFile && (!info.isWritable() || !folder.isWritable());
        QString name = location.sqlitePath;
        QString options = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
        if (m_readOnly) {
            options += u";QSQLITE_OPEN_READONLY"_s;
            // A WAL database needs its -shm beside it; with none there and no way to make
            // one, SQLite reads the file only as immutable (it refused: "attempt to write a
            // readonly database", which we reported as "not a readable database").
            if (!folder.isWritable() && !QFileInfo::exists(location.sqlitePath + u"-shm"_s)) {
                name = u"file:"_s +
                       QString::fromUtf8(QUrl::toPercentEncoding(location.sqlitePath, "/")) +
                       u"?immutable=1"_s;
                options += u";QSQLITE_OPEN_URI"_s;
            }
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(name);
        db.setConnectOptions(options);
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.databaseName);
        db.setConnectOptions(u"connect_timeout=%1"_s.arg(location.connectTimeoutSeconds));
    }
    QSqlDatabase db = database();
    if (!db.open()) {
        *error = tr("%1: cannot open the database (%2)")
                     .arg(m_location.describe(), db.lastError().text());
        return false;
    }
    // Marked at once, so that a start stopped before the tables exist leaves a file known to
    // be ours rather than an empty database of no one's.
    // The page size first: the mark writes the file's first page, which fixes it.
    if (QString reason;
        m_newFile &&
        !(exec(u"PRAGMA page_size = %1"_s.arg(kPageSize), &reason) &&
          exec(u"PRAGMA application_id = %1"_s.arg(kDatabaseApplicationId), &reason))) {
        *error = failure(reason);
        return false;
    }
    return true;
}

bool Connection::createPrivateFile(const QString &path, QString *reason) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *reason = file.errorString();
        return false;
    }
    return true;
}

bool Connection::isDamage(const QSqlError &error) {
    // Qt's driver gives SQLite's result code, extended (SQLITE_CORRUPT_VTAB) or not.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

bool Connection::applyPragmas(QString *error) {
    if (isPostgres())
        return true;
    // Read-only: the file stays as it is (journal mode included).
    const QStringList pragmas =
        m_readOnly
            ? QStringList{u"PRAGMA cache_size = -65536"_s}
            : QStringList{
                  u"PRAGMA foreign_keys = ON"_s,    u"PRAGMA page_size = %1"_s.arg(kPageSize),
                  u"PRAGMA journal_mode = WAL"_s,   u"PRAGMA wal_autocheckpoint = 4000"_s,
                  u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -65536"_s};
    for (const QString &pragma : pragmas) {
        QString reason;
        bool done = exec(pragma, &reason);
        // Switching to WAL needs the file to itself and SQLite's busy timeout does not wait
        // for it: two processes opening a new database at once collide here. Wait for the
        // other, as the busy timeout would (10 s).
        for (int attempt = 0; !done && pragma.contains(u"journal_mode") && attempt < 200 &&
                              reason.contains(u"locked");
             ++attempt) {
            QThread::msleep(50);
            done = exec(pragma, &reason);
        }
        if (!done) {
            *error = failure(reason);
            return false;
        }
    }
    // Files made before the mark are marked too, when they can be: only written when they
    // lack it, so that a database on a full disk or a read-only one still opens for reading.
    QSqlQuery query(database());
    if (m_readOnly || (query.exec(u"PRAGMA application_id"_s) && query.next() &&
                       query.value(0).toInt() == kDatabaseApplicationId))
        return true;
    query.finish();
    QString ignored;  // a mark that cannot be written now is written another time
    exec(u"PRAGMA application_id = %1"_s.arg(kDatabaseApplicationId), &ignored);
    return true;
}

void Connection::close() {
    m_depth = 0;
    if (m_name.isEmpty())
        return;
    database().close();  // an open transaction is rolled back
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool Connection::isOpen() const {
    return !m_name.isEmpty() && database().isOpen();
}

QSqlDatabase Connection::database() const {
    return QSqlDatabase::database(m_name, false);
}

QString Connection::failure(const QString &reason) const {
    return tr("%1: %2").arg(m_location.describe(), reason);
}

QString Connection::reason(const QSqlQuery &query) {
    const QString text = query.lastError().text().trimmed();
    if (!text.isEmpty())
        return text;
    // A server that stopped leaves the query with no words of its own.
    if (!query.driver() || !query.driver()->isOpen())
        return tr("the connection to the database was lost");
    return tr("the database gave no reason");
}

bool Connection::readToEnd(const QSqlQuery &query, QString *reason) {
    if (!query.lastError().isValid())
        return true;
    *reason = Connection::reason(query);
    return false;
}

bool Connection::exec(const QString &sql, QString *reason) const {
    if (!isOpen()) {  // asking a closed connection only adds Qt's warnings to the output
        *reason = tr("the connection to the database was lost");
        return false;
    }
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        *reason = u"%1 (%2)"_s.arg(Connection::reason(query), sql.left(80));
        return false;
    }
    return true;
}

bool Connection::lockPaths(QStringList paths, QString *reason) const {
    if (!isPostgres() || paths.isEmpty())
        return true;
    paths.sort();
    paths.removeDuplicates();
    PostgresArray array;
    for (const QString &path : std::as_const(paths))
        array.add(path);
    QSqlQuery query(database());
    // 7340219: this program's class of advisory locks (the schema's is 7340217).
    query.prepare(
        u"SELECT count(pg_advisory_xact_lock(7340219, hashtext(p)))"
        " FROM (SELECT p FROM unnest(?::text[]) AS p ORDER BY hashtext(p)) AS ordered"_s);
    query.addBindValue(array.literal());
    if (!query.lastError().isValid() && query.exec())
        return true;
    *reason = Connection::reason(query);
    return false;
}

QString Connection::savepoint() const {
    return u"reportlens_level_%1"_s.arg(m_depth);
}

QString Connection::readOnlyReason() const {
    return tr(
        "read-only here (the file or its folder cannot be written): it can be viewed and"
        " searched, not changed");
}

bool Connection::begin(QString *reason) {
    if (m_readOnly) {
        *reason = readOnlyReason();
        return false;
    }
    if (m_depth == 0) {
        if (!isPostgres()) {
            // IMMEDIATE: the write lock is taken now, waiting (busy timeout) for another
            // writer. A deferred BEGIN that reads first gets SQLITE_BUSY at once when it comes
            // to write, without waiting: a second importer failed every document.
            if (!exec(u"BEGIN IMMEDIATE"_s, reason))
                return false;
        } else if (!isOpen()) {
            *reason = tr("the connection to the database was lost");
            return false;
        } else if (QSqlDatabase db = database(); !db.transaction()) {
            *reason = db.lastError().text();
            return false;
        }
    } else if (!exec(u"SAVEPOINT "_s + savepoint(), reason)) {
        return false;
    }
    ++m_depth;
    return true;
}

bool Connection::commit(QString *reason) {
    if (m_depth == 0)
        return true;
    --m_depth;  // savepoint() names the level being committed
    const bool committed = [&] {
        if (m_depth > 0)
            return exec(u"RELEASE SAVEPOINT "_s + savepoint(), reason);
        if (!isPostgres() || !isOpen())
            return exec(u"COMMIT"_s, reason);
        // Every window watching the database hears of a change (ChangeFeed) once it is
        // committed; a transaction that wrote nothing has no id and tells no one.
        if (!exec(u"SELECT pg_notify('%1', '') WHERE txid_current_if_assigned() IS NOT NULL"_s.arg(
                      QLatin1String(ChangeFeed::kChannel)),
                  reason))
            return false;
        // Qt's commit tells a transaction PostgreSQL rolled back (its COMMIT answers ROLLBACK).
        QSqlDatabase db = database();
        if (db.commit())
            return true;
        *reason = db.lastError().text();
        return false;
    }();
    if (!committed)
        ++m_depth;  // still open: the caller rolls it back
    return committed;
}

void Connection::rollback() {
    if (m_depth == 0)
        return;
    --m_depth;
    if (m_depth == 0) {
        QString ignored;
        if (isPostgres() && isOpen())
            database().rollback();
        else
            exec(u"ROLLBACK"_s, &ignored);
        return;
    }
    // Nothing more can be done if these fail: the enclosing level's rollback undoes it all.
    QString ignored;
    exec(u"ROLLBACK TO SAVEPOINT "_s + savepoint(), &ignored) &&
        exec(u"RELEASE SAVEPOINT "_s + savepoint(), &ignored);
}

}  // namespace reportlens
