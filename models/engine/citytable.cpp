#include "engine/citytable.h"

#include "engine/comparability.h"
#include "engine/period.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

QString cellKey(const QString &city, const QString &metric) {
    return city + QChar(0x1f) + metric;
}

}  // namespace

const TableCell *CityTable::cell(const QString &city, const QString &metric) const {
    for (const TableCell &candidate : cells) {
        if (candidate.city == city && candidate.metric == metric)
            return &candidate;
    }
    return nullptr;
}

void CityTable::setCandidateCounts(const std::vector<CandidateCount> &counts) {
    QHash<QString, int> candidates;
    for (const CandidateCount &count : counts)
        candidates.insert(cellKey(count.city, count.metric), count.candidates);
    for (TableCell &cell : cells) {
        const auto it = candidates.constFind(cellKey(cell.city, cell.metric));
        if (it == candidates.constEnd() || cell.alternativesCounted)
            continue;
        cell.alternatives = std::max(*it - 1, 0);
        cell.alternativesCounted = true;
    }
}

std::optional<ReportSelection> ReportSelection::parse(const QString &text) {
    if (text == u"latest")
        return ReportSelection{};
    if (text == u"all")
        return ReportSelection{Kind::AllReports, {}};
    Period period;
    if (!Period::parse(text, &period) || !period.isKnown())
        return std::nullopt;
    return onePeriod(period.toString());
}

QString ReportSelection::toString() const {
    switch (kind) {
        case Kind::LatestOfEachPlace:
            return u"latest"_s;
        case Kind::AllReports:
            return u"all"_s;
        case Kind::OnePeriod:
            break;
    }
    return period;
}

QStringList ReportSelection::periodsOfPlace(const QStringList &placePeriods) const {
    switch (kind) {
        case Kind::AllReports:
            return placePeriods;
        case Kind::OnePeriod:
            return placePeriods.contains(period) ? QStringList{period} : QStringList{};
        case Kind::LatestOfEachPlace:
            break;
    }
    QStringList latestFirst = placePeriods;
    sortLatestFirst(&latestFirst);
    return latestFirst.mid(0, 1);
}

void sortLatestFirst(QStringList *periods) {
    std::stable_sort(periods->begin(), periods->end(), [](const QString &a, const QString &b) {
        Period first, second;
        Period::parse(a, &first);
        Period::parse(b, &second);
        return first.isMoreRecentThan(second);
    });
}

void sortCities(QStringList *cities) {
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    std::sort(cities->begin(), cities->end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
}

std::optional<double> CityTable::membersOf(const QString &city) const {
    const TableCell *members = cell(city, QStringLiteral("members"));
    if (!members || members->value <= 0)
        return std::nullopt;
    return members->value;
}

CityTableBuilder::CityTableBuilder(const MetricCatalog &catalog) : m_catalog(catalog) {}

void CityTableBuilder::addDocument(const Document &document) {
    if (document.city.isEmpty())
        return;  // a report whose place is unknown cannot fill a city column
    if (!m_cities.contains(document.city))
        m_cities.append(document.city);
    for (const Figure &figure : document.figures) {
        if (figure.metric.isEmpty())
            continue;
        const QString key = cellKey(document.city, figure.metric);
        auto it = m_cells.find(key);
        // The strongest match fills the cell; on a tie the first stated figure does.
        if (it != m_cells.end() && figure.metricScore <= it->score) {
            ++it->alternatives;
            continue;
        }
        TableCell cell;
        cell.city = document.city;
        cell.metric = figure.metric;
        cell.value = figure.value;
        cell.unit = figure.unit;
        cell.qualifier = figure.qualifier;
        cell.raw = figure.raw;
        cell.label = figure.label;
        cell.sentence = document.sentences[size_t(figure.sentence)].text;
        cell.path = document.path;
        cell.start = document.codePointOffset(figure.start);
        cell.end = document.codePointOffset(figure.end);
        cell.score = figure.metricScore;
        cell.period = figure.period.isEmpty() ? document.period : figure.period;
        cell.reportTitle = document.title;
        cell.reportPeriod = document.period;
        if (it != m_cells.end()) {
            cell.alternatives = it->alternatives + 1;
            *it = cell;
        } else {
            m_cells.insert(key, cell);
        }
    }
}

CityTable CityTableBuilder::table() const {
    CityTable table;
    table.metrics = m_catalog.metrics();
    table.selection = {ReportSelection::Kind::AllReports, {}};  // each cell the best of them all
    table.cities = m_cities;
    sortCities(&table.cities);
    for (const QString &city : std::as_const(table.cities)) {
        for (const MetricDefinition &metric : table.metrics) {
            auto it = m_cells.constFind(cellKey(city, metric.id));
            if (it != m_cells.constEnd())
                table.cells.push_back(*it);
        }
    }
    assessComparability(&table);
    return table;
}

}  // namespace reportlens
