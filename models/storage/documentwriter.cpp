#include "storage/documentwriter.h"

#include "engine/input/partpaths.h"
#include "storage/connection.h"
#include "storage/correctionapplier.h"
#include "storage/postgresarray.h"
#include "storage/schema.h"
#include "storage/search.h"
#include "storage/transaction.h"
#include "storage/writestatements.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

DocumentWriter::DocumentWriter(Connection &connection, const Schema &schema,
                               const CorrectionApplier &applier, Search &search)
    : m_connection(connection), m_schema(schema), m_applier(applier), m_search(search) {}

DocumentWriter::~DocumentWriter() = default;

QString DocumentWriter::contentHash(const QString &text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool DocumentWriter::prepare(QString *error) {
    m_statements = std::make_unique<WriteStatements>(m_connection.database());
    QString reason;
    if (m_statements->prepare(m_connection.isPostgres(), m_schema.version(), &reason))
        return true;
    m_statements.reset();
    *error = m_connection.failure(reason);
    return false;
}

void DocumentWriter::release() {
    m_statements.reset();
    m_inBatch = false;
    m_pendingRemovals.clear();
    m_pendingAdditions.clear();
}

std::optional<StoreResult> DocumentWriter::store(const Document &document, QString *error) {
    if (!m_statements) {
        *error = tr("%1: not stored, no database is open").arg(document.path);
        return std::nullopt;
    }
    const QString hash =
        document.contentHash.isEmpty() ? contentHash(document.text) : document.contentHash;
    QString reason;
    auto failed = [&] {
        *error = tr("%1: %2").arg(document.path, reason);
        return std::nullopt;
    };
    // Alone, a document is a transaction; in a batch, a savepoint.
    Transaction transaction(m_connection);
    if (!transaction.begin(&reason) || !m_connection.lockPaths({document.path}, &reason))
        return failed();
    const std::optional<bool> stored = isStored(hash, &reason);
    if (!stored)
        return failed();
    if (*stored)
        return transaction.commit(&reason) ? std::optional(StoreResult::Unchanged) : failed();
    std::vector<qint64> removed;
    if (!removeVersions(document.path, &removed, &reason))
        return failed();
    const std::optional<qint64> added = insertDocument(document, hash, &reason);
    if (added == 0)  // stored meanwhile by another process: what this one removed comes back
        return StoreResult::Unchanged;
    if (!added || !insertParsed(*added, document, &reason) ||
        !applyCorrectionsIfAny(*added, hash, document.path, &reason) ||
        !transaction.commit(&reason))
        return failed();
    indexWhenCommitted(removed, {*added});
    return removed.empty() ? StoreResult::Added : StoreResult::Replaced;
}

std::optional<bool> DocumentWriter::isStored(const QString &hash, QString *reason) {
    QSqlQuery &query = m_statements->findByHash;
    query.bindValue(0, hash);
    if (!query.exec()) {
        *reason = Connection::reason(query);
        return std::nullopt;
    }
    const bool found = query.next();
    query.finish();
    return found;
}

bool DocumentWriter::removeVersions(const QString &path, std::vector<qint64> *removed,
                                    QString *reason) {
    WriteStatements &s = *m_statements;
    s.findByPath.bindValue(0, path);
    if (!s.findByPath.exec()) {
        *reason = Connection::reason(s.findByPath);
        return false;
    }
    while (s.findByPath.next())
        removed->push_back(s.findByPath.value(0).toLongLong());
    s.findByPath.finish();
    for (qint64 old : *removed) {
        s.deleteDocument.bindValue(0, old);
        if (!s.deleteDocument.exec()) {
            *reason = Connection::reason(s.deleteDocument);
            return false;
        }
    }
    return true;
}

std::optional<qint64> DocumentWriter::insertDocument(const Document &document, const QString &hash,
                                                     QString *reason) {
    QSqlQuery &query = m_statements->insertDocument;
    const QVariant values[] = {
        hash,
        document.path,
        document.title,
        document.city,
        document.encoding,
        document.text,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
        qint64(document.sentences.size()),
        qint64(document.figures.size()),
        // From version 3: the period, the place's code, and the engine's place and period.
        document.period,
        document.placeCode,
        document.city,
        document.period,
    };
    const int bound = m_schema.version() >= 3 ? int(std::size(values)) : 9;
    for (int i = 0; i < bound; ++i)
        query.bindValue(i, values[i]);
    if (!query.exec()) {
        *reason = Connection::reason(query);
        return std::nullopt;
    }
    if (!query.next()) {
        if (!Connection::readToEnd(query, reason))
            return std::nullopt;
        return 0;  // the content is stored already (ON CONFLICT DO NOTHING)
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

bool DocumentWriter::insertParsedInBulk(qint64 documentId, const Document &document,
                                        QString *reason) {
    WriteStatements &s = *m_statements;
    if (document.sentences.empty())
        return true;
    PostgresArray ordinals, kinds, texts, starts, ends;
    for (size_t i = 0; i < document.sentences.size(); ++i) {
        const Sentence &sentence = document.sentences[i];
        ordinals.add(qint64(i));
        kinds.add(qint64(sentence.kind));
        texts.add(sentence.text);
        starts.add(qint64(document.codePointOffset(sentence.documentStart)));
        ends.add(qint64(document.codePointOffset(sentence.documentEnd)));
    }
    int bound = 0;
    s.insertSentence.bindValue(bound++, documentId);
    for (const PostgresArray *array : {&ordinals, &kinds, &texts, &starts, &ends})
        s.insertSentence.bindValue(bound++, array->literal());
    if (!s.insertSentence.exec()) {
        *reason = Connection::reason(s.insertSentence);
        return false;
    }
    std::vector<qint64> sentenceIds(document.sentences.size(), 0);
    while (s.insertSentence.next())
        sentenceIds[size_t(s.insertSentence.value(1).toLongLong())] =
            s.insertSentence.value(0).toLongLong();
    if (!Connection::readToEnd(s.insertSentence, reason))
        return false;
    s.insertSentence.finish();
    if (document.figures.empty())
        return true;

    PostgresArray sentences, raws, values, units, qualifiers, labels, metrics, scores, figureStarts,
        figureEnds, periods, targets;
    for (const Figure &figure : document.figures) {
        sentences.add(sentenceIds[size_t(figure.sentence)]);
        raws.add(figure.raw);
        values.add(figure.value);
        units.add(figure.unit);
        qualifiers.add(qualifierName(figure.qualifier));
        labels.add(figure.label);
        if (figure.metric.isEmpty())
            metrics.addNull();
        else
            metrics.add(figure.metric);
        scores.add(qint64(figure.metricScore));
        figureStarts.add(qint64(document.codePointOffset(figure.start)));
        figureEnds.add(qint64(document.codePointOffset(figure.end)));
        periods.add(figure.period);
        targets.add(qint64(figure.target ? 1 : 0));
    }
    bound = 0;
    s.insertFigure.bindValue(bound++, documentId);
    if (m_schema.version() >= 2)
        s.insertFigure.bindValue(bound++, document.city);
    for (const PostgresArray *array : {&sentences, &raws, &values, &units, &qualifiers, &labels,
                                       &metrics, &scores, &figureStarts, &figureEnds})
        s.insertFigure.bindValue(bound++, array->literal());
    if (m_schema.version() >= 3) {
        s.insertFigure.bindValue(bound++, periods.literal());
        s.insertFigure.bindValue(bound++, targets.literal());
    }
    if (!s.insertFigure.exec()) {
        *reason = Connection::reason(s.insertFigure);
        return false;
    }
    return true;
}

bool DocumentWriter::insertParsed(qint64 documentId, const Document &document, QString *reason) {
    if (m_connection.isPostgres())
        return insertParsedInBulk(documentId, document, reason);
    WriteStatements &s = *m_statements;
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
        if (!s.insertSentence.exec()) {
            *reason = Connection::reason(s.insertSentence);
            return false;
        }
        sentenceIds.push_back(s.insertSentence.lastInsertId().toLongLong());
    }
    for (const Figure &figure : document.figures) {
        const QVariant metric = figure.metric.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                        : QVariant(figure.metric);
        const QString qualifier = qualifierName(figure.qualifier);
        // The engine's figure twice: as found, and in effect until a correction changes it.
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
        if (m_schema.version() >= 2)
            s.insertFigure.bindValue(next++, document.city);
        if (m_schema.version() >= 3) {
            s.insertFigure.bindValue(next++, figure.period);
            s.insertFigure.bindValue(next++, figure.target ? 1 : 0);
            s.insertFigure.bindValue(next++, figure.period);
            s.insertFigure.bindValue(next++, figure.target ? 1 : 0);
        }
        if (!s.insertFigure.exec()) {
            *reason = Connection::reason(s.insertFigure);
            return false;
        }
    }
    return true;
}

bool DocumentWriter::applyCorrectionsIfAny(qint64 documentId, const QString &hash,
                                           const QString &path, QString *reason) {
    QSqlQuery &query = m_statements->correctionsFor;
    query.bindValue(0, hash);
    query.bindValue(1, path);
    if (!query.exec() || !query.next()) {
        *reason = Connection::reason(query);
        return false;
    }
    const bool hasCorrections = query.value(0).toLongLong() > 0;
    query.finish();
    return !hasCorrections || m_applier.apply(documentId, reason);
}

bool DocumentWriter::beginBatch(QString *error) {
    if (m_inBatch)
        return true;
    QString reason;
    if (!m_connection.begin(&reason)) {
        *error = m_connection.failure(reason);
        return false;
    }
    m_inBatch = true;
    return true;
}

bool DocumentWriter::commitBatch(QString *error) {
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    QString reason;
    if (!m_connection.commit(&reason)) {
        *error = m_connection.failure(reason);
        m_connection.rollback();
        m_pendingRemovals.clear();
        m_pendingAdditions.clear();
        return false;
    }
    indexWhenCommitted({}, {});
    return true;
}

std::optional<int> DocumentWriter::removeStaleParts(const QString &filePath, int partCount,
                                                    QString *error) {
    QString reason;
    auto failed = [&] {
        *error = tr("%1: %2").arg(filePath, reason);
        return std::nullopt;
    };
    QSqlQuery query(m_connection.database());
    // substr rather than LIKE, so that the path's own % and _ stay literal; rather than a
    // range, which a PostgreSQL collation may order in its own way.
    const QString prefix = PartPaths::prefix(filePath);
    const bool queryPrepared =
        query.prepare(u"SELECT id, path FROM documents WHERE path = ? OR substr(path, 1, ?) = ?"_s);
    query.addBindValue(filePath);
    query.addBindValue(qint64(prefix.toUcs4().size()));  // in characters
    query.addBindValue(prefix);
    if (!queryPrepared || !query.exec()) {
        reason = Connection::reason(query);
        return failed();
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
    Transaction transaction(m_connection);
    if (!transaction.begin(&reason))
        return failed();
    QSqlQuery remove(m_connection.database());
    const bool removePrepared = remove.prepare(u"DELETE FROM documents WHERE id = ?"_s);
    for (qint64 id : stale) {
        remove.bindValue(0, id);
        if (!removePrepared || !remove.exec()) {
            reason = Connection::reason(remove);
            return failed();
        }
    }
    if (!transaction.commit(&reason))
        return failed();
    indexWhenCommitted(stale, {});
    return int(stale.size());
}

bool DocumentWriter::replaceParsed(qint64 documentId, const Document &document, QString *error) {
    if (!m_statements) {
        *error = tr("%1: not stored, no database is open").arg(document.path);
        return false;
    }
    QString reason;
    auto failed = [&] {
        *error = tr("%1: %2").arg(document.path, reason);
        return false;
    };
    // One document at a time, all or nothing, as in an import.
    Transaction transaction(m_connection);
    if (!transaction.begin(&reason))
        return failed();
    QSqlQuery remove(m_connection.database());
    for (const QString &sql : {u"DELETE FROM figures WHERE document_id = ?"_s,
                               u"DELETE FROM sentences WHERE document_id = ?"_s}) {
        const bool removePrepared = remove.prepare(sql);
        remove.addBindValue(documentId);
        if (!removePrepared || !remove.exec()) {
            reason = Connection::reason(remove);
            return failed();
        }
    }
    if (!insertParsed(documentId, document, &reason) ||
        !updateDocument(documentId, document, &reason) || !m_applier.apply(documentId, &reason) ||
        !transaction.commit(&reason))
        return failed();
    indexWhenCommitted({}, {documentId});  // replaces the document's old sentences in the index
    return true;
}

bool DocumentWriter::updateDocument(qint64 documentId, const Document &document, QString *reason) {
    const bool periods = m_schema.version() >= 3;
    QSqlQuery update(m_connection.database());
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
    update.addBindValue(documentId);
    if (!update.lastError().isValid() && update.exec())  // a failed prepare keeps its reason
        return true;
    *reason = Connection::reason(update);
    return false;
}

void DocumentWriter::indexWhenCommitted(const std::vector<qint64> &removed,
                                        const std::vector<qint64> &added) {
    m_pendingRemovals.insert(m_pendingRemovals.end(), removed.begin(), removed.end());
    m_pendingAdditions.insert(m_pendingAdditions.end(), added.begin(), added.end());
    if (m_connection.depth() > 0)
        return;  // inside a batch: told when it commits
    m_search.indexLater(m_pendingRemovals, m_pendingAdditions);
    m_pendingRemovals.clear();
    m_pendingAdditions.clear();
}

}  // namespace reportlens
