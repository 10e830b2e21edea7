// How the report's table of places × metrics fits the page: places as columns while they
// fit beside the metric names, otherwise places as rows and the metrics split into groups of
// columns that each fit the page's width. Geometry only: the widths come measured.
#pragma once

#include <QList>

#include <vector>

namespace reportlens {

struct ReportTableMeasures {
    qreal pageWidth = 0;
    qreal padding = 0;          // each side of a cell's text
    qreal narrowestColumn = 0;  // a metric column never narrower (its header wraps to it)
    // Per place: its header's width on one line, and the narrowest it may wrap to.
    QList<qreal> placeWidth;
    QList<qreal> placeMinWidth;
    // Per metric: its name's width on one line, and its longest word (never broken).
    QList<qreal> metricWidth;
    QList<qreal> metricMinWidth;
    // The widest value of each metric (row) in each place (column): [metric][place].
    QList<QList<qreal>> valueWidth;
};

// One band of the table: the columns it shows, with their widths. Each band lists every row.
struct ReportTableBand {
    QList<int> columns;  // place indexes (places as columns) or metric indexes
    QList<qreal> columnWidths;
    qreal width(qreal rowHeaderWidth) const;
};

struct ReportTableLayout {
    bool placesAsColumns = true;
    qreal rowHeaderWidth = 0;
    std::vector<ReportTableBand> bands;

    static ReportTableLayout arrange(const ReportTableMeasures &measures);
};

}  // namespace reportlens
