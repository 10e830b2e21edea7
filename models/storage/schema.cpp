#include "storage/schema.h"

#include "storage/connection.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

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
    // The engine must fill the new columns: with no fingerprint of the metrics that classified
    // them, the documents are parsed again when a session next opens the database.
    "DELETE FROM reportlens_meta WHERE key = 'metrics_fingerprint'",
};

// Schema version 4: the places list's counts (reports and figures per place) from an index
// alone. figure_count is stored after the text, so reading it from the table walks every
// report's overflow pages: 0.8 s at 100,000 reports.
const char *const kSchemaV4[] = {
    "CREATE INDEX documents_city_counts ON documents (city, figure_count)",
    "DROP INDEX documents_city",
};

// Schema version 5: each place's report periods from an index alone, for choosing which of its
// reports fill the table (the latest by default); period lies past the text in SQLite.
const char *const kSchemaV5[] = {
    "CREATE INDEX documents_city_period ON documents (city, period, id)",
};

// Schema version 6: who last reverted or restored a correction, and when (the log keeps both).
const char *const kSchemaV6[] = {
    "ALTER TABLE corrections ADD COLUMN reverted_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE corrections ADD COLUMN reverted_by TEXT NOT NULL DEFAULT ''",
};

// Full-text search on PostgreSQL: pg_trgm's trigram index over the sentences, part of
// version 1 there (SQLite's index lives beside the database: see SearchIndex).
const char *const kSearchPostgres[] = {
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX sentences_text_trigrams ON sentences USING gin (text gin_trgm_ops)",
};

template <size_t N>
void append(QStringList *statements, const char *const (&sql)[N]) {
    for (const char *statement : sql)
        statements->append(QString::fromUtf8(statement));
}

}  // namespace

bool Schema::refuseForeign(QString *error) const {
    // Corrupt files fail here; foreign databases have tables but not ours.
    QSqlQuery query(m_connection.database());
    const QString sql = m_connection.isPostgres()
                            ? u"SELECT table_name FROM information_schema.tables"
                              " WHERE table_schema = current_schema()"_s
                            : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s;
    if (!query.exec(sql)) {
        *error = m_connection.failure(tr("not a readable database (%1); it was left untouched")
                                          .arg(Connection::reason(query)));
        return false;
    }
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    if (QString reason; !Connection::readToEnd(query, &reason)) {
        *error = m_connection.failure(
            tr("not a readable database (%1); it was left untouched").arg(reason));
        return false;
    }
    // An empty SQLite file that this program did not make may still be another's (made by a
    // tool about to fill it, or kept as a placeholder): WAL mode would change it for good.
    if (tables.isEmpty() && !m_connection.isPostgres() && !m_connection.isNewFile()) {
        query.exec(u"PRAGMA application_id"_s);
        if (!query.next() || query.value(0).toInt() != Connection::kDatabaseApplicationId) {
            *error = m_connection.failure(
                tr("a SQLite database that ReportLens did not make (it has no tables); it was"
                   " left untouched"));
            return false;
        }
    }
    if (!tables.isEmpty() && !tables.contains(u"reportlens_meta"_s)) {
        *error = m_connection.failure(
            tr("a database of something else (tables: %1), not ReportLens; it was left untouched")
                .arg(tables.mid(0, 5).join(u", "_s)));
        return false;
    }
    return true;
}

std::optional<int> Schema::storedVersion(QString *reason) const {
    // Asking a missing table would abort a PostgreSQL transaction: look first.
    QSqlQuery query(m_connection.database());
    const QString exists =
        m_connection.isPostgres()
            ? u"SELECT count(*) FROM information_schema.tables WHERE"
              " table_schema = current_schema() AND table_name = 'reportlens_meta'"_s
            : u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND"
              " name = 'reportlens_meta'"_s;
    if (!query.exec(exists) || !query.next()) {
        *reason = Connection::reason(query);
        return std::nullopt;
    }
    if (query.value(0).toInt() == 0)
        return 0;  // a new database
    if (!query.exec(u"SELECT value FROM reportlens_meta WHERE key = 'schema_version'"_s)) {
        *reason = Connection::reason(query);
        return std::nullopt;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

bool Schema::readAsItIs(int oldestVersion, QString *error) {
    QString reason;
    const std::optional<int> version = storedVersion(&reason);
    if (!version) {
        *error = m_connection.failure(reason);
        return false;
    }
    if (*version < oldestVersion || *version > kLatestVersion) {
        reason =
            tr("schema %1, which this ReportLens cannot read without changing it").arg(*version);
        if (m_connection.isReadOnly())
            reason += u"; "_s + m_connection.readOnlyReason();
        *error = m_connection.failure(reason);
        return false;
    }
    m_version = *version;
    return true;
}

bool Schema::bringUpTo(int upToVersion, QString *error) {
    // Read as it is, or not at all: an upgrade would have to write.
    if (m_connection.isReadOnly())
        return readAsItIs(std::min(upToVersion, kOldestReadableVersion), error);
    for (;;) {
        // Each step is its own transaction: an upgrade stopped half-way leaves a whole
        // older version behind.
        Transaction step(m_connection);
        QString reason;
        if (!step.begin(&reason)) {
            *error = m_connection.failure(reason);
            return false;
        }
        // Two processes opening a new database: one migrates, the other waits and sees it.
        if (m_connection.isPostgres() &&
            !m_connection.exec(u"SELECT pg_advisory_xact_lock(7340217)"_s, &reason)) {
            *error = m_connection.failure(reason);
            return false;
        }
        const std::optional<int> version = storedVersion(&reason);
        if (!version) {
            *error = m_connection.failure(reason);
            return false;
        }
        if (*version > kLatestVersion) {
            *error = m_connection.failure(
                tr("made by a newer ReportLens (schema %1; this one knows up to %2); it was left"
                   " untouched")
                    .arg(*version)
                    .arg(kLatestVersion));
            return false;
        }
        if (*version >= upToVersion) {
            if (!step.commit(&reason)) {
                *error = m_connection.failure(reason);
                return false;
            }
            m_version = *version;
            return true;
        }
        if (!migrate(*version + 1, &reason)) {
            *error = m_connection.failure(
                tr("upgrading the schema to version %1 failed: %2").arg(*version + 1).arg(reason));
            return false;
        }
        if (!step.commit(&reason)) {
            *error = m_connection.failure(reason);
            return false;
        }
    }
}

QStringList Schema::statementsTo(int toVersion) const {
    QStringList statements;
    const bool postgres = m_connection.isPostgres();
    if (toVersion == 1) {
        append(&statements, kSchemaV1);
        for (QString &statement : statements) {
            statement.replace(u"%PK%"_s,
                              postgres ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                                       : u"INTEGER PRIMARY KEY"_s);
            statement.replace(u"%REAL%"_s, postgres ? u"DOUBLE PRECISION"_s : u"REAL"_s);
        }
        if (postgres)
            append(&statements, kSearchPostgres);
    } else if (toVersion == 2) {
        append(&statements, kSchemaV2);
    } else if (toVersion == 3) {
        append(&statements, kSchemaV3);
    } else if (toVersion == 4) {
        append(&statements, kSchemaV4);
    } else if (toVersion == 5) {
        append(&statements, kSchemaV5);
    } else if (toVersion == 6) {
        append(&statements, kSchemaV6);
    }
    return statements;
}

bool Schema::migrate(int toVersion, QString *reason) {
    QStringList statements = statementsTo(toVersion);
    if (statements.isEmpty()) {
        *reason = tr("no migration to version %1").arg(toVersion);
        return false;
    }
    statements.append(u"DELETE FROM reportlens_meta WHERE key = 'schema_version'"_s);
    statements.append(
        u"INSERT INTO reportlens_meta (key, value) VALUES ('schema_version', '%1')"_s.arg(
            toVersion));
    for (const QString &statement : std::as_const(statements)) {
        if (!m_connection.exec(statement, reason))
            return false;
    }
    return true;
}

}  // namespace reportlens
