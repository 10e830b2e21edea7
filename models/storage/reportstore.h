// The database behind ReportLens, through Qt Sql: documents, sentences, figures, metrics and
// corrections, in SQLite (the default) or PostgreSQL (for a team). The one interface the
// services, the dashboard and the command line use for storage: a thin facade over the rooms
// that do the work (connection, schema, documentwriter, correctionlog, queries, search).
// It keeps rows; when to parse stored documents again is a service's decision.
//
// Errors: every failure reaches the caller as a translated message that names the database (or
// the document's file) and the reason. Writes return it through their error argument; reads
// return what they have (empty) and the message where the caller passes an error argument.
#pragma once

#include "engine/citytable.h"
#include "engine/correction.h"
#include "engine/document.h"
#include "engine/metriccatalog.h"
#include "engine/records.h"
#include "engine/reviewqueue.h"
#include "storage/correctionlog.h"
#include "storage/databaselocation.h"
#include "storage/schema.h"
#include "storage/storedtext.h"
#include "storage/storeresult.h"

#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace reportlens {

class Connection;
class ChangeFeed;
class CorrectionApplier;
class CorrectionLog;
class DocumentWriter;
class MetricsTable;
class Queries;
class Search;
class TableQueries;

class ReportStore {
public:
    static constexpr int kLatestSchemaVersion = Schema::kLatestVersion;

    using StoreResult = reportlens::StoreResult;

    ReportStore();
    ~ReportStore();  // out of line: the rooms are incomplete here
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    // Opens (creating or upgrading) the database. A file that is not a ReportLens database,
    // or one made by a newer version, is refused with the reason and left untouched.
    // upToVersion is for tests that build an older schema.
    bool open(const DatabaseLocation &location, QString *error,
              int upToVersion = kLatestSchemaVersion);
    // Opens a database another store keeps (a second connection, for reads on another thread):
    // as it is, no upgrade, no writes, no search index.
    bool openForReading(const DatabaseLocation &location, QString *error);
    void close();
    bool isOpen() const;
    // Tells of changes other processes commit (ChangeFeed): started by whoever shows the
    // data (the window), in the thread that made the store; stopped by close().
    ChangeFeed *changes() const { return m_changes.get(); }
    // Opened for reading only (the file or its folder cannot be written); every change fails,
    // and readOnlyReason() says why, naming the database.
    bool isReadOnly() const;
    QString readOnlyReason() const;
    int schemaVersion() const;
    const DatabaseLocation &location() const;

    // SHA-256 of the decoded text: a document's identity, whatever its path.
    static QString contentHash(const QString &text);

    // Stores one parsed document, all or nothing: the same content again changes nothing;
    // a changed file (same path) replaces its old version. Corrections are re-applied.
    std::optional<StoreResult> storeDocument(const Document &document, QString *error);
    // Groups the next documents into one transaction, each still all or nothing (a
    // savepoint each): far fewer commits and search-index segments for a large import.
    bool beginBatch(QString *error);
    bool commitBatch(QString *error);
    // Waits until the search index has caught up with what was stored (SQLite indexes on a
    // thread of its own); checked: and until it has been checked for damage once since the
    // database opened (in the background when idle; searches do not wait for it).
    void waitForSearchIndex(bool checked = false);
    // A file read in parts is stored as "<path>#part-N" documents. Removes what an earlier
    // import of the file left that this one did not write: parts past partCount, and the
    // whole-file document once there are parts. Returns how many were removed.
    std::optional<int> removeStaleParts(const QString &filePath, int partCount, QString *error);
    // The files stored in parts (whose parts an import of the whole file must remove).
    QSet<QString> filesStoredInParts(QString *error = nullptr) const;

    // The metrics the stored figures were classified by, and a fingerprint of them and the
    // engine (made by whoever decides on re-parsing); empty when none was recorded.
    std::optional<QString> metricsFingerprint(QString *error) const;
    // Records the metrics and their fingerprint, all or nothing.
    bool recordMetrics(const MetricCatalog &catalog, const QString &fingerprint, QString *error);
    // The stored documents, for parsing them again: their ids, and one's text at a time.
    std::optional<std::vector<qint64>> documentIds(QString *error) const;
    std::optional<StoredText> storedText(qint64 id, QString *error) const;
    // Replaces what the engine made of a stored document with a new parse of its text, keeping
    // its corrections; all or nothing. The message names the document's file.
    bool replaceParsed(qint64 id, const Document &document, QString *error);

    qint64 documentCount(QString *error = nullptr) const;
    std::vector<DocumentSummary> documents(QString *error = nullptr) const;
    // The ids of a city's documents, and of the document stored under a path.
    std::vector<qint64> documentIdsOfCity(const QString &city, QString *error = nullptr) const;
    // Each place with its number of reports and of figures not rejected.
    std::vector<std::pair<QString, std::pair<int, int>>> cityCounts(QString *error = nullptr) const;
    std::optional<qint64> documentIdForPath(const QString &path, QString *error = nullptr) const;
    // The document with its sentences and figures, corrections applied.
    std::optional<Document> document(qint64 id, QString *error = nullptr) const;
    // The table of each place's latest reports (ReportSelection), or of the reports chosen.
    CityTable cityTable(const MetricCatalog &catalog,
                        CandidateCounting counting = CandidateCounting::All,
                        QString *error = nullptr) const;
    CityTable cityTable(const MetricCatalog &catalog, const ReportSelection &selection,
                        CandidateCounting counting = CandidateCounting::All,
                        QString *error = nullptr) const;
    // Each cell's candidates, counted (what a table read with CandidateCounting::WhetherAny
    // leaves to later).
    std::vector<CandidateCount> candidateCounts(QString *error = nullptr) const;
    // Figures with a label but no metric in the reports the selection takes, at most perPlace
    // of each place (for the review queue: ReviewQueue::itemsOf).
    std::vector<UnplacedFigure> unplacedFigures(const ReportSelection &selection, int perPlace,
                                                QString *error = nullptr) const;
    // A metric over the periods of each place (one point per place and period), by place and
    // period.
    std::vector<TrendPoint> trend(const QString &metric, QString *error = nullptr) const;
    std::vector<SearchHit> search(const QString &text, int limit = 100,
                                  QString *error = nullptr) const;
    // Why searches scan the sentences rather than the index beside a SQLite database (it
    // could not be opened or kept), naming its file; empty while the index is in use.
    QString searchIndexProblem() const;
    // The city's figures for the metric from the reports the table takes, the one filling the
    // cell first.
    std::vector<CellCandidate> cellCandidates(const QString &city, const QString &metric,
                                              const ReportSelection &selection = {},
                                              QString *error = nullptr) const;

    // Corrections: appended to the log and applied at once. Returns the new id, or 0.
    qint64 addCorrection(Correction correction, QString *error);
    // The place a document is about, set by the user (a correction, so that it survives
    // re-import); for documents whose place the engine cannot tell.
    qint64 setDocumentCity(const Document &document, const QString &city, QString *error);
    // Undo (reverted = true) and redo of one correction.
    // Undo or redo of one correction; author is who (recorded beside it, with the time).
    bool setCorrectionReverted(qint64 id, bool reverted, const QString &author, QString *error);
    std::vector<Correction> corrections(QString *error = nullptr) const;
    // Corrections whose figure no stored document has any more (kept, never dropped).
    std::vector<Correction> orphanedCorrections(QString *error = nullptr) const;
    QJsonArray exportCorrections(QString *error = nullptr) const;
    // Adds the corrections not already in the log, all or none; *added says how many.
    bool importCorrections(const QJsonArray &array, int *added, QString *error,
                           const CorrectionImportProgress &progress = {});

    // Documents whose stored sentences or figures do not add up to what was imported (a
    // partial write would show here); empty when the database is whole.
    QStringList integrityProblems() const;

private:
    // Declared in the order they are built: each room uses only those above it.
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<Schema> m_schema;
    std::unique_ptr<Search> m_search;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<CorrectionApplier> m_applier;
    std::unique_ptr<DocumentWriter> m_writer;
    std::unique_ptr<CorrectionLog> m_corrections;
    std::unique_ptr<MetricsTable> m_metrics;
    std::unique_ptr<Queries> m_queries;
    std::unique_ptr<TableQueries> m_tableQueries;
};

}  // namespace reportlens
