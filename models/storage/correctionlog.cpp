#include "storage/correctionlog.h"

#include "storage/schema.h"

#include "storage/connection.h"
#include "storage/correctionapplier.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// The log's own identity for a correction: what, where, when and by whom.
QString identity(const Correction &c) {
    return QStringList{correctionKindName(c.kind),
                       c.anchor.documentHash,
                       QString::number(c.anchor.start),
                       QString::number(c.anchor.end),
                       c.createdAt.toUTC().toString(Qt::ISODateWithMs),
                       c.author,
                       QString::fromUtf8(QJsonDocument(c.values).toJson(QJsonDocument::Compact))}
        .join(u'\x1f');
}

std::optional<std::vector<qint64>> ids(QSqlQuery &query, QString *reason) {
    std::vector<qint64> result;
    while (query.next())
        result.push_back(query.value(0).toLongLong());
    if (!Connection::readToEnd(query, reason))
        return std::nullopt;
    return result;
}

}  // namespace

bool CorrectionLog::revertsRecorded() const {
    return m_schema.version() >= 6;
}

bool CorrectionLog::prepareInsert(QSqlQuery *query) const {
    return query->prepare(
        // COALESCE: an empty QString binds as NULL.
        u"INSERT INTO corrections (kind, document_hash, document_path, start_cp, end_cp,"
        " raw, payload, created_at, author, reverted%1) VALUES (?, ?, COALESCE(?, ''), ?, ?,"
        " COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?%2) RETURNING id"_s.arg(
            revertsRecorded() ? u", reverted_by, reverted_at"_s : QString(),
            revertsRecorded() ? u", COALESCE(?, ''), COALESCE(?, '')"_s : QString()));
}

qint64 CorrectionLog::insert(QSqlQuery *query, const Correction &correction,
                             QString *reason) const {
    QVariantList values = {
        correctionKindName(correction.kind),
        correction.anchor.documentHash,
        correction.anchor.documentPath,
        correction.anchor.start,
        correction.anchor.end,
        correction.anchor.raw,
        QString::fromUtf8(QJsonDocument(correction.values).toJson(QJsonDocument::Compact)),
        correction.createdAt.toUTC().toString(Qt::ISODateWithMs),
        correction.author,
        correction.reverted ? 1 : 0};
    if (revertsRecorded()) {
        values << correction.revertedBy
               << (correction.revertedAt.isValid()
                       ? correction.revertedAt.toUTC().toString(Qt::ISODateWithMs)
                       : QString());
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (query->lastError().isValid() || !query->exec() || !query->next()) {
        *reason = Connection::reason(*query);
        return 0;
    }
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    return id;
}

qint64 CorrectionLog::add(Correction correction, QString *error) {
    if (!correction.createdAt.isValid())
        correction.createdAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_connection);
    QString reason;
    if (!transaction.begin(&reason)) {
        *error = m_connection.failure(reason);
        return 0;
    }
    if (!m_connection.lockPaths({correction.anchor.documentPath}, &reason)) {
        *error = m_connection.failure(reason);
        return 0;
    }
    QSqlQuery query(m_connection.database());
    prepareInsert(&query);
    const qint64 id = insert(&query, correction, &reason);
    if (id == 0) {
        *error = m_connection.failure(reason);
        return 0;
    }
    // The newest of the log: laid over what is applied, not replayed with all the others.
    const std::optional<std::vector<qint64>> documents = documentsOf(correction.anchor, &reason);
    if (!documents) {
        *error = m_connection.failure(reason);
        return 0;
    }
    for (qint64 document : *documents) {
        if (!m_applier.applyLatest(document, id, &reason)) {
            *error = m_connection.failure(reason);
            return 0;
        }
    }
    if (!transaction.commit(&reason)) {
        *error = m_connection.failure(reason);
        return 0;
    }
    return id;
}

qint64 CorrectionLog::setDocumentCity(const Document &document, const QString &city,
                                      QString *error) {
    Correction correction;
    correction.kind = CorrectionKind::SetCity;
    correction.anchor = {document.contentHash, document.path, 0, 1, QString()};
    correction.values = {{u"city"_s, city}};
    return add(correction, error);
}

bool CorrectionLog::setReverted(qint64 id, bool reverted, const QString &author, QString *error) {
    Transaction transaction(m_connection);
    QString reason;
    if (!transaction.begin(&reason)) {
        *error = m_connection.failure(reason);
        return false;
    }
    QSqlQuery query(m_connection.database());
    const bool pathPrepared =
        query.prepare(u"SELECT document_path FROM corrections WHERE id = ?"_s);
    query.addBindValue(id);
    if (!pathPrepared || !query.exec()) {
        *error = m_connection.failure(Connection::reason(query));
        return false;
    }
    const QString path = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (!m_connection.lockPaths({path}, &reason)) {
        *error = m_connection.failure(reason);
        return false;
    }
    const bool queryPrepared =
        query.prepare(u"UPDATE corrections SET reverted = ?%1 WHERE id = ?"_s.arg(
            revertsRecorded() ? u", reverted_by = COALESCE(?, ''), reverted_at = ?"_s : QString()));
    query.addBindValue(reverted ? 1 : 0);
    if (revertsRecorded()) {
        query.addBindValue(author);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    query.addBindValue(id);
    if (!queryPrepared || !query.exec()) {
        *error = m_connection.failure(Connection::reason(query));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = m_connection.failure(tr("there is no correction %1").arg(id));
        return false;
    }
    const std::optional<std::vector<qint64>> documents = documentsOf(id, &reason);
    if (!documents || !applyTo(*documents, &reason) || !transaction.commit(&reason)) {
        *error = m_connection.failure(reason);
        return false;
    }
    return true;
}

std::optional<std::vector<qint64>> CorrectionLog::documentsOf(const FigureAnchor &anchor,
                                                              QString *reason) const {
    QSqlQuery query(m_connection.database());
    const bool queryPrepared =
        query.prepare(u"SELECT id FROM documents WHERE content_hash = ? OR path = ?"_s);
    query.addBindValue(anchor.documentHash);
    query.addBindValue(anchor.documentPath);
    if (!queryPrepared || !query.exec()) {
        *reason = Connection::reason(query);
        return std::nullopt;
    }
    return ids(query, reason);
}

std::optional<std::vector<qint64>> CorrectionLog::documentsOf(qint64 correctionId,
                                                              QString *reason) const {
    QSqlQuery query(m_connection.database());
    const bool queryPrepared = query.prepare(
        u"SELECT d.id FROM documents d JOIN corrections c"
        " ON c.document_hash = d.content_hash OR c.document_path = d.path"
        " WHERE c.id = ?"_s);
    query.addBindValue(correctionId);
    if (!queryPrepared || !query.exec()) {
        *reason = Connection::reason(query);
        return std::nullopt;
    }
    return ids(query, reason);
}

bool CorrectionLog::applyTo(const std::vector<qint64> &documents, QString *reason) const {
    for (qint64 document : documents) {
        if (!m_applier.apply(document, reason))
            return false;
    }
    return true;
}

std::vector<Correction> CorrectionLog::list(QString *error) const {
    std::vector<Correction> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT id, kind, document_hash, document_path, start_cp, end_cp, raw,"
            " payload, created_at, author, reverted, applied, %1 FROM corrections ORDER BY id"_s
                .arg(revertsRecorded() ? u"reverted_by, reverted_at"_s : u"'', ''"_s))) {
        Connection::report(error, m_connection.failure(Connection::reason(query)));
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
        correction.revertedBy = query.value(12).toString();
        correction.revertedAt =
            QDateTime::fromString(query.value(13).toString(), Qt::ISODateWithMs);
        result.push_back(std::move(correction));
    }
    QString reason;
    if (!Connection::readToEnd(query, &reason)) {
        Connection::report(error, m_connection.failure(reason));
        return {};  // never a part of the log for the whole of it
    }
    return result;
}

std::vector<Correction> CorrectionLog::orphaned(QString *error) const {
    QString reason;
    std::vector<Correction> all = list(&reason);
    QSqlQuery query(m_connection.database());
    if (!reason.isEmpty() || !query.exec(u"SELECT id FROM corrections WHERE applied = 1"_s)) {
        Connection::report(
            error, reason.isEmpty() ? m_connection.failure(Connection::reason(query)) : reason);
        return {};
    }
    QSet<qint64> applied;
    while (query.next())
        applied.insert(query.value(0).toLongLong());
    if (!Connection::readToEnd(query, &reason)) {
        Connection::report(error, m_connection.failure(reason));
        return {};
    }
    std::vector<Correction> orphans;
    for (Correction &correction : all) {
        if (!correction.reverted && !applied.contains(correction.id))
            orphans.push_back(std::move(correction));
    }
    return orphans;
}

QJsonArray CorrectionLog::exportAll(QString *error) const {
    QJsonArray array;
    for (const Correction &correction : list(error))
        array.append(correction.toJson());
    return array;
}

bool CorrectionLog::import(const QJsonArray &array, int *added, QString *error,
                           const CorrectionImportProgress &progress) {
    *added = 0;
    // Read whole first: a malformed entry stops the import before anything is written.
    std::vector<Correction> corrections;
    corrections.reserve(size_t(array.size()));
    QString reason;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto correction = Correction::fromJson(array.at(i).toObject(), &reason);
        if (!correction) {
            *error = tr("correction #%1: %2").arg(i + 1).arg(reason);
            return false;
        }
        corrections.push_back(std::move(*correction));
    }
    const std::vector<Correction> existing = list(&reason);
    if (!reason.isEmpty()) {
        *error = reason;
        return false;
    }
    QSet<QString> known;
    for (const Correction &correction : existing)
        known.insert(identity(correction));

    QStringList paths;
    for (const Correction &correction : corrections)
        paths.append(correction.anchor.documentPath);
    Transaction transaction(m_connection);
    if (!transaction.begin(&reason) || !m_connection.lockPaths(paths, &reason)) {
        *error = m_connection.failure(reason);
        return false;
    }
    QSqlQuery query(m_connection.database());
    prepareInsert(&query);
    const qsizetype total = qsizetype(corrections.size());
    qint64 firstId = 0;
    int stored = 0;
    for (qsizetype i = 0; i < total; ++i) {
        const Correction &correction = corrections[size_t(i)];
        if (progress && i % 1000 == 0)
            progress(CorrectionImportStage::Storing, i, total);
        const QString key = identity(correction);
        if (known.contains(key))
            continue;
        const qint64 id = insert(&query, correction, &reason);
        if (id == 0) {
            *error = m_connection.failure(reason);
            return false;
        }
        firstId = firstId == 0 ? id : firstId;
        known.insert(key);
        ++stored;
    }
    if (progress)
        progress(CorrectionImportStage::Storing, total, total);
    if (stored > 0) {
        const std::optional<std::vector<qint64>> documents =
            documentsOfCorrectionsFrom(firstId, &reason);
        if (!documents) {
            *error = m_connection.failure(reason);
            return false;
        }
        const qsizetype count = qsizetype(documents->size());
        for (qsizetype i = 0; i < count; ++i) {
            if (progress)
                progress(CorrectionImportStage::Applying, i, count);
            if (!m_applier.apply((*documents)[size_t(i)], &reason)) {
                *error = m_connection.failure(reason);
                return false;
            }
        }
        if (progress)
            progress(CorrectionImportStage::Applying, count, count);
    }
    if (!transaction.commit(&reason)) {
        *error = m_connection.failure(reason);
        return false;
    }
    *added = stored;
    return true;
}

std::optional<std::vector<qint64>> CorrectionLog::documentsOfCorrectionsFrom(
    qint64 firstId, QString *reason) const {
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // Two joins, not one with OR: each can use its index.
    const bool queryPrepared = query.prepare(
        u"SELECT d.id FROM documents d JOIN corrections c ON c.document_hash = d.content_hash"
        " WHERE c.id >= ?"
        " UNION SELECT d.id FROM documents d JOIN corrections c ON c.document_path = d.path"
        " WHERE c.id >= ? ORDER BY 1"_s);
    query.addBindValue(firstId);
    query.addBindValue(firstId);
    if (!queryPrepared || !query.exec()) {
        *reason = Connection::reason(query);
        return std::nullopt;
    }
    return ids(query, reason);
}

}  // namespace reportlens
