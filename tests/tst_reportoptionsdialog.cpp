// The report options dialog: starts from the compare view's choice, and what the user ticks,
// types and picks is what the report gets.
#include "comparisonreport.h"
#include "engine/metriccatalog.h"
#include "metricpicker.h"
#include "reportoptionsdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

CityTable smallTable() {
    CityTable table;
    table.metrics = MetricCatalog::builtIn().metrics();
    table.cities = {u"三明市"_s, u"泉州市"_s, u"漳州市"_s};
    for (const QString &city : std::as_const(table.cities)) {
        for (const QString &metric : {u"members"_s, u"union_orgs"_s}) {
            TableCell cell;
            cell.city = city;
            cell.metric = metric;
            cell.value = 1000;
            cell.unit = u"人"_s;
            table.cells.push_back(cell);
        }
    }
    return table;
}

QPushButton *okButton(QDialog *dialog) {
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

}  // namespace

class TestReportOptionsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startsFromTheCompareViewsChoice_data();
    void startsFromTheCompareViewsChoice();
    void whatIsChosenIsWhatTheReportGets();
    void noPlaceNoReport();
};

void TestReportOptionsDialog::initTestCase() {
    QCoreApplication::setOrganizationName(u"ReportLensTests"_s);
    QCoreApplication::setApplicationName(u"tst_reportoptionsdialog"_s);
}

void TestReportOptionsDialog::startsFromTheCompareViewsChoice_data() {
    QTest::addColumn<QStringList>("cities");
    QTest::addColumn<int>("checked");
    QTest::newRow("no choice: every place") << QStringList() << 3;
    QTest::newRow("two places chosen") << QStringList({u"泉州市"_s, u"漳州市"_s}) << 2;
}

void TestReportOptionsDialog::startsFromTheCompareViewsChoice() {
    QFETCH(QStringList, cities);
    QFETCH(int, checked);
    const CityTable table = smallTable();
    ReportOptions initial;
    initial.cities = cities;
    ReportOptionsDialog dialog(table, MetricCatalog::builtIn().groups(), initial);
    QAbstractItemModelTester tester(dialog.places(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    int ticked = 0;
    for (int row = 0; row < dialog.places()->rowCount(); ++row)
        ticked += dialog.places()->item(row)->checkState() == Qt::Checked ? 1 : 0;
    QCOMPARE(ticked, checked);
    const ReportOptions options = dialog.options();
    QCOMPARE(options.cities.size(), checked);
    QVERIFY(options.metrics.isEmpty());  // every metric ticked: those the places have
    QCOMPARE(options.charts.value_or(QStringList{u"unset"_s}),
             QStringList({u"union_orgs"_s, u"members"_s}));  // those two places have
    QCOMPARE(options.paper, QPageSize::A4);
    QCOMPARE(options.orientation, QPageLayout::Landscape);
}

void TestReportOptionsDialog::whatIsChosenIsWhatTheReportGets() {
    const CityTable table = smallTable();
    ReportOptionsDialog dialog(table, MetricCatalog::builtIn().groups(), ReportOptions());
    QTest::keyClicks(dialog.titleEdit(), u"Three cities of Fujian "_s);
    dialog.notesEdit()->setPlainText(u"  取自最新报告。 "_s);
    dialog.paperChooser()->setCurrentIndex(dialog.paperChooser()->findData(int(QPageSize::A3)));
    dialog.orientationChooser()->setCurrentIndex(
        dialog.orientationChooser()->findData(int(QPageLayout::Portrait)));
    dialog.places()->item(0)->setCheckState(Qt::Unchecked);
    dialog.metricPicker()->setCheckedMetrics({u"members"_s});
    dialog.chartPicker()->setCheckedMetrics({});
    const ReportOptions options = dialog.options();
    QCOMPARE(options.title, u"Three cities of Fujian"_s);
    QCOMPARE(options.notes, u"取自最新报告。"_s);
    QCOMPARE(options.paper, QPageSize::A3);
    QCOMPARE(options.orientation, QPageLayout::Portrait);
    QCOMPARE(options.cities, QStringList({u"泉州市"_s, u"漳州市"_s}));
    QCOMPARE(options.metrics, QStringList{u"members"_s});
    QVERIFY(options.charts.has_value() && options.charts->isEmpty());  // none, not the default
    const ComparisonReport report(table, options);
    QCOMPARE(report.title(), u"Three cities of Fujian"_s);
    QCOMPARE(report.metrics(), QStringList{u"members"_s});
    QVERIFY(report.chartMetrics().isEmpty());
    QCOMPARE(report.pageLayout().pageSize().id(), QPageSize::A3);
    QCOMPARE(report.pageLayout().orientation(), QPageLayout::Portrait);
}

void TestReportOptionsDialog::noPlaceNoReport() {
    const CityTable table = smallTable();
    ReportOptionsDialog dialog(table, MetricCatalog::builtIn().groups(), ReportOptions());
    QSignalSpy changed(dialog.places(), &QStandardItemModel::itemChanged);
    QVERIFY(changed.isValid());
    QVERIFY(okButton(&dialog)->isEnabled());
    for (int row = 0; row < dialog.places()->rowCount(); ++row)
        dialog.places()->item(row)->setCheckState(Qt::Unchecked);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!okButton(&dialog)->isEnabled());
    dialog.places()->item(1)->setCheckState(Qt::Checked);
    QVERIFY(okButton(&dialog)->isEnabled());
    dialog.metricPicker()->setMetricChecked(u"members"_s, false);
    QVERIFY(okButton(&dialog)->isEnabled());
    dialog.metricPicker()->checkShown(false);
    QVERIFY(!okButton(&dialog)->isEnabled());
}

QTEST_MAIN(TestReportOptionsDialog)
#include "tst_reportoptionsdialog.moc"
