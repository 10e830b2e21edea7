#include "chartpage.h"

#include "metricpicker.h"

#include "citychartview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

ChartPage::ChartPage(const std::vector<MetricDefinition> &metrics, bool english,
                     const std::vector<MetricGroup> &groups, QWidget *parent)
    : QWidget(parent)
    , m_metric(new QComboBox(this))
    , m_moreMetrics(new QToolButton(this))
    , m_horizontal(new QCheckBox(tr("Hori&zontal"), this))
    , m_perMember(new QCheckBox(tr("Per &member"), this))
    , m_chart(new CityChartView(this)) {
    m_chart->setObjectName(u"chartView"_s);
    m_chart->setEnglishNames(english);
    connect(m_chart, &CityChartView::figureActivated, this, &ChartPage::figureActivated);
    m_moreMetrics->setText(tr("More metrics ▾"));
    m_moreMetrics->setPopupMode(QToolButton::InstantPopup);
    // The list stays open while the user ticks.
    m_morePicker = MetricPicker::inMenu(m_moreMetrics, u"chart/metricPresets"_s, english);
    m_morePicker->setMetrics(metrics, groups);
    for (const MetricDefinition &metric : metrics)
        m_metric->addItem(u"%1 %2"_s.arg(metric.nameZh, metric.nameEn), metric.id);
    connect(m_morePicker, &MetricPicker::checkedMetricsChanged, this, &ChartPage::updateMetrics);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ChartPage::updateMetrics);
    connect(m_horizontal, &QCheckBox::toggled, m_chart, &CityChartView::setHorizontal);
    connect(m_perMember, &QCheckBox::toggled, m_chart, &CityChartView::setPerMember);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Metric:"), this));
    bar->addWidget(m_metric, 1);
    bar->addWidget(m_moreMetrics);
    bar->addWidget(m_horizontal);
    bar->addWidget(m_perMember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chart);
    updateMetrics();
}

// The chosen metric first, then those ticked under More metrics, each once.
void ChartPage::updateMetrics() {
    QStringList metrics = {m_metric->currentData().toString()};
    for (const QString &id : m_morePicker->checkedMetrics()) {
        if (!metrics.contains(id))
            metrics.append(id);
    }
    m_chart->setMetrics(metrics);
}

void ChartPage::setTable(const CityTable &table) {
    m_chart->setTable(table);
}

QString ChartPage::metric() const {
    return m_metric->currentData().toString();
}

void ChartPage::setMetric(const QString &id) {
    const int index = m_metric->findData(id);
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

bool ChartPage::horizontal() const {
    return m_horizontal->isChecked();
}

void ChartPage::setHorizontal(bool horizontal) {
    m_horizontal->setChecked(horizontal);
}

bool ChartPage::perMember() const {
    return m_perMember->isChecked();
}

void ChartPage::setPerMember(bool perMember) {
    m_perMember->setChecked(perMember);
}

void ChartPage::saveSettings(QSettings *settings) const {
    settings->setValue(u"chart/horizontal"_s, horizontal());
    settings->setValue(u"chart/perMember"_s, perMember());
    settings->setValue(u"chart/metric"_s, metric());
}

void ChartPage::restoreSettings(const QSettings &settings) {
    setHorizontal(settings.value(u"chart/horizontal"_s, false).toBool());
    setPerMember(settings.value(u"chart/perMember"_s, false).toBool());
    setMetric(settings.value(u"chart/metric"_s).toString());
}

}  // namespace reportlens
