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
    // The report it came from, for citing: its title and the years it reports on (may differ
    // from the figure's own period: a five-year total in an annual report).
    QString reportTitle;
    QString reportPeriod;
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

// Which of each place's reports fill the table: by default those of the place's latest period
// (its 2024 annual report, not 2023's; of one end year the shorter period), or all its reports
// (each cell the best figure of any period), or only the reports of one period.
struct ReportSelection {
    enum class Kind { LatestOfEachPlace, AllReports, OnePeriod };
    Kind kind = Kind::LatestOfEachPlace;
    QString period;  // OnePeriod: the engine's form ("2024", "2018-2022"; "" for unknown)

    static ReportSelection onePeriod(const QString &period) { return {Kind::OnePeriod, period}; }
    // "latest", "all" or a period as the engine writes it; nullopt for anything else.
    static std::optional<ReportSelection> parse(const QString &text);
    QString toString() const;
    // The periods of a place's reports that the selection takes; empty when it takes none.
    QStringList periodsOfPlace(const QStringList &placePeriods) const;
    bool operator==(const ReportSelection &other) const {
        return kind == other.kind && (kind != Kind::OnePeriod || period == other.period);
    }
};

// Sorts periods in the engine's form the latest first (Period::isMoreRecentThan).
void sortLatestFirst(QStringList *periods);

struct CityTable {
    std::vector<MetricDefinition> metrics;  // rows, in the metrics file's order
    QStringList cities;                     // columns, in Chinese collation order
    std::vector<TableCell> cells;           // ordered by city, then metric
    ReportSelection selection;              // the reports its cells are taken from
    QStringList reportPeriods;              // every period of the stored reports, latest first
    // Places whose reports have periods that the selection left out: what each has beyond the
    // period shown, for saying so ("also 2023, 2022").
    QHash<QString, QStringList> otherPeriods;

    const TableCell *cell(const QString &city, const QString &metric) const;
    // Each cell's other candidates, counted: the cells named in counts take their count,
    // those counted already (read from a selection of reports) keep theirs.
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
