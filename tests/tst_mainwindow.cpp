// The dashboard on the offscreen platform: drill-down from a compare cell and from a chart
// bar, corrections that show in the compare table, undo and survive a restart, drag-and-
// drop import, a figure added from a selection, and every model under the model tester.
#include "citychartview.h"
#include "engine/input/filekinds.h"
#include "importcontroller.h"
#include "importfixtures.h"
#include "items/cityfiguresmodel.h"
#include "items/citylistmodel.h"
#include "items/citytablemodel.h"
#include "mainwindow.h"
#include "reportfixtures.h"
#include "seedhelpers.h"
#include "services/session.h"
#include "sourceview.h"
#include "storage/reportstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

QModelIndex findCell(QAbstractItemModel *model, const QString &city, const QString &metric) {
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data(CityTableModel::CityRole) == city &&
                index.data(CityTableModel::MetricIdRole) == metric)
                return index;
        }
    }
    return {};
}

// The city view's row of the figure written raw, searched through the groups.
QModelIndex findFigure(CityFiguresModel *model, const QString &raw) {
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, CityFiguresModel::RawColumn, parent);
            if (index.data().toString() == raw)
                return index;
        }
    }
    return {};
}

}  // namespace

// Imports through the window as the user does and waits for the end; the summary.
std::optional<Importer::Summary> importAndWait(MainWindow *window, const QStringList &paths) {
    QSignalSpy finished(window, &MainWindow::importFinished);
    if (!finished.isValid() || !window->importPaths(paths) || !finished.wait(120000))
        return std::nullopt;
    return finished.at(0).at(0).value<Importer::Summary>();
}

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartImportsTheSamples();
    void windowAndCommandLineShowTheSameCells();
    void everyModelPassesTheTester();
    void doubleClickingACompareCellShowsItsSentence();
    void clickingABarShowsItsSentence();
    void previousAndNextFigure();
    void correctionShowsUndoesAndSurvivesRestart();
    void perMemberSwitch();
    void editingInPlaceIsACorrection();
    void settingsAreRemembered();
    void cityViewGroupedBySection();
    void searchOpensTheSource();
    void droppedFilesAreImported();
    void importDialogOffersEveryKindAndImportsOneOfEach();
    void badFilesAreNamedInTheWindow();
    void figureAddedFromSelection();
    void windowKeepsTurningDuringALargeImport();

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
};

void TestMainWindow::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_location.sqlitePath = m_dir.filePath(u"window.sqlite"_s);
    // Settings of the test's own, not the user's.
    QCoreApplication::setOrganizationName(u"ReportLensTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(u"settings"_s));
    QSettings().clear();
}

void TestMainWindow::firstStartImportsTheSamples() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    QCOMPARE(window.compareView()->model()->columnCount(), 0);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(finished.isValid());
    QVERIFY(window.importSamplesIfEmpty(QStringLiteral(REPORTLENS_SEEDS_DIR)));
    QVERIFY(finished.wait(120000));
    QCOMPARE(store.documentCount(), 5);
    QCOMPARE(window.compareView()->model()->columnCount(), 5);
    QCOMPARE(window.citiesView()->model()->rowCount(), 5);
    window.showView(MainWindow::CityView);  // its figures are read when it is shown
    QVERIFY(window.cityFigures()->rowCount() > 3);
    // A second start does not import them again.
    QVERIFY(!window.importSamplesIfEmpty(QStringLiteral(REPORTLENS_SEEDS_DIR)));
    QCOMPARE(store.documentCount(), 5);
}

void TestMainWindow::windowAndCommandLineShowTheSameCells() {
    // A database an older metrics file classified, twice: one for each way in.
    const QString windowDb = m_dir.filePath(u"older-window.sqlite"_s);
    const QString commandLineDb = m_dir.filePath(u"older-cli.sqlite"_s);
    const QString seeds = QStringLiteral(REPORTLENS_SEEDS_DIR);
    QString error;
    {
        Session older({windowDb, olderMetricsFile(), Session::EmptyDatabase::ImportSeeds, seeds});
        QVERIFY2(older.open(&error), qPrintable(error));
    }
    QVERIFY(QFile::copy(windowDb, commandLineDb));

    // The window, opened as main() opens it.
    Session session(
        {windowDb, MetricCatalog::builtIn(), Session::EmptyDatabase::ImportSeeds, seeds});
    QVERIFY2(session.open(&error), qPrintable(error));
    MainWindow window(&session.store());
    QStringList windowCells;
    QAbstractItemModel *model = window.compareView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (index.data(CityTableModel::ValueRole).isValid())
                windowCells.append(u"%1 %2 %3"_s.arg(
                    index.data(CityTableModel::CityRole).toString(),
                    index.data(CityTableModel::MetricIdRole).toString(),
                    QString::number(index.data(CityTableModel::ValueRole).toDouble(), 'g', 15)));
        }
    }

    // reportlens table, as a user runs it.
    QProcess process;
    process.start(QStringLiteral(REPORTLENS_EXECUTABLE),
                  {u"table"_s, u"--db"_s, commandLineDb, u"--format"_s, u"json"_s});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QStringList commandLineCells;
    const QJsonArray cells = QJsonDocument::fromJson(process.readAllStandardOutput())
                                 .object()
                                 .value(u"cells"_s)
                                 .toArray();
    for (const QJsonValue &cell : cells)
        commandLineCells.append(
            u"%1 %2 %3"_s.arg(cell[u"city"_s].toString(), cell[u"metric"_s].toString(),
                              QString::number(cell[u"value"_s].toDouble(), 'g', 15)));

    windowCells.sort();
    commandLineCells.sort();
    QCOMPARE(windowCells, commandLineCells);
    QVERIFY(windowCells.filter(u" union_orgs "_s).size() >= 3);  // what the older file missed
}

void TestMainWindow::importDialogOffersEveryKindAndImportsOneOfEach() {
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ReportStore store;
    QString error;
    DatabaseLocation location;
    location.sqlitePath = folder.filePath(u"kinds.sqlite"_s);
    QVERIFY2(store.open(location, &error), qPrintable(error));
    MainWindow window(&store);
    QFileDialog *dialog = window.openImportDialog();
    const QStringList filters = dialog->nameFilters();
    dialog->reject();
    // All reports, each of the six kinds, all files.
    QCOMPARE(FileKinds::all().size(), size_t(6));
    QCOMPARE(filters.size(), 8);
    for (const QString &pattern :
         {u"*.txt"_s, u"*.text"_s, u"*.md"_s, u"*.html"_s, u"*.htm"_s, u"*.docx"_s, u"*.pdf"_s}) {
        QVERIFY2(filters.first().contains(pattern), qPrintable(filters.first()));
        QCOMPARE(filters.filter(pattern).size(), 2);  // in "Reports" and in its own kind
    }

    const QStringList files = reportfixtures::writeOneOfEachKind(folder.path());
    QCOMPARE(files.size(), 6);
    const std::optional<Importer::Summary> imported = importAndWait(&window, files);
    QVERIFY(imported);
    const Importer::Summary &summary = *imported;
    QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
    QCOMPARE(summary.added, 6);
    QStringList cities;
    for (int row = 0; row < window.citiesView()->model()->rowCount(); ++row)
        cities.append(
            window.citiesView()->model()->index(row, 0).data(CityListModel::CityRole).toString());
    cities.sort();
    QStringList expected = {u"泉州市"_s, u"厦门市"_s, u"漳州市"_s,
                            u"三明市"_s, u"莆田市"_s, u"南平市"_s};
    expected.sort();
    QCOMPARE(cities, expected);
}

void TestMainWindow::everyModelPassesTheTester() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester compare(window.compareView()->model(), mode);
    QAbstractItemModelTester cities(window.citiesView()->model(), mode);
    QAbstractItemModelTester city(window.cityView()->model(), mode);
    QListView *results = window.views()->widget(MainWindow::SearchView)->findChild<QListView *>();
    QVERIFY(results);
    QAbstractItemModelTester search(results->model(), mode);
    // Changes under the testers: a reload, another city, a search, per member.
    window.reload();
    window.showCity(u"漳州市"_s);
    auto *edit = window.views()->widget(MainWindow::SearchView)->findChild<QLineEdit *>();
    edit->setText(u"驿站"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(results->model()->rowCount() > 0);
    QVERIFY(window.cityView()->model()->rowCount() > 0);
}

void TestMainWindow::doubleClickingACompareCellShowsItsSentence() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::CompareView);
    QTableView *view = window.compareView();
    const QModelIndex cell = findCell(view->model(), u"肇庆市"_s, u"union_orgs"_s);
    QVERIFY(cell.isValid());
    view->scrollTo(cell);
    QSignalSpy doubleClicked(view, &QAbstractItemView::doubleClicked);
    QVERIFY(doubleClicked.isValid());
    // A double click as the platform delivers it: a click, then the double click.
    const QPoint center = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QVERIFY(window.sourceView()->markedText().isEmpty());  // one click only selects
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(doubleClicked.count(), 1);
    QCOMPARE(window.sourceView()->markedText(), u"5397家"_s);
    QCOMPARE(window.sourceView()->highlightedSentence(),
             u"组织体系完善,全市建立工会组织5397家,涵盖单位29063家,会员609204人。"_s);
    QCOMPARE(window.sourceView()->document().city, u"肇庆市"_s);
}

void TestMainWindow::clickingABarShowsItsSentence() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    window.showView(MainWindow::ChartView);
    auto *metric = window.views()->widget(MainWindow::ChartView)->findChild<QComboBox *>();
    metric->setCurrentIndex(metric->findData(u"members"_s));
    CityChartView *chart = window.chartView();
    QCOMPARE(chart->metrics(), QStringList{u"members"_s});
    // Ranked: the largest first.
    const QStringList cities = chart->chartData().cities;
    QCOMPARE(cities.front(), u"漳州市"_s);
    const int zhaoqing = int(cities.indexOf(u"肇庆市"_s));
    QVERIFY(zhaoqing >= 0);
    QBarSet *bars = chart->barSet(0);
    QVERIFY(bars);
    QCOMPARE(bars->at(zhaoqing), 60.9204);  // in 万
    emit bars->clicked(zhaoqing);
    QCOMPARE(window.sourceView()->markedText(), u"609204人"_s);
    QVERIFY(window.sourceView()->highlightedSentence().contains(u"会员609204人"_s));
}

void TestMainWindow::previousAndNextFigure() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    const QModelIndex cell =
        findCell(window.compareView()->model(), u"肇庆市"_s, u"covered_units"_s);
    QVERIFY(window.sourceView()->showFigure(cell.data(CityTableModel::PathRole).toString(),
                                            cell.data(CityTableModel::StartRole).toLongLong(),
                                            cell.data(CityTableModel::EndRole).toLongLong()));
    QCOMPARE(window.sourceView()->markedText(), u"29063家"_s);
    auto *next = window.sourceView()->findChild<QToolButton *>(u"nextFigure"_s);
    auto *previous = window.sourceView()->findChild<QToolButton *>(u"previousFigure"_s);
    QVERIFY(next && previous);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(window.sourceView()->markedText(), u"609204人"_s);
    QTest::mouseClick(previous, Qt::LeftButton);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(window.sourceView()->markedText(), u"5397家"_s);
}

void TestMainWindow::correctionShowsUndoesAndSurvivesRestart() {
    auto cellText = [](MainWindow &window) {
        return findCell(window.compareView()->model(), u"肇庆市"_s, u"union_orgs"_s)
            .data()
            .toString();
    };
    {
        ReportStore store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        MainWindow window(&store);
        window.showCity(u"肇庆市"_s);
        const QModelIndex figure = findFigure(window.cityFigures(), u"5397家"_s);
        QVERIFY(figure.isValid());
        QVERIFY(window.correctFigure(*window.cityFigures()->documentAt(figure),
                                     *window.cityFigures()->figureAt(figure),
                                     CorrectionKind::SetValue, {{u"value"_s, 5400}}));
        QCOMPARE(cellText(window), u"5,400家 ✎ ≠"_s);
        window.undoStack()->undo();
        QCOMPARE(cellText(window), u"5,397家 ≠"_s);
        window.undoStack()->redo();
        QCOMPARE(cellText(window), u"5,400家 ✎ ≠"_s);
    }
    // A restart: a new store and window on the same database.
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    QCOMPARE(cellText(window), u"5,400家 ✎ ≠"_s);
}

void TestMainWindow::perMemberSwitch() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    auto *perMember = window.views()->widget(MainWindow::CompareView)->findChild<QCheckBox *>();
    QVERIFY(perMember);
    perMember->setChecked(true);
    // 肇庆: 934万元 for Golden Autumn over 609204 members (2014-2018; the row is compared for
    // 2018-2022: ≠).
    const QModelIndex cell =
        findCell(window.compareView()->model(), u"肇庆市"_s, u"golden_autumn_funds"_s);
    QCOMPARE(cell.data().toString(), u"15.33元 ≠"_s);  // per member, as the row's header says
    perMember->setChecked(false);
    QCOMPARE(cell.data().toString(), u"934万元 ≠"_s);
}

void TestMainWindow::editingInPlaceIsACorrection() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    window.showCity(u"肇庆市"_s);
    const QModelIndex figure = findFigure(window.cityFigures(), u"29063家"_s);
    QVERIFY(figure.isValid());
    QAbstractItemModel *shown = window.cityView()->model();
    const QModelIndex label = static_cast<QIdentityProxyModel *>(shown)->mapFromSource(
        figure.siblingAtColumn(CityFiguresModel::LabelColumn));
    QVERIFY(shown->flags(label) & Qt::ItemIsEditable);
    const int before = window.undoStack()->count();
    QVERIFY(shown->setData(label, u"涵盖单位（核对）"_s));
    QTRY_COMPARE(window.undoStack()->count(), before + 1);  // made once the editor closed
    QCOMPARE(findCell(window.compareView()->model(), u"肇庆市"_s, u"covered_units"_s)
                 .data(CityTableModel::LabelRole)
                 .toString(),
             u"涵盖单位（核对）"_s);
    window.undoStack()->undo();
}

void TestMainWindow::settingsAreRemembered() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    {
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::ChartView);
        window.views()->widget(MainWindow::CompareView)->findChild<QCheckBox *>()->setChecked(true);
        // Hide 三明市 through the compare view's city chooser.
        auto *cities = window.views()->widget(MainWindow::CompareView)->findChild<QToolButton *>();
        for (QAction *action : cities->menu()->actions()) {
            if (action->text() == u"三明市")
                action->setChecked(false);
        }
        QCOMPARE(window.compareView()->model()->columnCount(), 4);
        window.close();
    }
    MainWindow window(&store);
    QCOMPARE(window.views()->currentIndex(), int(MainWindow::ChartView));
    QVERIFY(window.views()->widget(MainWindow::CompareView)->findChild<QCheckBox *>()->isChecked());
    QCOMPARE(window.compareView()->model()->columnCount(), 4);
    // Back to everything for the tests after this one.
    for (QAction *action : window.views()
                               ->widget(MainWindow::CompareView)
                               ->findChild<QToolButton *>()
                               ->menu()
                               ->actions())
        action->setChecked(true);
    window.views()->widget(MainWindow::CompareView)->findChild<QCheckBox *>()->setChecked(false);
    window.showView(MainWindow::CompareView);
    window.close();
}

void TestMainWindow::cityViewGroupedBySection() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    window.showCity(u"肇庆市"_s);
    window.cityFigures()->setGrouping(CityFiguresModel::Grouping::BySection);
    QStringList sections;
    for (int row = 0; row < window.cityFigures()->rowCount(); ++row)
        sections.append(window.cityFigures()->index(row, 0).data().toString());
    QVERIFY2(sections.first().startsWith(u"砥砺奋进五年 发展成绩喜人"_s),
             qPrintable(sections.join(u'|')));
}

void TestMainWindow::searchOpensTheSource() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keySequence(&window, QKeySequence::Find);
    auto *edit = window.views()->widget(MainWindow::SearchView)->findChild<QLineEdit *>();
    QCOMPARE(window.views()->currentIndex(), int(MainWindow::SearchView));
    edit->setText(u"走访慰问困难职工家庭"_s);  // QTest types ASCII only
    QTest::keyClick(edit, Qt::Key_Return);
    QListView *results = window.views()->widget(MainWindow::SearchView)->findChild<QListView *>();
    QCOMPARE(results->model()->rowCount(), 1);
    const QModelIndex hit = results->model()->index(0, 0);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualRect(hit).center());
    QCOMPARE(window.sourceView()->markedText(), u"1.13万户(次)"_s);
}

void TestMainWindow::droppedFilesAreImported() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    const QString path = m_dir.filePath(u"dropped.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        u"海南省总工会工作报告\n\n五年来,海南省总工会建成户外劳动者驿站500个。\n"_s.toUtf8());
    file.close();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    // As a drag does: enter (which makes the window the drop target), then drop.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QVERIFY(finished.isValid());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(finished.wait(60000));
    QCOMPARE(store.documentCount(), 6);
    QVERIFY(findCell(window.compareView()->model(), u"海南省"_s, u"worker_stations"_s).isValid());
}

void TestMainWindow::badFilesAreNamedInTheWindow() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    const int before = store.documentCount();
    const QString empty = m_dir.filePath(u"empty.txt"_s);
    const QString binary = m_dir.filePath(u"scan.pdf"_s);
    const QString noPlace = m_dir.filePath(u"no-place.txt"_s);
    for (const auto &[path, bytes] :
         {std::pair{empty, QByteArray()}, std::pair{binary, QByteArray(4096, '\x01')},
          std::pair{noPlace, u"工作综述\n\n全市建成驿站77家。\n"_s.toUtf8()}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    // The import ends in a message box; this reads and closes it once it is up.
    QString shown;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, &watcher, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->isVisible()) {
                shown = box->text();
                watcher.stop();
                box->accept();
            }
        }
    });
    watcher.start(0);
    QVERIFY(importAndWait(&window, {empty, binary, noPlace}));
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(store.documentCount(), before + 1);
    QVERIFY2(shown.contains(empty + u": the file is empty"_s), qPrintable(shown));
    QVERIFY2(shown.contains(binary + u": "_s), qPrintable(shown));
    QVERIFY2(shown.contains(noPlace + u": the place it is about could not be told"_s),
             qPrintable(shown));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"2 failed"_s),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestMainWindow::figureAddedFromSelection() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    window.showView(MainWindow::CityView);  // shown, the city's figures follow each change
    window.showCity(u"肇庆市"_s);
    const QModelIndex cell = findCell(window.compareView()->model(), u"肇庆市"_s, u"members"_s);
    QVERIFY(window.sourceView()->showFigure(cell.data(CityTableModel::PathRole).toString(),
                                            cell.data(CityTableModel::StartRole).toLongLong(),
                                            cell.data(CityTableModel::EndRole).toLongLong()));
    QTextBrowser *source = window.sourceView()->textView();
    const qsizetype at = source->toPlainText().indexOf(u"千名环卫工人"_s);
    QVERIFY(at > 0);
    QTextCursor cursor(source->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 2), QTextCursor::KeepAnchor);
    source->setTextCursor(cursor);
    QVERIFY(window.addSelectedFigure(1000, u"名"_s, u"送体检的环卫工人"_s));
    const QModelIndex added = findFigure(window.cityFigures(), u"千名"_s);
    QVERIFY(added.isValid());
    QVERIFY(added.data(CityFiguresModel::CorrectedRole).toBool());
    window.undoStack()->undo();
    QVERIFY(!findFigure(window.cityFigures(), u"千名"_s).isValid());
}

// 2,000 reports imported through the window: its event loop keeps turning (a 20 ms timer on
// the GUI thread never waits a quarter of the import; the longest wait is printed), the
// progress dialog's Cancel stops the import, and no document is left half written.
void TestMainWindow::windowKeepsTurningDuringALargeImport() {
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QStringList reports = testing::writeReports(folder.filePath(u"reports"_s), 2000);
    QCOMPARE(reports.size(), 2000);
    ReportStore store;
    QString error;
    DatabaseLocation location;
    location.sqlitePath = folder.filePath(u"large.sqlite"_s);
    QVERIFY2(store.open(location, &error), qPrintable(error));
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.citiesView()->model()->rowCount(), 0);

    testing::TickWatch ticks;
    QElapsedTimer sinceStart;
    sinceStart.start();
    const std::optional<Importer::Summary> all =
        importAndWait(&window, {folder.filePath(u"reports"_s)});
    QVERIFY(all);
    qInfo(
        "longest wait of the window's 20 ms timer during 2,000 imports: %lld ms, ending %lld ms"
        " after the start, of %lld ms",
        ticks.longestGapMs(), ticks.longestGapEndedAtMs(), sinceStart.elapsed());
    QVERIFY(ticks.longestGapMs() * 4 < sinceStart.elapsed());  // both printed above
    QCOMPARE(all->added, 2000);
    QCOMPARE(store.documentCount(), 2000);
    QVERIFY(window.citiesView()->model()->rowCount() > 0);  // the views show them

    // Again into a second database, cancelled from the dialog once it shows.
    ReportStore second;
    location.sqlitePath = folder.filePath(u"cancelled.sqlite"_s);
    QVERIFY2(second.open(location, &error), qPrintable(error));
    MainWindow other(&second);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QSignalSpy finished(&other, &MainWindow::importFinished);
    QVERIFY(finished.isValid());
    const QStringList more = testing::writeReports(folder.filePath(u"more"_s), 10000);
    QCOMPARE(more.size(), 10000);
    QVERIFY(other.importPaths(more));
    QVERIFY(!other.importPaths(more));  // one at a time
    QPointer<QProgressDialog> dialog = other.imports()->progressDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || (dialog->isVisible() && dialog->value() >= 50), 60000);
    QVERIFY2(dialog, "the import ended before its dialog appeared");
    auto *cancelButton = dialog->findChild<QPushButton *>();
    QVERIFY(cancelButton);
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    const auto cancelled = finished.at(0).at(0).value<Importer::Summary>();
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.added >= 50 && cancelled.added < 10000);
    QCOMPARE(second.documentCount(), cancelled.added);
    QVERIFY(second.integrityProblems().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
