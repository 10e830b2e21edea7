// The window on the offscreen platform: drill-down from a table cell, corrections with undo
// that survive a restart, drag-and-drop import, and a figure added from a text selection.
#include "citytablemodel.h"
#include "figurelistmodel.h"
#include "mainwindow.h"
#include "reportstore.h"
#include "seedhelpers.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>
#include <QUrl>

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

QModelIndex findFigure(QAbstractItemModel *model, const QString &raw) {
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, FigureListModel::RawColumn);
        if (index.data().toString() == raw)
            return index;
    }
    return {};
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartImportsTheSamples();
    void clickingACellShowsItsSentence();
    void correctionShowsUndoesAndSurvivesRestart();
    void droppedFilesAreImported();
    void figureAddedFromSelection();

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
};

void TestMainWindow::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_location.sqlitePath = m_dir.filePath(u"window.sqlite"_s);
}

void TestMainWindow::firstStartImportsTheSamples() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    QAbstractItemModelTester tableTester(window.cityView()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester figureTester(window.figureView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.cityView()->model()->columnCount(), 0);
    window.importSamplesIfEmpty(QStringLiteral(REPORTLENS_SEEDS_DIR));
    QCOMPARE(store.documentCount(), 5);
    QCOMPARE(window.cityView()->model()->columnCount(), 5);
    QVERIFY(window.figureView()->model()->rowCount() > 20);
    // A second start does not import them again.
    window.importSamplesIfEmpty(QStringLiteral(REPORTLENS_SEEDS_DIR));
    QCOMPARE(store.documentCount(), 5);
}

void TestMainWindow::clickingACellShowsItsSentence() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *view = window.cityView();
    const QModelIndex cell = findCell(view->model(), u"肇庆市"_s, u"union_orgs"_s);
    QVERIFY(cell.isValid());
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    const QTextCursor cursor = window.sourceView()->textCursor();
    QCOMPARE(cursor.selectedText(), u"5397家"_s);
    QVERIFY(window.sourceView()->toPlainText().contains(u"全市建立工会组织5397家"_s));
}

void TestMainWindow::correctionShowsUndoesAndSurvivesRestart() {
    {
        ReportStore store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        MainWindow window(&store);
        window.showCity(u"肇庆市"_s);
        const QModelIndex figure = findFigure(window.figureView()->model(), u"5397家"_s);
        QVERIFY(figure.isValid());
        QVERIFY(window.correctFigure(figure, CorrectionKind::SetValue, {{u"value"_s, 5400}}));
        auto cellValue = [&] {
            return findCell(window.cityView()->model(), u"肇庆市"_s, u"union_orgs"_s)
                .data(CityTableModel::ValueRole)
                .toDouble();
        };
        QCOMPARE(cellValue(), 5400.0);
        QCOMPARE(window.cityView()->model()->data(
                     findCell(window.cityView()->model(), u"肇庆市"_s, u"union_orgs"_s)),
                 QVariant(u"5400家"_s));
        window.undoStack()->undo();
        QCOMPARE(cellValue(), 5397.0);
        window.undoStack()->redo();
        QCOMPARE(cellValue(), 5400.0);
    }
    // A restart: a new store and window on the same database.
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    QCOMPARE(findCell(window.cityView()->model(), u"肇庆市"_s, u"union_orgs"_s)
                 .data(CityTableModel::ValueRole)
                 .toDouble(),
             5400.0);
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
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(store.documentCount(), 6);
    QVERIFY(findCell(window.cityView()->model(), u"海南省"_s, u"worker_stations"_s).isValid());
}

void TestMainWindow::figureAddedFromSelection() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    MainWindow window(&store);
    window.showCity(u"肇庆市"_s);
    // Show the report, then select the words the engine left out.
    const QModelIndex figure = findFigure(window.figureView()->model(), u"609204人"_s);
    QVERIFY(figure.isValid());
    QTest::mouseClick(window.figureView()->viewport(), Qt::LeftButton, {},
                      window.figureView()->visualRect(figure).center());
    QTextBrowser *source = window.sourceView();
    const qsizetype at = source->toPlainText().indexOf(u"千名环卫工人"_s);
    QVERIFY(at > 0);
    QTextCursor cursor(source->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 2), QTextCursor::KeepAnchor);
    source->setTextCursor(cursor);
    QVERIFY(window.addSelectedFigure(1000, u"名"_s, u"送体检的环卫工人"_s));
    const QModelIndex added = findFigure(window.figureView()->model(), u"千名"_s);
    QVERIFY(added.isValid());
    QVERIFY(added.data(FigureListModel::CorrectedRole).toBool());
    window.undoStack()->undo();
    QVERIFY(!findFigure(window.figureView()->model(), u"千名"_s).isValid());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
