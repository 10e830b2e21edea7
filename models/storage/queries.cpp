#include "storage/queries.h"

#include "engine/input/partpaths.h"
#include "storage/connection.h"
#include "storage/schema.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

void Queries::failed(QString *error, const QString &reason) const {
    Connection::report(error, m_connection.failure(reason));
}

bool Queries::readToEnd(const QSqlQuery &query, QString *error) const {
    QString reason;
    if (Connection::readToEnd(query, &reason))
        return true;
    failed(error, reason);  // a part is never handed out as the whole
    return false;
}

qint64 Queries::documentCount(QString *error) const {
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT count(*) FROM documents"_s) || !query.next()) {
        failed(error, Connection::reason(query));
        return 0;
    }
    return query.value(0).toLongLong();
}

std::vector<DocumentSummary> Queries::documents(QString *error) const {
    std::vector<DocumentSummary> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT d.id, d.path, d.title, d.city, d.content_hash,"
            " (SELECT count(*) FROM figures f WHERE f.document_id = d.id AND f.rejected = 0)"
            " FROM documents d ORDER BY d.city, d.path"_s)) {
        failed(error, Connection::reason(query));
        return result;
    }
    while (query.next()) {
        result.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toInt()});
    }
    if (!readToEnd(query, error))
        return {};
    return result;
}

std::vector<qint64> Queries::documentIdsOfCity(const QString &city, QString *error) const {
    std::vector<qint64> ids;
    QSqlQuery query(m_connection.database());
    const bool queryPrepared =
        query.prepare(u"SELECT id FROM documents WHERE city = COALESCE(?, '') ORDER BY path"_s);
    query.addBindValue(city);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return ids;
    }
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    if (!readToEnd(query, error))
        return {};
    return ids;
}

std::vector<std::pair<QString, std::pair<int, int>>> Queries::cityCounts(QString *error) const {
    std::vector<std::pair<QString, std::pair<int, int>>> counts;
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT d.city, count(*), sum(d.figure_count) FROM documents d"
                    " GROUP BY d.city ORDER BY d.city"_s)) {
        failed(error, Connection::reason(query));
        return counts;
    }
    while (query.next())
        counts.push_back(
            {query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt()}});
    if (!readToEnd(query, error))
        return {};
    return counts;
}

std::optional<qint64> Queries::documentIdForPath(const QString &path, QString *error) const {
    QSqlQuery query(m_connection.database());
    const bool queryPrepared = query.prepare(u"SELECT id FROM documents WHERE path = ?"_s);
    query.addBindValue(path);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return std::nullopt;
    }
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;  // none stored under that path
}

std::optional<Document> Queries::document(qint64 id, QString *error) const {
    const bool periods = m_schema.version() >= 3;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    const bool queryPrepared = query.prepare(
        u"SELECT path, title, city, encoding, text, content_hash%1 FROM documents"
        " WHERE id = ?"_s.arg(periods ? u", period, place_code"_s : QString()));
    query.addBindValue(id);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return std::nullopt;
    }
    if (!query.next()) {
        failed(error, tr("there is no document %1").arg(id));
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
    if (periods) {
        document.period = query.value(6).toString();
        document.placeCode = query.value(7).toString();
    }
    document.indexSurrogatePairs();
    QHash<qint64, int> sentenceIndex;
    if (!readSentences(&document, &sentenceIndex, error) ||
        !readFigures(&document, sentenceIndex, error))
        return std::nullopt;
    return document;
}

bool Queries::readSentences(Document *document, QHash<qint64, int> *sentenceIndex,
                            QString *error) const {
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    const bool queryPrepared = query.prepare(
        u"SELECT id, kind, text, start_cp, end_cp FROM sentences WHERE document_id = ?"
        " ORDER BY ordinal"_s);
    query.addBindValue(document->id);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return false;
    }
    while (query.next()) {
        Sentence sentence;
        sentence.kind = PassageKind(query.value(1).toInt());
        sentence.text = query.value(2).toString();
        sentence.documentStart = document->utf16Offset(query.value(3).toLongLong());
        sentence.documentEnd = document->utf16Offset(query.value(4).toLongLong());
        sentenceIndex->insert(query.value(0).toLongLong(), int(document->sentences.size()));
        document->sentences.push_back(std::move(sentence));
    }
    if (!readToEnd(query, error))
        return {};
    return true;
}

bool Queries::readFigures(Document *document, const QHash<qint64, int> &sentenceIndex,
                          QString *error) const {
    const bool periods = m_schema.version() >= 3;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    const bool queryPrepared = query.prepare(
        u"SELECT id, sentence_id, origin, raw, e_value, e_unit, e_qualifier, e_label,"
        " e_metric, e_score, start_cp, end_cp, rejected, corrected, chosen%1"
        " FROM figures WHERE document_id = ? ORDER BY start_cp, id"_s.arg(
            periods ? u", e_period, e_target"_s : QString()));
    query.addBindValue(document->id);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return false;
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
        figure.start = document->utf16Offset(query.value(10).toLongLong());
        figure.end = document->utf16Offset(query.value(11).toLongLong());
        figure.rejected = query.value(12).toLongLong() != 0;
        figure.corrected = query.value(13).toLongLong() != 0;
        figure.chosen = query.value(14).toLongLong();
        if (periods) {
            figure.period = query.value(15).toString();
            figure.target = query.value(16).toLongLong() != 0;
        }
        if (!document->sentences.empty()) {
            const Sentence &sentence = document->sentences[size_t(figure.sentence)];
            const qsizetype at = sentence.text.indexOf(figure.raw);
            figure.sentenceStart = std::max<qsizetype>(at, 0);
            figure.sentenceEnd = figure.sentenceStart + (at >= 0 ? figure.raw.size() : 0);
        }
        document->figures.push_back(std::move(figure));
    }
    if (!readToEnd(query, error))
        return {};
    return true;
}

QSet<QString> Queries::filesStoredInParts(QString *error) const {
    QSet<QString> files;
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT path FROM documents WHERE path LIKE '%#part-%'"_s)) {
        failed(error, Connection::reason(query));
        return files;
    }
    while (query.next())
        files.insert(PartPaths::fileOf(query.value(0).toString()));
    if (!readToEnd(query, error))
        return {};
    return files;
}

QStringList Queries::integrityProblems() const {
    QStringList problems;
    QSqlQuery query(m_connection.database());
    const QString sql =
        u"SELECT d.path, d.sentence_count, d.figure_count,"
        " (SELECT count(*) FROM sentences s WHERE s.document_id = d.id),"
        " (SELECT count(*) FROM figures f WHERE f.document_id = d.id AND f.origin = 'engine')"
        " FROM documents d"_s;
    if (!query.exec(sql))
        return {m_connection.failure(Connection::reason(query))};
    while (query.next()) {
        if (query.value(1).toLongLong() != query.value(3).toLongLong() ||
            query.value(2).toLongLong() != query.value(4).toLongLong())
            problems.append(tr("%1: %2 of %3 sentences and %4 of %5 figures stored")
                                .arg(query.value(0).toString())
                                .arg(query.value(3).toLongLong())
                                .arg(query.value(1).toLongLong())
                                .arg(query.value(4).toLongLong())
                                .arg(query.value(2).toLongLong()));
    }
    if (QString reason; !Connection::readToEnd(query, &reason))
        problems.append(m_connection.failure(reason));  // the check itself could not finish
    return problems;
}

std::optional<std::vector<qint64>> Queries::documentIds(QString *error) const {
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT id FROM documents ORDER BY id"_s)) {
        failed(error, Connection::reason(query));
        return std::nullopt;
    }
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    if (!readToEnd(query, error))
        return {};
    return ids;
}

std::optional<StoredText> Queries::storedText(qint64 id, QString *error) const {
    QSqlQuery query(m_connection.database());
    const bool queryPrepared =
        query.prepare(u"SELECT path, encoding, text FROM documents WHERE id = ?"_s);
    query.addBindValue(id);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return std::nullopt;
    }
    if (!query.next()) {
        failed(error, tr("there is no document %1").arg(id));
        return std::nullopt;
    }
    return StoredText{id, query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString()};
}

}  // namespace reportlens
