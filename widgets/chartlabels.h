// The text around a bar chart, drawn by ReportLens rather than by Qt Charts: Qt Charts elides
// category labels that do not fit their slot ("渭…", "漳州市 Zhangz…") and titles wider than
// the chart. These labels are laid out to fit and are always drawn whole: the font shrinks
// (within reason), vertical labels turn upright, notes wrap, and the chart's margins grow to
// hold the longest name.
#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <vector>

class QAbstractBarSeries;
class QChart;
class QGraphicsTextItem;
class QValueAxis;

namespace reportlens {

class ChartLabels : public QObject {
    Q_OBJECT

public:
    struct Content {
        bool horizontal = false;  // places down the left, largest at the top
        QStringList places;       // per category, lines joined by '\n'
        QStringList oneLine;      // the same on one line, for upright labels
        // Per bar set, per category: the value as the reader writes it; empty for no bar.
        QList<QStringList> values;
        QString title;  // over the chart, wrapped if need be
        // Several bar sets: each one's name after a mark of its colour, before the title.
        QList<QPair<QString, QColor>> legend;
        QString footer;  // sources, notes: wrapped under the chart
    };

    // Items are made children of chart; this object is the chart's child and goes with it.
    ChartLabels(QChart *chart, QAbstractBarSeries *series, const Content &content);

    static ChartLabels *of(const QChart *chart);
    // Whether labels of these lines fit across the slots of vertical bars in a chart width
    // wide, at a readable size.
    static bool fitAcross(const QStringList &places, qreal width);

    QString title() const;  // as drawn: the legend's names, then the title
    QString footer() const { return m_content.footer; }

    // Lays the chart out at its current size (fonts, margins) and places the labels.
    void fit();
    // The chart's height at which every place's row has the label font at its full size (for
    // horizontal bars; 0 for vertical ones, whose height does not depend on the places).
    qreal preferredHeight() const;

    // The label font's pixel size at full size and the smallest it shrinks to.
    static constexpr qreal kFullPixels = 12;
    static constexpr qreal kSmallestPixels = 7;

private:
    void chooseFont();
    // Room at the end of the longest bar for its value, and as many ticks as have room.
    bool fitValueAxis();         // whether it changed the axis
    bool valuesUpright() const;  // over vertical bars, too wide to read across
    void place();
    QFont font(qreal pixels) const;
    static QFont font(QFont base, qreal pixels);
    static qreal widest(const QStringList &places, const QFont &font);
    qreal widestPlace(const QFont &font, bool oneLine) const;

    QChart *m_chart;
    QAbstractBarSeries *m_series;
    Content m_content;
    std::vector<QGraphicsTextItem *> m_places;
    std::vector<std::vector<QGraphicsTextItem *>> m_values;
    QGraphicsTextItem *m_title;
    QGraphicsTextItem *m_footer;
    qreal m_pixels = kFullPixels;
    bool m_upright = false;  // vertical bars whose names do not fit across their slot
    qreal m_overhead = 0;    // the chart's height less its plot area's, at the last fit
};

}  // namespace reportlens
