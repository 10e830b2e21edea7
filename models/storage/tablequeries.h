// The city table's reads: the table (its cells' figures chosen by one seek each in
// figures_ranking, the candidates counted or only told), the counts on their own, a cell's
// candidates and a metric's trend over the places' periods. On failure a read gives what it has
// (empty) and, where the caller asks for one, a message that names the database and the reason.
#pragma once

#include "engine/citytable.h"
#include "engine/metriccatalog.h"
#include "engine/records.h"
#include "engine/reviewqueue.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

class QSqlQuery;

namespace reportlens {

class Connection;
class Schema;

class TableQueries {
public:
    TableQueries(const Connection &connection, const Schema &schema)
        : m_connection(connection), m_schema(schema) {}

    CityTable cityTable(const MetricCatalog &catalog, CandidateCounting counting,
                        const ReportSelection &selection, QString *error) const;
    std::vector<CandidateCount> candidateCounts(QString *error) const;
    // Figures of the reports the selection takes that have a label but no metric (none rejected,
    // corrected or a target), at most perPlace of each place, in the order they stand.
    std::vector<UnplacedFigure> unplacedFigures(const ReportSelection &selection, int perPlace,
                                                QString *error) const;
    // The figures of the place's reports that the selection takes, the one filling the cell
    // first.
    std::vector<CellCandidate> cellCandidates(const QString &city, const QString &metric,
                                              const ReportSelection &selection,
                                              QString *error) const;
    // The metric over the periods of every place: for each place and period, its best figure.
    std::vector<TrendPoint> trend(const QString &metric, QString *error) const;

private:
    // A cell's figure as the ranking chose it, before its details are read.
    struct Winner {
        QString city;
        QString metric;
        int candidates = 0;
        qint64 figure = 0;
        bool counted = false;  // candidates is every one, not "one or more"
    };

    // Each place's report periods (of one place, or of all with city empty).
    QHash<QString, QStringList> reportPeriods(const QString &city, QString *error) const;
    bool readRankedWinners(CandidateCounting counting, std::vector<Winner> *winners,
                           QString *error) const;
    bool readWinnersOfReports(const QString &city, const QString &period,
                              std::vector<Winner> *winners, QString *error) const;
    bool readCells(const std::vector<Winner> &winners, CityTable *table, QString *error) const;
    void failed(QString *error, const QString &reason) const;
    bool readToEnd(const QSqlQuery &query, QString *error) const;

    const Connection &m_connection;
    const Schema &m_schema;
};

}  // namespace reportlens
