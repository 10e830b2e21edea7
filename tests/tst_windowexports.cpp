// The window's Excel exports: of the compare view, the cities and metrics the user left shown,
// no others, with the sheet named in the window's language; of any other view, its rows as
// shown, numbers as numbers.
#include "mainwindow.h"
#include "searchpage.h"
#include "services/session.h"
#include "trendpage.h"
#include "xlsxhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestWindowExports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void excelExportHasTheChosenCitiesAndMetrics_data();
    void excelExportHasTheChosenCitiesAndMetrics();
    void excelExportOfAViewHoldsItsRowsAsShown_data();
    void excelExportOfAViewHoldsItsRowsAsShown();

private:
    QTemporaryDir m_dir;
};

void TestWindowExports::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Settings of the test's own, not the user's.
    QCoreApplication::setOrganizationName(u"ReportLensTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(u"settings"_s));
    QSettings().clear();
}

void TestWindowExports::excelExportHasTheChosenCitiesAndMetrics_data() {
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("sheet");
    QTest::newRow("an English window: sheet Table") << true << u"Table"_s;
    QTest::newRow("a Chinese window: sheet 对比表") << false << u"对比表"_s;
}

// File → Export the table as Excel: the cities and metrics the user left shown, no others.
void TestWindowExports::excelExportHasTheChosenCitiesAndMetrics() {
    QFETCH(bool, english);
    QFETCH(QString, sheet);
    const QString db = m_dir.filePath(english ? u"excel-en.sqlite"_s : u"excel-zh.sqlite"_s);
    Session session({db, MetricCatalog::builtIn(), Session::EmptyDatabase::ImportSeeds,
                     QStringLiteral(REPORTLENS_SEEDS_DIR)});
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    MainWindow window(&session.store(), english);
    const QStringList cities = window.reportOptions().cities;
    const MetricCatalog catalog = MetricCatalog::builtIn();
    const std::vector<MetricDefinition> &metrics = catalog.metrics();
    QCOMPARE(cities.size(), 5);
    window.comparePage()->setHidden({cities.at(1)}, {metrics.front().id});

    const QString path = m_dir.filePath(english ? u"chosen-en.xlsx"_s : u"chosen-zh.xlsx"_s);
    QVERIFY2(window.exportTableXlsx(path, &error), qPrintable(error));
    const QJsonObject book = readXlsx(path, &error);
    QVERIFY2(!book.isEmpty(), qPrintable(error));
    const QJsonArray rows =
        book.value(u"data"_s).toObject().value(sheet).toObject().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), qsizetype(metrics.size()) - 1 + 1);  // the header, the shown metrics
    const QJsonArray header = rows.first().toArray();
    QCOMPARE(header.size(), 2 + 4 * 4);
    for (qsizetype column = 2; column < header.size(); column += 4)
        QVERIFY(!header.at(column).toString().startsWith(cities.at(1)));
    const QString hiddenName = english ? metrics.front().nameEn : metrics.front().nameZh;
    for (qsizetype row = 1; row < rows.size(); ++row)
        QVERIFY(rows.at(row).toArray().at(0).toString() != hiddenName);
}

void TestWindowExports::excelExportOfAViewHoldsItsRowsAsShown_data() {
    QTest::addColumn<int>("view");
    QTest::newRow("Cities: a row per place") << int(MainWindow::CitiesView);
    QTest::newRow("City: the place's figures") << int(MainWindow::CityView);
    QTest::newRow("Search: the sentences found") << int(MainWindow::SearchView);
    QTest::newRow("Trend: the metric's points") << int(MainWindow::TrendView);
}

// File → Export the table as Excel on another view: every row the view shows, its header's
// titles first, the cells' text as the view shows it and numbers as numbers.
void TestWindowExports::excelExportOfAViewHoldsItsRowsAsShown() {
    QFETCH(int, view);
    const QString db = m_dir.filePath(u"views.sqlite"_s);
    Session session({db, MetricCatalog::builtIn(), Session::EmptyDatabase::ImportSeeds,
                     QStringLiteral(REPORTLENS_SEEDS_DIR)});
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    MainWindow window(&session.store(), true);
    window.showView(MainWindow::View(view));
    if (view == MainWindow::CityView)
        window.showCity(u"漳州市"_s);
    if (view == MainWindow::SearchView)
        emit window.searchPage()->searchRequested(u"会员"_s);  // as the search box asks
    if (view == MainWindow::TrendView)
        emit window.trendPage()->metricChosen(u"members"_s);  // as the metric chooser asks
    int role = Qt::DisplayRole;
    const QAbstractItemModel *model = window.shownModel(&role);
    QVERIFY(model);
    QVERIFY(model->rowCount() > 0);
    const QString path = m_dir.filePath(u"view-%1.xlsx"_s.arg(view));
    QVERIFY2(window.exportTableXlsx(path, &error), qPrintable(error));
    const QJsonObject book = readXlsx(path, &error);
    QVERIFY2(!book.isEmpty(), qPrintable(error));
    const QJsonObject sheet = book.value(u"data"_s).toObject().begin().value().toObject();
    const QJsonArray rows = sheet.value(u"rows"_s).toArray();
    // The header, then each top-level row (and, in a tree, the rows under it).
    qsizetype expected = 1;
    for (int row = 0; row < model->rowCount(); ++row)
        expected += 1 + model->rowCount(model->index(row, 0));
    QCOMPARE(rows.size(), expected);
    const QJsonArray header = rows.first().toArray();
    for (int column = 0; column < model->columnCount(); ++column)
        QCOMPARE(header.at(column).toString(),
                 model->headerData(column, Qt::Horizontal).toString());
    // The first row, cell by cell.
    const QJsonArray first = rows.at(1).toArray();
    const QJsonArray types = sheet.value(u"types"_s).toArray().at(1).toArray();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QVariant value = model->index(0, column).data(role);
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int ||
            value.typeId() == QMetaType::LongLong) {
            QVERIFY2(
                types.at(column).toString() == u"int" || types.at(column).toString() == u"float",
                qPrintable(types.at(column).toString()));
            QCOMPARE(first.at(column).toDouble(), value.toDouble());
        } else if (!value.toString().isEmpty()) {
            QCOMPARE(first.at(column).toString(), value.toString());
        }
    }
}

QTEST_MAIN(TestWindowExports)
#include "tst_windowexports.moc"
