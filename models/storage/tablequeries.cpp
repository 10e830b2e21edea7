#include "storage/tablequeries.h"

#include "engine/comparability.h"
#include "storage/connection.h"
#include "storage/schema.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// The figures that compete for table cells, as the partial index figures_ranking holds them
// (its condition written out, so that both databases use it); %1 is the table's alias.
QString rankedFigures(bool periods) {
    return periods ? u"%1.e_metric IS NOT NULL AND %1.rejected = 0 AND %1.e_target = 0"_s
                   : u"%1.e_metric IS NOT NULL AND %1.rejected = 0"_s;
}

}  // namespace

void TableQueries::failed(QString *error, const QString &reason) const {
    Connection::report(error, m_connection.failure(reason));
}

bool TableQueries::readToEnd(const QSqlQuery &query, QString *error) const {
    QString reason;
    if (Connection::readToEnd(query, &reason))
        return true;
    failed(error, reason);  // a part is never handed out as the whole
    return false;
}

CityTable TableQueries::cityTable(const MetricCatalog &catalog, CandidateCounting counting,
                                  QString *error) const {
    CityTable table;
    table.metrics = catalog.metrics();
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT city FROM documents WHERE city <> ''"_s)) {
        failed(error, Connection::reason(query));
        return table;
    }
    while (query.next())
        table.cities.append(query.value(0).toString());
    if (!readToEnd(query, error))
        return {};
    sortCities(&table.cities);
    // Each city and metric: how many candidates, and the first in ranking order (a chosen
    // figure, then the strongest match, then the first stated), found by one seek in the
    // figures_ranking index; then the winners' details. Portable to PostgreSQL as it is.
    // From version 3 on, a target fills no cell, and a cell carries its figure's period.
    const bool periods = m_schema.version() >= 3;
    const QString ranked = rankedFigures(periods);
    const QString winner =
        u"(SELECT w.id FROM figures w WHERE w.city = %1.city AND w.e_metric = %1.e_metric AND %2"
        " ORDER BY w.chosen DESC, w.e_score DESC, w.document_id, w.start_cp LIMIT 1)"_s;
    QString cells;
    if (counting == CandidateCounting::All) {
        // Every ranked figure is read to count them.
        cells =
            u"SELECT c.city, c.e_metric, count(*) AS candidates, %1 AS winner"
            " FROM figures c WHERE %2 AND c.city <> '' GROUP BY c.city, c.e_metric"_s.arg(
                winner.arg(u"c"_s, ranked.arg(u"w"_s)), ranked.arg(u"c"_s));
    } else {
        // The cells found by skipping through the index (the next city, the next metric of
        // a city: one seek each), and for each whether a second candidate exists.
        cells =
            u"WITH RECURSIVE places(city) AS ("
            "  SELECT (SELECT n.city FROM figures n WHERE %1 AND n.city > '' ORDER BY n.city"
            "   LIMIT 1)"
            "  UNION ALL SELECT (SELECT n.city FROM figures n WHERE %1 AND n.city > p.city"
            "   ORDER BY n.city LIMIT 1) FROM places p WHERE p.city IS NOT NULL),"
            " found(city, e_metric) AS ("
            "  SELECT p.city, (SELECT n.e_metric FROM figures n WHERE %1 AND n.city = p.city"
            "   ORDER BY n.e_metric LIMIT 1) FROM places p WHERE p.city IS NOT NULL"
            "  UNION ALL SELECT f.city, (SELECT n.e_metric FROM figures n WHERE %1"
            "   AND n.city = f.city AND n.e_metric > f.e_metric ORDER BY n.e_metric LIMIT 1)"
            "   FROM found f WHERE f.e_metric IS NOT NULL)"
            " SELECT f.city, f.e_metric, (SELECT count(*) FROM (SELECT 1 FROM figures w"
            "  WHERE w.city = f.city AND w.e_metric = f.e_metric AND %2 LIMIT 2) two)"
            "  AS candidates, %3 AS winner"
            " FROM found f WHERE f.e_metric IS NOT NULL"_s.arg(
                ranked.arg(u"n"_s), ranked.arg(u"w"_s), winner.arg(u"f"_s, ranked.arg(u"w"_s)));
    }
    const QString sql =
        u"SELECT g.city, g.e_metric, f.e_value, f.e_unit, f.e_qualifier, f.raw, f.e_label, d.path,"
        " f.start_cp, f.end_cp, g.candidates, f.e_score, s.text, f.corrected + f.chosen, %1"
        " FROM (%2) g"
        " JOIN figures f ON f.id = g.winner JOIN documents d ON d.id = f.document_id"
        " JOIN sentences s ON s.id = f.sentence_id"_s.arg(
            periods ? u"CASE WHEN f.e_period <> '' THEN f.e_period ELSE d.period END"_s : u"''"_s,
            cells);
    if (!query.exec(sql)) {
        failed(error, Connection::reason(query));
        return table;
    }
    QHash<QString, int> metricOrder;
    for (size_t i = 0; i < table.metrics.size(); ++i)
        metricOrder.insert(table.metrics[i].id, int(i));
    while (query.next()) {
        TableCell cell;
        cell.city = query.value(0).toString();
        cell.metric = query.value(1).toString();
        if (!metricOrder.contains(cell.metric))
            continue;  // a metric the current metrics file no longer has
        cell.value = query.value(2).toDouble();
        cell.unit = query.value(3).toString();
        qualifierFromName(query.value(4).toString(), &cell.qualifier);
        cell.raw = query.value(5).toString();
        cell.label = query.value(6).toString();
        cell.path = query.value(7).toString();
        cell.start = query.value(8).toLongLong();
        cell.end = query.value(9).toLongLong();
        cell.alternatives = query.value(10).toInt() - 1;
        cell.score = query.value(11).toInt();
        cell.sentence = query.value(12).toString();
        cell.corrected = query.value(13).toLongLong() != 0;
        cell.period = query.value(14).toString();
        cell.alternativesCounted = counting == CandidateCounting::All;
        table.cells.push_back(std::move(cell));
    }
    if (!readToEnd(query, error))
        return {};
    QHash<QString, int> cityOrder;
    for (qsizetype i = 0; i < table.cities.size(); ++i)
        cityOrder.insert(table.cities.at(i), int(i));
    std::sort(table.cells.begin(), table.cells.end(), [&](const TableCell &a, const TableCell &b) {
        const int ca = cityOrder.value(a.city);
        const int cb = cityOrder.value(b.city);
        return ca != cb ? ca < cb : metricOrder.value(a.metric) < metricOrder.value(b.metric);
    });
    assessComparability(&table);
    return table;
}

std::vector<CandidateCount> TableQueries::candidateCounts(QString *error) const {
    std::vector<CandidateCount> counts;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT c.city, c.e_metric, count(*) FROM figures c WHERE %1"
                    " AND c.city <> '' GROUP BY c.city, c.e_metric"_s.arg(
                        rankedFigures(m_schema.version() >= 3).arg(u"c"_s)))) {
        failed(error, Connection::reason(query));
        return counts;
    }
    while (query.next())
        counts.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    if (!readToEnd(query, error))
        return {};
    return counts;
}

std::vector<TrendPoint> TableQueries::trend(const QString &metric, QString *error) const {
    std::vector<TrendPoint> points;
    if (m_schema.version() < 3)
        return points;  // no periods stored yet
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // The table's ranking within each place and period: the first row of each is its point.
    const bool queryPrepared = query.prepare(
        u"SELECT f.city, CASE WHEN f.e_period <> '' THEN f.e_period ELSE d.period END AS p,"
        " f.e_value, f.e_unit, f.e_qualifier, f.raw, f.sentence_id, d.path, f.start_cp, f.end_cp"
        " FROM figures f JOIN documents d ON d.id = f.document_id"
        " WHERE f.e_metric = ? AND f.rejected = 0 AND f.e_target = 0 AND f.city <> ''"
        " ORDER BY f.city, p, f.chosen DESC, f.e_score DESC, f.document_id, f.start_cp"_s);
    query.addBindValue(metric);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return points;
    }
    QMultiHash<qint64, size_t> sentenceOf;  // the winners' sentences, read after: a few of many
    while (query.next()) {
        const QString city = query.value(0).toString();
        const QString period = query.value(1).toString();
        if (period.isEmpty() ||
            (!points.empty() && points.back().city == city && points.back().period == period))
            continue;  // no period to place it at, or not the best of its place and period
        TrendPoint point;
        point.city = city;
        point.period = period;
        point.value = query.value(2).toDouble();
        point.unit = query.value(3).toString();
        qualifierFromName(query.value(4).toString(), &point.qualifier);
        point.raw = query.value(5).toString();
        sentenceOf.insert(query.value(6).toLongLong(), points.size());
        point.path = query.value(7).toString();
        point.start = query.value(8).toLongLong();
        point.end = query.value(9).toLongLong();
        points.push_back(std::move(point));
    }
    if (!readToEnd(query, error))
        return {};
    if (sentenceOf.isEmpty())
        return points;
    QStringList ids;
    for (qint64 id : sentenceOf.uniqueKeys())
        ids.append(QString::number(id));
    QSqlQuery sentences(m_connection.database());
    sentences.setForwardOnly(true);
    if (!sentences.exec(u"SELECT id, text FROM sentences WHERE id IN (%1)"_s.arg(ids.join(u',')))) {
        failed(error, Connection::reason(sentences));
        return {};
    }
    while (sentences.next()) {
        for (size_t at : sentenceOf.values(sentences.value(0).toLongLong()))
            points[at].sentence = sentences.value(1).toString();
    }
    if (!readToEnd(sentences, error))
        return {};
    return points;
}

std::vector<CellCandidate> TableQueries::cellCandidates(const QString &city, const QString &metric,
                                                        QString *error) const {
    std::vector<CellCandidate> candidates;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // The table's own ranking, so that the first is the one it shows.
    const bool queryPrepared = query.prepare(
        u"SELECT d.content_hash, d.path, f.start_cp, f.end_cp, f.raw, f.e_value,"
        " f.e_unit, f.e_label FROM figures f JOIN documents d ON d.id = f.document_id"
        " WHERE f.city = ? AND f.e_metric = ? AND f.rejected = 0%1"
        " ORDER BY f.chosen DESC, f.e_score DESC, f.document_id, f.start_cp"_s.arg(
            m_schema.version() >= 3 ? u" AND f.e_target = 0"_s : QString()));
    query.addBindValue(city);
    query.addBindValue(metric);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return candidates;
    }
    while (query.next()) {
        CellCandidate candidate;
        candidate.anchor = {query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toLongLong(), query.value(3).toLongLong(),
                            query.value(4).toString()};
        candidate.value = query.value(5).toDouble();
        candidate.unit = query.value(6).toString();
        candidate.label = query.value(7).toString();
        candidate.filling = candidates.empty();
        candidates.push_back(std::move(candidate));
    }
    if (!readToEnd(query, error))
        return {};
    return candidates;
}

}  // namespace reportlens
