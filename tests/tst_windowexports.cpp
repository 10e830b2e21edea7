// The window's exports of the compare view: the Excel workbook holds the cities and metrics the
// user left shown, no others, with the sheet named in the window's language.
#include "mainwindow.h"
#include "services/session.h"
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

QTEST_MAIN(TestWindowExports)
#include "tst_windowexports.moc"
