// The city table's reads: the table (its cells' figures chosen by one seek each in
// figures_ranking, the candidates counted or only told), the counts on their own, a cell's
// candidates and a metric's trend over the places' periods. On failure a read gives what it has
// (empty) and, where the caller asks for one, a message that names the database and the reason.
#pragma once

#include "engine/citytable.h"
#include "engine/metriccatalog.h"
#include "engine/records.h"

#include <QString>

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
                        QString *error) const;
    std::vector<CandidateCount> candidateCounts(QString *error) const;
    std::vector<CellCandidate> cellCandidates(const QString &city, const QString &metric,
                                              QString *error) const;
    // The metric over the periods of every place: for each place and period, its best figure.
    std::vector<TrendPoint> trend(const QString &metric, QString *error) const;

private:
    void failed(QString *error, const QString &reason) const;
    bool readToEnd(const QSqlQuery &query, QString *error) const;

    const Connection &m_connection;
    const Schema &m_schema;
};

}  // namespace reportlens
