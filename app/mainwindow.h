// The dashboard: wiring only. Its views are pages (Compare, Chart, Cities, City, Search) in a
// tab host beside the source panel that shows any figure's sentence; the window gives them
// models read from the database, runs what they ask for (searches, corrections as undoable
// steps), and keeps menus and settings. Imports and exports have controllers of their own.
#pragma once

#include "chartpage.h"
#include "citiespage.h"
#include "citypage.h"
#include "comparepage.h"
#include "comparisonreport.h"
#include "engine/correction.h"
#include "engine/reportparser.h"
#include "exportcontroller.h"
#include "importcontroller.h"
#include "searchpage.h"
#include "services/corrections.h"
#include "services/importer.h"

#include <QMainWindow>

class QFileDialog;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoStack;

namespace reportlens {

class BackgroundCount;
class CorrectionLogModel;
class CorrectionsPage;
class ReviewModel;
class ReviewPage;
class TrendModel;
class TrendPage;
class CityChartView;
class CityFiguresModel;
class CityListModel;
class CityTableModel;
class CityTableProxyModel;
class ReportStore;
class SearchResultsModel;
class SourceView;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum View {
        CompareView,
        ChartView,
        CitiesView,
        CityView,
        SearchView,
        CorrectionsView,
        ReviewView,
        TrendView
    };
    Q_ENUM(View)

    // english: English names of metrics and pinyin beside place names.
    explicit MainWindow(ReportStore *store, bool english = false, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports files and folders (also dropped on the window) on a worker thread, with a
    // progress dialog (and Cancel) when it takes a while; importFinished() follows. False while
    // another import runs.
    bool importPaths(const QStringList &paths) { return m_imports->start(paths); }
    ImportController *imports() const { return m_imports; }
    // File → Import: Qt's file dialog (window-modal) for every kind of report file; the chosen
    // files are imported when it is accepted.
    QFileDialog *openImportDialog() { return m_imports->openDialog(); }
    // First start: an empty database gets the bundled sample reports.
    // True when it started (importFinished() follows); false when the database has reports.
    bool importSamplesIfEmpty(const QString &samplesFolder);
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

    ComparePage *comparePage() const { return m_comparePage; }
    ChartPage *chartPage() const { return m_chartPage; }
    CitiesPage *citiesPage() const { return m_citiesPage; }
    CityPage *cityPage() const { return m_cityPage; }
    SearchPage *searchPage() const { return m_searchPage; }
    CorrectionsPage *correctionsPage() const { return m_correctionsPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    TrendPage *trendPage() const { return m_trendPage; }
    QTableView *compareView() const { return m_comparePage->view(); }
    CityChartView *chartView() const { return m_chartPage->chartView(); }
    QTableView *citiesView() const { return m_citiesPage->view(); }
    QTreeView *cityView() const { return m_cityPage->view(); }
    CityFiguresModel *cityFigures() const { return m_cityFigures; }
    SourceView *sourceView() const { return m_source; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTabWidget *views() const { return m_tabs; }
    QString currentCity() const { return m_currentCity; }

    // Exports, as the File menu makes them (the paths are chosen by the caller).
    bool exportChart(const QString &path, const QSize &size, int dpi, QString *error) const {
        return m_exports->exportChart(path, size, dpi, error);
    }
    // The view shown: the compare table's chosen cells (for Compare and Chart), or the
    // view's rows as shown.
    bool exportTableCsv(const QString &path, QString *error) const {
        return m_exports->exportTableCsv(path, error);
    }
    // The current view's model as shown and the role of its cells' text; null for Compare,
    // Chart and Review, whose export is the city table.
    const QAbstractItemModel *shownModel(int *role) const;
    // As an Excel workbook: the compare view's chosen cities and metrics (for Compare, Chart
    // and Review), or the view's rows as shown.
    bool exportTableXlsx(const QString &path, QString *error) const {
        return m_exports->exportTableXlsx(path, error);
    }
    bool exportReportPdf(const QString &path, QString *error) const {
        return m_exports->exportReportPdf(path, m_exports->reportOptions(), error);
    }
    // The report's choice: the compare view's cities and metrics.
    ReportOptions reportOptions() const { return m_exports->reportOptions(); }

signals:
    // An import has ended, the views show what it stored and its problems are shown.
    void importFinished(const reportlens::Importer::Summary &summary);
    // zh_CN or en: main makes the window again in that language.
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void runSearch(const QString &text);
    void nameUnknownPlace(const QString &place);
    // Records a correction as an undoable step named text; false when it was not stored.
    bool record(const Correction &correction, const QString &text);
    void afterCorrection(const QString &error);
    // The corrections log with each report's place, read when its view is shown.
    void showLog();
    // The metric's points over the periods of every place, read when the Trend view is shown.
    void showTrend(const QString &metric);
    // The review queue with the figures whose label names a metric but that were not placed.
    void showReview();
    void restoreSettings();
    void saveSettings() const;

    ReportStore *m_store;  // not owned: outlives the window
    ReportParser m_parser;
    Corrections m_corrections;
    QUndoStack *m_undoStack;
    QTabWidget *m_tabs;
    SourceView *m_source;
    // The models the pages show, owned here: the exports read them too.
    CityTableModel *m_tableModel;
    CityTableProxyModel *m_tableProxy;
    CityListModel *m_cityList;
    CityFiguresModel *m_cityFigures;
    SearchResultsModel *m_searchModel;
    ComparePage *m_comparePage = nullptr;
    ChartPage *m_chartPage = nullptr;
    CitiesPage *m_citiesPage = nullptr;
    CityPage *m_cityPage = nullptr;
    SearchPage *m_searchPage = nullptr;
    CorrectionLogModel *m_log = nullptr;
    CorrectionsPage *m_correctionsPage = nullptr;
    bool m_logShown = false;  // the Corrections view holds the log as stored now
    ReviewModel *m_review = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    // The Review view holds, beside the table's cells, the unplaced figures as stored now.
    bool m_reviewShown = false;
    TrendModel *m_trend = nullptr;
    TrendPage *m_trendPage = nullptr;
    bool m_trendShown = false;  // the Trend view holds its metric's points as stored now
    ImportController *m_imports = nullptr;
    BackgroundCount *m_counts = nullptr;
    ExportController *m_exports = nullptr;
    QString m_currentCity;
    bool m_cityShown = false;  // the City view holds m_currentCity's figures as stored now
    bool m_english = false;
};

}  // namespace reportlens
