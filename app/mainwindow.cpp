#include "mainwindow.h"

#include "citytable.h"
#include "citytablemodel.h"
#include "citytableproxymodel.h"
#include "correctioncommand.h"
#include "figureextractor.h"
#include "figurelistmodel.h"
#include "reportfiles.h"
#include "reportstore.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

MainWindow::MainWindow(ReportStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_cityModel(new CityTableModel(this))
    , m_cityProxy(new CityTableProxyModel(this))
    , m_figureModel(new FigureListModel(this))
    , m_figureProxy(new FigureListProxyModel(this))
    , m_figureFilter(new QSortFilterProxyModel(this))
    , m_cityView(new QTableView)
    , m_figureView(new QTableView)
    , m_filterEdit(new QLineEdit)
    , m_sourceView(new QTextBrowser)
    , m_sourceLabel(new QLabel)
    , m_undoStack(new QUndoStack(this)) {
    setWindowTitle(tr("ReportLens"));
    setAcceptDrops(true);

    m_cityProxy->setSourceModel(m_cityModel);
    m_cityView->setModel(m_cityProxy);
    m_cityView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cityView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_cityView->setAlternatingRowColors(true);

    m_figureProxy->setSourceModel(m_figureModel);
    m_figureFilter->setSourceModel(m_figureProxy);
    m_figureFilter->setFilterKeyColumn(-1);
    m_figureFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_figureFilter->setSortRole(FigureListModel::SortRole);
    m_figureView->setModel(m_figureFilter);
    m_figureView->setSortingEnabled(true);
    m_figureView->sortByColumn(FigureListModel::CityColumn, Qt::AscendingOrder);
    m_figureView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figureView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figureView->horizontalHeader()->setStretchLastSection(true);
    m_figureView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_filterEdit->setPlaceholderText(tr("Filter figures (city, label, metric, sentence…)"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_figureFilter,
            &QSortFilterProxyModel::setFilterFixedString);

    m_sourceView->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *figurePane = new QWidget;
    auto *figureLayout = new QVBoxLayout(figurePane);
    figureLayout->setContentsMargins(0, 0, 0, 0);
    figureLayout->addWidget(m_filterEdit);
    figureLayout->addWidget(m_figureView);

    auto *sourcePane = new QWidget;
    auto *sourceLayout = new QVBoxLayout(sourcePane);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceLabel->setWordWrap(true);
    sourceLayout->addWidget(m_sourceLabel);
    sourceLayout->addWidget(m_sourceView);

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(figurePane);
    bottom->addWidget(sourcePane);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Vertical);
    main->addWidget(m_cityView);
    main->addWidget(bottom);
    setCentralWidget(main);

    connect(m_cityView, &QTableView::activated, this, &MainWindow::showCitySource);
    connect(m_cityView, &QTableView::clicked, this, &MainWindow::showCitySource);
    connect(m_cityView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        showCity(m_cityModel->headerData(column, Qt::Horizontal).toString());
    });
    connect(m_figureView, &QTableView::activated, this, &MainWindow::showFigureSource);
    connect(m_figureView, &QTableView::clicked, this, &MainWindow::showFigureSource);
    connect(m_figureView, &QWidget::customContextMenuRequested, this,
            &MainWindow::figureContextMenu);
    connect(m_sourceView, &QWidget::customContextMenuRequested, this,
            &MainWindow::sourceContextMenu);

    createMenus();
    resize(1400, 900);
    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Import reports…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ReportLens"), this, [this] {
        QMessageBox::about(this, tr("About ReportLens"),
                           tr("ReportLens %1\nFigures from trade-union work reports, city by city.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::reload() {
    m_cityModel->setTable(m_store->cityTable(m_parser.catalog()));
    const QStringList cities = m_cityModel->table().cities;
    if (m_currentCity.isEmpty() || !cities.contains(m_currentCity))
        m_currentCity = cities.value(0);
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
    m_figureModel->setDocuments(std::move(documents));
    m_figureView->resizeColumnsToContents();
    statusBar()->showMessage(
        tr("%1: %n report(s), %2 figures", nullptr, int(m_figureModel->documents().size()))
            .arg(city)
            .arg(m_figureModel->rowCount()));
}

Importer::Summary MainWindow::importPaths(const QStringList &paths) {
    QStringList problems;
    const QStringList files = ReportFiles::expand(paths, &problems);
    int reparsed = 0;
    QString error;
    if (!m_store->prepareFor(m_parser, &reparsed, &error))
        problems.append(error);
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
    Importer::Summary summary = importer.run(files);
    progress.setValue(int(files.size()));
    summary.errors = problems + summary.errors;
    statusBar()->showMessage(tr("Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5")
                                 .arg(summary.added)
                                 .arg(summary.replaced)
                                 .arg(summary.unchanged)
                                 .arg(summary.failed + int(problems.size()))
                                 .arg(summary.cancelled ? tr(" (cancelled)") : QString()));
    reload();
    if (!summary.errors.isEmpty())
        QMessageBox::warning(this, tr("Some reports could not be imported"),
                             summary.errors.join(u'\n'));
    return summary;
}

void MainWindow::importSamplesIfEmpty(const QString &samplesFolder) {
    if (m_store->documentCount() == 0)
        importPaths({samplesFolder});
}

void MainWindow::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import reports"), QString(), tr("Reports (*.txt *.md);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
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

void MainWindow::showCitySource(const QModelIndex &proxyIndex) {
    if (!proxyIndex.data(CityTableModel::HasFigureRole).toBool())
        return;
    showSource(proxyIndex.data(CityTableModel::PathRole).toString(),
               proxyIndex.data(CityTableModel::StartRole).toLongLong(),
               proxyIndex.data(CityTableModel::EndRole).toLongLong());
}

void MainWindow::showFigureSource(const QModelIndex &proxyIndex) {
    if (!proxyIndex.isValid())
        return;
    showSource(proxyIndex.data(FigureListModel::PathRole).toString(),
               proxyIndex.data(FigureListModel::StartRole).toLongLong(),
               proxyIndex.data(FigureListModel::EndRole).toLongLong());
}

void MainWindow::showSource(const QString &path, qsizetype start, qsizetype end) {
    if (m_sourceDocument.path != path) {
        const std::optional<qint64> id = m_store->documentIdForPath(path);
        std::optional<Document> document = id ? m_store->document(*id) : std::nullopt;
        if (!document)
            return;
        m_sourceDocument = std::move(*document);
        m_sourceView->setPlainText(m_sourceDocument.text);
    }
    // Offsets are code points; the text document counts UTF-16 units like QString.
    QTextCursor cursor(m_sourceView->document());
    cursor.setPosition(int(m_sourceDocument.utf16Offset(start)));
    cursor.setPosition(int(m_sourceDocument.utf16Offset(end)), QTextCursor::KeepAnchor);
    m_sourceView->setTextCursor(cursor);
    m_sourceView->ensureCursorVisible();
    m_sourceLabel->setText(tr("%1 — %2, characters %3–%4")
                               .arg(m_sourceDocument.title, m_sourceDocument.city)
                               .arg(start)
                               .arg(end));
}

bool MainWindow::correctFigure(const QModelIndex &figureViewIndex, CorrectionKind kind,
                               const QJsonObject &values) {
    const QModelIndex source =
        m_figureProxy->mapToSource(m_figureFilter->mapToSource(figureViewIndex));
    const Document *document = m_figureModel->documentAt(source);
    const Figure *figure = m_figureModel->figureAt(source);
    if (!document || !figure)
        return false;
    Correction correction;
    correction.kind = kind;
    correction.anchor = FigureAnchor::of(*document, *figure);
    correction.values = values;
    correction.author = qEnvironmentVariable("USER");
    const QString text = tr("%1 of %2").arg(correctionKindName(kind), figure->raw);
    auto *command = new CorrectionCommand(m_store, correction, text,
                                          [this](const QString &error) { afterCorrection(error); });
    m_undoStack->push(command);  // runs redo(): stores and applies it
    return command->correctionId() != 0;
}

bool MainWindow::addSelectedFigure(double value, const QString &unit, const QString &label) {
    const QTextCursor cursor = m_sourceView->textCursor();
    if (!cursor.hasSelection() || m_sourceDocument.path.isEmpty())
        return false;
    Correction correction;
    correction.kind = CorrectionKind::AddFigure;
    correction.anchor =
        FigureAnchor::ofSelection(m_sourceDocument, cursor.selectionStart(), cursor.selectionEnd());
    correction.values = {{u"value"_s, value},
                         {u"unit"_s, unit},
                         {u"qualifier"_s, u"exact"_s},
                         {u"label"_s, label},
                         {u"metric"_s, QJsonValue::Null}};
    correction.author = qEnvironmentVariable("USER");
    auto *command =
        new CorrectionCommand(m_store, correction, tr("add figure %1").arg(correction.anchor.raw),
                              [this](const QString &error) { afterCorrection(error); });
    m_undoStack->push(command);
    return command->correctionId() != 0;
}

void MainWindow::afterCorrection(const QString &error) {
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("The correction could not be saved"), error);
    // Everything shown is read again: the table and the figures reflect the log.
    const QString city = m_currentCity;
    m_cityModel->setTable(m_store->cityTable(m_parser.catalog()));
    showCity(city);
    m_sourceDocument = Document();
}

void MainWindow::figureContextMenu(const QPoint &position) {
    const QModelIndex index = m_figureView->indexAt(position);
    if (!index.isValid())
        return;
    const QModelIndex source = m_figureProxy->mapToSource(m_figureFilter->mapToSource(index));
    const Figure *figure = m_figureModel->figureAt(source);
    if (!figure)
        return;
    const Figure shown = *figure;  // the model is reloaded by the correction
    QMenu menu(this);
    menu.addAction(tr("Not a figure"), this,
                   [this, index, shown] { correctFigure(index, CorrectionKind::Reject, {}); });
    menu.addAction(tr("Change value…"), this, [this, index, shown] {
        bool ok = false;
        const double value = QInputDialog::getDouble(this, tr("Change value"), shown.raw,
                                                     shown.value, -1e15, 1e15, 2, &ok);
        if (ok)
            correctFigure(index, CorrectionKind::SetValue, {{u"value"_s, value}});
    });
    menu.addAction(tr("Change unit…"), this, [this, index, shown] {
        bool ok = false;
        const QString unit = QInputDialog::getText(this, tr("Change unit"), shown.raw,
                                                   QLineEdit::Normal, shown.unit, &ok);
        if (ok)
            correctFigure(index, CorrectionKind::SetUnit, {{u"unit"_s, unit}});
    });
    menu.addAction(tr("Change qualifier…"), this, [this, index, shown] {
        const QStringList names = {u"exact"_s, u"approx"_s, u"over"_s, u"under"_s};
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Change qualifier"), shown.raw, names,
                                  int(names.indexOf(qualifierName(shown.qualifier))), false, &ok);
        if (ok)
            correctFigure(index, CorrectionKind::SetQualifier, {{u"qualifier"_s, chosen}});
    });
    menu.addAction(tr("Change label…"), this, [this, index, shown] {
        bool ok = false;
        const QString label = QInputDialog::getText(this, tr("Change label"), shown.raw,
                                                    QLineEdit::Normal, shown.label, &ok);
        if (ok)
            correctFigure(index, CorrectionKind::SetLabel, {{u"label"_s, label}});
    });
    menu.addSeparator();
    menu.addAction(tr("Assign to a metric…"), this, [this, index, shown] {
        QStringList names;
        for (const MetricDefinition &metric : m_parser.catalog().metrics())
            names.append(u"%1 — %2 (%3)"_s.arg(metric.nameZh, metric.nameEn, metric.id));
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(this, tr("Assign to a metric"), shown.raw, names, 0, false, &ok);
        if (!ok)
            return;
        const QString id = chosen.section(u'(', -1).chopped(1);
        correctFigure(index, CorrectionKind::SetMetric, {{u"metric"_s, id}});
    });
    if (!shown.metric.isEmpty()) {
        menu.addAction(tr("Take off its metric"), this, [this, index, shown] {
            correctFigure(index, CorrectionKind::SetMetric, {{u"metric"_s, QJsonValue::Null}});
        });
        menu.addAction(tr("Use for the table cell"), this, [this, index, shown] {
            correctFigure(index, CorrectionKind::ChooseForCell, {{u"metric"_s, shown.metric}});
        });
    }
    menu.exec(m_figureView->viewport()->mapToGlobal(position));
}

void MainWindow::sourceContextMenu(const QPoint &position) {
    std::unique_ptr<QMenu> menu(m_sourceView->createStandardContextMenu(position));
    const QTextCursor cursor = m_sourceView->textCursor();
    if (cursor.hasSelection() && !m_sourceDocument.path.isEmpty()) {
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
    menu->exec(m_sourceView->viewport()->mapToGlobal(position));
}

}  // namespace reportlens
