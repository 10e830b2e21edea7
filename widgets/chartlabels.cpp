#include "chartlabels.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

constexpr qreal kGap = 6;            // between a label and what it labels
constexpr qreal kEdge = 10;          // between the text and the chart's edge
constexpr qreal kFooterPixels = 11;  // notes stay readable: they wrap, not shrink
constexpr qreal kTitlePixels = 14;
constexpr qreal kRowPerLine = 1.45;   // a row of horizontal bars per line of label text
constexpr qreal kLabelsOnTop = 100;   // over Qt Charts' own items
constexpr qreal kShrinkStep = 1;      // pixels
constexpr qreal kAcrossSmallest = 9;  // vertical labels across their slot, no smaller

QGraphicsTextItem *textItem(QGraphicsItem *parent, const QString &text, Qt::Alignment align) {
    auto *item = new QGraphicsTextItem(parent);
    item->document()->setDocumentMargin(0);
    QTextOption option(align);
    option.setWrapMode(QTextOption::NoWrap);  // a name is never broken, never cut
    item->document()->setDefaultTextOption(option);
    item->setPlainText(text);
    item->setZValue(kLabelsOnTop);
    return item;
}

// The item's width and height as laid out (rotation aside).
QSizeF natural(QGraphicsTextItem *item) {
    return item->document()->size();
}

}  // namespace

ChartLabels::ChartLabels(QChart *chart, QAbstractBarSeries *series, const Content &content)
    : QObject(chart), m_chart(chart), m_series(series), m_content(content) {
    for (const QString &place : m_content.places)
        m_places.push_back(
            textItem(chart, place, m_content.horizontal ? Qt::AlignRight : Qt::AlignHCenter));
    for (const QStringList &set : std::as_const(m_content.values)) {
        std::vector<QGraphicsTextItem *> items;
        for (const QString &value : set) {
            items.push_back(textItem(chart, value, Qt::AlignLeft));
            items.back()->setVisible(!value.isEmpty());
        }
        m_values.push_back(std::move(items));
    }
    m_title = textItem(chart, m_content.title, Qt::AlignHCenter);
    if (!m_content.legend.isEmpty()) {
        // Rich text for the colours; a non-breaking space keeps each mark with its name.
        QStringList entries;
        for (const auto &[name, colour] : std::as_const(m_content.legend)) {
            entries.append(u"<span style=\"color:%1\">■</span>&nbsp;%2"_s.arg(
                colour.name(), name.toHtmlEscaped()));
        }
        m_title->setHtml(u"<div align=\"center\">%1 %2</div>"_s.arg(
            entries.join(u"&nbsp;&nbsp; "_s),
            m_content.title.toHtmlEscaped().replace(u' ', u"&nbsp;"_s)));
    }
    m_footer = textItem(chart, m_content.footer, Qt::AlignLeft);
    for (QGraphicsTextItem *item : {m_title, m_footer}) {
        QTextOption wrapped = item->document()->defaultTextOption();
        // Words wrap; a long run of Chinese wraps between characters.
        wrapped.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        item->document()->setDefaultTextOption(wrapped);
    }
    QFont titleFont = font(kTitlePixels);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_footer->setFont(font(kFooterPixels));
    m_footer->setDefaultTextColor(QColor(0x44, 0x44, 0x44));
    // Any later layout (a legend shown, a theme) moves the labels with the plot.
    connect(chart, &QChart::plotAreaChanged, this, &ChartLabels::place);
}

QString ChartLabels::title() const {
    return m_title->toPlainText();
}

ChartLabels *ChartLabels::of(const QChart *chart) {
    return chart ? chart->findChild<ChartLabels *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QFont ChartLabels::font(QFont base, qreal pixels) {
    // In pixels of the layout, whatever the device's dots per inch: measured as drawn.
    base.setPixelSize(std::max(1, int(std::lround(pixels))));
    return base;
}

QFont ChartLabels::font(qreal pixels) const {
    return font(m_chart->font(), pixels);
}

qreal ChartLabels::widest(const QStringList &places, const QFont &font) {
    const QFontMetricsF metrics(font);
    qreal widest = 0;
    for (const QString &place : places) {
        for (const QString &line : place.split(u'\n'))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    }
    return widest;
}

qreal ChartLabels::widestPlace(const QFont &font, bool oneLine) const {
    return widest(oneLine ? m_content.oneLine : m_content.places, font);
}

bool ChartLabels::fitAcross(const QStringList &places, qreal width) {
    // The plot is the chart less its edges and the value axis: about 80 pixels.
    const qreal slot = (width - 2 * kEdge - 80) / std::max<qsizetype>(1, places.size());
    return widest(places, font(QFont(), kAcrossSmallest)) <= slot - kGap;
}

void ChartLabels::chooseFont() {
    const QRectF plot = m_chart->plotArea();
    const qsizetype count = std::max<qsizetype>(1, m_content.places.size());
    m_pixels = kFullPixels;
    m_upright = false;
    if (m_content.horizontal) {
        // One line per row, as large as the row allows: characters (an em high) a little
        // apart, their line boxes may touch.
        const qreal row = plot.height() / count;
        while (m_pixels > kSmallestPixels && m_pixels * 1.15 > row)
            m_pixels -= kShrinkStep;
        return;
    }
    const qreal slot = plot.width() / count;
    while (m_pixels > kAcrossSmallest && widestPlace(font(m_pixels), false) > slot - kGap)
        m_pixels -= kShrinkStep;
    if (widestPlace(font(m_pixels), false) <= slot - kGap)
        return;
    // Too long to read across: upright, one line each, as large as the slot allows.
    m_upright = true;
    m_pixels = kFullPixels;
    while (m_pixels > kSmallestPixels && QFontMetricsF(font(m_pixels)).height() > slot * 0.9)
        m_pixels -= kShrinkStep;
}

void ChartLabels::fit() {
    const QSizeF size = m_chart->size();
    m_footer->setTextWidth(std::max(50.0, size.width() - 2 * kEdge));
    m_title->setTextWidth(std::max(50.0, size.width() - 2 * kEdge));
    const qreal footer = m_content.footer.isEmpty() ? 0 : natural(m_footer).height();
    const qreal title = m_title->toPlainText().isEmpty() ? 0 : natural(m_title).height() + kGap;
    // Margins follow the font, the font the plot area: a few rounds settle it. Each layout of
    // hundreds of bars is dear: only a change lays the chart out again.
    m_chart->layout()->activate();
    for (int round = 0; round < 4; ++round) {
        chooseFont();
        const QFont labels = font(m_pixels);
        const QFontMetricsF metrics(labels);
        const QMargins now = m_chart->margins();
        const QRectF plot = m_chart->plotArea();
        QMargins margins;
        if (m_content.horizontal) {
            qreal widestValue = 0;
            for (const QStringList &set : std::as_const(m_content.values)) {
                for (const QString &value : set)
                    widestValue = std::max(widestValue, metrics.horizontalAdvance(value));
            }
            // The hidden category axis keeps a little room of its own left of the plot.
            const qreal axis = std::max(0.0, plot.left() - now.left());
            margins = QMargins(int(std::ceil(widestPlace(labels, false) + kGap + kEdge - axis)),
                               int(std::ceil(title + kEdge / 2)),
                               int(std::ceil(widestValue + kGap + kEdge)),
                               int(std::ceil(footer + kEdge)));
        } else {
            // As the items lay the lines out (a little more than the font's line spacing).
            qreal labelsHeight = m_upright ? widestPlace(labels, true) : 0;
            for (size_t i = 0; i < m_places.size() && !m_upright; ++i) {
                QGraphicsTextItem *item = m_places[i];
                if (item->toPlainText() != m_content.places[qsizetype(i)])
                    item->setPlainText(m_content.places[qsizetype(i)]);
                item->setFont(labels);
                labelsHeight = std::max(labelsHeight, natural(item).height());
            }
            const qreal axis = std::max(0.0, size.height() - now.bottom() - plot.bottom());
            margins = QMargins(int(kEdge), int(std::ceil(title + kEdge / 2)), int(kEdge),
                               int(std::ceil(labelsHeight + kGap + footer + 2 * kEdge - axis)));
        }
        const bool axisChanged = fitValueAxis();
        if (margins == now && !axisChanged)
            break;
        m_chart->setMargins(margins);
        m_chart->layout()->invalidate();
        m_chart->layout()->activate();
    }
    m_overhead = size.height() - m_chart->plotArea().height();
    place();
}

bool ChartLabels::valuesUpright() const {
    // A value may be as wide as its bar's share of the category; one wider turns them all
    // upright, so that they read alike.
    const qreal room = m_chart->plotArea().width() /
                           std::max<qsizetype>(1, m_content.places.size()) /
                           std::max<qsizetype>(1, m_values.size()) -
                       kGap;
    const QFontMetricsF metrics(font(m_pixels));
    for (const QStringList &set : std::as_const(m_content.values)) {
        for (const QString &value : set) {
            if (metrics.horizontalAdvance(value) > room)
                return true;
        }
    }
    return false;
}

bool ChartLabels::fitValueAxis() {
    auto *axis = qobject_cast<QValueAxis *>(
        m_chart->axes(m_content.horizontal ? Qt::Horizontal : Qt::Vertical).value(0));
    const QRectF plot = m_chart->plotArea();
    qreal largest = 0;
    for (const QBarSet *set : m_series->barSets()) {
        for (int i = 0; i < set->count(); ++i)
            largest = std::max(largest, set->at(i));
    }
    if (!axis || largest <= 0 || plot.isEmpty())
        return false;
    // Across, the right margin holds the values; upwards, the plot must.
    const qreal length = m_content.horizontal ? plot.width() : plot.height();
    qreal label = 0;
    if (!m_content.horizontal) {
        const QFontMetricsF metrics(font(m_pixels));
        const bool upright = valuesUpright();
        for (const QStringList &set : std::as_const(m_content.values)) {
            for (const QString &value : set)
                label = std::max(label, upright ? metrics.horizontalAdvance(value) : 0);
        }
        label = std::max(label, metrics.height()) + kGap;
    }
    const qreal top = std::max(largest * 1.05, largest * length / std::max(1.0, length - label));
    // As many ticks as their labels have room for.
    const QFontMetricsF tickMetrics(axis->labelsFont());
    const qreal tickRoom =
        m_content.horizontal
            ? tickMetrics.horizontalAdvance(m_chart->locale().toString(top, 'f', 0)) * 1.6
            : tickMetrics.height() * 2.5;
    const qreal steps = std::clamp(std::floor(length / tickRoom), 1.0, 8.0);
    // A round step: 1, 2 or 5 times a power of ten.
    const qreal rough = top / steps;
    const qreal power = std::pow(10.0, std::floor(std::log10(rough)));
    qreal step = power * 10;
    for (const qreal factor : {1.0, 2.0, 5.0}) {
        if (rough <= power * factor * (1 + 1e-9)) {
            step = power * factor;
            break;
        }
    }
    // Across, the bars take the plot's width (the ticks need not reach its end); upwards, the
    // top tick closes the axis.
    const qreal end = m_content.horizontal ? top : std::ceil(top / step - 1e-9) * step;
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    const QString format = u"%.%1f"_s.arg(decimals);
    if (axis->tickType() == QValueAxis::TicksDynamic && axis->tickInterval() == step &&
        axis->max() == end && axis->labelFormat() == format)
        return false;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, end);
    axis->setLabelFormat(format);
    return true;
}

qreal ChartLabels::preferredHeight() const {
    if (!m_content.horizontal)
        return 0;
    const qreal row = QFontMetricsF(font(kFullPixels)).height() * kRowPerLine;
    return m_overhead + row * qreal(m_content.places.size());
}

void ChartLabels::place() {
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty())
        return;
    const QFont labels = font(m_pixels);
    const qsizetype count = std::max<qsizetype>(1, m_content.places.size());
    for (size_t i = 0; i < m_places.size(); ++i) {
        QGraphicsTextItem *item = m_places[i];
        item->setFont(labels);
        item->setRotation(0);
        item->setTextWidth(-1);
        if (m_content.horizontal) {
            const qreal centre = m_chart->mapToPosition(QPointF(0, qreal(i)), m_series).y();
            const QSizeF text = natural(item);
            item->setPos(plot.left() - kGap - text.width(), centre - text.height() / 2);
            continue;
        }
        const qreal centre = m_chart->mapToPosition(QPointF(qreal(i), 0), m_series).x();
        if (m_upright) {
            // Read upwards, ending just under the axis.
            item->setPlainText(m_content.oneLine.value(qsizetype(i)));
            const QSizeF text = natural(item);
            item->setRotation(-90);
            item->setPos(centre - text.height() / 2, plot.bottom() + kGap + text.width());
        } else {
            item->setPlainText(m_content.places.value(qsizetype(i)));
            const qreal slot = plot.width() / count;
            item->setTextWidth(std::max(slot, natural(item).width()));
            item->setPos(centre - item->textWidth() / 2, plot.bottom() + kGap);
        }
    }
    // Values at the end of their bars; sets side by side within a category.
    const bool upright = valuesUpright();
    const QList<QBarSet *> sets = m_series->barSets();
    const qreal width = m_series->barWidth();
    const qreal sets_ = std::max<qsizetype>(1, sets.size());
    for (size_t s = 0; s < m_values.size() && s < size_t(sets.size()); ++s) {
        const qreal offset = -width / 2 + width / sets_ * (qreal(s) + 0.5);
        for (size_t i = 0; i < m_values[s].size(); ++i) {
            QGraphicsTextItem *item = m_values[s][i];
            item->setFont(labels);
            item->setRotation(0);
            const qreal value = sets[qsizetype(s)]->at(qsizetype(i));
            const QSizeF text = natural(item);
            if (m_content.horizontal) {
                const QPointF end =
                    m_chart->mapToPosition(QPointF(value, qreal(i) + offset), m_series);
                item->setPos(end.x() + kGap / 2, end.y() - text.height() / 2);
                continue;
            }
            const QPointF top = m_chart->mapToPosition(QPointF(qreal(i) + offset, value), m_series);
            if (upright) {
                item->setRotation(-90);
                item->setPos(top.x() - text.height() / 2, top.y() - 2);
            } else {
                item->setPos(top.x() - text.width() / 2, top.y() - text.height() - 1);
            }
        }
    }
    m_title->setPos(kEdge, kEdge / 2);
    m_footer->setPos(kEdge, m_chart->size().height() - natural(m_footer).height() - kEdge / 2);
}

}  // namespace reportlens
