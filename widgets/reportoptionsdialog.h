// What the comparison report holds and how it prints: title, places, metrics, charts, paper,
// orientation and notes. The same choices as `reportlens report`'s options.
#pragma once

#include "comparisonreport.h"
#include "engine/metriccatalog.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStandardItemModel;

namespace reportlens {

class MetricPicker;

class ReportOptionsDialog : public QDialog {
    Q_OBJECT

public:
    // initial: the places and metrics to start from (the compare view's), empty for all.
    ReportOptionsDialog(const CityTable &table, const std::vector<MetricGroup> &groups,
                        const ReportOptions &initial, QWidget *parent = nullptr);

    ReportOptions options() const;

    // For tests and the keyboard alike.
    QLineEdit *titleEdit() const { return m_title; }
    QStandardItemModel *places() const { return m_places; }
    MetricPicker *metricPicker() const { return m_metrics; }
    MetricPicker *chartPicker() const { return m_charts; }
    QComboBox *paperChooser() const { return m_paper; }
    QComboBox *orientationChooser() const { return m_orientation; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

private:
    void checkAllPlaces(bool checked);

    ReportOptions m_initial;
    QLineEdit *m_title;
    QStandardItemModel *m_places;
    QListView *m_placeList;
    MetricPicker *m_metrics;
    MetricPicker *m_charts;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QPlainTextEdit *m_notes;
    qsizetype m_allMetrics = 0;
};

}  // namespace reportlens
