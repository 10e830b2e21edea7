// The window's exports of what its views show and the user chose: the chart (PNG, SVG, the
// clipboard), a table or the trend as CSV, the city table as an Excel workbook, the comparison
// report as PDF or on a printer. The File menu's actions ask for a file and name what went wrong.
#pragma once

#include "comparisonreport.h"

#include <QObject>

#include <functional>

class QAbstractItemModel;
class QMainWindow;
class QSize;

namespace reportlens {

class ChartPage;
class CityTableModel;
class ComparePage;
class TrendModel;

class ExportController : public QObject {
    Q_OBJECT

public:
    // All not owned. english: English metric names and pinyin beside the places.
    ExportController(const CityTableModel *table, const ComparePage *compare,
                     const ChartPage *chart, bool english, QMainWindow *window);

    // The report's choice: the compare view's cities and metrics, the rest as last chosen.
    ReportOptions reportOptions() const;
    // The metrics file's groups, for the report options' pickers.
    void setMetricGroups(const std::vector<MetricGroup> &groups) { m_groups = groups; }
    // Reads the corrections log, for explaining corrected values in the report.
    void setCorrectionsReader(std::function<std::vector<Correction>()> read) {
        m_readCorrections = std::move(read);
    }
    // The report options dialog; false when the user cancelled. Keeps the choice.
    bool chooseReportOptions(ReportOptions *options);
    bool exportChart(const QString &path, const QSize &size, int dpi, QString *error) const;
    // The view shown, as the window names it: its model as shown and the role of its cells'
    // text, or null where the export is the city table (Compare, Chart, Review).
    void setShownModel(std::function<const QAbstractItemModel *(int *role)> shown) {
        m_shownModel = std::move(shown);
    }
    // The view shown as CSV (or the city table's chosen cells, numbers with units in the
    // header), and as an Excel workbook (XlsxExport).
    bool exportTableCsv(const QString &path, QString *error) const;
    bool exportTableXlsx(const QString &path, QString *error) const;
    bool exportReportPdf(const QString &path, const ReportOptions &options, QString *error) const;
    // The Trend view's metric over the places' periods (TrendWriter's CSV).
    bool exportTrendCsv(const QString &path, const TrendModel &trend, QString *error) const;

    // Asks for a file to write (filters as QFileDialog takes them; a name gets the chosen
    // type's extension: SaveFileDialog), writes it and says how it went; write fails without
    // an error when the user cancels on the way.
    void saveAs(const QString &title, const QString &filters,
                const std::function<bool(const QString &path, QString *error)> &write);
    void chooseChartExport();
    void chooseTableCsv();
    void chooseTableXlsx();
    void copyChart();
    void chooseReportPdf();
    void printReport();

private:
    // The metrics the compare view shows, by id.
    QStringList chosenMetrics() const;
    const QAbstractItemModel *shownModel(int *role) const;

    const CityTableModel *m_table;
    const ComparePage *m_compare;
    const ChartPage *m_chart;
    bool m_english;
    QMainWindow *m_window;
    std::vector<MetricGroup> m_groups;
    std::function<std::vector<Correction>()> m_readCorrections;
    std::function<const QAbstractItemModel *(int *role)> m_shownModel;
};

}  // namespace reportlens
