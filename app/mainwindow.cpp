#include "mainwindow.h"

#include "chartpage.h"
#include "citiespage.h"
#include "citychartview.h"
#include "citypage.h"
#include "citytableproxymodel.h"
#include "comparepage.h"
#include "correctioncommand.h"
#include "engine/citytable.h"
#include "engine/figureextractor.h"
#include "engine/input/filekinds.h"
#include "engine/input/reportfiles.h"
#include "engine/period.h"
#include "engine/placenames.h"
#include "figuremenu.h"
#include "items/cityfiguresmodel.h"
#include "items/citylistmodel.h"
#include "items/citytablemodel.h"
#include "items/searchresultsmodel.h"
#include "searchpage.h"
#include "services/corrections.h"
#include "services/export/csvexport.h"
#include "sourceview.h"
#include "storage/reportstore.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

MainWindow::MainWindow(ReportStore *store, bool english, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_corrections(store)
    , m_undoStack(new QUndoStack(this))
    , m_tabs(new QTabWidget)
    , m_source(new SourceView([store](const QString &path) -> std::optional<Document> {
        const std::optional<qint64> id = store->documentIdForPath(path);
        return id ? store->document(*id) : std::nullopt;
    }))
    , m_tableModel(new CityTableModel(this))
    , m_tableProxy(new CityTableProxyModel(this))
    , m_cityList(new CityListModel(this))
    , m_cityFigures(new CityFiguresModel(this))
    , m_searchModel(new SearchResultsModel(this))
    , m_english(english) {
    setWindowTitle(tr("ReportLens"));
    setAcceptDrops(true);
    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setEnglishNames(english);

    m_comparePage =
        new ComparePage(m_tableProxy, [store](const QString &city, const QString &metric) {
            return store->cellCandidates(city, metric);
        });
    connect(m_comparePage, &ComparePage::figureActivated, m_source, &SourceView::showFigure);
    connect(m_comparePage, &ComparePage::candidateChosen, this,
            [this](const FigureAnchor &candidate, const QString &metric) {
                record(Corrections::chosenForCell(candidate, metric),
                       tr("choose %1").arg(candidate.raw));
            });
    m_tabs->addTab(m_comparePage, tr("&Compare"));
    m_chartPage = new ChartPage(m_parser.catalog().metrics(), english);
    connect(m_chartPage, &ChartPage::figureActivated, m_source, &SourceView::showFigure);
    m_tabs->addTab(m_chartPage, tr("C&hart"));
    m_citiesPage = new CitiesPage(m_cityList, english);
    connect(m_citiesPage, &CitiesPage::cityChosen, this, [this](const QString &city) {
        showCity(city);
        showView(CityView);
    });
    connect(m_citiesPage, &CitiesPage::unknownPlaceNamed, this, [this](const QString &place) {
        QString error;
        if (!m_corrections.nameUnknownPlace(place, &error))
            QMessageBox::warning(this, tr("Set the place"), error);
        reload();
    });
    m_tabs->addTab(m_citiesPage, tr("C&ities"));
    m_cityPage = new CityPage(m_cityFigures, m_parser.catalog().metrics());
    connect(m_cityPage, &CityPage::cityChosen, this, &MainWindow::showCity);
    connect(m_cityPage, &CityPage::figureActivated, m_source, &SourceView::showFigure);
    connect(m_cityPage, &CityPage::correctionRequested, this, &MainWindow::correctFigure);
    m_tabs->addTab(m_cityPage, tr("Ci&ty"));
    m_searchPage = new SearchPage(m_searchModel);
    connect(m_searchPage, &SearchPage::searchRequested, this, &MainWindow::runSearch);
    connect(m_searchPage, &SearchPage::figureActivated, m_source, &SourceView::showFigure);
    m_tabs->addTab(m_searchPage, tr("&Search"));

    m_source->textView()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_source->textView(), &QWidget::customContextMenuRequested, this,
            &MainWindow::sourceContextMenu);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_source);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    createMenus();
    resize(1600, 1000);
    reload();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::compareView() const {
    return m_comparePage->view();
}

CityChartView *MainWindow::chartView() const {
    return m_chartPage->chartView();
}

QTableView *MainWindow::citiesView() const {
    return m_citiesPage->view();
}

QTreeView *MainWindow::cityView() const {
    return m_cityPage->view();
}

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Import reports…"), QKeySequence::Open, this,
                        &MainWindow::openImportDialog);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("Export the &chart…"), this, &MainWindow::chooseChartExport);
    fileMenu->addAction(tr("Cop&y the chart"), this, [this] {
        QGuiApplication::clipboard()->setImage(
            ChartRenderer::image(m_store->cityTable(m_parser.catalog()),
                                 m_chartPage->chartView()->options(), QSize(1600, 1000), 192));
        statusBar()->showMessage(tr("The chart is on the clipboard"));
    });
    fileMenu->addAction(tr("Export the &table as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the table"), QString(),
                                                          tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportTableCsv(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Print the comparison report…"), QKeySequence::Print, this,
                        &MainWindow::printReport);
    fileMenu->addAction(tr("Export the comparison report as &PDF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), QString(),
                                                          tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportReportPdf(path, &error))
            QMessageBox::warning(this, tr("Export"), error);
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(tr("&Find in all reports…"), QKeySequence::Find, this, [this] {
        showView(SearchView);
        m_searchPage->focusQuery();
    });

    // Every view from the keyboard: Ctrl+1 … Ctrl+5.
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int view = CompareView; view <= SearchView; ++view) {
        QAction *action = viewMenu->addAction(m_tabs->tabText(view).remove(u'&'), this,
                                              [this, view] { showView(View(view)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + view)));
    }

    QMenu *language = viewMenu->addMenu(tr("&Language"));
    language->addAction(u"中文"_s, this, [this] { emit languageChangeRequested(u"zh_CN"_s); });
    language->addAction(u"English"_s, this, [this] { emit languageChangeRequested(u"en"_s); });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ReportLens"), this, [this] {
        QMessageBox::about(this, tr("About ReportLens"),
                           tr("ReportLens %1\nFigures from trade-union work reports, city by city.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showView(View view) {
    m_tabs->setCurrentIndex(int(view));
}

ReportOptions MainWindow::reportOptions() const {
    ReportOptions options;
    const CityTable &table = m_tableModel->table();
    for (const QString &city : table.cities) {
        if (!m_comparePage->hiddenCities().contains(city))
            options.cities.append(city);
    }
    for (const MetricDefinition &metric : table.metrics) {
        if (!m_comparePage->hiddenMetrics().contains(metric.id))
            options.metrics.append(metric.id);
    }
    // All metrics chosen means "those the cities have": the report leaves out empty rows.
    if (m_comparePage->hiddenMetrics().isEmpty())
        options.metrics.clear();
    options.english = m_english;
    return options;
}

bool MainWindow::exportChart(const QString &path, const QSize &size, int dpi,
                             QString *error) const {
    const CityTable &table = m_tableModel->table();
    return path.endsWith(u".svg", Qt::CaseInsensitive)
               ? ChartRenderer::saveSvg(path, table, m_chartPage->chartView()->options(), size,
                                        error)
               : ChartRenderer::savePng(path, table, m_chartPage->chartView()->options(), size, dpi,
                                        error);
}

bool MainWindow::exportTableCsv(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    // The compare table as numbers with units in the header; any other view as shown.
    switch (View(m_tabs->currentIndex())) {
        case CompareView:
        case ChartView: {
            const ReportOptions options = reportOptions();
            QStringList metrics;
            for (const MetricDefinition &metric : m_tableModel->table().metrics) {
                if (!m_comparePage->hiddenMetrics().contains(metric.id))
                    metrics.append(metric.id);
            }
            CsvExport::writeCityTable(m_tableModel->table(), options.cities, metrics, m_english,
                                      &file);
            break;
        }
        case CitiesView:
            CsvExport::writeModel(citiesView()->model(), &file);
            break;
        case CityView:
            CsvExport::writeModel(cityView()->model(), &file);
            break;
        case SearchView:
            CsvExport::writeModel(m_searchModel, &file, SearchResultsModel::SentenceRole);
            break;
    }
    if (!file.commit()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool MainWindow::exportReportPdf(const QString &path, QString *error) const {
    return ComparisonReport(m_tableModel->table(), reportOptions()).writePdf(path, error);
}

void MainWindow::chooseChartExport() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the chart"), QString(), tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    // Size and resolution: 1600×1000 at 2× unless the user says otherwise.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Chart size"));
    auto *width = new QSpinBox;
    auto *height = new QSpinBox;
    width->setRange(100, 20000);
    height->setRange(100, 20000);
    width->setValue(1600);
    height->setValue(1000);
    auto *dpi = new QComboBox;
    dpi->addItem(tr("96 dpi (1×)"), 96);
    dpi->addItem(tr("192 dpi (2×)"), 192);
    dpi->addItem(tr("288 dpi (3×)"), 288);
    dpi->setCurrentIndex(1);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Width (pixels)"), width);
    form->addRow(tr("Height (pixels)"), height);
    form->addRow(tr("Resolution"), dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!exportChart(path, QSize(width->value(), height->value()), dpi->currentData().toInt(),
                     &error))
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path));
}

void MainWindow::printReport() {
    const ComparisonReport report(m_tableModel->table(), reportOptions());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *target) { report.print(target); });
    preview.exec();
}

QStringList MainWindow::saveScreenshots(const QString &folder) {
    QDir().mkpath(folder);
    resize(1600, 1000);
    QCoreApplication::processEvents();  // laid out at its size before anything scrolls
    // As after a drill-down: the first figure of the table open in the source panel.
    m_comparePage->activateFirstFigure();
    m_searchPage->setQuery(u"困难职工"_s);
    runSearch(m_searchPage->query());
    static const char *const names[] = {"compare", "chart", "cities", "city", "search"};
    QStringList saved;
    for (int view = CompareView; view <= SearchView; ++view) {
        showView(View(view));
        QCoreApplication::processEvents();
        const QString path =
            QDir(folder).filePath(u"%1-%2.png"_s.arg(view + 1).arg(QLatin1StringView(names[view])));
        if (grab().save(path))
            saved.append(path);
    }
    showView(CompareView);
    return saved;
}

void MainWindow::reload() {
    const CityTable table = m_store->cityTable(m_parser.catalog());
    m_tableModel->setTable(table);
    m_chartPage->setTable(table);
    std::vector<CitySummary> cities;
    for (const auto &[city, counts] : m_store->cityCounts())
        cities.push_back({city, counts.first, counts.second});
    m_cityList->setCities(std::move(cities));
    m_cityPage->setCities(table.cities);

    m_comparePage->setChoices(table.cities, table.metrics);  // the user's choice is kept
    if (m_currentCity.isEmpty() || !table.cities.contains(m_currentCity))
        m_currentCity = table.cities.value(0);
    showCity(m_currentCity);
}

void MainWindow::showCity(const QString &city) {
    m_currentCity = city;
    // Only the chosen city's reports are held in memory, however large the database.
    std::vector<Document> documents;
    for (qint64 id : m_store->documentIdsOfCity(city)) {
        if (std::optional<Document> document = m_store->document(id))
            documents.push_back(std::move(*document));
    }
    const int reports = int(documents.size());
    m_cityFigures->setDocuments(m_parser.catalog(), std::move(documents));
    statusBar()->showMessage(tr("%1: %n report(s)", nullptr, reports).arg(city));
    m_cityPage->setCurrentCity(city);
}

Importer::Summary MainWindow::importPaths(const QStringList &paths) {
    QStringList problems;
    const QStringList files = ReportFiles::expand(paths, &problems);
    // The session brought the database in line with the metrics file when it opened it.
    Importer importer(m_store, &m_parser);
    // Shown only when the import takes longer than a moment.
    QProgressDialog progress(tr("Importing reports…"), tr("Cancel"), 0, int(files.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    connect(&progress, &QProgressDialog::canceled, &importer, &Importer::cancel);
    connect(&importer, &Importer::progress, &progress,
            [&progress](int done, int total, qint64 remainingMs) {
                progress.setValue(done);
                progress.setLabelText(tr("Imported %1 of %2 reports, about %3 s left")
                                          .arg(done)
                                          .arg(total)
                                          .arg((remainingMs + 999) / 1000));
                QCoreApplication::processEvents();  // keeps Cancel clickable
            });
    connect(&importer, &Importer::fileProgress, &progress,
            [&progress](const QString &path, qint64 bytesDone, qint64 bytesTotal) {
                progress.setLabelText(tr("Reading %1: %2 of %3 MB")
                                          .arg(QFileInfo(path).fileName())
                                          .arg(bytesDone / 1e6, 0, 'f', 0)
                                          .arg(bytesTotal / 1e6, 0, 'f', 0));
                QCoreApplication::processEvents();
            });
    Importer::Summary summary = importer.run(files);
    progress.setValue(int(files.size()));
    summary.errors = problems + summary.errors;
    reload();
    statusBar()->showMessage(tr("Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5")
                                 .arg(summary.added)
                                 .arg(summary.replaced)
                                 .arg(summary.unchanged)
                                 .arg(summary.failed + int(problems.size()))
                                 .arg(summary.cancelled ? tr(" (cancelled)") : QString()));
    if (!summary.errors.isEmpty() || !summary.warnings.isEmpty())
        QMessageBox::warning(this,
                             summary.errors.isEmpty() ? tr("Imported, with remarks")
                                                      : tr("Some reports could not be imported"),
                             (summary.errors + summary.warnings).join(u'\n'));
    return summary;
}

void MainWindow::importSamplesIfEmpty(const QString &samplesFolder) {
    if (m_store->documentCount() == 0)
        importPaths({samplesFolder});
}

QFileDialog *MainWindow::openImportDialog() {
    const QString filters = FileKinds::dialogFilters().join(u";;"_s);
    auto *dialog = new QFileDialog(this, tr("Import reports"), QString(), filters);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList &files) { importPaths(files); });
    dialog->open();
    return dialog;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

void MainWindow::runSearch(const QString &text) {
    m_searchModel->setHits(m_store->search(text, 200));
    statusBar()->showMessage(tr("%n sentence(s) found", nullptr, m_searchModel->rowCount()));
}

bool MainWindow::correctFigure(const Document &document, const Figure &figure, CorrectionKind kind,
                               const QJsonObject &values) {
    return record(Corrections::ofFigure(document, figure, kind, values),
                  tr("%1 of %2").arg(correctionKindName(kind), figure.raw));
}

bool MainWindow::addSelectedFigure(double value, const QString &unit, const QString &label) {
    const QTextCursor cursor = m_source->textView()->textCursor();
    const Document &document = m_source->document();
    if (!cursor.hasSelection() || document.path.isEmpty())
        return false;
    const Correction correction = Corrections::addedFigure(
        document, cursor.selectionStart(), cursor.selectionEnd(), value, unit, label);
    return record(correction, tr("add figure %1").arg(correction.anchor.raw));
}

bool MainWindow::record(const Correction &correction, const QString &text) {
    auto *command = new CorrectionCommand(&m_corrections, correction, text,
                                          [this](const QString &error) { afterCorrection(error); });
    m_undoStack->push(command);  // runs redo(): stores and applies it
    return command->correctionId() != 0;
}

void MainWindow::afterCorrection(const QString &error) {
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("The correction could not be saved"), error);
    // Everything shown is read again: the views reflect the corrections log.
    m_source->invalidate();
    reload();
}

void MainWindow::sourceContextMenu(const QPoint &position) {
    QTextBrowser *text = m_source->textView();
    std::unique_ptr<QMenu> menu(text->createStandardContextMenu(position));
    const QTextCursor cursor = text->textCursor();
    if (cursor.hasSelection() && !m_source->document().path.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Add the selection as a figure…"), this, [this, cursor] {
            // The engine's own reading of the selection is the starting point.
            const QString selected = cursor.selectedText();
            const std::vector<Figure> found = FigureExtractor::extractFromText(selected);
            bool ok = false;
            const double value = QInputDialog::getDouble(
                this, tr("Add a figure"), tr("Value of “%1”").arg(selected),
                found.empty() ? 0.0 : found.front().value, -1e15, 1e15, 2, &ok);
            if (!ok)
                return;
            const QString unit =
                QInputDialog::getText(this, tr("Add a figure"), tr("Unit"), QLineEdit::Normal,
                                      found.empty() ? QString() : found.front().unit, &ok);
            if (!ok)
                return;
            const QString label = QInputDialog::getText(this, tr("Add a figure"), tr("Label"),
                                                        QLineEdit::Normal, QString(), &ok);
            if (ok)
                addSelectedFigure(value, unit, label);
        });
    }
    menu->exec(text->viewport()->mapToGlobal(position));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_comparePage->setHidden(settings.value(u"compare/hiddenCities"_s).toStringList(),
                             settings.value(u"compare/hiddenMetrics"_s).toStringList());
    m_comparePage->setPerMember(settings.value(u"compare/perMember"_s, false).toBool());
    m_chartPage->setHorizontal(settings.value(u"chart/horizontal"_s, false).toBool());
    m_chartPage->setPerMember(settings.value(u"chart/perMember"_s, false).toBool());
    m_chartPage->setMetric(settings.value(u"chart/metric"_s).toString());
    showView(View(settings.value(u"window/view"_s, int(CompareView)).toInt()));
    reload();  // the choosers show the remembered choice
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
    settings.setValue(u"window/view"_s, m_tabs->currentIndex());
    settings.setValue(u"compare/hiddenCities"_s, m_comparePage->hiddenCities());
    settings.setValue(u"compare/hiddenMetrics"_s, m_comparePage->hiddenMetrics());
    settings.setValue(u"compare/perMember"_s, m_comparePage->perMember());
    settings.setValue(u"chart/horizontal"_s, m_chartPage->horizontal());
    settings.setValue(u"chart/perMember"_s, m_chartPage->perMember());
    settings.setValue(u"chart/metric"_s, m_chartPage->metric());
}

}  // namespace reportlens
