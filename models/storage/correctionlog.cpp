#include "storage/correctionlog.h"

#include "storage/connection.h"
#include "storage/correctionapplier.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSet>
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

qint64 CorrectionLog::add(Correction correction, QString *error) {
    if (!correction.createdAt.isValid())
        correction.createdAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_connection);
    QString reason;
    if (!transaction.begin(&reason)) {
        *error = m_connection.failure(reason);
        return 0;
    }
    QSqlQuery query(m_connection.database());
    const bool queryPrepared = query.prepare(
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
    if (!queryPrepared || !query.exec() || !query.next()) {
        *error = m_connection.failure(Connection::reason(query));
        return 0;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    const std::optional<std::vector<qint64>> documents = documentsOf(correction.anchor, &reason);
    if (!documents || !applyTo(*documents, &reason) || !transaction.commit(&reason)) {
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

bool CorrectionLog::setReverted(qint64 id, bool reverted, QString *error) {
    Transaction transaction(m_connection);
    QString reason;
    if (!transaction.begin(&reason)) {
        *error = m_connection.failure(reason);
        return false;
    }
    QSqlQuery query(m_connection.database());
    const bool queryPrepared = query.prepare(u"UPDATE corrections SET reverted = ? WHERE id = ?"_s);
    query.addBindValue(reverted ? 1 : 0);
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
            " payload, created_at, author, reverted, applied FROM corrections ORDER BY id"_s)) {
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

bool CorrectionLog::import(const QJsonArray &array, int *added, QString *error) {
    *added = 0;
    QString reason;
    const std::vector<Correction> existing = list(&reason);
    if (!reason.isEmpty()) {
        *error = reason;
        return false;
    }
    QSet<QString> known;
    for (const Correction &correction : existing)
        known.insert(identity(correction));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto correction = Correction::fromJson(array.at(i).toObject(), &reason);
        if (!correction) {
            *error = tr("correction #%1: %2").arg(i + 1).arg(reason);
            return false;
        }
        if (known.contains(identity(*correction)))
            continue;
        if (add(*correction, error) == 0)
            return false;
        known.insert(identity(*correction));
        ++*added;
    }
    return true;
}

}  // namespace reportlens
