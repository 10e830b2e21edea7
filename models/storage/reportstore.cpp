#include "storage/reportstore.h"

#include "engine/reportparser.h"
#include "storage/searchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// SQLite counts every allocation under one global mutex; with the import's writer and the
// search index's thread both busy, that mutex was most of the system time (futex). The
// counts are not used here. This must run before SQLite initialises, so it runs when the
// library is loaded, before any connection is opened (Qt's driver shares this SQLite).
[[maybe_unused]] const bool kSqliteConfigured =
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

// A figure the user set a metric on, or added, fills its cell before any the engine found.
constexpr int kUserScore = 1000000;

QString sqlError(const QSqlQuery &query) {
    return query.lastError().text();
}

// Schema version 1: documents, sentences, figures, metrics, corrections. %PK% and %REAL%
// are the dialect's auto-increment key and floating type.
const char *const kSchemaV1[] = {
    "CREATE TABLE reportlens_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE documents ("
    " id %PK%,"
    " content_hash TEXT NOT NULL UNIQUE,"
    " path TEXT NOT NULL,"
    " title TEXT NOT NULL,"
    " city TEXT NOT NULL,"
    " encoding TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " imported_at TEXT NOT NULL,"
    " sentence_count BIGINT NOT NULL,"
    " figure_count BIGINT NOT NULL)",
    "CREATE INDEX documents_path ON documents (path)",
    "CREATE INDEX documents_city ON documents (city)",
    "CREATE TABLE sentences ("
    " id %PK%,"
    " document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
    " ordinal BIGINT NOT NULL,"
    " kind BIGINT NOT NULL,"
    " text TEXT NOT NULL,"
    " start_cp BIGINT NOT NULL,"
    " end_cp BIGINT NOT NULL)",
    "CREATE INDEX sentences_document ON sentences (document_id)",
    "CREATE TABLE figures ("
    " id %PK%,"
    " document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
    " sentence_id BIGINT NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,"
    " origin TEXT NOT NULL,"
    " raw TEXT NOT NULL,"
    " value %REAL% NOT NULL,"
    " unit TEXT NOT NULL,"
    " qualifier TEXT NOT NULL,"
    " label TEXT NOT NULL,"
    " metric TEXT,"
    " score BIGINT NOT NULL,"
    " start_cp BIGINT NOT NULL,"
    " end_cp BIGINT NOT NULL,"
    " e_value %REAL% NOT NULL,"
    " e_unit TEXT NOT NULL,"
    " e_qualifier TEXT NOT NULL,"
    " e_label TEXT NOT NULL,"
    " e_metric TEXT,"
    " e_score BIGINT NOT NULL,"
    " rejected BIGINT NOT NULL DEFAULT 0,"
    " corrected BIGINT NOT NULL DEFAULT 0,"
    " chosen BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX figures_document ON figures (document_id)",
    "CREATE INDEX figures_sentence ON figures (sentence_id)",
    "CREATE INDEX figures_metric ON figures (e_metric)",
    "CREATE TABLE metrics ("
    " id TEXT PRIMARY KEY,"
    " group_id TEXT NOT NULL,"
    " name_zh TEXT NOT NULL,"
    " name_en TEXT NOT NULL,"
    " unit TEXT NOT NULL,"
    " position BIGINT NOT NULL)",
    "CREATE TABLE corrections ("
    " id %PK%,"
    " kind TEXT NOT NULL,"
    " document_hash TEXT NOT NULL,"
    " document_path TEXT NOT NULL,"
    " start_cp BIGINT NOT NULL,"
    " end_cp BIGINT NOT NULL,"
    " raw TEXT NOT NULL,"
    " payload TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " author TEXT NOT NULL,"
    " reverted BIGINT NOT NULL DEFAULT 0,"
    " applied BIGINT NOT NULL DEFAULT 0)",
    "CREATE INDEX corrections_hash ON corrections (document_hash)",
    "CREATE INDEX corrections_path ON corrections (document_path)",
    "INSERT INTO reportlens_meta (key, value) VALUES ('application', 'reportlens')",
};

// Schema version 2: the city table in one index scan. Each figure carries its document's
// city, and a partial index holds the candidates of each city and metric in ranking order
// (a chosen figure first, then the strongest match, then the first stated).
const char *const kSchemaV2[] = {
    "ALTER TABLE figures ADD COLUMN city TEXT NOT NULL DEFAULT ''",
    "UPDATE figures SET city = (SELECT d.city FROM documents d WHERE d.id = figures.document_id)",
    ("CREATE INDEX figures_ranking ON figures (city, e_metric, chosen DESC, e_score DESC,"
     " document_id, start_cp, id) WHERE e_metric IS NOT NULL AND rejected = 0"),
};

// Schema version 3: periods and targets (figures.md), the place's code, and what the engine
// said of the document beside what corrections made of it, so that undoing a correction of
// its place or period restores the engine's. A target never fills a table cell.
const char *const kSchemaV3[] = {
    "ALTER TABLE documents ADD COLUMN period TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE documents ADD COLUMN place_code TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE documents ADD COLUMN engine_city TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE documents ADD COLUMN engine_period TEXT NOT NULL DEFAULT ''",
    "UPDATE documents SET engine_city = city",
    "ALTER TABLE figures ADD COLUMN period TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE figures ADD COLUMN target BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE figures ADD COLUMN e_period TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE figures ADD COLUMN e_target BIGINT NOT NULL DEFAULT 0",
    "DROP INDEX figures_ranking",
    ("CREATE INDEX figures_ranking ON figures (city, e_metric, chosen DESC, e_score DESC,"
     " document_id, start_cp, id) WHERE e_metric IS NOT NULL AND rejected = 0 AND e_target = 0"),
    // The engine must fill the new columns: the next prepareFor() parses every document again.
    "DELETE FROM reportlens_meta WHERE key = 'metrics_fingerprint'",
};

// Full-text search on PostgreSQL: pg_trgm's trigram index over the sentences, part of
// version 1 there (SQLite's index lives beside the database: see SearchIndex).
const char *const kSearchPostgres[] = {
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX sentences_text_trigrams ON sentences USING gin (text gin_trgm_ops)",
};

// Escapes LIKE's wildcards so that a search for "50%" finds "50%".
QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString catalogFingerprint(const MetricCatalog &catalog) {
    // The engine's version and everything of the metrics file the classifier reads.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(ReportParser::kEngineVersion));
    hash.addData(catalog.sourceHash());
    return QString::fromLatin1(hash.result().toHex());
}

}  // namespace

// Prepared once per connection: the statements of the import hot path.
struct ReportStore::Statements {
    QSqlQuery findByHash;
    QSqlQuery findByPath;
    QSqlQuery deleteDocument;
    QSqlQuery insertDocument;
    QSqlQuery insertSentence;
    QSqlQuery insertFigure;
    QSqlQuery correctionsFor;

    explicit Statements(const QSqlDatabase &db)
        : findByHash(db)
        , findByPath(db)
        , deleteDocument(db)
        , insertDocument(db)
        , insertSentence(db)
        , insertFigure(db)
        , correctionsFor(db) {}

    bool prepare(bool postgres, int schemaVersion, QString *error) {
        // From version 2 on, figures carry their city; from 3 on, periods and targets.
        const bool figureCity = schemaVersion >= 2;
        const bool periods = schemaVersion >= 3;
        const std::pair<QSqlQuery *, QString> statements[] = {
            {&findByHash, u"SELECT id FROM documents WHERE content_hash = ?"_s},
            {&findByPath, u"SELECT id FROM documents WHERE path = ?"_s},
            {&deleteDocument, u"DELETE FROM documents WHERE id = ?"_s},
            {&insertDocument,
             // COALESCE: an empty QString binds as NULL (a report whose place is unknown).
             u"INSERT INTO documents (content_hash, path, title, city, encoding, text,"
             " imported_at, sentence_count, figure_count%1) VALUES (?, ?, COALESCE(?, ''),"
             " COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?%2) RETURNING id"_s.arg(
                 periods ? u", period, place_code, engine_city, engine_period"_s : QString(),
                 periods ? u", COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, '')"_s
                         : QString())},
            {&insertSentence,
             // SQLite gives the new id without a result set to fetch.
             u"INSERT INTO sentences (document_id, ordinal, kind, text, start_cp, end_cp)"
             " VALUES (?, ?, ?, ?, ?, ?)"_s +
                 (postgres ? u" RETURNING id"_s : QString())},
            {&insertFigure,
             u"INSERT INTO figures (document_id, sentence_id, origin, raw, value, unit,"
             " qualifier, label, metric, score, start_cp, end_cp, e_value, e_unit, e_qualifier,"
             " e_label, e_metric, e_score%1%3) VALUES (?, ?, 'engine', ?, ?, ?, ?, COALESCE(?, "
             "''), "
             "?, ?,"
             " ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?%2%4)"_s.arg(
                 figureCity ? u", city"_s : QString(),
                 figureCity ? u", COALESCE(?, '')"_s : QString(),
                 periods ? u", period, target, e_period, e_target"_s : QString(),
                 periods ? u", COALESCE(?, ''), ?, COALESCE(?, ''), ?"_s : QString())},
            {&correctionsFor,
             u"SELECT count(*) FROM corrections WHERE document_hash = ? OR document_path = ?"_s},
        };
        for (const auto &[query, sql] : statements) {
            if (!query->prepare(sql)) {
                *error = sqlError(*query);
                return false;
            }
        }
        return true;
    }
};

ReportStore::ReportStore() = default;

ReportStore::~ReportStore() {
    close();
}

bool ReportStore::isOpen() const {
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

int ReportStore::schemaVersion() const {
    return m_schemaVersion;
}

void ReportStore::close() {
    m_searchIndex.reset();  // drains its queue and joins its thread
    m_pendingIndexRemovals.clear();
    m_pendingIndexAdditions.clear();
    m_inBatch = false;
    m_statements.reset();
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_schemaVersion = 0;
}

QString ReportStore::contentHash(const QString &text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool ReportStore::exec(const QString &sql, QString *error) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql)) {
        *error = u"%1 (%2)"_s.arg(sqlError(query), sql.left(80));
        return false;
    }
    return true;
}

bool ReportStore::open(const DatabaseLocation &location, QString *error, int upToVersion) {
    close();
    if (openConnection(location, error, upToVersion))
        return true;
    close();
    return false;
}

bool ReportStore::openConnection(const DatabaseLocation &location, QString *error,
                                 int upToVersion) {
    m_location = location;
    const QString where = location.describe();
    m_connectionName = u"reportlens-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (location.backend == DatabaseLocation::Backend::Sqlite) {
        // Refuse what is not SQLite before SQLite itself touches it.
        QFile file(location.sqlitePath);
        if (file.exists() && file.size() > 0) {
            if (!file.open(QIODevice::ReadOnly)) {
                *error = u"%1: cannot be read (%2)"_s.arg(where, file.errorString());
                return false;
            }
            if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
                *error = u"%1: not a SQLite database; it was left untouched"_s.arg(where);
                return false;
            }
        } else {
            QDir().mkpath(QFileInfo(location.sqlitePath).absolutePath());
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.databaseName);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.open()) {
        *error = u"%1: cannot open the database (%2)"_s.arg(where, db.lastError().text());
        return false;
    }

    // What is in there already? Corrupt files fail here; foreign databases have tables but
    // not ours.
    QStringList tables;
    {
        QSqlQuery query(db);
        const QString sql = isPostgres() ? u"SELECT table_name FROM information_schema.tables"
                                           " WHERE table_schema = current_schema()"_s
                                         : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s;
        if (!query.exec(sql)) {
            *error = u"%1: not a readable database (%2); it was left untouched"_s.arg(
                where, sqlError(query));
            return false;
        }
        while (query.next())
            tables.append(query.value(0).toString());
    }
    if (!tables.isEmpty() && !tables.contains(u"reportlens_meta"_s)) {
        *error =
            u"%1: a database of something else (tables: %2), not ReportLens; it was left"
            " untouched"_s.arg(where, tables.mid(0, 5).join(u", "_s));
        return false;
    }
    if (!isPostgres()) {
        QString pragmaError;
        for (const QString &pragma :
             {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA page_size = 16384"_s,
              u"PRAGMA journal_mode = WAL"_s, u"PRAGMA wal_autocheckpoint = 4000"_s,
              u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -65536"_s}) {
            if (!exec(pragma, &pragmaError)) {
                *error = u"%1: %2"_s.arg(where, pragmaError);
                return false;
            }
        }
    }
    QString reason;
    if (!createOrUpgrade(upToVersion, &reason)) {
        *error = u"%1: %2"_s.arg(where, reason);
        return false;
    }
    m_statements = std::make_unique<Statements>(db);
    if (!m_statements->prepare(isPostgres(), m_schemaVersion, &reason)) {
        *error = u"%1: %2"_s.arg(where, reason);
        return false;
    }
    if (!isPostgres()) {
        // A search index that cannot be kept does not stop anyone using their data:
        // searches then scan the sentences instead.
        m_searchIndex = std::make_unique<SearchIndex>(location.sqlitePath);
        QString indexError;
        if (!m_searchIndex->start(&indexError)) {
            m_searchIndex.reset();
            m_lastError = indexError;
        }
    }
    return true;
}

bool ReportStore::createOrUpgrade(int upToVersion, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (;;) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        // Two processes opening a new database: one migrates, the other waits and sees it.
        if (isPostgres() && !exec(u"SELECT pg_advisory_xact_lock(7340217)"_s, error)) {
            db.rollback();
            return false;
        }
        int version = 0;
        {
            // Asking a missing table would abort a PostgreSQL transaction: look first.
            QSqlQuery query(db);
            const QString exists =
                isPostgres()
                    ? u"SELECT count(*) FROM information_schema.tables WHERE"
                      " table_schema = current_schema() AND table_name = 'reportlens_meta'"_s
                    : u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND"
                      " name = 'reportlens_meta'"_s;
            if (query.exec(exists) && query.next() && query.value(0).toInt() > 0 &&
                query.exec(u"SELECT value FROM reportlens_meta WHERE key = 'schema_version'"_s) &&
                query.next())
                version = query.value(0).toInt();
        }
        if (version > kLatestSchemaVersion) {
            db.rollback();
            *error =
                u"made by a newer ReportLens (schema %1; this one knows up to %2); it was"
                " left untouched"_s.arg(version)
                    .arg(kLatestSchemaVersion);
            return false;
        }
        if (version >= upToVersion) {
            db.commit();
            m_schemaVersion = version;
            return true;
        }
        // Each step is its own transaction: an upgrade stopped half-way leaves a whole
        // older version behind.
        if (!migrate(version + 1, error)) {
            db.rollback();
            *error =
                u"upgrading the schema to version %1 failed: %2"_s.arg(version + 1).arg(*error);
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
}

bool ReportStore::migrate(int toVersion, QString *error) {
    QStringList statements;
    if (toVersion == 1) {
        for (const char *sql : kSchemaV1) {
            QString statement = QString::fromUtf8(sql);
            statement.replace(
                u"%PK%"_s, isPostgres() ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                                        : u"INTEGER PRIMARY KEY"_s);
            statement.replace(u"%REAL%"_s, isPostgres() ? u"DOUBLE PRECISION"_s : u"REAL"_s);
            statements.append(statement);
        }
        if (isPostgres()) {
            for (const char *sql : kSearchPostgres)
                statements.append(QString::fromUtf8(sql));
        }
    } else if (toVersion == 2) {
        for (const char *sql : kSchemaV2)
            statements.append(QString::fromUtf8(sql));
    } else if (toVersion == 3) {
        for (const char *sql : kSchemaV3)
            statements.append(QString::fromUtf8(sql));
    } else {
        *error = u"no migration to version %1"_s.arg(toVersion);
        return false;
    }
    statements.append(u"DELETE FROM reportlens_meta WHERE key = 'schema_version'"_s);
    statements.append(
        u"INSERT INTO reportlens_meta (key, value) VALUES ('schema_version', '%1')"_s.arg(
            toVersion));
    for (const QString &statement : std::as_const(statements)) {
        if (!exec(statement, error))
            return false;
    }
    return true;
}

std::optional<ReportStore::StoreResult> ReportStore::storeDocument(const Document &document,
                                                                   QString *error) {
    if (!m_statements) {
        *error = u"the database is not open"_s;
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString hash =
        document.contentHash.isEmpty() ? contentHash(document.text) : document.contentHash;
    Statements &s = *m_statements;
    // Alone, a document is a transaction; in a batch, a savepoint.
    QString ignored;
    auto fail = [&](const QString &reason) {
        if (m_inBatch)
            exec(u"ROLLBACK TO SAVEPOINT document"_s, &ignored) &&
                exec(u"RELEASE SAVEPOINT document"_s, &ignored);
        else
            db.rollback();
        *error = u"%1: %2"_s.arg(document.path, reason);
        return std::nullopt;
    };
    std::vector<qint64> removed;
    qint64 added = 0;
    auto finish = [&](StoreResult result) -> std::optional<StoreResult> {
        if (m_inBatch ? !exec(u"RELEASE SAVEPOINT document"_s, &ignored) : !db.commit())
            return fail(m_inBatch ? ignored : db.lastError().text());
        // The search index hears of it once it is committed.
        m_pendingIndexRemovals.insert(m_pendingIndexRemovals.end(), removed.begin(), removed.end());
        if (added > 0)
            m_pendingIndexAdditions.push_back(added);
        if (!m_inBatch)
            queueSearchIndexUpdates();
        return result;
    };
    if (m_inBatch ? !exec(u"SAVEPOINT document"_s, &ignored) : !db.transaction())
        return fail(m_inBatch ? ignored : db.lastError().text());

    s.findByHash.bindValue(0, hash);
    if (!s.findByHash.exec())
        return fail(sqlError(s.findByHash));
    if (s.findByHash.next()) {
        s.findByHash.finish();
        return finish(StoreResult::Unchanged);
    }
    s.findByHash.finish();

    StoreResult result = StoreResult::Added;
    s.findByPath.bindValue(0, document.path);
    if (!s.findByPath.exec())
        return fail(sqlError(s.findByPath));
    std::vector<qint64> oldVersions;
    while (s.findByPath.next())
        oldVersions.push_back(s.findByPath.value(0).toLongLong());
    s.findByPath.finish();
    for (qint64 old : oldVersions) {
        removed.push_back(old);
        s.deleteDocument.bindValue(0, old);
        if (!s.deleteDocument.exec())
            return fail(sqlError(s.deleteDocument));
        result = StoreResult::Replaced;
    }

    s.insertDocument.bindValue(0, hash);
    s.insertDocument.bindValue(1, document.path);
    s.insertDocument.bindValue(2, document.title);
    s.insertDocument.bindValue(3, document.city);
    s.insertDocument.bindValue(4, document.encoding);
    s.insertDocument.bindValue(5, document.text);
    s.insertDocument.bindValue(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    s.insertDocument.bindValue(7, qint64(document.sentences.size()));
    s.insertDocument.bindValue(8, qint64(document.figures.size()));
    if (m_schemaVersion >= 3) {
        s.insertDocument.bindValue(9, document.period);
        s.insertDocument.bindValue(10, document.placeCode);
        s.insertDocument.bindValue(11, document.city);
        s.insertDocument.bindValue(12, document.period);
    }
    if (!s.insertDocument.exec() || !s.insertDocument.next())
        return fail(sqlError(s.insertDocument));
    const qint64 documentId = s.insertDocument.value(0).toLongLong();
    added = documentId;
    s.insertDocument.finish();

    QString reason;
    if (!insertParsed(documentId, document, &reason))
        return fail(reason);

    s.correctionsFor.bindValue(0, hash);
    s.correctionsFor.bindValue(1, document.path);
    if (!s.correctionsFor.exec() || !s.correctionsFor.next())
        return fail(sqlError(s.correctionsFor));
    const bool hasCorrections = s.correctionsFor.value(0).toLongLong() > 0;
    s.correctionsFor.finish();
    if (hasCorrections && !applyCorrections(documentId, &reason))
        return fail(reason);

    return finish(result);
}

bool ReportStore::beginBatch(QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_inBatch)
        return true;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    m_inBatch = true;
    return true;
}

bool ReportStore::commitBatch(QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        m_pendingIndexRemovals.clear();
        m_pendingIndexAdditions.clear();
        return false;
    }
    queueSearchIndexUpdates();
    return true;
}

void ReportStore::queueSearchIndexUpdates() {
    if (m_searchIndex) {
        for (qint64 id : m_pendingIndexRemovals)
            m_searchIndex->remove(id);
        for (qint64 id : m_pendingIndexAdditions)
            m_searchIndex->add(id);
    }
    m_pendingIndexRemovals.clear();
    m_pendingIndexAdditions.clear();
}

QSet<QString> ReportStore::filesStoredInParts() const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QSet<QString> files;
    if (query.exec(u"SELECT path FROM documents WHERE path LIKE '%#part-%'"_s)) {
        while (query.next()) {
            const QString path = query.value(0).toString();
            files.insert(path.left(path.lastIndexOf(ReportParser::partPrefix(QString()))));
        }
    }
    return files;
}

std::optional<int> ReportStore::removeStaleParts(const QString &filePath, int partCount,
                                                 QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // substr rather than LIKE, so that the path's own % and _ stay literal; rather than a
    // range, which a PostgreSQL collation may order in its own way.
    const QString prefix = ReportParser::partPrefix(filePath);
    query.prepare(u"SELECT id, path FROM documents WHERE path = ? OR substr(path, 1, ?) = ?"_s);
    query.addBindValue(filePath);
    query.addBindValue(qint64(prefix.toUcs4().size()));  // in characters
    query.addBindValue(prefix);
    if (!query.exec()) {
        *error = u"%1: %2"_s.arg(filePath, sqlError(query));
        return std::nullopt;
    }
    std::vector<qint64> stale;
    while (query.next()) {
        const QString path = query.value(1).toString();
        bool isNumber = false;
        const int part = path == filePath ? 0 : path.sliced(prefix.size()).toInt(&isNumber);
        if ((path == filePath && partCount > 0) || (isNumber && part > partCount))
            stale.push_back(query.value(0).toLongLong());
    }
    query.finish();
    if (stale.empty())
        return 0;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM documents WHERE id = ?"_s);
    for (qint64 id : stale) {
        remove.bindValue(0, id);
        if (!remove.exec()) {
            *error = u"%1: %2"_s.arg(filePath, sqlError(remove));
            db.rollback();
            return std::nullopt;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    m_pendingIndexRemovals.insert(m_pendingIndexRemovals.end(), stale.begin(), stale.end());
    queueSearchIndexUpdates();
    return int(stale.size());
}

void ReportStore::waitForSearchIndex() {
    if (m_searchIndex)
        m_searchIndex->flush();
}

bool ReportStore::insertParsed(qint64 documentId, const Document &document, QString *error) {
    Statements &s = *m_statements;
    std::vector<qint64> sentenceIds;
    sentenceIds.reserve(document.sentences.size());
    for (size_t i = 0; i < document.sentences.size(); ++i) {
        const Sentence &sentence = document.sentences[i];
        s.insertSentence.bindValue(0, documentId);
        s.insertSentence.bindValue(1, qint64(i));
        s.insertSentence.bindValue(2, int(sentence.kind));
        s.insertSentence.bindValue(3, sentence.text);
        s.insertSentence.bindValue(4, qint64(document.codePointOffset(sentence.documentStart)));
        s.insertSentence.bindValue(5, qint64(document.codePointOffset(sentence.documentEnd)));
        if (!s.insertSentence.exec() || (isPostgres() && !s.insertSentence.next())) {
            *error = sqlError(s.insertSentence);
            return false;
        }
        sentenceIds.push_back(isPostgres() ? s.insertSentence.value(0).toLongLong()
                                           : s.insertSentence.lastInsertId().toLongLong());
        if (isPostgres())
            s.insertSentence.finish();
    }
    for (const Figure &figure : document.figures) {
        const QVariant metric = figure.metric.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                        : QVariant(figure.metric);
        const QString qualifier = qualifierName(figure.qualifier);
        const QVariant values[] = {
            documentId,
            sentenceIds[size_t(figure.sentence)],
            figure.raw,
            figure.value,
            figure.unit,
            qualifier,
            figure.label,
            metric,
            figure.metricScore,
            qint64(document.codePointOffset(figure.start)),
            qint64(document.codePointOffset(figure.end)),
            figure.value,
            figure.unit,
            qualifier,
            figure.label,
            metric,
            figure.metricScore,
        };
        for (int k = 0; k < int(std::size(values)); ++k)
            s.insertFigure.bindValue(k, values[k]);
        int next = int(std::size(values));
        if (m_schemaVersion >= 2)
            s.insertFigure.bindValue(next++, document.city);
        if (m_schemaVersion >= 3) {
            s.insertFigure.bindValue(next++, figure.period);
            s.insertFigure.bindValue(next++, figure.target ? 1 : 0);
            s.insertFigure.bindValue(next++, figure.period);
            s.insertFigure.bindValue(next++, figure.target ? 1 : 0);
        }
        if (!s.insertFigure.exec()) {
            *error = sqlError(s.insertFigure);
            return false;
        }
    }
    return true;
}

namespace {

struct StoredFigure {
    qint64 id;
    QString raw;
    qint64 start;
    qint64 end;
};

// The figure a correction points at: the same place in the same content, or else (the file
// changed) the same words nearest to where they were.
const StoredFigure *matchAnchor(const std::vector<StoredFigure> &figures,
                                const FigureAnchor &anchor, bool sameContent) {
    const StoredFigure *best = nullptr;
    for (const StoredFigure &figure : figures) {
        if (sameContent) {
            if (figure.start == anchor.start && figure.end == anchor.end)
                return &figure;
            continue;
        }
        if (figure.raw != anchor.raw)
            continue;
        if (!best ||
            std::llabs(figure.start - anchor.start) < std::llabs(best->start - anchor.start))
            best = &figure;
    }
    return best;
}

}  // namespace

// Recomputes the effective figures of a document from the engine's and the correction log.
// Runs inside the caller's transaction.
bool ReportStore::applyCorrections(qint64 documentId, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // Serialise appliers of one document across processes, so that each sees the others'
    // committed corrections (SQLite serialises writers anyway).
    const QString lockSql = isPostgres() ? u"SELECT content_hash, path, text FROM documents"
                                           " WHERE id = ? FOR UPDATE"_s
                                         : u"SELECT content_hash, path, text FROM documents"
                                           " WHERE id = ?"_s;
    query.prepare(lockSql);
    query.addBindValue(documentId);
    if (!query.exec() || !query.next()) {
        *error = sqlError(query);
        return false;
    }
    const QString hash = query.value(0).toString();
    const QString path = query.value(1).toString();
    const QString text = query.value(2).toString();
    query.finish();

    QStringList resets = {
        u"UPDATE figures SET e_value = value, e_unit = unit, e_qualifier = qualifier,"
        " e_label = label, e_metric = metric, e_score = score, rejected = 0, corrected = 0,"
        " chosen = 0%1 WHERE document_id = ? AND origin = 'engine'"_s.arg(
            m_schemaVersion >= 3 ? u", e_period = period, e_target = target"_s : QString()),
        u"DELETE FROM figures WHERE document_id = ? AND origin = 'user'"_s,
    };
    if (m_schemaVersion >= 3) {
        // The engine's place and period, which a reverted correction no longer overrides.
        resets << u"UPDATE documents SET city = engine_city, period = engine_period WHERE id = ?"_s
               << u"UPDATE figures SET city = (SELECT d.city FROM documents d WHERE d.id ="
                  " figures.document_id) WHERE document_id = ?"_s;
    }
    for (const QString &sql : resets) {
        query.prepare(sql);
        query.addBindValue(documentId);
        if (!query.exec()) {
            *error = sqlError(query);
            return false;
        }
    }

    query.prepare(
        u"SELECT id, kind, document_hash, start_cp, end_cp, raw, payload FROM corrections"
        " WHERE (document_hash = ? OR document_path = ?) AND reverted = 0 ORDER BY id"_s);
    query.addBindValue(hash);
    query.addBindValue(path);
    if (!query.exec()) {
        *error = sqlError(query);
        return false;
    }
    struct Pending {
        qint64 id;
        CorrectionKind kind;
        FigureAnchor anchor;
        QJsonObject values;
    };
    std::vector<Pending> pending;
    while (query.next()) {
        const auto kind = correctionKindFromName(query.value(1).toString());
        if (!kind)
            continue;
        Pending item{query.value(0).toLongLong(), *kind, {}, {}};
        item.anchor.documentHash = query.value(2).toString();
        item.anchor.start = query.value(3).toLongLong();
        item.anchor.end = query.value(4).toLongLong();
        item.anchor.raw = query.value(5).toString();
        item.values = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
        pending.push_back(std::move(item));
    }
    query.finish();

    auto loadFigures = [&](std::vector<StoredFigure> *figures) {
        figures->clear();
        QSqlQuery load(db);
        load.prepare(u"SELECT id, raw, start_cp, end_cp FROM figures WHERE document_id = ?"_s);
        load.addBindValue(documentId);
        if (!load.exec()) {
            *error = sqlError(load);
            return false;
        }
        while (load.next())
            figures->push_back({load.value(0).toLongLong(), load.value(1).toString(),
                                load.value(2).toLongLong(), load.value(3).toLongLong()});
        return true;
    };
    std::vector<StoredFigure> figures;
    if (!loadFigures(&figures))
        return false;

    QSqlQuery update(db);
    QSqlQuery markApplied(db);
    markApplied.prepare(u"UPDATE corrections SET applied = ? WHERE id = ?"_s);
    for (const Pending &item : pending) {
        const bool sameContent = item.anchor.documentHash == hash;
        bool applied = false;
        if (item.kind == CorrectionKind::SetReportPeriod) {
            QSqlQuery period(db);
            period.prepare(u"UPDATE documents SET period = COALESCE(?, '') WHERE id = ?"_s);
            period.addBindValue(item.values.value(u"period"_s).toString());
            period.addBindValue(documentId);
            if (!period.exec()) {
                *error = sqlError(period);
                return false;
            }
            applied = true;
        } else if (item.kind == CorrectionKind::SetCity) {
            const QString city = item.values.value(u"city"_s).toString();
            QSqlQuery place(db);
            place.prepare(u"UPDATE documents SET city = ? WHERE id = ?"_s);
            place.addBindValue(city);
            place.addBindValue(documentId);
            bool ok = place.exec();
            if (ok && m_schemaVersion >= 2) {
                place.prepare(u"UPDATE figures SET city = ? WHERE document_id = ?"_s);
                place.addBindValue(city);
                place.addBindValue(documentId);
                ok = place.exec();
            }
            if (!ok) {
                *error = sqlError(place);
                return false;
            }
            applied = true;
        } else if (item.kind == CorrectionKind::AddFigure) {
            qint64 start = item.anchor.start;
            qint64 end = item.anchor.end;
            if (!sameContent) {
                // The file changed: find the same words nearest to where they stood.
                Document positions;
                positions.text = text;
                positions.indexSurrogatePairs();
                const qsizetype near = positions.utf16Offset(item.anchor.start);
                qsizetype found = -1;
                for (qsizetype at = text.indexOf(item.anchor.raw); at >= 0;
                     at = text.indexOf(item.anchor.raw, at + 1)) {
                    if (found < 0 || std::llabs(at - near) < std::llabs(found - near))
                        found = at;
                }
                if (found >= 0) {
                    start = positions.codePointOffset(found);
                    end = positions.codePointOffset(found + item.anchor.raw.size());
                } else {
                    start = end = -1;
                }
            }
            if (start >= 0 &&
                !matchAnchor(figures, {hash, path, start, end, item.anchor.raw}, true)) {
                QSqlQuery sentence(db);
                sentence.prepare(
                    u"SELECT id FROM sentences WHERE document_id = ? AND start_cp <= ?"
                    " ORDER BY start_cp DESC LIMIT 1"_s);
                sentence.addBindValue(documentId);
                sentence.addBindValue(start);
                if (sentence.exec() && sentence.next()) {
                    const QVariant metric =
                        item.values.value(u"metric"_s).isString()
                            ? QVariant(item.values.value(u"metric"_s).toString())
                            : QVariant(QMetaType::fromType<QString>());
                    update.prepare(
                        u"INSERT INTO figures (document_id, sentence_id, origin, raw, value, unit,"
                        " qualifier, label, metric, score, start_cp, end_cp, e_value, e_unit,"
                        " e_qualifier, e_label, e_metric, e_score, corrected%1)"
                        " VALUES (?, ?, 'user', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1%2)"_s
                            .arg(m_schemaVersion >= 2 ? u", city"_s : QString(),
                                 m_schemaVersion >= 2
                                     ? u", (SELECT city FROM documents WHERE id = %1)"_s.arg(
                                           documentId)
                                     : QString()));
                    const QVariant values[] = {
                        documentId,
                        sentence.value(0),
                        item.anchor.raw,
                        item.values.value(u"value"_s).toDouble(),
                        item.values.value(u"unit"_s).toString(),
                        item.values.value(u"qualifier"_s).toString(u"exact"_s),
                        item.values.value(u"label"_s).toString(),
                        metric,
                        kUserScore,
                        start,
                        end,
                        item.values.value(u"value"_s).toDouble(),
                        item.values.value(u"unit"_s).toString(),
                        item.values.value(u"qualifier"_s).toString(u"exact"_s),
                        item.values.value(u"label"_s).toString(),
                        metric,
                        kUserScore,
                    };
                    for (const QVariant &value : values)
                        update.addBindValue(value);
                    if (!update.exec()) {
                        *error = sqlError(update);
                        return false;
                    }
                    applied = true;
                    if (!loadFigures(&figures))
                        return false;
                }
            }
        } else if (const StoredFigure *target = matchAnchor(figures, item.anchor, sameContent)) {
            QString sql;
            QVariantList binds;
            const QJsonValue metric = item.values.value(u"metric"_s);
            const QVariant metricValue = metric.isString()
                                             ? QVariant(metric.toString())
                                             : QVariant(QMetaType::fromType<QString>());
            // The corrections that set one field of the figure.
            struct FieldCorrection {
                CorrectionKind kind;
                QStringView column;
                QStringView key;
            };
            static constexpr FieldCorrection kFields[] = {
                {CorrectionKind::SetValue, u"e_value", u"value"},
                {CorrectionKind::SetUnit, u"e_unit", u"unit"},
                {CorrectionKind::SetQualifier, u"e_qualifier", u"qualifier"},
                {CorrectionKind::SetLabel, u"e_label", u"label"},
                {CorrectionKind::SetPeriod, u"e_period", u"period"},
            };
            for (const FieldCorrection &field : kFields) {
                if (field.kind != item.kind)
                    continue;
                sql = u"UPDATE figures SET %1 = ?, corrected = 1 WHERE id = ?"_s.arg(field.column);
                const QJsonValue value = item.values.value(field.key.toString());
                binds.append(value.isDouble() ? QVariant(value.toDouble())
                                              : QVariant(value.toString()));
            }
            switch (item.kind) {
                case CorrectionKind::Reject:
                    sql = u"UPDATE figures SET rejected = 1 WHERE id = ?"_s;
                    break;
                case CorrectionKind::SetValue:
                case CorrectionKind::SetUnit:
                case CorrectionKind::SetQualifier:
                case CorrectionKind::SetLabel:
                case CorrectionKind::SetPeriod:
                    break;  // above
                case CorrectionKind::SetTarget:
                    sql = u"UPDATE figures SET e_target = ?, corrected = 1 WHERE id = ?"_s;
                    binds.append(item.values.value(u"target"_s).toBool() ? 1 : 0);
                    break;
                case CorrectionKind::SetMetric:
                    sql =
                        u"UPDATE figures SET e_metric = ?, e_score = ?, corrected = 1 WHERE id = ?"_s;
                    binds.append(metricValue);
                    binds.append(kUserScore);
                    break;
                case CorrectionKind::ChooseForCell:
                    // The latest choice wins: chosen holds the correction's id.
                    sql =
                        u"UPDATE figures SET e_metric = ?, chosen = ?, rejected = 0 WHERE id = ?"_s;
                    binds.append(metricValue);
                    binds.append(item.id);
                    break;
                case CorrectionKind::AddFigure:
                case CorrectionKind::SetCity:
                case CorrectionKind::SetReportPeriod:
                    break;  // handled above
            }
            binds.append(target->id);
            update.prepare(sql);
            for (const QVariant &value : std::as_const(binds))
                update.addBindValue(value);
            if (!update.exec()) {
                *error = sqlError(update);
                return false;
            }
            applied = true;
        }
        markApplied.bindValue(0, applied ? 1 : 0);
        markApplied.bindValue(1, item.id);
        if (!markApplied.exec()) {
            *error = sqlError(markApplied);
            return false;
        }
    }
    return true;
}

bool ReportStore::syncMetrics(const MetricCatalog &catalog, bool *changed, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString fingerprint = catalogFingerprint(catalog);
    QSqlQuery query(db);
    query.exec(u"SELECT value FROM reportlens_meta WHERE key = 'metrics_fingerprint'"_s);
    const QString stored = query.next() ? query.value(0).toString() : QString();
    query.finish();
    *changed = stored != fingerprint;
    if (!*changed)
        return true;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = exec(u"DELETE FROM metrics"_s, error) &&
              exec(u"DELETE FROM reportlens_meta WHERE key = 'metrics_fingerprint'"_s, error);
    query.prepare(
        u"INSERT INTO metrics (id, group_id, name_zh, name_en, unit, position)"
        " VALUES (?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?)"_s);
    for (size_t i = 0; ok && i < catalog.metrics().size(); ++i) {
        const MetricDefinition &metric = catalog.metrics()[i];
        query.addBindValue(metric.id);
        query.addBindValue(metric.group);
        query.addBindValue(metric.nameZh);
        query.addBindValue(metric.nameEn);
        query.addBindValue(metric.unit);
        query.addBindValue(qint64(i));
        ok = query.exec();
        if (!ok)
            *error = sqlError(query);
    }
    if (ok) {
        query.prepare(
            u"INSERT INTO reportlens_meta (key, value) VALUES ('metrics_fingerprint', ?)"_s);
        query.addBindValue(fingerprint);
        ok = query.exec();
        if (!ok)
            *error = sqlError(query);
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool ReportStore::reparseAll(const ReportParser &parser, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    std::vector<qint64> ids;
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT id FROM documents ORDER BY id"_s)) {
            *error = sqlError(query);
            return false;
        }
        while (query.next())
            ids.push_back(query.value(0).toLongLong());
    }
    for (qint64 id : ids) {
        QSqlQuery query(db);
        query.prepare(u"SELECT path, encoding, text, content_hash FROM documents WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            *error = sqlError(query);
            return false;
        }
        Document document = parser.parseText(query.value(0).toString(), query.value(2).toString(),
                                             query.value(1).toString());
        query.finish();
        // One document at a time, all or nothing, as in an import.
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QString reason;
        bool ok = true;
        for (const QString &sql : {u"DELETE FROM figures WHERE document_id = ?"_s,
                                   u"DELETE FROM sentences WHERE document_id = ?"_s}) {
            QSqlQuery remove(db);
            remove.prepare(sql);
            remove.addBindValue(id);
            if (ok && !remove.exec()) {
                reason = sqlError(remove);
                ok = false;
            }
        }
        ok = ok && insertParsed(id, document, &reason);
        if (ok) {
            QSqlQuery update(db);
            const bool periods = m_schemaVersion >= 3;
            update.prepare(
                u"UPDATE documents SET title = ?, city = COALESCE(?, ''), sentence_count = ?,"
                " figure_count = ?%1 WHERE id = ?"_s.arg(
                    periods ? u", period = COALESCE(?, ''), engine_period = COALESCE(?, ''),"
                              " engine_city = COALESCE(?, ''), place_code = COALESCE(?, '')"_s
                            : QString()));
            update.addBindValue(document.title);
            update.addBindValue(document.city);
            update.addBindValue(qint64(document.sentences.size()));
            update.addBindValue(qint64(document.figures.size()));
            if (periods) {
                update.addBindValue(document.period);
                update.addBindValue(document.period);
                update.addBindValue(document.city);
                update.addBindValue(document.placeCode);
            }
            update.addBindValue(id);
            ok = update.exec();
            if (!ok)
                reason = sqlError(update);
        }
        ok = ok && applyCorrections(id, &reason);
        if (!ok) {
            db.rollback();
            *error = u"%1: %2"_s.arg(document.path, reason);
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        if (m_searchIndex)
            m_searchIndex->add(id);  // replaces the document's old sentences in the index
    }
    waitForSearchIndex();
    return true;
}

bool ReportStore::prepareFor(const ReportParser &parser, int *reparsed, QString *error) {
    *reparsed = 0;
    bool changed = false;
    if (!syncMetrics(parser.catalog(), &changed, error))
        return false;
    const qint64 count = documentCount();
    if (!changed || count == 0)
        return true;
    if (!reparseAll(parser, error))
        return false;
    *reparsed = int(count);
    return true;
}

QStringList ReportStore::integrityProblems() const {
    QStringList problems;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QString sql =
        u"SELECT d.path, d.sentence_count, d.figure_count,"
        " (SELECT count(*) FROM sentences s WHERE s.document_id = d.id),"
        " (SELECT count(*) FROM figures f WHERE f.document_id = d.id AND f.origin = 'engine')"
        " FROM documents d"_s;
    if (!query.exec(sql))
        return {sqlError(query)};
    while (query.next()) {
        if (query.value(1).toLongLong() != query.value(3).toLongLong() ||
            query.value(2).toLongLong() != query.value(4).toLongLong())
            problems.append(u"%1: %2 of %3 sentences and %4 of %5 figures stored"_s
                                .arg(query.value(0).toString())
                                .arg(query.value(3).toLongLong())
                                .arg(query.value(1).toLongLong())
                                .arg(query.value(4).toLongLong())
                                .arg(query.value(2).toLongLong()));
    }
    return problems;
}

qint64 ReportStore::documentCount() const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT count(*) FROM documents"_s) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::vector<DocumentSummary> ReportStore::documents() const {
    std::vector<DocumentSummary> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT d.id, d.path, d.title, d.city, d.content_hash,"
            " (SELECT count(*) FROM figures f WHERE f.document_id = d.id AND f.rejected = 0)"
            " FROM documents d ORDER BY d.city, d.path"_s)) {
        m_lastError = sqlError(query);
        return result;
    }
    while (query.next()) {
        result.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toInt()});
    }
    return result;
}

std::vector<qint64> ReportStore::documentIdsOfCity(const QString &city) const {
    std::vector<qint64> ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT id FROM documents WHERE city = COALESCE(?, '') ORDER BY path"_s);
    query.addBindValue(city);
    if (query.exec()) {
        while (query.next())
            ids.push_back(query.value(0).toLongLong());
    }
    return ids;
}

std::vector<std::pair<QString, std::pair<int, int>>> ReportStore::cityCounts() const {
    std::vector<std::pair<QString, std::pair<int, int>>> counts;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT d.city, count(*), sum(d.figure_count) FROM documents d"
                    " GROUP BY d.city ORDER BY d.city"_s))
        return counts;
    while (query.next())
        counts.push_back(
            {query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt()}});
    return counts;
}

std::optional<qint64> ReportStore::documentIdForPath(const QString &path) const {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT id FROM documents WHERE path = ?"_s);
    query.addBindValue(path);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<Document> ReportStore::document(qint64 id) const {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT path, title, city, encoding, text, content_hash%1 FROM documents"
        " WHERE id = ?"_s.arg(m_schemaVersion >= 3 ? u", period, place_code"_s : QString()));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    Document document;
    document.id = id;
    document.path = query.value(0).toString();
    document.title = query.value(1).toString();
    document.city = query.value(2).toString();
    document.encoding = query.value(3).toString();
    document.text = query.value(4).toString();
    document.contentHash = query.value(5).toString();
    if (m_schemaVersion >= 3) {
        document.period = query.value(6).toString();
        document.placeCode = query.value(7).toString();
    }
    document.indexSurrogatePairs();
    query.finish();

    QHash<qint64, int> sentenceIndex;
    query.prepare(
        u"SELECT id, kind, text, start_cp, end_cp FROM sentences WHERE document_id = ?"
        " ORDER BY ordinal"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = sqlError(query);
        return std::nullopt;
    }
    while (query.next()) {
        Sentence sentence;
        sentence.kind = PassageKind(query.value(1).toInt());
        sentence.text = query.value(2).toString();
        sentence.documentStart = document.utf16Offset(query.value(3).toLongLong());
        sentence.documentEnd = document.utf16Offset(query.value(4).toLongLong());
        sentenceIndex.insert(query.value(0).toLongLong(), int(document.sentences.size()));
        document.sentences.push_back(std::move(sentence));
    }
    query.finish();

    query.prepare(
        u"SELECT id, sentence_id, origin, raw, e_value, e_unit, e_qualifier, e_label,"
        " e_metric, e_score, start_cp, end_cp, rejected, corrected, chosen%1"
        " FROM figures WHERE document_id = ? ORDER BY start_cp, id"_s.arg(
            m_schemaVersion >= 3 ? u", e_period, e_target"_s : QString()));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = sqlError(query);
        return std::nullopt;
    }
    while (query.next()) {
        Figure figure;
        figure.id = query.value(0).toLongLong();
        figure.sentence = sentenceIndex.value(query.value(1).toLongLong(), 0);
        figure.userAdded = query.value(2).toString() == u"user";
        figure.raw = query.value(3).toString();
        figure.value = query.value(4).toDouble();
        figure.unit = query.value(5).toString();
        qualifierFromName(query.value(6).toString(), &figure.qualifier);
        figure.label = query.value(7).toString();
        figure.metric = query.value(8).toString();
        figure.metricScore = query.value(9).toInt();
        figure.start = document.utf16Offset(query.value(10).toLongLong());
        figure.end = document.utf16Offset(query.value(11).toLongLong());
        figure.rejected = query.value(12).toLongLong() != 0;
        figure.corrected = query.value(13).toLongLong() != 0;
        figure.chosen = query.value(14).toLongLong();
        if (m_schemaVersion >= 3) {
            figure.period = query.value(15).toString();
            figure.target = query.value(16).toLongLong() != 0;
        }
        if (!document.sentences.empty()) {
            const Sentence &sentence = document.sentences[size_t(figure.sentence)];
            const qsizetype at = sentence.text.indexOf(figure.raw);
            figure.sentenceStart = std::max<qsizetype>(at, 0);
            figure.sentenceEnd = figure.sentenceStart + (at >= 0 ? figure.raw.size() : 0);
        }
        document.figures.push_back(std::move(figure));
    }
    return document;
}

CityTable ReportStore::cityTable(const MetricCatalog &catalog) const {
    CityTable table;
    table.metrics = catalog.metrics();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT DISTINCT city FROM documents WHERE city <> ''"_s)) {
        while (query.next())
            table.cities.append(query.value(0).toString());
    }
    sortCities(&table.cities);
    // Each city and metric: how many candidates, and the first in ranking order (a chosen
    // figure, then the strongest match, then the first stated), found by one seek in the
    // figures_ranking index; then the winners' details. Portable to PostgreSQL as it is.
    // From version 3 on, a target fills no cell, and a cell carries its figure's period.
    const bool periods = m_schemaVersion >= 3;
    const QString sql =
        u"SELECT g.city, g.e_metric, f.e_value, f.e_unit, f.e_qualifier, f.raw, f.e_label, d.path,"
        " f.start_cp, f.end_cp, g.candidates, f.e_score, s.text, f.corrected + f.chosen, %1"
        " FROM (SELECT c.city, c.e_metric, count(*) AS candidates,"
        "  (SELECT w.id FROM figures w WHERE w.city = c.city AND w.e_metric = c.e_metric"
        "   AND w.rejected = 0%2 ORDER BY w.chosen DESC, w.e_score DESC, w.document_id,"
        "   w.start_cp LIMIT 1) AS winner"
        "  FROM figures c WHERE c.e_metric IS NOT NULL AND c.rejected = 0%3 AND c.city <> ''"
        "  GROUP BY c.city, c.e_metric) g"
        " JOIN figures f ON f.id = g.winner JOIN documents d ON d.id = f.document_id"
        " JOIN sentences s ON s.id = f.sentence_id"_s.arg(
            periods ? u"CASE WHEN f.e_period <> '' THEN f.e_period ELSE d.period END"_s : u"''"_s,
            periods ? u" AND w.e_target = 0"_s : QString(),
            periods ? u" AND c.e_target = 0"_s : QString());
    if (!query.exec(sql)) {
        m_lastError = sqlError(query);
        return table;
    }
    QHash<QString, int> metricOrder;
    for (size_t i = 0; i < table.metrics.size(); ++i)
        metricOrder.insert(table.metrics[i].id, int(i));
    while (query.next()) {
        TableCell cell;
        cell.city = query.value(0).toString();
        cell.metric = query.value(1).toString();
        if (!metricOrder.contains(cell.metric))
            continue;  // a metric the current metrics file no longer has
        cell.value = query.value(2).toDouble();
        cell.unit = query.value(3).toString();
        qualifierFromName(query.value(4).toString(), &cell.qualifier);
        cell.raw = query.value(5).toString();
        cell.label = query.value(6).toString();
        cell.path = query.value(7).toString();
        cell.start = query.value(8).toLongLong();
        cell.end = query.value(9).toLongLong();
        cell.alternatives = query.value(10).toInt() - 1;
        cell.score = query.value(11).toInt();
        cell.sentence = query.value(12).toString();
        cell.corrected = query.value(13).toLongLong() != 0;
        cell.period = query.value(14).toString();
        table.cells.push_back(std::move(cell));
    }
    QHash<QString, int> cityOrder;
    for (qsizetype i = 0; i < table.cities.size(); ++i)
        cityOrder.insert(table.cities.at(i), int(i));
    std::sort(table.cells.begin(), table.cells.end(), [&](const TableCell &a, const TableCell &b) {
        const int ca = cityOrder.value(a.city);
        const int cb = cityOrder.value(b.city);
        return ca != cb ? ca < cb : metricOrder.value(a.metric) < metricOrder.value(b.metric);
    });
    return table;
}

std::vector<CellCandidate> ReportStore::cellCandidates(const QString &city,
                                                       const QString &metric) const {
    std::vector<CellCandidate> candidates;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // The table's own ranking, so that the first is the one it shows.
    query.prepare(
        u"SELECT d.content_hash, d.path, f.start_cp, f.end_cp, f.raw, f.e_value,"
        " f.e_unit, f.e_label FROM figures f JOIN documents d ON d.id = f.document_id"
        " WHERE f.city = ? AND f.e_metric = ? AND f.rejected = 0%1"
        " ORDER BY f.chosen DESC, f.e_score DESC, f.document_id, f.start_cp"_s.arg(
            m_schemaVersion >= 3 ? u" AND f.e_target = 0"_s : QString()));
    query.addBindValue(city);
    query.addBindValue(metric);
    if (!query.exec()) {
        m_lastError = sqlError(query);
        return candidates;
    }
    while (query.next()) {
        CellCandidate candidate;
        candidate.anchor = {query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toLongLong(), query.value(3).toLongLong(),
                            query.value(4).toString()};
        candidate.value = query.value(5).toDouble();
        candidate.unit = query.value(6).toString();
        candidate.label = query.value(7).toString();
        candidate.filling = candidates.empty();
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

std::vector<SearchHit> ReportStore::search(const QString &text, int limit) const {
    std::vector<SearchHit> hits;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return hits;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString columns =
        u"s.id, s.document_id, d.path, d.city, d.title, s.text, s.start_cp, s.end_cp"_s;
    // Trigram indexes need three characters; shorter searches scan with LIKE.
    std::vector<qint64> matched;
    const bool indexed = m_searchIndex && needle.size() >= 3;
    if (indexed) {
        m_searchIndex->flush();
        QString reason;
        matched = m_searchIndex->match(needle, limit, &reason);
        if (!reason.isEmpty()) {
            m_lastError = reason;
            return hits;
        }
        if (matched.empty())
            return hits;
        QStringList placeholders;
        for (size_t i = 0; i < matched.size(); ++i)
            placeholders.append(u"?"_s);
        query.prepare(
            u"SELECT %1 FROM sentences s JOIN documents d ON d.id = s.document_id"
            " WHERE s.id IN (%2) ORDER BY s.id"_s.arg(columns, placeholders.join(u',')));
        for (qint64 id : matched)
            query.addBindValue(id);
    } else {
        query.prepare(
            u"SELECT %1 FROM sentences s JOIN documents d ON d.id = s.document_id"
            " WHERE s.text LIKE ? ESCAPE '\\' ORDER BY s.document_id, s.ordinal"
            " LIMIT ?"_s.arg(columns));
        query.addBindValue(likePattern(needle));
        query.addBindValue(limit);
    }
    if (!query.exec()) {
        m_lastError = sqlError(query);
        return hits;
    }
    std::vector<qint64> sentenceIds;
    while (query.next()) {
        SearchHit hit;
        sentenceIds.push_back(query.value(0).toLongLong());
        hit.documentId = query.value(1).toLongLong();
        hit.path = query.value(2).toString();
        hit.city = query.value(3).toString();
        hit.title = query.value(4).toString();
        hit.sentence = query.value(5).toString();
        hit.start = query.value(6).toLongLong();
        hit.end = query.value(7).toLongLong();
        hits.push_back(std::move(hit));
    }
    query.finish();
    QSqlQuery figures(db);
    figures.prepare(
        u"SELECT raw, e_value, e_unit, e_qualifier, e_label, e_metric, start_cp, end_cp, id"
        " FROM figures WHERE sentence_id = ? AND rejected = 0 ORDER BY start_cp"_s);
    for (size_t i = 0; i < hits.size(); ++i) {
        figures.bindValue(0, sentenceIds[i]);
        if (!figures.exec())
            continue;
        while (figures.next()) {
            Figure figure;
            figure.raw = figures.value(0).toString();
            figure.value = figures.value(1).toDouble();
            figure.unit = figures.value(2).toString();
            qualifierFromName(figures.value(3).toString(), &figure.qualifier);
            figure.label = figures.value(4).toString();
            figure.metric = figures.value(5).toString();
            figure.start = figures.value(6).toLongLong();  // code points
            figure.end = figures.value(7).toLongLong();
            figure.id = figures.value(8).toLongLong();
            hits[i].figures.push_back(std::move(figure));
        }
    }
    return hits;
}

qint64 ReportStore::addCorrection(Correction correction, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!correction.createdAt.isValid())
        correction.createdAt = QDateTime::currentDateTimeUtc();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return 0;
    }
    QSqlQuery query(db);
    query.prepare(
        // COALESCE: an empty QString binds as NULL.
        u"INSERT INTO corrections (kind, document_hash, document_path, start_cp, end_cp,"
        " raw, payload, created_at, author, reverted) VALUES (?, ?, COALESCE(?, ''), ?, ?,"
        " COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?) RETURNING id"_s);
    query.addBindValue(correctionKindName(correction.kind));
    query.addBindValue(correction.anchor.documentHash);
    query.addBindValue(correction.anchor.documentPath);
    query.addBindValue(correction.anchor.start);
    query.addBindValue(correction.anchor.end);
    query.addBindValue(correction.anchor.raw);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(correction.values).toJson(QJsonDocument::Compact)));
    query.addBindValue(correction.createdAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(correction.author);
    query.addBindValue(correction.reverted ? 1 : 0);
    if (!query.exec() || !query.next()) {
        *error = sqlError(query);
        db.rollback();
        return 0;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    query.prepare(u"SELECT id FROM documents WHERE content_hash = ? OR path = ?"_s);
    query.addBindValue(correction.anchor.documentHash);
    query.addBindValue(correction.anchor.documentPath);
    std::vector<qint64> documents;
    if (query.exec()) {
        while (query.next())
            documents.push_back(query.value(0).toLongLong());
    }
    for (qint64 document : documents) {
        if (!applyCorrections(document, error)) {
            db.rollback();
            return 0;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return 0;
    }
    return id;
}

qint64 ReportStore::setDocumentCity(const Document &document, const QString &city, QString *error) {
    Correction correction;
    correction.kind = CorrectionKind::SetCity;
    correction.anchor = {document.contentHash, document.path, 0, 1, QString()};
    correction.values = {{u"city"_s, city}};
    return addCorrection(correction, error);
}

bool ReportStore::setCorrectionReverted(qint64 id, bool reverted, QString *error) {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE corrections SET reverted = ? WHERE id = ?"_s);
    query.addBindValue(reverted ? 1 : 0);
    query.addBindValue(id);
    bool ok = query.exec() && query.numRowsAffected() == 1;
    if (!ok)
        *error = query.lastError().isValid() ? sqlError(query) : u"no correction %1"_s.arg(id);
    std::vector<qint64> documents;
    if (ok) {
        query.prepare(
            u"SELECT d.id FROM documents d JOIN corrections c"
            " ON c.document_hash = d.content_hash OR c.document_path = d.path"
            " WHERE c.id = ?"_s);
        query.addBindValue(id);
        ok = query.exec();
        while (ok && query.next())
            documents.push_back(query.value(0).toLongLong());
    }
    for (qint64 document : documents)
        ok = ok && applyCorrections(document, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

std::vector<Correction> ReportStore::corrections() const {
    std::vector<Correction> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT id, kind, document_hash, document_path, start_cp, end_cp, raw,"
            " payload, created_at, author, reverted, applied FROM corrections ORDER BY id"_s)) {
        m_lastError = sqlError(query);
        return result;
    }
    while (query.next()) {
        Correction correction;
        correction.id = query.value(0).toLongLong();
        correction.kind =
            correctionKindFromName(query.value(1).toString()).value_or(CorrectionKind::Reject);
        correction.anchor = {query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toLongLong(), query.value(5).toLongLong(),
                             query.value(6).toString()};
        correction.values = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
        correction.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        correction.author = query.value(9).toString();
        correction.reverted = query.value(10).toLongLong() != 0;
        result.push_back(std::move(correction));
    }
    return result;
}

std::vector<Correction> ReportStore::orphanedCorrections() const {
    std::vector<Correction> all = corrections();
    QSet<qint64> applied;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(u"SELECT id FROM corrections WHERE applied = 1"_s)) {
        while (query.next())
            applied.insert(query.value(0).toLongLong());
    }
    std::vector<Correction> orphans;
    for (Correction &correction : all) {
        if (!correction.reverted && !applied.contains(correction.id))
            orphans.push_back(std::move(correction));
    }
    return orphans;
}

QJsonArray ReportStore::exportCorrections() const {
    QJsonArray array;
    for (const Correction &correction : corrections())
        array.append(correction.toJson());
    return array;
}

bool ReportStore::importCorrections(const QJsonArray &array, int *added, QString *error) {
    *added = 0;
    // The log's own identity for a correction: what, where, when and by whom.
    auto identity = [](const Correction &c) {
        return QStringList{
            correctionKindName(c.kind),
            c.anchor.documentHash,
            QString::number(c.anchor.start),
            QString::number(c.anchor.end),
            c.createdAt.toUTC().toString(Qt::ISODateWithMs),
            c.author,
            QString::fromUtf8(QJsonDocument(c.values).toJson(QJsonDocument::Compact))}
            .join(u'\x1f');
    };
    QSet<QString> known;
    for (const Correction &correction : corrections())
        known.insert(identity(correction));
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString reason;
        const auto correction = Correction::fromJson(array.at(i).toObject(), &reason);
        if (!correction) {
            *error = u"correction #%1: %2"_s.arg(i + 1).arg(reason);
            return false;
        }
        if (known.contains(identity(*correction)))
            continue;
        if (addCorrection(*correction, error) == 0)
            return false;
        known.insert(identity(*correction));
        ++*added;
    }
    return true;
}

}  // namespace reportlens
