// The database behind ReportLens, through Qt Sql: documents, sentences, figures, metrics and
// corrections, in SQLite (the default) or PostgreSQL (for a team). One versioned schema with
// migrations that upgrade an older database in place. The one interface the dashboard and
// the command line use for storage.
#pragma once

#include "engine/citytable.h"
#include "engine/correction.h"
#include "engine/document.h"
#include "engine/metriccatalog.h"
#include "engine/records.h"
#include "storage/databaselocation.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace reportlens {

class ReportParser;
class SearchIndex;

class ReportStore {
public:
    static constexpr int kLatestSchemaVersion = 3;

    enum class StoreResult { Added, Replaced, Unchanged };

    ReportStore();
    ~ReportStore();  // out of line: SearchIndex is incomplete here
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    // Opens (creating or upgrading) the database. A file that is not a ReportLens database,
    // or one made by a newer version, is refused with the reason and left untouched.
    // upToVersion is for tests that build an older schema.
    bool open(const DatabaseLocation &location, QString *error,
              int upToVersion = kLatestSchemaVersion);
    void close();
    bool isOpen() const;
    int schemaVersion() const;
    const DatabaseLocation &location() const { return m_location; }

    static QString contentHash(const QString &text);

    // Stores one parsed document, all or nothing: the same content again changes nothing;
    // a changed file (same path) replaces its old version. Corrections are re-applied.
    std::optional<StoreResult> storeDocument(const Document &document, QString *error);
    // Groups the next documents into one transaction, each still all or nothing (a
    // savepoint each): far fewer commits and search-index segments for a large import.
    bool beginBatch(QString *error);
    bool commitBatch(QString *error);
    // Waits until the search index has caught up with what was stored (SQLite indexes on a
    // thread of its own).
    void waitForSearchIndex();
    // A file read in parts is stored as "<path>#part-N" documents. Removes what an earlier
    // import of the file left that this one did not write: parts past partCount, and the
    // whole-file document once there are parts. Returns how many were removed.
    std::optional<int> removeStaleParts(const QString &filePath, int partCount, QString *error);
    // The files stored in parts (whose parts an import of the whole file must remove).
    QSet<QString> filesStoredInParts() const;

    // Records the metrics; true in *changed when they differ from the stored ones.
    bool syncMetrics(const MetricCatalog &catalog, bool *changed, QString *error);
    // Parses every stored document again (a newer engine or metrics file), keeping
    // corrections.
    bool reparseAll(const ReportParser &parser, QString *error);
    // Makes the stored figures match this parser: records its metrics and, when they or
    // the engine changed since the documents were stored, parses them again. *reparsed
    // says how many documents were.
    bool prepareFor(const ReportParser &parser, int *reparsed, QString *error);

    qint64 documentCount() const;
    std::vector<DocumentSummary> documents() const;
    // The ids of a city's documents, and of the document stored under a path.
    std::vector<qint64> documentIdsOfCity(const QString &city) const;
    // Each place with its number of reports and of figures not rejected.
    std::vector<std::pair<QString, std::pair<int, int>>> cityCounts() const;
    std::optional<qint64> documentIdForPath(const QString &path) const;
    // The document with its sentences and figures, corrections applied.
    std::optional<Document> document(qint64 id) const;
    CityTable cityTable(const MetricCatalog &catalog) const;
    std::vector<SearchHit> search(const QString &text, int limit = 100) const;
    // The city's figures for the metric, the one filling the cell first.
    std::vector<CellCandidate> cellCandidates(const QString &city, const QString &metric) const;

    // Corrections: appended to the log and applied at once. Returns the new id, or 0.
    qint64 addCorrection(Correction correction, QString *error);
    // The place a document is about, set by the user (a correction, so that it survives
    // re-import); for documents whose place the engine cannot tell.
    qint64 setDocumentCity(const Document &document, const QString &city, QString *error);
    // Undo (reverted = true) and redo of one correction.
    bool setCorrectionReverted(qint64 id, bool reverted, QString *error);
    std::vector<Correction> corrections() const;
    // Corrections whose figure no stored document has any more (kept, never dropped).
    std::vector<Correction> orphanedCorrections() const;
    QJsonArray exportCorrections() const;
    // Adds the corrections not already in the log; *added says how many.
    bool importCorrections(const QJsonArray &array, int *added, QString *error);

    // Documents whose stored sentences or figures do not add up to what was imported (a
    // partial write would show here); empty when the database is whole.
    QStringList integrityProblems() const;

    QString lastError() const { return m_lastError; }

private:
    struct Statements;

    bool openConnection(const DatabaseLocation &location, QString *error, int upToVersion);
    bool createOrUpgrade(int upToVersion, QString *error);
    bool migrate(int toVersion, QString *error);
    bool exec(const QString &sql, QString *error) const;
    bool insertParsed(qint64 documentId, const Document &document, QString *error);
    bool applyCorrections(qint64 documentId, QString *error);
    void queueSearchIndexUpdates();
    bool isPostgres() const { return m_location.backend == DatabaseLocation::Backend::Postgresql; }

    DatabaseLocation m_location;
    QString m_connectionName;
    std::unique_ptr<Statements> m_statements;
    mutable QString m_lastError;
    int m_schemaVersion = 0;
    bool m_inBatch = false;
    std::unique_ptr<SearchIndex> m_searchIndex;  // SQLite only
    // What the search index is told once the batch it belongs to commits.
    std::vector<qint64> m_pendingIndexRemovals;
    std::vector<qint64> m_pendingIndexAdditions;
};

}  // namespace reportlens
