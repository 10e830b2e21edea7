// Writes documents with their sentences and figures, each all or nothing: an import's, a file's
// parts, and a document's new parse. Whatever it writes, the document's corrections are applied
// again before it commits, and the search index hears of it once it has.
#pragma once

#include "engine/document.h"
#include "storage/storeresult.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace reportlens {

class Connection;
class CorrectionApplier;
class Schema;
class Search;
struct WriteStatements;

class DocumentWriter {
    Q_DECLARE_TR_FUNCTIONS(reportlens::DocumentWriter)

public:
    DocumentWriter(Connection &connection, const Schema &schema, const CorrectionApplier &applier,
                   Search &search);
    ~DocumentWriter();  // out of line: WriteStatements is incomplete here
    DocumentWriter(const DocumentWriter &) = delete;
    DocumentWriter &operator=(const DocumentWriter &) = delete;

    // SHA-256 of the decoded text: a document's identity, whatever its path.
    static QString contentHash(const QString &text);

    // Prepares the statements of the import's hot path, once the schema is known; the message
    // names the database. release() before the connection closes.
    bool prepare(QString *error);
    void release();

    // The same content again changes nothing; a changed file (same path) replaces its old
    // version. The message names the document's file.
    std::optional<StoreResult> store(const Document &document, QString *error);
    // One transaction for the next documents, each still all or nothing (a savepoint each).
    bool beginBatch(QString *error);
    bool commitBatch(QString *error);
    // Removes what an earlier import of a file read in parts left that this one did not write.
    std::optional<int> removeStaleParts(const QString &filePath, int partCount, QString *error);
    // Replaces what the engine made of a stored document (sentences, figures, title, place,
    // period) with a new parse of its text, keeping its corrections. The message names the file.
    bool replaceParsed(qint64 documentId, const Document &document, QString *error);

private:
    std::optional<bool> isStored(const QString &hash, QString *reason);
    bool removeVersions(const QString &path, std::vector<qint64> *removed, QString *reason);
    // The new id; 0 when another process stored the same content meanwhile.
    std::optional<qint64> insertDocument(const Document &document, const QString &hash,
                                         QString *reason);
    bool insertParsed(qint64 documentId, const Document &document, QString *reason);
    // PostgreSQL: the sentences, then the figures, one statement each (a round trip per row
    // held the import at 25-56 documents/s).
    bool insertParsedInBulk(qint64 documentId, const Document &document, QString *reason);
    bool updateDocument(qint64 documentId, const Document &document, QString *reason);
    bool applyCorrectionsIfAny(qint64 documentId, const QString &hash, const QString &path,
                               QString *reason);
    // The search index hears of documents once the outermost transaction commits.
    void indexWhenCommitted(const std::vector<qint64> &removed, const std::vector<qint64> &added);

    Connection &m_connection;
    const Schema &m_schema;
    const CorrectionApplier &m_applier;
    Search &m_search;
    std::unique_ptr<WriteStatements> m_statements;
    bool m_inBatch = false;
    std::vector<qint64> m_pendingRemovals;
    std::vector<qint64> m_pendingAdditions;
};

}  // namespace reportlens
