// The reads of the stored documents: lists and counts, one document with its sentences and
// figures (corrections applied), and the checks the tests make; the table's reads are
// TableQueries'. On failure a read gives what it has (empty) and, where the caller asks for
// one, a message that names the database and the reason.
#pragma once

#include "engine/document.h"
#include "engine/records.h"
#include "storage/storedtext.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class QSqlQuery;

namespace reportlens {

class Connection;
class Schema;

class Queries {
    Q_DECLARE_TR_FUNCTIONS(reportlens::Queries)

public:
    Queries(const Connection &connection, const Schema &schema)
        : m_connection(connection), m_schema(schema) {}

    qint64 documentCount(QString *error) const;
    std::vector<DocumentSummary> documents(QString *error) const;
    std::vector<qint64> documentIdsOfCity(const QString &city, QString *error) const;
    std::vector<std::pair<QString, std::pair<int, int>>> cityCounts(QString *error) const;
    std::optional<qint64> documentIdForPath(const QString &path, QString *error) const;
    std::optional<Document> document(qint64 id, QString *error) const;
    QSet<QString> filesStoredInParts(QString *error) const;
    QStringList integrityProblems() const;

    // For parsing the stored documents again: their ids, and one's text at a time.
    std::optional<std::vector<qint64>> documentIds(QString *error) const;
    std::optional<StoredText> storedText(qint64 id, QString *error) const;

private:
    bool readSentences(Document *document, QHash<qint64, int> *sentenceIndex, QString *error) const;
    bool readFigures(Document *document, const QHash<qint64, int> &sentenceIndex,
                     QString *error) const;
    // The message for a read that failed, naming the database.
    void failed(QString *error, const QString &reason) const;
    // After a read loop: false, the database and reason reported, when reading failed.
    bool readToEnd(const QSqlQuery &query, QString *error) const;

    const Connection &m_connection;
    const Schema &m_schema;
};

}  // namespace reportlens
