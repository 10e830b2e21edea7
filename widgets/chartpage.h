// The Chart view: one metric ranked across the cities, more metrics as grouped bars,
// horizontal or vertical, as stated or per member. A bar asks for its figure's source.
#pragma once

#include "engine/citytable.h"
#include "engine/metriccatalog.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QSettings;
class QToolButton;

namespace reportlens {

class MetricPicker;

class CityChartView;

class ChartPage : public QWidget {
    Q_OBJECT

public:
    // metrics: those to choose from, in the metrics file's order, under the groups of the same
    // file; english: English metric names and pinyin beside the cities.
    ChartPage(const std::vector<MetricDefinition> &metrics, bool english,
              const std::vector<MetricGroup> &groups = MetricCatalog::builtIn().groups(),
              QWidget *parent = nullptr);

    CityChartView *chartView() const { return m_chart; }
    QComboBox *metricChooser() const { return m_metric; }
    QToolButton *moreMetricsButton() const { return m_moreMetrics; }
    MetricPicker *moreMetrics() const { return m_morePicker; }
    QCheckBox *horizontalSwitch() const { return m_horizontal; }
    QCheckBox *perMemberSwitch() const { return m_perMember; }

    void setTable(const CityTable &table);
    // The metric chosen first (by id), as remembered in the settings.
    QString metric() const;
    void setMetric(const QString &id);
    bool horizontal() const;
    void setHorizontal(bool horizontal);
    bool perMember() const;
    void setPerMember(bool perMember);
    // The metric and the switches, kept under chart/ between sessions.
    void saveSettings(QSettings *settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void figureActivated(const QString &path, qint64 start, qint64 end);

private:
    void updateMetrics();

    QComboBox *m_metric;
    QToolButton *m_moreMetrics;
    MetricPicker *m_morePicker;  // in m_moreMetrics's menu
    QCheckBox *m_horizontal;
    QCheckBox *m_perMember;
    CityChartView *m_chart;
};

}  // namespace reportlens
