#include "mainwindow.h"

#include "citytable.h"
#include "citytablemodel.h"
#include "citytableproxymodel.h"
#include "figurelistmodel.h"
#include "reportfiles.h"
#include "reportparser.h"

#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_cityModel(new CityTableModel(this))
    , m_cityProxy(new CityTableProxyModel(this))
    , m_figureModel(new FigureListModel(this))
    , m_figureProxy(new FigureListProxyModel(this))
    , m_figureFilter(new QSortFilterProxyModel(this))
    , m_cityView(new QTableView)
    , m_figureView(new QTableView)
    , m_filterEdit(new QLineEdit)
    , m_sourceView(new QTextBrowser)
    , m_sourceLabel(new QLabel) {
    setWindowTitle(tr("ReportLens"));
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
    m_figureView->horizontalHeader()->setStretchLastSection(true);
    m_filterEdit->setPlaceholderText(tr("Filter figures (city, label, metric, sentence…)"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_figureFilter,
            &QSortFilterProxyModel::setFilterFixedString);

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
    connect(m_figureView, &QTableView::activated, this, &MainWindow::showFigureSource);
    connect(m_figureView, &QTableView::clicked, this, &MainWindow::showFigureSource);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open reports…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ReportLens"), this, [this] {
        QMessageBox::about(this, tr("About ReportLens"),
                           tr("ReportLens %1\nFigures from trade-union work reports, city by city.")
                               .arg(QApplication::applicationVersion()));
    });
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::openPaths(const QStringList &paths) {
    QStringList problems;
    const QStringList files = ReportFiles::expand(paths, &problems);
    const ReportParser parser;
    std::vector<Document> documents = m_figureModel->documents();
    for (const QString &file : files) {
        Document document;
        QString error;
        if (parser.parseFile(file, &document, &error))
            documents.push_back(std::move(document));
        else
            problems.append(error);
    }
    CityTableBuilder builder(parser.catalog());
    for (const Document &document : documents)
        builder.addDocument(document);
    m_cityModel->setTable(builder.table());
    m_figureModel->setDocuments(std::move(documents));
    m_figureView->resizeColumnsToContents();
    statusBar()->showMessage(
        tr("%n report(s), %1 figures", nullptr, int(m_figureModel->documents().size()))
            .arg(m_figureModel->rowCount()));
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some reports could not be read"), problems.join(u'\n'));
}

void MainWindow::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open reports"), QString(), tr("Reports (*.txt *.md);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
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
    for (const Document &document : m_figureModel->documents()) {
        if (document.path != path)
            continue;
        m_sourceView->setPlainText(document.text);
        // Offsets are code points; the text document counts UTF-16 units like QString.
        auto toUtf16 = [&](qsizetype codePoints) {
            qsizetype units = 0;
            for (qsizetype seen = 0; seen < codePoints && units < document.text.size(); ++seen)
                units += document.text.at(units).isHighSurrogate() ? 2 : 1;
            return units;
        };
        QTextCursor cursor(m_sourceView->document());
        cursor.setPosition(int(toUtf16(start)));
        cursor.setPosition(int(toUtf16(end)), QTextCursor::KeepAnchor);
        m_sourceView->setTextCursor(cursor);
        m_sourceView->ensureCursorVisible();
        m_sourceLabel->setText(
            tr("%1 — %2, characters %3–%4").arg(document.title, document.city).arg(start).arg(end));
        return;
    }
}

}  // namespace reportlens
