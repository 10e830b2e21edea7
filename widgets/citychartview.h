// Bar charts of the city table: one metric ranked across cities, or several as grouped
// bars; horizontal or vertical; values as stated or per member. Clicking a bar asks for the
// figure's source.
#pragma once

#include "charttext.h"
#include "engine/citytable.h"
#include "items/chartdata.h"

#include <QChartView>

class QBarSet;

class QChart;
class QGraphicsScene;
class QPainter;

namespace reportlens {

// The one paint routine for charts: the screen's chart view, PNG, SVG, PDF and print all
// draw the chart that createChart makes.
class ChartRenderer {
public:
    // A new chart (owned by the caller) and, in *sets, its bar sets in series order.
    // width: of the chart, when known; vertical bars only where the names fit under them.
    static QChart *createChart(const ChartData &data, const ChartOptions &options,
                               QList<QBarSet *> *sets = nullptr, qreal width = 0);
    static ChartData data(const CityTable &table, const ChartOptions &options);
    // Whether the bars run across: asked for, more than a dozen places, or names too long to
    // stand under bars in a chart width wide (0: whatever the width).
    static bool drawnHorizontal(const ChartData &data, const ChartOptions &options,
                                qreal width = 0);
    // The place (index into ChartData::cities) of a bar set's bar: across, the order is
    // turned over, so that the largest is at the top.
    static int placeOfBar(bool horizontal, qsizetype places, int bar);
    // The height at which a picture width pixels wide draws its labels at full size: taller
    // with more places when the bars run across (a picture of another height fits its labels
    // to it, smaller).
    static int preferredHeight(const CityTable &table, const ChartOptions &options, int width,
                               int dpi);
    // A chart (owned by scene) laid out at size with its labels fitted, as paint draws it. data
    // must outlive the chart.
    static QChart *layOut(QGraphicsScene *scene, const ChartData &data, const ChartOptions &options,
                          const QSizeF &size);
    // Draws the chart into target on any painter, its labels fitted to target's size.
    static void paint(QPainter *painter, const QRectF &target, const CityTable &table,
                      const ChartOptions &options);
    // A picture of size pixels; dpi 192 is 2×: the chart laid out at half the pixels and
    // drawn at twice the resolution, so text stays crisp.
    static QImage image(const CityTable &table, const ChartOptions &options, const QSize &size,
                        int dpi);
    static bool savePng(const QString &path, const CityTable &table, const ChartOptions &options,
                        const QSize &size, int dpi, QString *error);
    // A drawing of size pixels at dpi: as wide in millimetres as the PNG of the same size and
    // dpi is in inches, laid out as the PNG is (so that the text is as large), its text kept as
    // text with a list of CJK font families after Qt's (so that renderers other than Qt's,
    // rsvg-convert, find the Chinese).
    static bool saveSvg(const QString &path, const CityTable &table, const ChartOptions &options,
                        const QSize &size, int dpi, QString *error);
    // The font families a drawing names, in order: the one Qt drew with, then CJK ones.
    static QString svgFontFamilies(const QString &family);
};

class CityChartView : public QChartView {
    Q_OBJECT

public:
    explicit CityChartView(QWidget *parent = nullptr);

    void setTable(const CityTable &table);
    void setMetrics(const QStringList &metrics);
    void setHorizontal(bool horizontal);
    void setPerMember(bool perMember);
    void setEnglishNames(bool english);

    QStringList metrics() const { return m_metrics; }
    ChartOptions options() const;
    const ChartData &chartData() const { return m_data; }
    // The bar set drawing a series (for tests and exports), its bars in drawing order
    // (ChartRenderer::placeOfBar).
    QBarSet *barSet(int series) const { return m_sets.value(series); }

signals:
    void figureActivated(const QString &path, qint64 start, qint64 end);

protected:
    // Many places: the chart grows taller than the view, which scrolls.
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void fitChart();
    qreal shownWidth() const;  // 0 while hidden: no width to fit names into yet
    // The data behind bar index of a bar set.
    const ChartBar &barOf(int series, int index) const;

    CityTable m_table;
    QStringList m_metrics;
    bool m_horizontal = false;
    bool m_perMember = false;
    bool m_english = false;
    bool m_drawnHorizontal = false;
    ChartData m_data;
    QList<QBarSet *> m_sets;  // owned by the chart's series
};

}  // namespace reportlens
