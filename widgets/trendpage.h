// The Trend view: one metric over the periods of the chosen places, a line per place. A figure
// of one year (or part of one), or a level, is a point at its year; a total over several years
// is drawn as a span across them at its value per year (dashed), never as a point. Below the
// chart, the points themselves, each with its period and figure.
#pragma once

#include "engine/metriccatalog.h"

#include <QWidget>

#include <functional>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace reportlens {

class TrendModel;

class TrendPage : public QWidget {
    Q_OBJECT

public:
    // trend is not owned (the window's); it is filled by the app when a metric is chosen.
    TrendPage(TrendModel *trend, std::vector<MetricDefinition> metrics, bool english,
              QWidget *parent = nullptr);

    QChartView *chartView() const { return m_chart; }
    QComboBox *metricChooser() const { return m_metric; }
    QToolButton *placeChooser() const { return m_places; }
    QTableView *pointsView() const { return m_points; }

    // What the chart draws for a place: points (a year, a part of one, a level) and spans (a
    // total over several years).
    int pointCount(const QString &place) const;
    int spanCount(const QString &place) const;
    // Places left out of the chart by the chooser.
    void setHiddenPlaces(const QStringList &places);

signals:
    void metricChosen(const QString &metric);
    void sourceRequested(const QString &path, qint64 start, qint64 end);

private:
    void rebuild();

    TrendModel *m_trend;  // not owned
    std::vector<MetricDefinition> m_metrics;
    bool m_english = false;
    QStringList m_hidden;
    QComboBox *m_metric;
    QToolButton *m_places;
    QLabel *m_note;
    QChartView *m_chart;
    QTableView *m_points;
};

}  // namespace reportlens
