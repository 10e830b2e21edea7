// The dashboard. Its views are Compare, Chart, Cities, City and Search, all beside the
// source panel that shows any figure's sentence. It reads from the database. Imports come
// from the menu or by drag and drop; corrections come from context menus and can be undone.
#pragma once

#include "comparisonreport.h"
#include "engine/correction.h"
#include "engine/reportparser.h"
#include "services/corrections.h"
#include "services/importer.h"

#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QFileDialog;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QUndoStack;
class QListView;

namespace reportlens {

class ChartPage;
class CitiesPage;
class CityPage;
class CityChartView;
class CityFiguresModel;
class CityListModel;
class CityTableModel;
class CityTableProxyModel;
class ComparePage;
class ReportStore;
class SearchPage;
class SearchResultsModel;
class SourceView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum View { CompareView, ChartView, CitiesView, CityView, SearchView };
    Q_ENUM(View)

    // english: English names of metrics and pinyin beside place names.
    explicit MainWindow(ReportStore *store, bool english = false, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports files and folders, with a progress dialog (and Cancel) when it takes a while.
    Importer::Summary importPaths(const QStringList &paths);
    // File → Import: Qt's file dialog (window-modal) for every kind of report file; the chosen
    // files are imported when it is accepted.
    QFileDialog *openImportDialog();
    // First start: an empty database gets the bundled sample reports.
    void importSamplesIfEmpty(const QString &samplesFolder);
    // Reads everything shown from the database again.
    void reload();
    // Saves a 1600×1000 picture of each view, with a figure open in the source panel.
    QStringList saveScreenshots(const QString &folder);
    void showView(View view);
    void showCity(const QString &city);
    // Records a correction to a figure as an undoable step.
    bool correctFigure(const Document &document, const Figure &figure, CorrectionKind kind,
                       const QJsonObject &values);
    // Adds the text selected in the source panel as a figure.
    bool addSelectedFigure(double value, const QString &unit, const QString &label);

    QTableView *compareView() const;
    CityChartView *chartView() const;
    QTableView *citiesView() const;
    QTreeView *cityView() const;
    CityFiguresModel *cityFigures() const { return m_cityFigures; }
    SourceView *sourceView() const { return m_source; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTabWidget *views() const { return m_tabs; }
    QString currentCity() const { return m_currentCity; }

    // Exports, as the File menu makes them (the paths are chosen by the caller).
    bool exportChart(const QString &path, const QSize &size, int dpi, QString *error) const;
    bool exportTableCsv(const QString &path, QString *error) const;
    bool exportReportPdf(const QString &path, QString *error) const;
    // The report's choice: the compare view's cities and metrics.
    ReportOptions reportOptions() const;

signals:
    // zh_CN or en: main makes the window again in that language.
    void languageChangeRequested(const QString &language);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseChartExport();
    void printReport();
    void sourceContextMenu(const QPoint &position);
    void runSearch(const QString &text);
    // Records a correction as an undoable step named text; false when it was not stored.
    bool record(const Correction &correction, const QString &text);
    void afterCorrection(const QString &error);
    void restoreSettings();
    void saveSettings() const;

    ReportStore *m_store;  // not owned: outlives the window
    ReportParser m_parser;
    Corrections m_corrections;
    QUndoStack *m_undoStack;
    QTabWidget *m_tabs;
    SourceView *m_source;

    CityTableModel *m_tableModel;
    CityTableProxyModel *m_tableProxy;
    ComparePage *m_comparePage = nullptr;

    ChartPage *m_chartPage = nullptr;

    CityListModel *m_cityList;
    CitiesPage *m_citiesPage = nullptr;

    CityFiguresModel *m_cityFigures;
    CityPage *m_cityPage = nullptr;

    SearchResultsModel *m_searchModel;
    SearchPage *m_searchPage = nullptr;

    QString m_currentCity;
    bool m_english = false;
};

}  // namespace reportlens
