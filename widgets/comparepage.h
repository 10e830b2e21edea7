// The Compare view: the city table with the cities and metrics the user chose, as stated, per
// member or per year. A cell's figure opens its source; a cell's context menu offers the other
// candidate figures to fill it. The page shows data and emits requests; the app decides.
#pragma once

#include "engine/citytable.h"
#include "engine/metriccatalog.h"
#include "engine/records.h"

#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QMenu;
class QSettings;
class QTableView;
class QToolButton;

namespace reportlens {

class ChosenCellsProxy;
class MetricPicker;
class CityTableProxyModel;

class ComparePage : public QWidget {
    Q_OBJECT

public:
    // The figures that could fill a city's cell for a metric; the app gives them from storage.
    using CandidateLookup =
        std::function<std::vector<CellCandidate>(const QString &city, const QString &metric)>;

    // table is not owned (the window's, which its exports read too); the page owns the proxy
    // that leaves out what the user hid.
    ComparePage(CityTableProxyModel *table, CandidateLookup candidates, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ChosenCellsProxy *chosenCells() const { return m_chosen; }
    QCheckBox *perMemberSwitch() const { return m_perMember; }
    QCheckBox *perYearSwitch() const { return m_perYear; }
    QToolButton *cityChooser() const { return m_chooseCities; }
    QToolButton *metricChooser() const { return m_chooseMetrics; }
    MetricPicker *metricPicker() const { return m_metricPicker; }
    QComboBox *reportChooser() const { return m_chooseReports; }

    // The choosers list these cities and metrics (under their groups); what the user hid stays
    // hidden.
    void setChoices(const QStringList &cities, const std::vector<MetricDefinition> &metrics,
                    const std::vector<MetricGroup> &groups = {});
    // The user's choice (cities by name, metrics by id), as remembered in the settings.
    void setHidden(const QStringList &cities, const QStringList &metrics);
    QStringList hiddenCities() const;
    QStringList hiddenMetrics() const;
    // Which of each place's reports fill the table; the chooser lists the stored periods
    // (latest first) beside "the latest of each place" and "all reports".
    ReportSelection reportSelection() const { return m_reports; }
    void setReportSelection(const ReportSelection &selection);
    void setReportPeriods(const QStringList &periods);
    bool perMember() const;
    void setPerMember(bool perMember);
    bool perYear() const;
    void setPerYear(bool perYear);
    // The choice and the per-member switch, kept under compare/ between sessions.
    void saveSettings(QSettings *settings) const;
    void restoreSettings(const QSettings &settings);

    // A cell's context menu, owned by the caller: the cell's candidates and its source.
    QMenu *cellMenu(const QModelIndex &index, QWidget *parent);
    // Selects the first cell that has a figure and opens its source; false when none has.
    bool activateFirstFigure();

signals:
    // The user chose other reports: the table must be read again.
    void reportSelectionChanged();
    void figureActivated(const QString &path, qint64 start, qint64 end);
    // The user chose another candidate figure to fill a cell.
    void candidateChosen(const reportlens::FigureAnchor &candidate, const QString &metric);

private:
    void activate(const QModelIndex &index);
    void showCellMenu(const QPoint &position);
    void setShown(QStringList *hidden, const QString &name, bool shown);
    QStringList shownMetrics() const;  // in the metrics file's order

    CityTableProxyModel *m_table;  // not owned
    CandidateLookup m_candidates;
    ChosenCellsProxy *m_chosen;
    QToolButton *m_chooseCities;
    QToolButton *m_chooseMetrics;
    MetricPicker *m_metricPicker;
    std::vector<MetricDefinition> m_metrics;  // as the picker lists them
    QComboBox *m_chooseReports;
    ReportSelection m_reports;
    QCheckBox *m_perMember;
    QCheckBox *m_perYear;
    QTableView *m_view;
    QStringList m_hiddenCities;
    QStringList m_hiddenMetrics;
};

}  // namespace reportlens
