#include "storage/correctionapplier.h"

#include "engine/document.h"
#include "storage/connection.h"
#include "storage/schema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstdlib>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// A figure the user set a metric on, or added, fills its cell before any the engine found.
constexpr int kUserScore = 1000000;

// A JSON metric as a bound value: a NULL for none.
QVariant metricValue(const QJsonValue &metric) {
    return metric.isString() ? QVariant(metric.toString())
                             : QVariant(QMetaType::fromType<QString>());
}

// Runs a prepared query with its values bound in order; the reason is the driver's words.
bool run(QSqlQuery &query, const QVariantList &values, QString *reason) {
    if (query.lastError().isValid()) {  // the prepare failed: its reason, not exec's
        *reason = Connection::reason(query);
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *reason = Connection::reason(query);
    return false;
}

}  // namespace

bool CorrectionApplier::apply(qint64 documentId, QString *reason) const {
    Target target;
    std::vector<Pending> pending;
    std::vector<StoredFigure> figures;
    if (!lock(documentId, &target, reason) || !resetToEngine(documentId, reason) ||
        !loadCorrections(target, &pending, reason) || !loadFigures(documentId, &figures, reason))
        return false;
    for (const Pending &item : pending) {
        bool applied = false;
        if (!applyOne(target, item, &figures, &applied, reason) ||
            !markApplied(item.id, applied, reason))
            return false;
    }
    return true;
}

bool CorrectionApplier::lock(qint64 documentId, Target *target, QString *reason) const {
    // Serialise appliers of one document across processes, so that each sees the others'
    // committed corrections (SQLite serialises writers anyway).
    QSqlQuery query(m_connection.database());
    query.prepare(m_connection.isPostgres() ? u"SELECT content_hash, path, text FROM documents"
                                              " WHERE id = ? FOR UPDATE"_s
                                            : u"SELECT content_hash, path, text FROM documents"
                                              " WHERE id = ?"_s);
    if (!run(query, {documentId}, reason))
        return false;
    if (!query.next()) {
        *reason = tr("there is no document %1").arg(documentId);
        return false;
    }
    *target = {documentId, query.value(0).toString(), query.value(1).toString(),
               query.value(2).toString()};
    return true;
}

bool CorrectionApplier::resetToEngine(qint64 documentId, QString *reason) const {
    const bool periods = m_schema.version() >= 3;
    QStringList resets = {
        u"UPDATE figures SET e_value = value, e_unit = unit, e_qualifier = qualifier,"
        " e_label = label, e_metric = metric, e_score = score, rejected = 0, corrected = 0,"
        " chosen = 0%1 WHERE document_id = ? AND origin = 'engine'"_s.arg(
            periods ? u", e_period = period, e_target = target"_s : QString()),
        u"DELETE FROM figures WHERE document_id = ? AND origin = 'user'"_s,
    };
    if (periods) {
        // The engine's place and period, which a reverted correction no longer overrides.
        resets << u"UPDATE documents SET city = engine_city, period = engine_period WHERE id = ?"_s
               << u"UPDATE figures SET city = (SELECT d.city FROM documents d WHERE d.id ="
                  " figures.document_id) WHERE document_id = ?"_s;
    }
    QSqlQuery query(m_connection.database());
    for (const QString &sql : std::as_const(resets)) {
        query.prepare(sql);
        if (!run(query, {documentId}, reason))
            return false;
    }
    return true;
}

bool CorrectionApplier::loadCorrections(const Target &target, std::vector<Pending> *pending,
                                        QString *reason) const {
    QSqlQuery query(m_connection.database());
    query.prepare(
        u"SELECT id, kind, document_hash, start_cp, end_cp, raw, payload FROM corrections"
        " WHERE (document_hash = ? OR document_path = ?) AND reverted = 0 ORDER BY id"_s);
    if (!run(query, {target.hash, target.path}, reason))
        return false;
    while (query.next()) {
        const auto kind = correctionKindFromName(query.value(1).toString());
        if (!kind)
            continue;  // a kind a newer ReportLens wrote: kept in the log, not applied
        Pending item{query.value(0).toLongLong(), *kind, {}, {}};
        item.anchor.documentHash = query.value(2).toString();
        item.anchor.start = query.value(3).toLongLong();
        item.anchor.end = query.value(4).toLongLong();
        item.anchor.raw = query.value(5).toString();
        item.values = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
        pending->push_back(std::move(item));
    }
    return true;
}

bool CorrectionApplier::loadFigures(qint64 documentId, std::vector<StoredFigure> *figures,
                                    QString *reason) const {
    figures->clear();
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT id, raw, start_cp, end_cp FROM figures WHERE document_id = ?"_s);
    if (!run(query, {documentId}, reason))
        return false;
    while (query.next())
        figures->push_back({query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toLongLong(), query.value(3).toLongLong()});
    return true;
}

bool CorrectionApplier::applyOne(const Target &target, const Pending &item,
                                 std::vector<StoredFigure> *figures, bool *applied,
                                 QString *reason) const {
    switch (item.kind) {
        case CorrectionKind::SetReportPeriod:
            *applied = true;
            return setReportPeriod(target, item, reason);
        case CorrectionKind::SetCity:
            *applied = true;
            return setCity(target, item, reason);
        case CorrectionKind::AddFigure:
            return addFigure(target, item, figures, applied, reason);
        default:
            break;
    }
    const bool sameContent = item.anchor.documentHash == target.hash;
    const StoredFigure *figure = matchAnchor(*figures, item.anchor, sameContent);
    if (!figure)
        return true;  // its figure is gone: kept in the log, an orphan
    *applied = true;
    return correctFigure(item, *figure, reason);
}

bool CorrectionApplier::setReportPeriod(const Target &target, const Pending &item,
                                        QString *reason) const {
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE documents SET period = COALESCE(?, '') WHERE id = ?"_s);
    return run(query, {item.values.value(u"period"_s).toString(), target.id}, reason);
}

bool CorrectionApplier::setCity(const Target &target, const Pending &item, QString *reason) const {
    const QString city = item.values.value(u"city"_s).toString();
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE documents SET city = ? WHERE id = ?"_s);
    if (!run(query, {city, target.id}, reason))
        return false;
    if (m_schema.version() < 2)
        return true;
    query.prepare(u"UPDATE figures SET city = ? WHERE document_id = ?"_s);
    return run(query, {city, target.id}, reason);
}

bool CorrectionApplier::findAgain(const Target &target, const FigureAnchor &anchor, qint64 *start,
                                  qint64 *end) {
    // The file changed: find the same words nearest to where they stood.
    Document positions;
    positions.text = target.text;
    positions.indexSurrogatePairs();
    const qsizetype near = positions.utf16Offset(anchor.start);
    qsizetype found = -1;
    for (qsizetype at = target.text.indexOf(anchor.raw); at >= 0;
         at = target.text.indexOf(anchor.raw, at + 1)) {
        if (found < 0 || std::llabs(at - near) < std::llabs(found - near))
            found = at;
    }
    if (found < 0)
        return false;
    *start = positions.codePointOffset(found);
    *end = positions.codePointOffset(found + anchor.raw.size());
    return true;
}

bool CorrectionApplier::addFigure(const Target &target, const Pending &item,
                                  std::vector<StoredFigure> *figures, bool *applied,
                                  QString *reason) const {
    qint64 start = item.anchor.start;
    qint64 end = item.anchor.end;
    const bool sameContent = item.anchor.documentHash == target.hash;
    if (!sameContent && !findAgain(target, item.anchor, &start, &end))
        return true;  // its words are gone from the new version
    if (start < 0 ||
        matchAnchor(*figures, {target.hash, target.path, start, end, item.anchor.raw}, true))
        return true;  // the engine finds it now
    QSqlQuery sentence(m_connection.database());
    sentence.prepare(
        u"SELECT id FROM sentences WHERE document_id = ? AND start_cp <= ?"
        " ORDER BY start_cp DESC LIMIT 1"_s);
    if (!run(sentence, {target.id, start}, reason))
        return false;
    if (!sentence.next())
        return true;  // before the first sentence
    const bool figureCity = m_schema.version() >= 2;
    QSqlQuery insert(m_connection.database());
    insert.prepare(
        u"INSERT INTO figures (document_id, sentence_id, origin, raw, value, unit,"
        " qualifier, label, metric, score, start_cp, end_cp, e_value, e_unit,"
        " e_qualifier, e_label, e_metric, e_score, corrected%1)"
        " VALUES (?, ?, 'user', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1%2)"_s.arg(
            figureCity ? u", city"_s : QString(),
            figureCity ? u", (SELECT city FROM documents WHERE id = %1)"_s.arg(target.id)
                       : QString()));
    const QJsonObject &values = item.values;
    const QVariant metric = metricValue(values.value(u"metric"_s));
    const double value = values.value(u"value"_s).toDouble();
    const QString unit = values.value(u"unit"_s).toString();
    const QString qualifier = values.value(u"qualifier"_s).toString(u"exact"_s);
    const QString label = values.value(u"label"_s).toString();
    // The figure as the user gave it, twice: as found and as in effect.
    if (!run(insert,
             {target.id, sentence.value(0), item.anchor.raw, value, unit, qualifier, label, metric,
              kUserScore, start, end, value, unit, qualifier, label, metric, kUserScore},
             reason))
        return false;
    *applied = true;
    return loadFigures(target.id, figures, reason);
}

bool CorrectionApplier::correctFigure(const Pending &item, const StoredFigure &figure,
                                      QString *reason) const {
    // The corrections that set one field of the figure.
    struct FieldCorrection {
        CorrectionKind kind;
        QStringView column;
        QStringView key;
    };
    static constexpr FieldCorrection kFields[] = {
        {CorrectionKind::SetValue, u"e_value", u"value"},
        {CorrectionKind::SetUnit, u"e_unit", u"unit"},
        {CorrectionKind::SetQualifier, u"e_qualifier", u"qualifier"},
        {CorrectionKind::SetLabel, u"e_label", u"label"},
        {CorrectionKind::SetPeriod, u"e_period", u"period"},
    };
    QString sql;
    QVariantList binds;
    const auto field = std::find_if(std::begin(kFields), std::end(kFields),
                                    [&](const FieldCorrection &f) { return f.kind == item.kind; });
    if (field != std::end(kFields)) {
        sql = u"UPDATE figures SET %1 = ?, corrected = 1 WHERE id = ?"_s.arg(field->column);
        const QJsonValue value = item.values.value(field->key.toString());
        binds.append(value.isDouble() ? QVariant(value.toDouble()) : QVariant(value.toString()));
    }
    switch (item.kind) {
        case CorrectionKind::Reject:
            sql = u"UPDATE figures SET rejected = 1 WHERE id = ?"_s;
            break;
        case CorrectionKind::SetTarget:
            sql = u"UPDATE figures SET e_target = ?, corrected = 1 WHERE id = ?"_s;
            binds.append(item.values.value(u"target"_s).toBool() ? 1 : 0);
            break;
        case CorrectionKind::SetMetric:
            sql = u"UPDATE figures SET e_metric = ?, e_score = ?, corrected = 1 WHERE id = ?"_s;
            binds.append(metricValue(item.values.value(u"metric"_s)));
            binds.append(kUserScore);
            break;
        case CorrectionKind::ChooseForCell:
            // The latest choice wins: chosen holds the correction's id.
            sql = u"UPDATE figures SET e_metric = ?, chosen = ?, rejected = 0 WHERE id = ?"_s;
            binds.append(metricValue(item.values.value(u"metric"_s)));
            binds.append(item.id);
            break;
        case CorrectionKind::SetValue:
        case CorrectionKind::SetUnit:
        case CorrectionKind::SetQualifier:
        case CorrectionKind::SetLabel:
        case CorrectionKind::SetPeriod:
            break;  // kFields, above
        case CorrectionKind::AddFigure:
        case CorrectionKind::SetCity:
        case CorrectionKind::SetReportPeriod:
            return true;  // not a figure's field: applyOne() handles them
    }
    binds.append(figure.id);
    QSqlQuery update(m_connection.database());
    update.prepare(sql);
    return run(update, binds, reason);
}

bool CorrectionApplier::markApplied(qint64 correctionId, bool applied, QString *reason) const {
    QSqlQuery query(m_connection.database());
    query.prepare(u"UPDATE corrections SET applied = ? WHERE id = ?"_s);
    return run(query, {applied ? 1 : 0, correctionId}, reason);
}

// The figure a correction points at: the same place in the same content, or else (the file
// changed) the same words nearest to where they were.
const CorrectionApplier::StoredFigure *CorrectionApplier::matchAnchor(
    const std::vector<StoredFigure> &figures, const FigureAnchor &anchor, bool sameContent) {
    const StoredFigure *best = nullptr;
    for (const StoredFigure &figure : figures) {
        if (sameContent) {
            if (figure.start == anchor.start && figure.end == anchor.end)
                return &figure;
            continue;
        }
        if (figure.raw != anchor.raw)
            continue;
        if (!best ||
            std::llabs(figure.start - anchor.start) < std::llabs(best->start - anchor.start))
            best = &figure;
    }
    return best;
}

}  // namespace reportlens
