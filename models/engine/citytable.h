// The city table: for each city and metric, the one figure that fills the cell (the best
// metric match; the others are kept as alternatives).
#pragma once

#include "engine/document.h"
#include "engine/metriccatalog.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace reportlens {

struct TableCell {
    QString city;
    QString metric;
    double value = 0;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    QString raw;
    QString label;
    QString sentence;
    QString path;
    qsizetype start = 0;  // code points in the document's decoded text
    qsizetype end = 0;
    QString period;  // the years its figure is about, or empty
    // The other candidate figures for the cell; while not yet counted (see CandidateCounting),
    // 1 stands for "one or more".
    int alternatives = 0;
    bool alternativesCounted = true;
    int score = 0;
    bool corrected = false;  // a user's correction changed or chose this figure
    // Comparability (assessComparability): counted in another unit family than its metric's;
    // about another period than most of its row (rowPeriod, "" when the row's is unknown).
    bool otherUnitFamily = false;
    bool otherPeriod = false;
    QString rowPeriod;
    bool comparable() const { return !otherUnitFamily && !otherPeriod; }
};

// A metric's figure for one place and one period (the best of that place's figures for the
// period, as a table cell is chosen): a point, or a span, of a trend.
struct TrendPoint {
    QString city;
    QString period;  // the engine's form; never empty (a figure of no known period is left out)
    double value = 0;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    QString raw;
    QString sentence;
    QString path;
    qsizetype start = 0;  // code points
    qsizetype end = 0;
};

// How a table read from the database counts each cell's other candidates: all of them (a read
// of every ranked figure: 0.6 s at 100,000 reports), or only whether there are any (a few index
// seeks a cell), the counts to follow from ReportStore::candidateCounts().
enum class CandidateCounting { All, WhetherAny };

// How many figures compete for a cell (the one filling it included).
struct CandidateCount {
    QString city;
    QString metric;
    int candidates = 0;
};

struct CityTable {
    std::vector<MetricDefinition> metrics;  // rows, in the metrics file's order
    QStringList cities;                     // columns, in Chinese collation order
    std::vector<TableCell> cells;           // ordered by city, then metric

    const TableCell *cell(const QString &city, const QString &metric) const;
    // Each cell's other candidates, counted: the cells named in counts take their count.
    void setCandidateCounts(const std::vector<CandidateCount> &counts);
    // The city's union members (the members metric), for values per member.
    std::optional<double> membersOf(const QString &city) const;
};

// Sorts place names the way a Chinese reader expects (pinyin, through ICU's collation).
void sortCities(QStringList *cities);

class CityTableBuilder {
public:
    explicit CityTableBuilder(const MetricCatalog &catalog);

    // Takes what the table needs from a document; the document can be dropped afterwards.
    void addDocument(const Document &document);
    CityTable table() const;

private:
    MetricCatalog m_catalog;
    QStringList m_cities;
    QHash<QString, TableCell> m_cells;  // key: city + '\x1f' + metric
};

}  // namespace reportlens
