// What a chart of the city table shows: one metric ranked across cities, or several metrics
// as grouped bars over the same cities; values as stated or per union member.
#pragma once

#include "engine/citytable.h"

#include <QStringList>

#include <vector>

namespace reportlens {

struct ChartBar {
    double value = 0;                 // what the bar's length shows
    const TableCell *cell = nullptr;  // the figure behind it (into the table), or nullptr
};

struct ChartSeries {
    QString metric;
    QString nameZh;
    QString nameEn;
    QString unit;                // per member: "元/人" etc.
    QString baseUnit;            // the metric's: "元"
    std::vector<ChartBar> bars;  // one per category
};

struct ChartData {
    QStringList cities;  // categories, ranked by the first metric, largest first
    std::vector<ChartSeries> series;
    double maximum = 0;
    // Cities asked for (or in the table) with no figure to draw: the chart names them.
    QStringList withoutFigure;
    // Metrics asked for whose unit family differs from the first's: bars on one axis must
    // count the same kind of thing (万人 beside 万元 would share an axis), so they are left out
    // and named.
    std::vector<const MetricDefinition *> otherUnitMetrics;  // into the table

    // Cities without a figure for any of the metrics are left out (withoutFigure), and so are
    // figures of another unit family than their metric's (candidates, as the table shows
    // them) and metrics of another unit family than the first's (otherUnitMetrics).
    // cities: the ones to show (empty: all). The bars point into table, which must outlive the
    // data.
    static ChartData build(const CityTable &table, const QStringList &metrics, bool perMember,
                           const QStringList &cities = {});
};

}  // namespace reportlens
