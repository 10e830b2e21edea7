#include "items/chartdata.h"

#include "engine/comparability.h"

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

ChartData ChartData::build(const CityTable &table, const QStringList &metrics, bool perMember,
                           const QStringList &cities) {
    ChartData chart;
    // One axis, one unit family: the first metric's.
    QStringList drawn;
    std::optional<UnitFamily> family;
    for (const QString &metric : metrics) {
        const auto definition =
            std::find_if(table.metrics.begin(), table.metrics.end(),
                         [&](const MetricDefinition &m) { return m.id == metric; });
        if (definition == table.metrics.end())
            continue;
        if (!family)
            family = unitFamily(definition->unit);
        if (unitFamily(definition->unit) == *family)
            drawn.append(metric);
        else
            chart.otherUnitMetrics.push_back(&*definition);
    }
    auto valueOf = [&](const TableCell *cell) -> std::optional<double> {
        // A figure of another unit family than its metric's is a candidate, not a bar.
        if (!cell || cell->otherUnitFamily)
            return std::nullopt;
        if (!perMember)
            return cell->value;
        const std::optional<double> members = table.membersOf(cell->city);
        if (!members)
            return std::nullopt;
        return cell->value / *members;
    };
    for (const QString &city : table.cities) {
        if (!cities.isEmpty() && !cities.contains(city))
            continue;
        const bool drawable = std::any_of(drawn.cbegin(), drawn.cend(), [&](const QString &m) {
            return valueOf(table.cell(city, m)).has_value();
        });
        (drawable ? chart.cities : chart.withoutFigure).append(city);
    }
    for (const QString &city : cities) {  // asked for, but the table has no such place
        if (!table.cities.contains(city))
            chart.withoutFigure.append(city);
    }
    // Ranked by the first metric: the order a reader compares in.
    if (!drawn.isEmpty()) {
        const QString first = drawn.front();
        std::stable_sort(chart.cities.begin(), chart.cities.end(),
                         [&](const QString &a, const QString &b) {
                             return valueOf(table.cell(a, first)).value_or(-1) >
                                    valueOf(table.cell(b, first)).value_or(-1);
                         });
    }
    for (const QString &metric : drawn) {
        const auto definition =
            std::find_if(table.metrics.begin(), table.metrics.end(),
                         [&](const MetricDefinition &m) { return m.id == metric; });
        ChartSeries series{metric,
                           definition->nameZh,
                           definition->nameEn,
                           perMember ? definition->unit + u"/人"_s : definition->unit,
                           definition->unit,
                           {}};
        for (const QString &city : chart.cities) {
            const TableCell *cell = table.cell(city, metric);
            const std::optional<double> value = valueOf(cell);
            series.bars.push_back({value.value_or(0), value ? cell : nullptr});
            chart.maximum = std::max(chart.maximum, value.value_or(0));
        }
        chart.series.push_back(std::move(series));
    }
    return chart;
}

}  // namespace reportlens
