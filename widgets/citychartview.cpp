#include "citychartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
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

void CityChartView::rebuild() {
    m_data = ChartData::build(m_table, m_metrics, m_perMember);
    m_sets.clear();
    auto *chart = new QChart;
    // Large counts read better in 万 or 亿, as a Chinese reader writes them.
    double scale = 1;
    QString scaleName;
    if (!m_perMember && m_data.maximum >= 1e8) {
        scale = 1e8;
        scaleName = u"亿"_s;
    } else if (!m_perMember && m_data.maximum >= 1e5) {
        scale = 1e4;
        scaleName = u"万"_s;
    }
    QAbstractBarSeries *series = m_horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QStringList titles;
    for (size_t s = 0; s < m_data.series.size(); ++s) {
        const ChartSeries &data = m_data.series[s];
        const QString name = m_english ? data.nameEn : data.nameZh;
        auto *set = new QBarSet(u"%1（%2%3）"_s.arg(name, scaleName, data.unit));
        for (const ChartBar &bar : data.bars)
            set->append(bar.value / scale);
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            const ChartBar &bar = m_data.series[s].bars[size_t(index)];
            if (bar.cell)
                emit figureActivated(bar.cell->path, bar.cell->start, bar.cell->end);
        });
        series->append(set);
        m_sets.append(set);
        titles.append(name);
    }
    chart->addSeries(series);
    // Values on the bars (set once the series belongs to the chart, or they are not drawn).
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(m_perMember ? 3 : 5);
    series->setLabelsVisible(true);
    for (QBarSet *set : std::as_const(m_sets))
        set->setLabelColor(palette().color(QPalette::WindowText));
    chart->setTitle(titles.join(u" · "_s));

    auto *categories = new QBarCategoryAxis;
    categories->append(m_data.cities);
    auto *values = new QValueAxis;
    values->setRange(0, m_data.maximum > 0 ? m_data.maximum / scale * 1.15 : 1);
    values->setLabelFormat(m_perMember ? u"%.3g"_s : u"%.0f"_s);
    values->applyNiceNumbers();
    chart->addAxis(categories, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = this->chart();
    setChart(chart);
    delete old;  // a chart view does not delete the chart it is given a replacement for
}

}  // namespace reportlens
