#include "reporttablelayout.h"

#include <algorithm>
#include <numeric>

namespace reportlens {

qreal ReportTableBand::width(qreal rowHeaderWidth) const {
    return std::accumulate(columnWidths.begin(), columnWidths.end(), rowHeaderWidth);
}

namespace {

qreal maxOf(const QList<qreal> &values) {
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

// Widens a band's columns towards the page's width, none past its header on one line
// (a sparse table stays narrow rather than stretching two columns across the page).
void widen(ReportTableBand *band, qreal rowHeaderWidth, qreal pageWidth,
           const QList<qreal> &widest) {
    for (int round = 0; round < 4; ++round) {
        qreal spare = pageWidth - band->width(rowHeaderWidth);
        QList<int> growing;
        for (int i = 0; i < band->columns.size(); ++i) {
            if (band->columnWidths[i] < widest[i])
                growing.append(i);
        }
        if (spare <= 0.5 || growing.isEmpty())
            return;
        const qreal share = spare / qreal(growing.size());
        for (int i : growing)
            band->columnWidths[i] = std::min(widest[i], band->columnWidths[i] + share);
    }
}

}  // namespace

ReportTableLayout ReportTableLayout::arrange(const ReportTableMeasures &m) {
    const qsizetype places = m.placeWidth.size();
    const qsizetype metrics = m.metricWidth.size();
    const qreal pad = 2 * m.padding;
    ReportTableLayout layout;

    // Places as columns: the metric names at most a third of the page, wrapped within it.
    const qreal namesWidth = std::clamp(maxOf(m.metricWidth), maxOf(m.metricMinWidth),
                                        std::max(maxOf(m.metricMinWidth), m.pageWidth / 3)) +
                             pad;
    ReportTableBand columns;
    QList<qreal> widestColumns;
    for (int place = 0; place < places; ++place) {
        qreal width = m.placeMinWidth[place];
        for (int metric = 0; metric < metrics; ++metric)
            width = std::max(width, m.valueWidth[metric][place]);
        columns.columns.append(place);
        columns.columnWidths.append(width + pad);
        widestColumns.append(std::max(width, m.placeWidth[place]) + pad);
    }
    if (columns.width(namesWidth) <= m.pageWidth) {
        layout.placesAsColumns = true;
        layout.rowHeaderWidth = namesWidth;
        widen(&columns, namesWidth, m.pageWidth, widestColumns);
        layout.bands.push_back(columns);
        return layout;
    }

    // Places as rows; the metrics in bands of columns that fit the page's width.
    layout.placesAsColumns = false;
    layout.rowHeaderWidth = std::clamp(maxOf(m.placeWidth), maxOf(m.placeMinWidth),
                                       std::max(maxOf(m.placeMinWidth), m.pageWidth / 4)) +
                            pad;
    ReportTableBand band;
    QList<qreal> widest;
    auto close = [&] {
        if (band.columns.isEmpty())
            return;
        widen(&band, layout.rowHeaderWidth, m.pageWidth, widest);
        layout.bands.push_back(band);
        band = {};
        widest.clear();
    };
    for (int metric = 0; metric < metrics; ++metric) {
        const qreal values = maxOf(m.valueWidth[metric]);
        const qreal width = std::max({values, m.metricMinWidth[metric], m.narrowestColumn}) + pad;
        if (!band.columns.isEmpty() && band.width(layout.rowHeaderWidth) + width > m.pageWidth)
            close();
        band.columns.append(metric);
        band.columnWidths.append(width);
        widest.append(std::max(width, std::min(m.metricWidth[metric] + pad, 2.5 * width)));
    }
    close();
    return layout;
}

}  // namespace reportlens
