#include "mainwindow.h"

#include "metricpicker.h"

#include "chartpage.h"
#include "citiespage.h"
#include "citypage.h"
#include "citytableproxymodel.h"
#include "comparepage.h"
#include "correctioncommand.h"
#include "correctionspage.h"
#include "correctiontext.h"
#include "engine/reviewqueue.h"
#include "exportcontroller.h"
#include "importcontroller.h"
#include "items/cityfiguresmodel.h"
#include "items/citylistmodel.h"
#include "items/citytablemodel.h"
#include "items/correctionlogmodel.h"
#include "items/reviewmodel.h"
#include "items/searchresultsmodel.h"
#include "items/trendmodel.h"
#include "reviewpage.h"
#include "screenshots.h"
#include "searchpage.h"
#include "services/backgroundcount.h"
#include "sourceview.h"
#include "storage/changefeed.h"
#include "storage/reportstore.h"
#include "trendpage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeView>
#include <QUndoStack>

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
    m_tableProxy->setSourceModel(m_tableModel);
    m_tableProxy->setEnglishNames(english);
    createPages();
    connect(m_source, &SourceView::figureAdditionRequested, this, &MainWindow::addSelectedFigure);
    m_imports = new ImportController(store->location(), m_parser.catalog(), this);
    connect(m_imports, &ImportController::finished, this, [this](const Importer::Summary &summary) {
        reload();
        emit importFinished(summary);
    });
    m_exports = new ExportController(m_tableModel, m_comparePage, m_chartPage, english, this);
    m_exports->setCorrectionsReader([this] { return m_store->corrections(); });
    m_exports->setShownModel([this](int *role) { return shownModel(role); });
    m_counts = new BackgroundCount(store->location(), this);
    connect(m_counts, &BackgroundCount::counted, m_tableModel, &CityTableModel::setCandidateCounts);
    connect(m_counts, &BackgroundCount::failed, this,
            [this](const QString &error) { statusBar()->showMessage(error); });
    // A city's figures are read when its view is shown: the first city of a large database
    // holds thousands of reports, which the first frame does not wait for.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int view) {
        if (view == CityView && !m_cityShown)
            showCity(m_currentCity);
        if (view == CorrectionsView && !m_logShown)
            showLog();
        if (view == ReviewView && !m_reviewShown)
            showReview();
        if (view == TrendView && !m_trendShown)
            showTrend(m_trend->metric().isEmpty() ? u"members"_s : m_trend->metric());
    });

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_source);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    createMenus();
    resize(1600, 1000);
    restoreSettings();  // reads the database once the choices are back
    // What another process imports or corrects shows without a restart; this window's own
    // imports are shown when they finish.
    connect(store->changes(), &ChangeFeed::changedElsewhere, this, [this] {
        if (m_imports->isRunning())
            return;
        reload();
        statusBar()->showMessage(tr("Updated: another program changed the database"), 5000);
    });
    store->changes()->start();
}

// The change feed is the store's and runs on: a window made for another language starts it
// again before this one goes.
MainWindow::~MainWindow() = default;

// Each page is given its models and asks for what it needs by signals.
void MainWindow::createPages() {
    m_comparePage =
        new ComparePage(m_tableProxy, [this](const QString &city, const QString &metric) {
            return m_store->cellCandidates(city, metric, m_comparePage->reportSelection());
        });
    connect(m_comparePage, &ComparePage::reportSelectionChanged, this, &MainWindow::reload);
    connect(m_comparePage, &ComparePage::candidateChosen, this,
            [this](const FigureAnchor &candidate, const QString &metric) {
                record(Corrections::chosenForCell(candidate, metric),
                       CorrectionText::step(CorrectionKind::ChooseForCell, QString(),
                                            CorrectionText::metricName(
                                                metric, m_parser.catalog().metrics(), m_english),
                                            candidate.raw));
            });
    m_chartPage =
        new ChartPage(m_parser.catalog().metrics(), m_english, m_parser.catalog().groups());
    m_citiesPage = new CitiesPage(m_cityList, m_english);
    connect(m_citiesPage, &CitiesPage::cityChosen, this, [this](const QString &city) {
        showCity(city);
        showView(CityView);
    });
    connect(m_citiesPage, &CitiesPage::unknownPlaceNamed, this, &MainWindow::nameUnknownPlace);
    m_cityPage = new CityPage(m_cityFigures, m_parser.catalog().metrics());
    m_cityPage->setEnglishNames(m_english);
    connect(m_cityPage, &CityPage::cityChosen, this, &MainWindow::showCity);
    connect(m_cityPage, &CityPage::correctionRequested, this, &MainWindow::correctFigure);
    m_searchPage = new SearchPage(m_searchModel);
    connect(m_searchPage, &SearchPage::searchRequested, this, &MainWindow::runSearch);
    // Every page's figures open in the source panel.
    connect(m_comparePage, &ComparePage::figureActivated, m_source, &SourceView::showFigure);
    connect(m_chartPage, &ChartPage::figureActivated, m_source, &SourceView::showFigure);
    connect(m_cityPage, &CityPage::figureActivated, m_source, &SourceView::showFigure);
    connect(m_searchPage, &SearchPage::figureActivated, m_source, &SourceView::showFigure);
    m_tabs->addTab(m_comparePage, tr("&Compare"));
    m_tabs->addTab(m_chartPage, tr("C&hart"));
    m_tabs->addTab(m_citiesPage, tr("C&ities"));
    m_tabs->addTab(m_cityPage, tr("Ci&ty"));
    m_tabs->addTab(m_searchPage, tr("&Search"));
    m_log = new CorrectionLogModel(this);
    m_correctionsPage = new CorrectionsPage(m_log, m_parser.catalog().metrics(), m_english);
    connect(m_correctionsPage, &CorrectionsPage::revertRequested, this,
            [this](qint64 id, bool revert, const QString &text) {
                m_undoStack->push(
                    new RevertCommand(&m_corrections, id, revert, text,
                                      [this](const QString &error) { afterCorrection(error); }));
            });
    connect(m_correctionsPage, &CorrectionsPage::sourceRequested, this,
            [this](const QString &path) { m_source->showFigure(path, 0, 0); });
    m_tabs->addTab(m_correctionsPage, tr("Co&rrections"));
    m_review = new ReviewModel(this);
    m_reviewPage = new ReviewPage(
        m_review,
        [this](const QString &city, const QString &metric) {
            return m_store->cellCandidates(city, metric, m_comparePage->reportSelection());
        },
        m_parser.catalog().metrics(), m_english);
    connect(m_reviewPage, &ReviewPage::chosen, this,
            [this](const FigureAnchor &candidate, const QString &metric, const QString &text) {
                record(Corrections::chosenForCell(candidate, metric), text);
            });
    connect(m_reviewPage, &ReviewPage::rejected, this,
            [this](const FigureAnchor &figure, const QString &text) {
                record(Corrections::ofAnchor(figure, CorrectionKind::Reject), text);
            });
    connect(m_reviewPage, &ReviewPage::leftUnplaced, this,
            [this](const FigureAnchor &figure, const QString &text) {
                record(Corrections::ofAnchor(figure, CorrectionKind::SetMetric,
                                             {{u"metric"_s, QJsonValue::Null}}),
                       text);
            });
    connect(m_reviewPage, &ReviewPage::sourceRequested, m_source, &SourceView::showFigure);
    m_tabs->addTab(m_reviewPage, tr("Revie&w"));
    m_trend = new TrendModel(this);
    m_trendPage = new TrendPage(m_trend, m_parser.catalog().metrics(), m_english);
    connect(m_trendPage, &TrendPage::metricChosen, this, &MainWindow::showTrend);
    connect(m_trendPage, &TrendPage::sourceRequested, m_source, &SourceView::showFigure);
    m_tabs->addTab(m_trendPage, tr("Tre&nd"));
}

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Import reports…"), QKeySequence::Open, this,
                        &MainWindow::openImportDialog);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("Export the &chart…"), m_exports, &ExportController::chooseChartExport);
    fileMenu->addAction(tr("Cop&y the chart"), m_exports, &ExportController::copyChart);
    fileMenu->addAction(tr("Export the &table as CSV…"), m_exports,
                        &ExportController::chooseTableCsv);
    fileMenu->addAction(tr("Export the table as &Excel…"), m_exports,
                        &ExportController::chooseTableXlsx);
    fileMenu->addAction(tr("Export the t&rend as CSV…"), this, [this] {
        m_exports->saveAs(
            tr("Export the trend"), tr("CSV (*.csv)"), [this](const QString &path, QString *error) {
                if (!m_trendShown)  // its points as stored now
                    showTrend(m_trend->metric().isEmpty() ? u"members"_s : m_trend->metric());
                return m_exports->exportTrendCsv(path, *m_trend, error);
            });
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Print the comparison report…"), QKeySequence::Print, m_exports,
                        &ExportController::printReport);
    fileMenu->addAction(tr("Export the comparison report as &PDF…"), m_exports,
                        &ExportController::chooseReportPdf);
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
    editMenu->addAction(tr("Your &name in corrections…"), this, [this] {
        QSettings settings;
        bool accepted = false;
        const QString name = QInputDialog::getText(
            this, tr("Your name in corrections"),
            tr("Corrections are signed with this name (empty: your login name, %1):")
                .arg(qEnvironmentVariable("USER")),
            QLineEdit::Normal, settings.value(Corrections::kAuthorSetting).toString(), &accepted);
        if (accepted)
            settings.setValue(Corrections::kAuthorSetting, name.trimmed());
    });
    editMenu->addAction(tr("&Find in all reports…"), QKeySequence::Find, this, [this] {
        showView(SearchView);
        m_searchPage->focusQuery();
    });

    // Every view from the keyboard: Ctrl+1 … Ctrl+5.
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int view = CompareView; view <= TrendView; ++view) {
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

void MainWindow::reload() {
    // The table at once; how many candidates compete for each cell follows (BackgroundCount).
    const CityTable table = m_store->cityTable(m_parser.catalog(), m_comparePage->reportSelection(),
                                               CandidateCounting::WhetherAny);
    m_tableModel->setTable(table);
    m_comparePage->setReportPeriods(table.reportPeriods);
    // The unplaced figures are read when the Review view is shown.
    m_reviewShown = false;
    if (m_tabs->currentIndex() == ReviewView)
        showReview();
    else
        m_review->setItems(ReviewQueue::itemsOf(table));
    m_counts->start();
    m_comparePage->metricPicker()->setEnglish(m_english);
    // The user's choice is kept.
    m_comparePage->setChoices(table.cities, table.metrics, m_parser.catalog().groups());
    m_exports->setMetricGroups(m_parser.catalog().groups());
    m_chartPage->setTable(table);
    std::vector<CitySummary> cities;
    for (const auto &[city, counts] : m_store->cityCounts())
        cities.push_back({city, counts.first, counts.second});
    m_cityList->setCities(std::move(cities));
    m_cityPage->setCities(table.cities);
    if (m_currentCity.isEmpty() || !table.cities.contains(m_currentCity))
        m_currentCity = table.cities.value(0);
    m_cityShown = false;
    if (m_tabs->currentIndex() == CityView)
        showCity(m_currentCity);
    m_logShown = false;
    if (m_tabs->currentIndex() == CorrectionsView)
        showLog();
    m_trendShown = false;
    if (m_tabs->currentIndex() == TrendView)
        showTrend(m_trend->metric().isEmpty() ? u"members"_s : m_trend->metric());
}

void MainWindow::showReview() {
    m_reviewShown = true;
    // Enough of each place's figures for a person's queue, however large the database.
    constexpr int kUnplacedPerPlace = 2000;
    QString error;
    const std::vector<UnplacedFigure> unplaced =
        m_store->unplacedFigures(m_comparePage->reportSelection(), kUnplacedPerPlace, &error);
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    m_review->setItems(ReviewQueue::itemsOf(m_tableModel->table(), m_parser.catalog(), unplaced));
}

void MainWindow::showTrend(const QString &metric) {
    m_trendShown = true;
    QString error;
    std::vector<TrendPoint> points = m_store->trend(metric, &error);
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    m_trend->setTrend(metric, std::move(points));
}

void MainWindow::showLog() {
    m_logShown = true;
    QString error;
    std::vector<Correction> corrections = m_store->corrections(&error);
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    QHash<QString, QString> places;  // report path -> its place
    QStringList placeNames;
    if (!corrections.empty()) {
        for (const DocumentSummary &document : m_store->documents()) {
            places.insert(document.path, document.city);
            if (!document.city.isEmpty() && !placeNames.contains(document.city))
                placeNames.append(document.city);
        }
    }
    std::vector<CorrectionLogEntry> entries;
    entries.reserve(corrections.size());
    for (Correction &correction : corrections) {
        const QString place = places.value(correction.anchor.documentPath);
        entries.push_back({std::move(correction), place});
    }
    sortCities(&placeNames);
    m_correctionsPage->setPlaces(placeNames);
    m_log->setEntries(std::move(entries));
}

void MainWindow::showCity(const QString &city) {
    m_currentCity = city;
    m_cityShown = true;
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

void MainWindow::runSearch(const QString &text) {
    QString error;
    m_searchModel->setHits(m_store->search(text, 200, &error));
    // A search that failed is not "nothing found"; one that scanned the sentences says why.
    m_searchPage->setProblem(error.isEmpty() ? m_store->searchIndexProblem() : error);
    statusBar()->showMessage(
        error.isEmpty() ? tr("%n sentence(s) found", nullptr, m_searchModel->rowCount()) : error);
}

const QAbstractItemModel *MainWindow::shownModel(int *role) const {
    const View view = View(m_tabs->currentIndex());
    *role = view == SearchView ? int(SearchResultsModel::SentenceRole) : int(Qt::DisplayRole);
    switch (view) {
        case CitiesView:
            return citiesView()->model();
        case CityView:
            return cityView()->model();
        case SearchView:
            return m_searchModel;
        case CorrectionsView:
            return m_correctionsPage->view()->model();
        case TrendView:
            return m_trendPage->pointsView()->model();
        default:
            return nullptr;
    }
}

QStringList MainWindow::saveScreenshots(const QString &folder) {
    return Screenshots::save(this, folder);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

bool MainWindow::correctFigure(const Document &document, const Figure &figure, CorrectionKind kind,
                               const QJsonObject &values) {
    return record(
        Corrections::ofFigure(document, figure, kind, values),
        CorrectionText::step(kind, document.city,
                             figure.metric.isEmpty()
                                 ? QString()
                                 : CorrectionText::metricName(
                                       figure.metric, m_parser.catalog().metrics(), m_english),
                             figure.raw));
}

bool MainWindow::addSelectedFigure(double value, const QString &unit, const QString &label) {
    const QTextCursor cursor = m_source->textView()->textCursor();
    const Document &document = m_source->document();
    if (!cursor.hasSelection() || document.path.isEmpty())
        return false;
    const Correction correction = Corrections::addedFigure(
        document, cursor.selectionStart(), cursor.selectionEnd(), value, unit, label);
    return record(correction, CorrectionText::step(CorrectionKind::AddFigure, document.city,
                                                   QString(), correction.anchor.raw));
}

void MainWindow::nameUnknownPlace(const QString &place) {
    QString error;
    if (!m_corrections.nameUnknownPlace(place, &error))
        QMessageBox::warning(this, tr("Set the place"), error);
    reload();
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

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_comparePage->restoreSettings(settings);
    m_chartPage->restoreSettings(settings);
    reload();  // the choosers show the remembered choice
    // After the table: the City view, if it was the last one, reads its city once.
    showView(View(settings.value(u"window/view"_s, int(CompareView)).toInt()));
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        settings.setValue(u"window/splitter"_s, splitter->saveState());
    settings.setValue(u"window/view"_s, m_tabs->currentIndex());
    m_comparePage->saveSettings(&settings);
    m_chartPage->saveSettings(&settings);
}

bool MainWindow::importSamplesIfEmpty(const QString &samplesFolder) {
    return m_store->documentCount() == 0 && m_imports->start({samplesFolder});
}

}  // namespace reportlens
