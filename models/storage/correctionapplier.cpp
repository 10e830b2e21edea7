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

}  // namespace

bool CorrectionApplier::Statements::run(const QString &sql, const QVariantList &values,
                                        QString *reason, QSqlQuery **ran) {
    std::unique_ptr<QSqlQuery> &query = m_prepared[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_connection.database());
        if (!query->prepare(sql)) {
            *reason = Connection::reason(*query);
            query.reset();
            return false;
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        *reason = Connection::reason(*query);
        return false;
    }
    if (ran)
        *ran = query.get();
    return true;
}

void CorrectionApplier::Figures::add(StoredFigure figure) {
    const size_t at = m_figures.size();
    if (!m_byPlace.contains({figure.start, figure.end}))  // the first stated keeps its place
        m_byPlace.insert({figure.start, figure.end}, at);
    m_byWords.insert(figure.raw, at);
    m_figures.push_back(std::move(figure));
}

const CorrectionApplier::StoredFigure *CorrectionApplier::Figures::match(const FigureAnchor &anchor,
                                                                         bool sameContent) const {
    if (sameContent) {
        const auto found = m_byPlace.constFind({anchor.start, anchor.end});
        return found == m_byPlace.cend() ? nullptr : &m_figures[*found];
    }
    // The nearest; of two as near, the first stated.
    std::optional<size_t> best;
    for (auto it = m_byWords.constFind(anchor.raw);
         it != m_byWords.cend() && it.key() == anchor.raw; ++it) {
        const qint64 distance = std::llabs(m_figures[*it].start - anchor.start);
        const qint64 bestDistance = best ? std::llabs(m_figures[*best].start - anchor.start) : 0;
        if (!best || distance < bestDistance || (distance == bestDistance && *it < *best))
            best = *it;
    }
    return best ? &m_figures[*best] : nullptr;
}

bool CorrectionApplier::apply(qint64 documentId, QString *reason) const {
    Statements sql(m_connection);
    Target target;
    std::vector<Pending> pending;
    Figures figures;
    return lock(documentId, &target, &sql, reason) && resetToEngine(documentId, &sql, reason) &&
           loadCorrections(target, std::nullopt, &pending, reason) &&
           loadFigures(documentId, &figures, reason) &&
           applyAll(target, pending, &figures, &sql, reason);
}

bool CorrectionApplier::applyLatest(qint64 documentId, qint64 correctionId, QString *reason) const {
    Statements sql(m_connection);
    Target target;
    std::vector<Pending> pending;
    Figures figures;
    return lock(documentId, &target, &sql, reason) &&
           loadCorrections(target, correctionId, &pending, reason) &&
           loadFigures(documentId, &figures, reason) &&
           applyAll(target, pending, &figures, &sql, reason);
}

bool CorrectionApplier::applyAll(const Target &target, const std::vector<Pending> &pending,
                                 Figures *figures, Statements *sql, QString *reason) const {
    for (const Pending &item : pending) {
        bool applied = false;
        if (!applyOne(target, item, figures, &applied, sql, reason) ||
            !sql->run(u"UPDATE corrections SET applied = ? WHERE id = ?"_s,
                      {applied ? 1 : 0, item.id}, reason))
            return false;
    }
    return true;
}

bool CorrectionApplier::lock(qint64 documentId, Target *target, Statements *sql,
                             QString *reason) const {
    // Serialise appliers of one document across processes, so that each sees the others'
    // committed corrections (SQLite serialises writers anyway).
    QSqlQuery *query = nullptr;
    if (!sql->run(m_connection.isPostgres()
                      ? u"SELECT content_hash, path FROM documents WHERE id = ? FOR UPDATE"_s
                      : u"SELECT content_hash, path FROM documents WHERE id = ?"_s,
                  {documentId}, reason, &query))
        return false;
    if (!query->next()) {
        *reason = query->lastError().isValid() ? Connection::reason(*query)
                                               : tr("there is no document %1").arg(documentId);
        return false;
    }
    target->id = documentId;
    target->hash = query->value(0).toString();
    target->path = query->value(1).toString();
    query->finish();
    return true;
}

bool CorrectionApplier::resetToEngine(qint64 documentId, Statements *sql, QString *reason) const {
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
    for (const QString &statement : std::as_const(resets)) {
        if (!sql->run(statement, {documentId}, reason))
            return false;
    }
    return true;
}

bool CorrectionApplier::loadCorrections(const Target &target, std::optional<qint64> only,
                                        std::vector<Pending> *pending, QString *reason) const {
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT id, kind, document_hash, start_cp, end_cp, raw, payload FROM corrections"
        " WHERE (document_hash = ? OR document_path = ?) AND reverted = 0%1 ORDER BY id"_s.arg(
            only ? u" AND id = ?"_s : QString()));
    query.addBindValue(target.hash);
    query.addBindValue(target.path);
    if (only)
        query.addBindValue(*only);
    if (query.lastError().isValid() || !query.exec()) {
        *reason = Connection::reason(query);
        return false;
    }
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
    return Connection::readToEnd(query, reason);
}

bool CorrectionApplier::loadFigures(qint64 documentId, Figures *figures, QString *reason) const {
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, raw, start_cp, end_cp FROM figures WHERE document_id = ?"_s);
    query.addBindValue(documentId);
    if (query.lastError().isValid() || !query.exec()) {
        *reason = Connection::reason(query);
        return false;
    }
    while (query.next())
        figures->add({query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toLongLong(), query.value(3).toLongLong()});
    return Connection::readToEnd(query, reason);
}

bool CorrectionApplier::applyOne(const Target &target, const Pending &item, Figures *figures,
                                 bool *applied, Statements *sql, QString *reason) const {
    switch (item.kind) {
        case CorrectionKind::SetReportPeriod:
            *applied = true;
            return sql->run(u"UPDATE documents SET period = COALESCE(?, '') WHERE id = ?"_s,
                            {item.values.value(u"period"_s).toString(), target.id}, reason);
        case CorrectionKind::SetCity:
            *applied = true;
            return setCity(target, item, sql, reason);
        case CorrectionKind::AddFigure:
            return addFigure(target, item, figures, applied, sql, reason);
        default:
            break;
    }
    const bool sameContent = item.anchor.documentHash == target.hash;
    const StoredFigure *figure = figures->match(item.anchor, sameContent);
    if (!figure)
        return true;  // its figure is gone: kept in the log, an orphan
    *applied = true;
    return correctFigure(item, *figure, sql, reason);
}

bool CorrectionApplier::setCity(const Target &target, const Pending &item, Statements *sql,
                                QString *reason) const {
    const QString city = item.values.value(u"city"_s).toString();
    if (!sql->run(u"UPDATE documents SET city = ? WHERE id = ?"_s, {city, target.id}, reason))
        return false;
    return m_schema.version() < 2 ||
           sql->run(u"UPDATE figures SET city = ? WHERE document_id = ?"_s, {city, target.id},
                    reason);
}

bool CorrectionApplier::findAgain(const Target &target, const FigureAnchor &anchor, qint64 *start,
                                  qint64 *end, QString *reason) const {
    if (!target.text) {
        QSqlQuery query(m_connection.database());
        query.prepare(u"SELECT text FROM documents WHERE id = ?"_s);
        query.addBindValue(target.id);
        if (query.lastError().isValid() || !query.exec() || !query.next()) {
            *reason = query.lastError().isValid() ? Connection::reason(query)
                                                  : tr("there is no document %1").arg(target.id);
            return false;
        }
        target.text = query.value(0).toString();
    }
    // The file changed: find the same words nearest to where they stood.
    const QString &text = *target.text;
    Document positions;
    positions.text = text;
    positions.indexSurrogatePairs();
    const qsizetype near = positions.utf16Offset(anchor.start);
    qsizetype found = -1;
    for (qsizetype at = text.indexOf(anchor.raw); at >= 0; at = text.indexOf(anchor.raw, at + 1)) {
        if (found < 0 || std::llabs(at - near) < std::llabs(found - near))
            found = at;
    }
    *start = found < 0 ? -1 : positions.codePointOffset(found);
    *end = found < 0 ? -1 : positions.codePointOffset(found + anchor.raw.size());
    return true;
}

bool CorrectionApplier::addFigure(const Target &target, const Pending &item, Figures *figures,
                                  bool *applied, Statements *sql, QString *reason) const {
    qint64 start = item.anchor.start;
    qint64 end = item.anchor.end;
    const bool sameContent = item.anchor.documentHash == target.hash;
    if (!sameContent && !findAgain(target, item.anchor, &start, &end, reason))
        return false;
    if (start < 0 || figures->match({target.hash, target.path, start, end, item.anchor.raw}, true))
        return true;  // its words are gone from the new version, or the engine finds it now
    QSqlQuery *sentence = nullptr;
    if (!sql->run(u"SELECT id FROM sentences WHERE document_id = ? AND start_cp <= ?"
                  " ORDER BY start_cp DESC LIMIT 1"_s,
                  {target.id, start}, reason, &sentence))
        return false;
    if (!sentence->next())
        return true;  // before the first sentence
    const QVariant sentenceId = sentence->value(0);
    sentence->finish();
    const bool figureCity = m_schema.version() >= 2;
    const QJsonObject &values = item.values;
    const QVariant metric = metricValue(values.value(u"metric"_s));
    const double value = values.value(u"value"_s).toDouble();
    const QString unit = values.value(u"unit"_s).toString();
    const QString qualifier = values.value(u"qualifier"_s).toString(u"exact"_s);
    const QString label = values.value(u"label"_s).toString();
    // The figure as the user gave it, twice: as found and as in effect.
    QSqlQuery *insert = nullptr;
    if (!sql->run(u"INSERT INTO figures (document_id, sentence_id, origin, raw, value, unit,"
                  " qualifier, label, metric, score, start_cp, end_cp, e_value, e_unit,"
                  " e_qualifier, e_label, e_metric, e_score, corrected%1)"
                  " VALUES (?, ?, 'user', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1%2)"
                  " RETURNING id"_s.arg(figureCity ? u", city"_s : QString(),
                                        figureCity ? u", (SELECT city FROM documents WHERE id ="
                                                     " %1)"_s.arg(target.id)
                                                   : QString()),
                  {target.id, sentenceId, item.anchor.raw, value, unit, qualifier, label, metric,
                   kUserScore, start, end, value, unit, qualifier, label, metric, kUserScore},
                  reason, &insert))
        return false;
    if (!insert->next()) {
        *reason = Connection::reason(*insert);
        return false;
    }
    figures->add({insert->value(0).toLongLong(), item.anchor.raw, start, end});
    insert->finish();
    *applied = true;
    return true;
}

bool CorrectionApplier::correctFigure(const Pending &item, const StoredFigure &figure,
                                      Statements *sql, QString *reason) const {
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
    QString statement;
    QVariantList binds;
    const auto field = std::find_if(std::begin(kFields), std::end(kFields),
                                    [&](const FieldCorrection &f) { return f.kind == item.kind; });
    if (field != std::end(kFields)) {
        statement = u"UPDATE figures SET %1 = ?, corrected = 1 WHERE id = ?"_s.arg(field->column);
        const QJsonValue value = item.values.value(field->key.toString());
        binds.append(value.isDouble() ? QVariant(value.toDouble()) : QVariant(value.toString()));
    }
    switch (item.kind) {
        case CorrectionKind::Reject:
            statement = u"UPDATE figures SET rejected = 1 WHERE id = ?"_s;
            break;
        case CorrectionKind::SetTarget:
            statement = u"UPDATE figures SET e_target = ?, corrected = 1 WHERE id = ?"_s;
            binds.append(item.values.value(u"target"_s).toBool() ? 1 : 0);
            break;
        case CorrectionKind::SetMetric:
            statement =
                u"UPDATE figures SET e_metric = ?, e_score = ?, corrected = 1 WHERE id = ?"_s;
            binds.append(metricValue(item.values.value(u"metric"_s)));
            binds.append(kUserScore);
            break;
        case CorrectionKind::ChooseForCell:
            // The latest choice wins: chosen holds the correction's id.
            statement = u"UPDATE figures SET e_metric = ?, chosen = ?, rejected = 0 WHERE id = ?"_s;
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
    return sql->run(statement, binds, reason);
}

}  // namespace reportlens
