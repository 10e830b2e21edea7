// The Corrections view: every correction in the log, newest first (when, who, what, where, the
// figure, what it set, whether it is reverted), filtered by place and metric. Revert or restore
// any entry at any time; the entry stays in the log either way. The page shows and asks; the
// app stores and reloads.
#pragma once

#include "engine/metriccatalog.h"

#include <QSortFilterProxyModel>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace reportlens {

class CorrectionLogModel;

// The log as shown: dates, actions and metrics in words, reverted entries greyed, filtered by
// place and metric.
class CorrectionLogProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    CorrectionLogProxyModel(std::vector<MetricDefinition> metrics, bool english,
                            QObject *parent = nullptr);

    void setPlaceFilter(const QString &place);    // empty: every place
    void setMetricFilter(const QString &metric);  // empty: every metric

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::vector<MetricDefinition> m_metrics;
    bool m_english = false;
    QString m_place;
    QString m_metric;
};

class CorrectionsPage : public QWidget {
    Q_OBJECT

public:
    // log is not owned (the window's).
    CorrectionsPage(CorrectionLogModel *log, std::vector<MetricDefinition> metrics, bool english,
                    QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QPushButton *revertButton() const { return m_revert; }
    QComboBox *placeFilter() const { return m_place; }
    QComboBox *metricFilter() const { return m_metric; }
    CorrectionLogProxyModel *shown() const { return m_shown; }

    // The places and metrics the filters offer (after a reload; the choice is kept).
    void setPlaces(const QStringList &places);

signals:
    // Revert (true) or restore (false) the correction id; text names it as an undo step.
    void revertRequested(qint64 id, bool revert, const QString &text);
    void sourceRequested(const QString &path);

private:
    void updateButton();
    void revertCurrent();

    CorrectionLogModel *m_log;  // not owned
    CorrectionLogProxyModel *m_shown;
    std::vector<MetricDefinition> m_metrics;
    bool m_english = false;
    QComboBox *m_place;
    QComboBox *m_metric;
    QPushButton *m_revert;
    QLabel *m_count;
    QTableView *m_view;
};

}  // namespace reportlens
