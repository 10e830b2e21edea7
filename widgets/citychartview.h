// Bar charts of the city table: one metric ranked across cities, or several as grouped
// bars; horizontal or vertical; values as stated or per member. Clicking a bar asks for the
// figure's source.
#pragma once

#include "chartdata.h"
#include "citytable.h"

#include <QChartView>

class QBarSet;

namespace reportlens {

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
    const ChartData &chartData() const { return m_data; }
    // The bar set drawing a series (for tests and exports).
    QBarSet *barSet(int series) const { return m_sets.value(series); }

signals:
    void figureActivated(const QString &path, qint64 start, qint64 end);

private:
    void rebuild();

    CityTable m_table;
    QStringList m_metrics;
    bool m_horizontal = false;
    bool m_perMember = false;
    bool m_english = false;
    ChartData m_data;
    QList<QBarSet *> m_sets;  // owned by the chart's series
};

}  // namespace reportlens
