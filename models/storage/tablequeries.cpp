#include "storage/tablequeries.h"

#include "engine/comparability.h"
#include "storage/connection.h"
#include "storage/schema.h"

#include <QHash>
#include <QSet>
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

QHash<QString, QStringList> TableQueries::reportPeriods(const QString &city, QString *error) const {
    QHash<QString, QStringList> periods;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // From the index documents (city, period, id) from version 5 on.
    const QString period = m_schema.version() >= 3 ? u"period"_s : u"''"_s;
    bool ran = false;
    if (city.isEmpty()) {
        ran = query.exec(u"SELECT DISTINCT city, %1 FROM documents WHERE city <> ''"_s.arg(period));
    } else {
        ran =
            query.prepare(u"SELECT DISTINCT city, %1 FROM documents WHERE city = ?"_s.arg(period));
        query.addBindValue(city);
        ran = ran && query.exec();
    }
    if (!ran) {
        failed(error, Connection::reason(query));
        return {};
    }
    while (query.next())
        periods[query.value(0).toString()].append(query.value(1).toString());
    if (!readToEnd(query, error))
        return {};
    return periods;
}

bool TableQueries::readRankedWinners(CandidateCounting counting, std::vector<Winner> *winners,
                                     QString *error) const {
    // Each city and metric: how many candidates, and the first in ranking order (a chosen
    // figure, then the strongest match, then the first stated), found by one seek in the
    // figures_ranking index. Portable to PostgreSQL as it is. From version 3 on, a target
    // fills no cell.
    const QString ranked = rankedFigures(m_schema.version() >= 3);
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
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(cells)) {
        failed(error, Connection::reason(query));
        return false;
    }
    while (query.next()) {
        winners->push_back({query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toInt(), query.value(3).toLongLong(),
                            counting == CandidateCounting::All});
    }
    return readToEnd(query, error);
}

bool TableQueries::readWinnersOfReports(const QString &city, const QString &period,
                                        std::vector<Winner> *winners, QString *error) const {
    // The place's figures from its reports of the period, in the ranking order; the first of
    // each metric fills its cell, and all of them are counted on the way.
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    const bool queryPrepared = query.prepare(
        u"SELECT f.e_metric, f.id FROM figures f WHERE f.document_id IN (SELECT d.id FROM"
        " documents d WHERE d.city = ? AND d.period = ?) AND %1 AND f.city = ?"
        " ORDER BY f.e_metric, f.chosen DESC, f.e_score DESC, f.document_id, f.start_cp"_s.arg(
            rankedFigures(true).arg(u"f"_s)));
    query.addBindValue(city);
    query.addBindValue(period);
    query.addBindValue(city);
    if (!queryPrepared || !query.exec()) {
        failed(error, Connection::reason(query));
        return false;
    }
    const size_t first = winners->size();
    while (query.next()) {
        const QString metric = query.value(0).toString();
        if (winners->size() > first && winners->back().metric == metric) {
            ++winners->back().candidates;
            continue;
        }
        winners->push_back({city, metric, 1, query.value(1).toLongLong(), true});
    }
    return readToEnd(query, error);
}

CityTable TableQueries::cityTable(const MetricCatalog &catalog, CandidateCounting counting,
                                  const ReportSelection &selection, QString *error) const {
    CityTable table;
    table.metrics = catalog.metrics();
    table.selection = selection;
    QString reason;
    const QHash<QString, QStringList> periodsOf = reportPeriods({}, &reason);
    if (!reason.isEmpty()) {
        Connection::report(error, reason);
        return table;
    }
    // A place whose reports are all taken is read from the ranking index; one of whose
    // reports the selection takes some (one period of several) from those reports.
    QHash<QString, QString> periodTaken;  // place -> the one period taken from its reports
    QStringList periods;
    for (auto it = periodsOf.cbegin(); it != periodsOf.cend(); ++it) {
        for (const QString &period : it.value()) {
            if (!period.isEmpty() && !periods.contains(period))
                periods.append(period);
        }
        const QStringList taken = selection.periodsOfPlace(it.value());
        if (taken.isEmpty())
            continue;  // none of its reports is of the chosen period
        table.cities.append(it.key());
        if (taken.size() == it.value().size())
            continue;
        periodTaken.insert(it.key(), taken.constFirst());
        QStringList others = it.value();
        others.removeOne(taken.constFirst());
        others.removeAll(QString());
        sortLatestFirst(&others);
        if (!others.isEmpty())
            table.otherPeriods.insert(it.key(), others);
    }
    sortLatestFirst(&periods);
    table.reportPeriods = periods;
    sortCities(&table.cities);

    std::vector<Winner> winners;
    if (periodTaken.size() < table.cities.size()) {
        if (!readRankedWinners(counting, &winners, error))
            return {};
        const QSet<QString> whole = [&] {
            QSet<QString> cities(table.cities.cbegin(), table.cities.cend());
            for (auto it = periodTaken.cbegin(); it != periodTaken.cend(); ++it)
                cities.remove(it.key());
            return cities;
        }();
        winners.erase(std::remove_if(winners.begin(), winners.end(),
                                     [&](const Winner &w) { return !whole.contains(w.city); }),
                      winners.end());
    }
    for (auto it = periodTaken.cbegin(); it != periodTaken.cend(); ++it) {
        if (!readWinnersOfReports(it.key(), it.value(), &winners, error))
            return {};
    }
    if (!readCells(winners, &table, error))
        return {};
    QHash<QString, int> metricOrder;
    for (size_t i = 0; i < table.metrics.size(); ++i)
        metricOrder.insert(table.metrics[i].id, int(i));
    table.cells.erase(  // a metric the current metrics file no longer has
        std::remove_if(table.cells.begin(), table.cells.end(),
                       [&](const TableCell &cell) { return !metricOrder.contains(cell.metric); }),
        table.cells.end());
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

bool TableQueries::readCells(const std::vector<Winner> &winners, CityTable *table,
                             QString *error) const {
    // The winners' details, a few hundred at a time (a statement's list stays short).
    QHash<qint64, const Winner *> winnerOf;
    for (const Winner &winner : winners)
        winnerOf.insert(winner.figure, &winner);
    const QList<qint64> ids = winnerOf.keys();
    const bool periods = m_schema.version() >= 3;
    constexpr qsizetype kBatch = 500;
    for (qsizetype from = 0; from < ids.size(); from += kBatch) {
        QStringList batch;
        for (qint64 id : ids.mid(from, kBatch))
            batch.append(QString::number(id));
        QSqlQuery query(m_connection.database());
        query.setForwardOnly(true);
        const QString sql =
            u"SELECT f.id, f.e_value, f.e_unit, f.e_qualifier, f.raw, f.e_label, d.path,"
            " f.start_cp, f.end_cp, f.e_score, s.text, f.corrected + f.chosen, d.title, %1, %2"
            " FROM figures f JOIN documents d ON d.id = f.document_id"
            " JOIN sentences s ON s.id = f.sentence_id WHERE f.id IN (%3)"_s.arg(
                periods ? u"CASE WHEN f.e_period <> '' THEN f.e_period ELSE d.period END"_s
                        : u"''"_s,
                periods ? u"d.period"_s : u"''"_s, batch.join(u','));
        if (!query.exec(sql)) {
            failed(error, Connection::reason(query));
            return false;
        }
        while (query.next()) {
            const Winner *winner = winnerOf.value(query.value(0).toLongLong());
            if (!winner)
                continue;
            TableCell cell;
            cell.city = winner->city;
            cell.metric = winner->metric;
            cell.value = query.value(1).toDouble();
            cell.unit = query.value(2).toString();
            qualifierFromName(query.value(3).toString(), &cell.qualifier);
            cell.raw = query.value(4).toString();
            cell.label = query.value(5).toString();
            cell.path = query.value(6).toString();
            cell.start = query.value(7).toLongLong();
            cell.end = query.value(8).toLongLong();
            cell.alternatives = std::max(winner->candidates - 1, 0);
            cell.alternativesCounted = winner->counted;
            cell.score = query.value(9).toInt();
            cell.sentence = query.value(10).toString();
            cell.corrected = query.value(11).toLongLong() != 0;
            cell.reportTitle = query.value(12).toString();
            cell.period = query.value(13).toString();
            cell.reportPeriod = query.value(14).toString();
            table->cells.push_back(std::move(cell));
        }
        if (!readToEnd(query, error))
            return false;
    }
    return true;
}

std::vector<UnplacedFigure> TableQueries::unplacedFigures(const ReportSelection &selection,
                                                          int perPlace, QString *error) const {
    std::vector<UnplacedFigure> figures;
    QString reason;
    const QHash<QString, QStringList> periodsOf = reportPeriods({}, &reason);
    if (!reason.isEmpty()) {
        Connection::report(error, reason);
        return figures;
    }
    // Per place, from the reports the table takes: figures with a label and no metric that no
    // one has rejected, corrected or made a target, in the order they stand.
    for (auto it = periodsOf.cbegin(); it != periodsOf.cend(); ++it) {
        const QStringList taken = selection.periodsOfPlace(it.value());
        if (taken.isEmpty())
            continue;
        const bool some = taken.size() < it.value().size();
        QSqlQuery query(m_connection.database());
        query.setForwardOnly(true);
        const bool queryPrepared = query.prepare(
            u"SELECT d.content_hash, d.path, f.start_cp, f.end_cp, f.raw, f.e_value, f.e_unit,"
            " f.e_qualifier, f.e_label, s.text, CASE WHEN f.e_period <> '' THEN f.e_period ELSE"
            " d.period END FROM figures f JOIN documents d ON d.id = f.document_id"
            " JOIN sentences s ON s.id = f.sentence_id WHERE f.city = ? AND f.e_metric IS NULL"
            " AND f.rejected = 0 AND f.corrected = 0 AND f.e_target = 0 AND f.e_label <> ''%1"
            " ORDER BY f.document_id, f.start_cp LIMIT %2"_s
                .arg(some ? u" AND d.city = ? AND d.period = ?"_s : QString())
                .arg(perPlace));
        query.addBindValue(it.key());
        if (some) {
            query.addBindValue(it.key());
            query.addBindValue(taken.constFirst());
        }
        if (!queryPrepared || !query.exec()) {
            failed(error, Connection::reason(query));
            return {};
        }
        while (query.next()) {
            UnplacedFigure unplaced;
            unplaced.anchor = {query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toLongLong(), query.value(3).toLongLong(),
                               query.value(4).toString()};
            TableCell &figure = unplaced.figure;
            figure.city = it.key();
            figure.path = unplaced.anchor.documentPath;
            figure.start = unplaced.anchor.start;
            figure.end = unplaced.anchor.end;
            figure.raw = unplaced.anchor.raw;
            figure.value = query.value(5).toDouble();
            figure.unit = query.value(6).toString();
            qualifierFromName(query.value(7).toString(), &figure.qualifier);
            figure.label = query.value(8).toString();
            figure.sentence = query.value(9).toString();
            figure.period = query.value(10).toString();
            figures.push_back(std::move(unplaced));
        }
        if (!readToEnd(query, error))
            return {};
    }
    return figures;
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
                                                        const ReportSelection &selection,
                                                        QString *error) const {
    std::vector<CellCandidate> candidates;
    // From the reports the table takes for the place.
    QString reason;
    const QStringList periods = reportPeriods(city, &reason).value(city);
    if (!reason.isEmpty()) {
        Connection::report(error, reason);
        return candidates;
    }
    const QStringList taken = selection.periodsOfPlace(periods);
    if (taken.isEmpty())
        return candidates;
    const bool some = taken.size() < periods.size();
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // The table's own ranking, so that the first is the one it shows.
    const bool queryPrepared = query.prepare(
        u"SELECT d.content_hash, d.path, f.start_cp, f.end_cp, f.raw, f.e_value,"
        " f.e_unit, f.e_label FROM figures f JOIN documents d ON d.id = f.document_id"
        " WHERE f.city = ? AND f.e_metric = ? AND f.rejected = 0%1%2"
        " ORDER BY f.chosen DESC, f.e_score DESC, f.document_id, f.start_cp"_s.arg(
            m_schema.version() >= 3 ? u" AND f.e_target = 0"_s : QString(),
            some ? u" AND d.city = ? AND d.period = ?"_s : QString()));
    query.addBindValue(city);
    query.addBindValue(metric);
    if (some) {
        query.addBindValue(city);
        query.addBindValue(taken.constFirst());
    }
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
