#include "storage/reportstore.h"

#include "storage/changefeed.h"
#include "storage/connection.h"
#include "storage/correctionapplier.h"
#include "storage/correctionlog.h"
#include "storage/documentwriter.h"
#include "storage/metricstable.h"
#include "storage/queries.h"
#include "storage/search.h"
#include "storage/tablequeries.h"

namespace reportlens {

ReportStore::ReportStore()
    : m_connection(std::make_unique<Connection>())
    , m_schema(std::make_unique<Schema>(*m_connection))
    , m_search(std::make_unique<Search>(*m_connection))
    , m_changes(std::make_unique<ChangeFeed>(*m_connection))
    , m_applier(std::make_unique<CorrectionApplier>(*m_connection, *m_schema))
    , m_writer(std::make_unique<DocumentWriter>(*m_connection, *m_schema, *m_applier, *m_search))
    , m_corrections(std::make_unique<CorrectionLog>(*m_connection, *m_schema, *m_applier))
    , m_metrics(std::make_unique<MetricsTable>(*m_connection))
    , m_queries(std::make_unique<Queries>(*m_connection, *m_schema))
    , m_tableQueries(std::make_unique<TableQueries>(*m_connection, *m_schema)) {}

ReportStore::~ReportStore() {
    close();
}

bool ReportStore::open(const DatabaseLocation &location, QString *error, int upToVersion) {
    close();
    // Nothing is written before the database is known to be ours, or empty.
    if (m_connection->open(location, error) && m_schema->refuseForeign(error) &&
        m_connection->applyPragmas(error) && m_schema->bringUpTo(upToVersion, error) &&
        m_writer->prepare(error)) {
        m_search->start();
        return true;
    }
    close();
    return false;
}

bool ReportStore::openForReading(const DatabaseLocation &location, QString *error) {
    close();
    if (m_connection->open(location, error) && m_schema->refuseForeign(error) &&
        m_connection->applyPragmas(error) &&
        m_schema->readAsItIs(Schema::kOldestReadableVersion, error))
        return true;
    close();
    return false;
}

void ReportStore::close() {
    m_changes->stop();
    m_search->stop();
    m_writer->release();
    m_schema->forget();
    m_connection->close();
}

bool ReportStore::isOpen() const {
    return m_connection->isOpen();
}

bool ReportStore::isReadOnly() const {
    return m_connection->isReadOnly();
}

QString ReportStore::readOnlyReason() const {
    return m_connection->failure(m_connection->readOnlyReason());
}

int ReportStore::schemaVersion() const {
    return m_schema->version();
}

const DatabaseLocation &ReportStore::location() const {
    return m_connection->location();
}

QString ReportStore::contentHash(const QString &text) {
    return DocumentWriter::contentHash(text);
}

std::optional<StoreResult> ReportStore::storeDocument(const Document &document, QString *error) {
    return m_writer->store(document, error);
}

bool ReportStore::beginBatch(QString *error) {
    return m_writer->beginBatch(error);
}

bool ReportStore::commitBatch(QString *error) {
    return m_writer->commitBatch(error);
}

void ReportStore::waitForSearchIndex(bool checked) {
    m_search->flush(checked);
}

std::optional<int> ReportStore::removeStaleParts(const QString &filePath, int partCount,
                                                 QString *error) {
    return m_writer->removeStaleParts(filePath, partCount, error);
}

QSet<QString> ReportStore::filesStoredInParts(QString *error) const {
    return m_queries->filesStoredInParts(error);
}

std::optional<QString> ReportStore::metricsFingerprint(QString *error) const {
    return m_metrics->fingerprint(error);
}

bool ReportStore::recordMetrics(const MetricCatalog &catalog, const QString &fingerprint,
                                QString *error) {
    return m_metrics->record(catalog, fingerprint, error);
}

std::optional<std::vector<qint64>> ReportStore::documentIds(QString *error) const {
    return m_queries->documentIds(error);
}

std::optional<StoredText> ReportStore::storedText(qint64 id, QString *error) const {
    return m_queries->storedText(id, error);
}

bool ReportStore::replaceParsed(qint64 id, const Document &document, QString *error) {
    return m_writer->replaceParsed(id, document, error);
}

qint64 ReportStore::documentCount(QString *error) const {
    return m_queries->documentCount(error);
}

std::vector<DocumentSummary> ReportStore::documents(QString *error) const {
    return m_queries->documents(error);
}

std::vector<qint64> ReportStore::documentIdsOfCity(const QString &city, QString *error) const {
    return m_queries->documentIdsOfCity(city, error);
}

std::vector<std::pair<QString, std::pair<int, int>>> ReportStore::cityCounts(QString *error) const {
    return m_queries->cityCounts(error);
}

std::optional<qint64> ReportStore::documentIdForPath(const QString &path, QString *error) const {
    return m_queries->documentIdForPath(path, error);
}

std::optional<Document> ReportStore::document(qint64 id, QString *error) const {
    return m_queries->document(id, error);
}

CityTable ReportStore::cityTable(const MetricCatalog &catalog, CandidateCounting counting,
                                 QString *error) const {
    return m_tableQueries->cityTable(catalog, counting, ReportSelection(), error);
}

CityTable ReportStore::cityTable(const MetricCatalog &catalog, const ReportSelection &selection,
                                 CandidateCounting counting, QString *error) const {
    return m_tableQueries->cityTable(catalog, counting, selection, error);
}

std::vector<UnplacedFigure> ReportStore::unplacedFigures(const ReportSelection &selection,
                                                         int perPlace, QString *error) const {
    return m_tableQueries->unplacedFigures(selection, perPlace, error);
}

std::vector<TrendPoint> ReportStore::trend(const QString &metric, QString *error) const {
    return m_tableQueries->trend(metric, error);
}

std::vector<CandidateCount> ReportStore::candidateCounts(QString *error) const {
    return m_tableQueries->candidateCounts(error);
}

std::vector<SearchHit> ReportStore::search(const QString &text, int limit, QString *error) const {
    return m_search->find(text, limit, error);
}

QString ReportStore::searchIndexProblem() const {
    return m_search->indexProblem();
}

std::vector<CellCandidate> ReportStore::cellCandidates(const QString &city, const QString &metric,
                                                       const ReportSelection &selection,
                                                       QString *error) const {
    return m_tableQueries->cellCandidates(city, metric, selection, error);
}

qint64 ReportStore::addCorrection(Correction correction, QString *error) {
    return m_corrections->add(std::move(correction), error);
}

qint64 ReportStore::setDocumentCity(const Document &document, const QString &city, QString *error) {
    return m_corrections->setDocumentCity(document, city, error);
}

bool ReportStore::setCorrectionReverted(qint64 id, bool reverted, const QString &author,
                                        QString *error) {
    return m_corrections->setReverted(id, reverted, author, error);
}

std::vector<Correction> ReportStore::corrections(QString *error) const {
    return m_corrections->list(error);
}

std::vector<Correction> ReportStore::orphanedCorrections(QString *error) const {
    return m_corrections->orphaned(error);
}

QJsonArray ReportStore::exportCorrections(QString *error) const {
    return m_corrections->exportAll(error);
}

bool ReportStore::importCorrections(const QJsonArray &array, int *added, QString *error,
                                    const CorrectionImportProgress &progress) {
    return m_corrections->import(array, added, error, progress);
}

QStringList ReportStore::integrityProblems() const {
    return m_queries->integrityProblems();
}

}  // namespace reportlens
