#include "citychartview.h"

#include "chartlabels.h"
#include "engine/placenames.h"
#include "engine/valueformat.h"
#include "periodtext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QCursor>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImageWriter>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CityChartView::CityChartView(QWidget *parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void CityChartView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    fitChart();
}

void CityChartView::showEvent(QShowEvent *event) {
    QChartView::showEvent(event);
    fitChart();
}

// The chart as wide as the view and at least as tall: taller when its places need the room.
void CityChartView::fitChart() {
    ChartLabels *labels = ChartLabels::of(chart());
    // Hidden (another page shown): fitted when shown, not at every reload.
    if (!labels || !isVisible())
        return;
    const QSizeF shown = viewport()->size();
    if (ChartRenderer::drawnHorizontal(m_data, options(), shownWidth()) != m_drawnHorizontal) {
        rebuild();  // the names fit under the bars at this width, or no longer do
        return;
    }
    chart()->resize(shown);
    labels->fit();
    const qreal wanted = labels->preferredHeight();
    if (wanted > shown.height()) {
        chart()->resize(shown.width(), wanted);
        labels->fit();
    }
    setSceneRect(chart()->geometry());
}

void CityChartView::setTable(const CityTable &table) {
    m_table = table;
    rebuild();
}

void CityChartView::setMetrics(const QStringList &metrics) {
    m_metrics = metrics;
    rebuild();
}

void CityChartView::setHorizontal(bool horizontal) {
    m_horizontal = horizontal;
    rebuild();
}

void CityChartView::setPerMember(bool perMember) {
    m_perMember = perMember;
    rebuild();
}

void CityChartView::setEnglishNames(bool english) {
    m_english = english;
    rebuild();
}

ChartOptions CityChartView::options() const {
    return {m_metrics, {}, m_horizontal, m_perMember, m_english};
}

qreal CityChartView::shownWidth() const {
    return isVisible() ? viewport()->width() : 0;
}

const ChartBar &CityChartView::barOf(int series, int index) const {
    const int place = ChartRenderer::placeOfBar(m_drawnHorizontal, m_data.cities.size(), index);
    return m_data.series[size_t(series)].bars[size_t(place)];
}

void CityChartView::rebuild() {
    m_data = ChartRenderer::data(m_table, options());
    m_sets.clear();
    // Laid out for the view's width, once it has one: vertical bars only while the names fit
    // under them.
    const qreal width = shownWidth();
    m_drawnHorizontal = ChartRenderer::drawnHorizontal(m_data, options(), width);
    QChart *chart = ChartRenderer::createChart(m_data, options(), &m_sets, width);
    for (int s = 0; s < m_sets.size(); ++s) {
        m_sets[s]->setLabelColor(palette().color(QPalette::WindowText));
        connect(m_sets[s], &QBarSet::clicked, this, [this, s](int index) {
            const ChartBar &bar = barOf(s, index);
            if (bar.cell)
                emit figureActivated(bar.cell->path, bar.cell->start, bar.cell->end);
        });
        // The figure behind a bar: as written, its period, its sentence.
        connect(m_sets[s], &QBarSet::hovered, this, [this, s](bool entered, int index) {
            const ChartBar &bar = barOf(s, index);
            if (!entered || !bar.cell) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(
                QCursor::pos(),
                tr("%1 · %2\nPeriod: %3\n“%4”")
                    .arg(PlaceNames::display(bar.cell->city, m_english), bar.cell->raw,
                         bar.cell->period.isEmpty() ? tr("not stated")
                                                    : PeriodText::display(bar.cell->period),
                         bar.cell->sentence),
                this);
        });
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;  // a chart view does not delete the chart it is given a replacement for
    fitChart();
}

ChartData ChartRenderer::data(const CityTable &table, const ChartOptions &options) {
    // The bars point into the table: never into a copy that goes at the end of this call.
    return ChartData::build(table, options.metrics, options.perMember, options.cities);
}

namespace {

// Past this many places, bars run across, one row per place: a dozen names fit under
// vertical bars, more do not.
constexpr qsizetype kManyPlaces = 12;

}  // namespace

bool ChartRenderer::drawnHorizontal(const ChartData &data, const ChartOptions &options,
                                    qreal width) {
    return options.horizontal || data.cities.size() > kManyPlaces ||
           (width > 0 && !ChartLabels::fitAcross(ChartText::places(data, options).stacked, width));
}

int ChartRenderer::placeOfBar(bool horizontal, qsizetype places, int bar) {
    // Qt Charts draws a horizontal series' first bar at the bottom (and reverses no bar axis).
    return horizontal ? int(places) - 1 - bar : bar;
}

QChart *ChartRenderer::createChart(const ChartData &data, const ChartOptions &options,
                                   QList<QBarSet *> *sets, qreal width) {
    auto *chart = new QChart;
    const bool horizontal = drawnHorizontal(data, options, width);
    const ChartText::Unit unit = ChartText::unit(data, options);
    const qsizetype count = data.cities.size();
    // Bars in drawing order: across, the largest at the top, so the last drawn first.
    auto place = [&](qsizetype bar) { return qsizetype(placeOfBar(horizontal, count, int(bar))); };
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QStringList titles;
    QList<QBarSet *> made;
    QList<QStringList> valueTexts;
    for (const ChartSeries &seriesData : data.series) {
        const QString name = options.english ? seriesData.nameEn : seriesData.nameZh;
        const QString title = unit.text.isEmpty() ? name
                              : options.english   ? u"%1 (%2)"_s.arg(name, unit.text)
                                                  : u"%1（%2）"_s.arg(name, unit.text);
        auto *set = new QBarSet(title);
        QStringList texts;
        for (qsizetype b = 0; b < count; ++b) {
            const ChartBar &bar = seriesData.bars[size_t(place(b))];
            const double value = bar.value * unit.multiplier;
            set->append(value / unit.divisor);
            texts.append(bar.cell ? ValueFormat::display(value, QString(), bar.cell->qualifier,
                                                         options.english)
                                  : QString());
        }
        series->append(set);
        made.append(set);
        titles.append(title);
        valueTexts.append(texts);
    }
    chart->addSeries(series);
    // A value stated as 近, 超, 多 or 以上 is no exact point: its bar is drawn lighter.
    for (qsizetype s = 0; s < made.size(); ++s) {
        made[s]->setSelectedColor(made[s]->color().lighter(150));
        const std::vector<ChartBar> &bars = data.series[size_t(s)].bars;
        for (qsizetype b = 0; b < count; ++b) {
            const ChartBar &bar = bars[size_t(place(b))];
            if (bar.cell && bar.cell->qualifier != Qualifier::Exact) {
                made[s]->selectBar(int(b));
            }
        }
    }
    ChartLabels::Content labels;
    labels.horizontal = horizontal;
    labels.values = valueTexts;
    labels.footer = ChartText::footer(data, options);
    // One metric: its name and unit. More: each name after its bars' colour, then the unit
    // (the title is the legend: Qt's elides long names).
    if (made.size() == 1) {
        labels.title = titles.front();
    } else {
        for (qsizetype s = 0; s < made.size(); ++s) {
            const ChartSeries &seriesData = data.series[size_t(s)];
            labels.legend.append(
                {options.english ? seriesData.nameEn : seriesData.nameZh, made[s]->color()});
        }
        labels.title = unit.text.isEmpty() ? QString()
                       : options.english   ? u"(%1)"_s.arg(unit.text)
                                           : u"（%1）"_s.arg(unit.text);
    }
    const ChartText::Places names = ChartText::places(data, options);
    for (qsizetype b = 0; b < count; ++b) {
        const qsizetype c = place(b);
        labels.oneLine.append(names.oneLine[c]);
        labels.places.append(horizontal ? names.across[c] : names.stacked[c]);
    }
    QStringList categories = names.stacked;  // in drawing order, as the bars
    if (horizontal)
        std::reverse(categories.begin(), categories.end());
    // Qt Charts would elide the names: the axis keeps them for the bars, the labels draw them.
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    auto *values = new QValueAxis;  // its range and ticks fitted with the labels
    values->setTitleText(unit.text);
    // Tick labels grouped as the reader writes numbers: 800,000.
    chart->setLocalizeNumbers(true);
    chart->setLocale(options.english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                     : QLocale(QLocale::Chinese, QLocale::China));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
    new ChartLabels(chart, series, labels);
    if (sets)
        *sets = made;
    return chart;
}

QChart *ChartRenderer::layOut(QGraphicsScene *scene, const ChartData &data,
                              const ChartOptions &options, const QSizeF &size) {
    QChart *chart = createChart(data, options, nullptr, size.width());
    scene->addItem(chart);  // the scene owns it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    ChartLabels::of(chart)->fit();
    scene->setSceneRect(QRectF(QPointF(0, 0), size));
    return chart;
}

void ChartRenderer::paint(QPainter *painter, const QRectF &target, const CityTable &table,
                          const ChartOptions &options) {
    // The chart lives in a scene of its own, laid out at the target's size, then drawn.
    QGraphicsScene scene;
    const ChartData chartData = data(table, options);
    layOut(&scene, chartData, options, target.size());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, scene.sceneRect());
    painter->restore();
}

int ChartRenderer::preferredHeight(const CityTable &table, const ChartOptions &options, int width,
                                   int dpi) {
    const qreal ratio = std::max(1.0, dpi / 96.0);
    QGraphicsScene scene;
    const ChartData chartData = data(table, options);
    const QChart *chart = layOut(&scene, chartData, options, QSizeF(width, width * 0.6) / ratio);
    return int(std::ceil(ChartLabels::of(chart)->preferredHeight() * ratio));
}

QImage ChartRenderer::image(const CityTable &table, const ChartOptions &options, const QSize &size,
                            int dpi) {
    const qreal ratio = std::max(1.0, dpi / 96.0);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size) / ratio), table, options);
    return image;
}

bool ChartRenderer::savePng(const QString &path, const CityTable &table,
                            const ChartOptions &options, const QSize &size, int dpi,
                            QString *error) {
    if (size.width() < 100 || size.height() < 100 || size.width() > 20000 ||
        size.height() > 20000) {
        *error = QObject::tr("%1: a picture size from 100×100 to 20000×20000 pixels, not %2×%3")
                     .arg(path)
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image(table, options, size, dpi))) {
        *error = u"%1: %2"_s.arg(path, writer.errorString());
        return false;
    }
    return true;
}

QString ChartRenderer::svgFontFamilies(const QString &family) {
    QStringList families{family};
    for (const QString &cjk :
         {u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s,
          u"Microsoft YaHei"_s, u"PingFang SC"_s, u"sans-serif"_s}) {
        if (!families.contains(cjk))
            families.append(cjk);
    }
    for (QString &name : families) {
        if (name.contains(u' ') && name != u"sans-serif")
            name = u"'%1'"_s.arg(name);
    }
    return families.join(u", "_s);
}

bool ChartRenderer::saveSvg(const QString &path, const CityTable &table,
                            const ChartOptions &options, const QSize &size, int dpi,
                            QString *error) {
    if (size.width() < 100 || size.height() < 100 || dpi < 48 || dpi > 1200) {
        *error =
            QObject::tr("%1: a drawing of at least 100×100 pixels at 48 to 1200 dpi").arg(path);
        return false;
    }
    // Laid out as the PNG is: at the pixels divided by the dpi's ratio to 96.
    const qreal ratio = std::max(1.0, dpi / 96.0);
    const QSizeF layout = QSizeF(size) / ratio;
    QBuffer drawing;
    drawing.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&drawing);
    // At 96 dpi, as the chart's text was laid out: the layout's size at 96 dpi is the
    // picture's at its own (size / dpi inches), and font sizes match the layout.
    generator.setSize(layout.toSize());
    generator.setResolution(96);
    generator.setViewBox(QRectF(QPointF(0, 0), layout));
    generator.setTitle(u"ReportLens"_s);
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = QObject::tr("%1: cannot be written").arg(path);
        return false;
    }
    paint(&painter, QRectF(QPointF(0, 0), layout), table, options);
    painter.end();
    // Qt names the one family it drew with; a list lets any renderer find the Chinese.
    QString svg = QString::fromUtf8(drawing.data());
    static const QRegularExpression family(u"font-family=\"([^\"]*)\""_s);
    QString named;
    qsizetype from = 0;
    for (QRegularExpressionMatch match = family.match(svg); match.hasMatch();
         match = family.match(svg, from)) {
        named += svg.mid(from, match.capturedStart() - from) +
                 u"font-family=\"%1\""_s.arg(svgFontFamilies(match.captured(1)).toHtmlEscaped());
        from = match.capturedEnd();
    }
    named += svg.mid(from);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(named.toUtf8()) < 0 || !file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace reportlens
