#include "citychartview.h"

#include "engine/placenames.h"
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

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CityChartView::CityChartView(QWidget *parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
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

void CityChartView::rebuild() {
    m_data = ChartRenderer::data(m_table, options());
    m_sets.clear();
    QChart *chart = ChartRenderer::createChart(m_data, options(), &m_sets);
    for (int s = 0; s < m_sets.size(); ++s) {
        m_sets[s]->setLabelColor(palette().color(QPalette::WindowText));
        connect(m_sets[s], &QBarSet::clicked, this, [this, s](int index) {
            const ChartBar &bar = m_data.series[size_t(s)].bars[size_t(index)];
            if (bar.cell)
                emit figureActivated(bar.cell->path, bar.cell->start, bar.cell->end);
        });
        // The figure behind a bar: as written, its period, its sentence.
        connect(m_sets[s], &QBarSet::hovered, this, [this, s](bool entered, int index) {
            const ChartBar &bar = m_data.series[size_t(s)].bars[size_t(index)];
            if (!entered || !bar.cell) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(
                QCursor::pos(),
                tr("%1 · %2\nPeriod: %3\n“%4”")
                    .arg(bar.cell->city, bar.cell->raw,
                         bar.cell->period.isEmpty() ? tr("not stated")
                                                    : PeriodText::display(bar.cell->period),
                         bar.cell->sentence),
                this);
        });
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;  // a chart view does not delete the chart it is given a replacement for
}

ChartData ChartRenderer::data(const CityTable &table, const ChartOptions &options) {
    // The bars point into the table: never into a copy that goes at the end of this call.
    return ChartData::build(table, options.metrics, options.perMember, options.cities);
}

QChart *ChartRenderer::createChart(const ChartData &data, const ChartOptions &options,
                                   QList<QBarSet *> *sets) {
    auto *chart = new QChart;
    // Large counts read better in 万 or 亿, as a Chinese reader writes them.
    double scale = 1;
    QString scaleName;
    if (!options.perMember && data.maximum >= 1e8) {
        scale = 1e8;
        scaleName = u"亿"_s;
    } else if (!options.perMember && data.maximum >= 1e5) {
        scale = 1e4;
        scaleName = u"万"_s;
    }
    QAbstractBarSeries *series = options.horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QStringList titles;
    QList<QBarSet *> made;
    for (const ChartSeries &seriesData : data.series) {
        const QString name = options.english ? seriesData.nameEn : seriesData.nameZh;
        auto *set = new QBarSet(u"%1（%2%3）"_s.arg(name, scaleName, seriesData.unit));
        for (const ChartBar &bar : seriesData.bars)
            set->append(bar.value / scale);
        series->append(set);
        made.append(set);
        titles.append(name);
    }
    chart->addSeries(series);
    // A value stated as 近, 超, 多 or 以上 is no exact point: its bar is drawn lighter.
    bool anyQualified = false;
    for (qsizetype s = 0; s < made.size(); ++s) {
        made[s]->setSelectedColor(made[s]->color().lighter(150));
        const std::vector<ChartBar> &bars = data.series[size_t(s)].bars;
        for (size_t b = 0; b < bars.size(); ++b) {
            if (bars[b].cell && bars[b].cell->qualifier != Qualifier::Exact) {
                made[s]->selectBar(int(b));
                anyQualified = true;
            }
        }
    }
    // Values on the bars (set once the series belongs to the chart, or they are not drawn).
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(options.perMember ? 3 : 5);
    series->setLabelsVisible(true);
    for (QBarSet *set : std::as_const(made))
        set->setLabelColor(Qt::black);
    // What is not drawn is said, not dropped: places with no figure, metrics of another unit.
    QStringList notes;
    if (anyQualified)
        notes.append(QObject::tr("(lighter bars: about, over or under a value, not exact)"));
    if (!data.withoutFigure.isEmpty()) {
        QStringList places;
        for (const QString &city : data.withoutFigure)
            places.append(PlaceNames::display(city, options.english));
        notes.append(QObject::tr("No figure: %1").arg(places.join(u", "_s)));
    }
    if (!data.otherUnitMetrics.empty()) {
        QStringList names;
        for (const MetricDefinition *metric : data.otherUnitMetrics)
            names.append(options.english ? metric->nameEn : metric->nameZh);
        notes.append(
            QObject::tr("Not drawn on this axis (another unit): %1").arg(names.join(u", "_s)));
    }
    chart->setTitle((QStringList{titles.join(u" · "_s)} + notes).join(u'\n'));

    QStringList categories = data.cities;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        QString &city = categories[c];
        const QString name = city;
        if (options.english)
            city += u'\n' + PlaceNames::pinyin(name);
        // One metric: the period its bar covers, under the place.
        if (data.series.size() == 1 && data.series.front().bars[size_t(c)].cell) {
            const QString period = data.series.front().bars[size_t(c)].cell->period;
            city += u'\n' + (period.isEmpty() ? QObject::tr("period not stated")
                                              : PeriodText::display(period));
        }
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *values = new QValueAxis;
    values->setRange(0, data.maximum > 0 ? data.maximum / scale * 1.15 : 1);
    values->setLabelFormat(options.perMember ? u"%.3g"_s : u"%.0f"_s);
    values->applyNiceNumbers();
    chart->addAxis(categoryAxis, options.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, options.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (sets)
        *sets = made;
    return chart;
}

void ChartRenderer::paint(QPainter *painter, const QRectF &target, const CityTable &table,
                          const ChartOptions &options) {
    // The chart lives in a scene of its own, laid out at the target's size, then drawn.
    QGraphicsScene scene;
    QChart *chart = createChart(data(table, options), options);
    scene.addItem(chart);  // the scene owns it
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, scene.sceneRect());
    painter->restore();
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
