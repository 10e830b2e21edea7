#include "exportcontroller.h"

#include "items/trendmodel.h"
#include "reportoptionsdialog.h"
#include "savefiledialog.h"
#include "services/export/outputwriter.h"

#include "chartpage.h"
#include "chartsizedialog.h"
#include "citychartview.h"
#include "comparepage.h"
#include "items/citytablemodel.h"
#include "services/export/csvexport.h"
#include "services/export/xlsxexport.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

ExportController::ExportController(const CityTableModel *table, const ComparePage *compare,
                                   const ChartPage *chart, bool english, QMainWindow *window)
    : QObject(window)
    , m_table(table)
    , m_compare(compare)
    , m_chart(chart)
    , m_english(english)
    , m_window(window) {}

ReportOptions ExportController::reportOptions() const {
    ReportOptions options;
    for (const QString &city : m_table->table().cities) {
        if (!m_compare->hiddenCities().contains(city))
            options.cities.append(city);
    }
    // All metrics chosen means "those the cities have": the report leaves out empty rows.
    if (!m_compare->hiddenMetrics().isEmpty())
        options.metrics = chosenMetrics();
    options.english = m_english;
    const QSettings settings;
    options.title = settings.value(u"report/title"_s).toString();
    options.notes = settings.value(u"report/notes"_s).toString();
    options.paper =
        QPageSize::PageSizeId(settings.value(u"report/paper"_s, int(QPageSize::A4)).toInt());
    options.orientation = QPageLayout::Orientation(
        settings.value(u"report/orientation"_s, int(QPageLayout::Landscape)).toInt());
    if (settings.contains(u"report/charts"_s))
        options.charts = settings.value(u"report/charts"_s).toStringList();
    return options;
}

bool ExportController::chooseReportOptions(ReportOptions *options) {
    ReportOptionsDialog dialog(m_table->table(), m_groups, reportOptions(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    QSettings settings;
    settings.setValue(u"report/title"_s, options->title);
    settings.setValue(u"report/notes"_s, options->notes);
    settings.setValue(u"report/paper"_s, int(options->paper));
    settings.setValue(u"report/orientation"_s, int(options->orientation));
    settings.setValue(u"report/charts"_s, options->charts.value_or(QStringList()));
    return true;
}

QStringList ExportController::chosenMetrics() const {
    QStringList metrics;
    for (const MetricDefinition &metric : m_table->table().metrics) {
        if (!m_compare->hiddenMetrics().contains(metric.id))
            metrics.append(metric.id);
    }
    return metrics;
}

bool ExportController::exportChart(const QString &path, const QSize &size, int dpi,
                                   QString *error) const {
    const ChartOptions options = m_chart->chartView()->options();
    return path.endsWith(u".svg", Qt::CaseInsensitive)
               ? ChartRenderer::saveSvg(path, m_table->table(), options, size, dpi, error)
               : ChartRenderer::savePng(path, m_table->table(), options, size, dpi, error);
}

const QAbstractItemModel *ExportController::shownModel(int *role) const {
    *role = Qt::DisplayRole;
    return m_shownModel ? m_shownModel(role) : nullptr;
}

bool ExportController::exportTableCsv(const QString &path, QString *error) const {
    int role = Qt::DisplayRole;
    const QAbstractItemModel *shown = shownModel(&role);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (shown) {
        CsvExport::writeModel(shown, &file, role);
    } else {
        // Every chosen metric, empty rows too: a table, not a report.
        CsvExport::writeCityTable(m_table->table(), reportOptions().cities, chosenMetrics(),
                                  m_english, &file);
    }
    if (!file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ExportController::exportTrendCsv(const QString &path, const TrendModel &trend,
                                      QString *error) const {
    const std::vector<MetricDefinition> &metrics = m_table->table().metrics;
    const auto metric =
        std::find_if(metrics.begin(), metrics.end(),
                     [&](const MetricDefinition &m) { return m.id == trend.metric(); });
    if (metric == metrics.end()) {
        *error = tr("No trend is shown: choose a metric in the Trend view first");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    TrendWriter::write(*metric, trend.points(), OutputFormat::Csv, &file);
    if (!file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ExportController::exportTableXlsx(const QString &path, QString *error) const {
    int role = Qt::DisplayRole;
    if (const QAbstractItemModel *shown = shownModel(&role))
        return XlsxExport::writeModel(shown, path, role, error);
    // Every chosen metric, empty rows too, as the CSV export: a table, not a report.
    return XlsxExport::writeCityTable(m_table->table(), reportOptions().cities, chosenMetrics(),
                                      m_english, path, error);
}

bool ExportController::exportReportPdf(const QString &path, const ReportOptions &options,
                                       QString *error) const {
    const std::vector<Correction> corrections =
        m_readCorrections ? m_readCorrections() : std::vector<Correction>();
    return ComparisonReport(m_table->table(), options, corrections).writePdf(path, error);
}

void ExportController::saveAs(const QString &title, const QString &filters,
                              const std::function<bool(const QString &, QString *)> &write) {
    SaveFileDialog dialog(m_window, title, filters);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.chosenPath();
    if (path.isEmpty())
        return;
    // The dialog asked about the name it returned; an extension added after it did not.
    if (path != dialog.selectedFiles().value(0) && QFileInfo::exists(path) &&
        QMessageBox::question(
            m_window, title,
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QString error;
    if (write(path, &error))
        m_window->statusBar()->showMessage(tr("Saved %1").arg(path));
    else if (!error.isEmpty())  // empty: the user cancelled on the way
        QMessageBox::warning(m_window, tr("Export"), error);
}

void ExportController::chooseChartExport() {
    saveAs(tr("Export the chart"), tr("PNG picture (*.png);;SVG drawing (*.svg)"),
           [this](const QString &path, QString *error) {
               ChartSizeDialog size(m_window);
               return size.exec() == QDialog::Accepted &&
                      exportChart(path, size.pixelSize(), size.dpi(), error);
           });
}

void ExportController::chooseTableCsv() {
    saveAs(tr("Export the table"), tr("CSV (*.csv)"),
           [this](const QString &path, QString *error) { return exportTableCsv(path, error); });
}

void ExportController::chooseTableXlsx() {
    saveAs(tr("Export the table"), tr("Excel workbook (*.xlsx)"),
           [this](const QString &path, QString *error) { return exportTableXlsx(path, error); });
}

void ExportController::copyChart() {
    QGuiApplication::clipboard()->setImage(ChartRenderer::image(
        m_table->table(), m_chart->chartView()->options(), QSize(1600, 1000), 192));
    m_window->statusBar()->showMessage(tr("The chart is on the clipboard"));
}

void ExportController::chooseReportPdf() {
    ReportOptions options;
    if (!chooseReportOptions(&options))
        return;
    saveAs(tr("Export the report"), tr("PDF (*.pdf)"),
           [this, options](const QString &path, QString *error) {
               return exportReportPdf(path, options, error);
           });
}

void ExportController::printReport() {
    ReportOptions options;
    if (!chooseReportOptions(&options))
        return;
    const ComparisonReport report(
        m_table->table(), options,
        m_readCorrections ? m_readCorrections() : std::vector<Correction>());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report.pageLayout());
    QPrintPreviewDialog preview(&printer, m_window);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *target) { report.print(target); });
    preview.exec();
}

}  // namespace reportlens
