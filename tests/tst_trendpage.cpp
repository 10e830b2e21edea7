// The Trend view: a metric over the periods of each place. Three annual reports of a place give
// three points; a total over several years is a span at its value per year, never a point; a
// level is a point at the year it stands at.
#include "engine/metriccatalog.h"
#include "items/trendmodel.h"
#include "storage/reportstore.h"
#include "trendpage.h"

#include "engine/reportparser.h"
#include "services/importer.h"
#include "services/reparser.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

TrendPoint point(const QString &city, const QString &period, double value, const QString &unit) {
    TrendPoint made;
    made.city = city;
    made.period = period;
    made.value = value;
    made.unit = unit;
    made.raw = QString::number(value) + unit;
    return made;
}

// The chart's series of a place that draw spans: their (x, y) ends.
QList<QList<QPointF>> spansOf(const TrendPage &page, const QString &place) {
    QList<QList<QPointF>> spans;
    for (QAbstractSeries *series : page.chartView()->chart()->series()) {
        if (series->property("reportlensPlace").toString() == place &&
            series->property("reportlensSpan").toBool())
            spans.append(static_cast<QLineSeries *>(series)->points());
    }
    return spans;
}

}  // namespace

class TestTrendPage : public QObject {
    Q_OBJECT

private slots:
    void threeAnnualReportsGiveAThreePointTrend();
    void aTotalOverSeveralYearsIsASpan();
    void aLevelIsAPointAtItsYear();
    void choosingAMetricAsksForIt();
};

void TestTrendPage::threeAnnualReportsGiveAThreePointTrend() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList reports;
    for (int year : {2022, 2023, 2024}) {
        QFile file(dir.filePath(u"三亚-%1.txt"_s.arg(year)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            u"三亚市总工会%1年工作总结\n\n%1年，三亚市总工会深入推进工会组织建设。"
            "全市工会会员%2人，开展职工技能培训%3人次。\n"_s.arg(year)
                .arg(300000 + 10000 * (year - 2020))
                .arg(50000 + 1000 * (year - 2020))
                .toUtf8());
        reports.append(file.fileName());
    }
    ReportStore store;
    DatabaseLocation location;
    location.sqlitePath = dir.filePath(u"trend.sqlite"_s);
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    const ReportParser parser;
    int reparsed = 0;
    QVERIFY2(Reparser(&store, &parser).bringInLine(&reparsed, &error), qPrintable(error));
    QCOMPARE(Importer(&store, &parser).run(reports).added, 3);

    const std::vector<TrendPoint> points = store.trend(u"members"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(points.size(), size_t(3));
    QCOMPARE(points[0].period, u"2022"_s);
    QCOMPARE(points[2].period, u"2024"_s);
    QCOMPARE(points[2].value, 340000.0);

    TrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrendPage page(&model, MetricCatalog::builtIn().metrics(), false);
    model.setTrend(u"members"_s, points);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(page.pointCount(u"三亚市"_s), 3);
    QCOMPARE(page.spanCount(u"三亚市"_s), 0);
    // Annual flows too: three points, no spans.
    model.setTrend(u"workers_trained"_s, store.trend(u"workers_trained"_s));
    QCOMPARE(page.pointCount(u"三亚市"_s), 3);
    QCOMPARE(page.spanCount(u"三亚市"_s), 0);
}

void TestTrendPage::aTotalOverSeveralYearsIsASpan() {
    TrendModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrendPage page(&model, MetricCatalog::builtIn().metrics(), false);
    model.setTrend(u"workers_trained"_s, {point(u"泉州市"_s, u"2018-2022"_s, 500000, u"人次"_s),
                                          point(u"泉州市"_s, u"2023"_s, 120000, u"人次"_s)});
    QCOMPARE(page.pointCount(u"泉州市"_s), 1);
    const QList<QList<QPointF>> spans = spansOf(page, u"泉州市"_s);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first(), (QList<QPointF>{{2018, 100000}, {2022, 100000}}));
}

void TestTrendPage::aLevelIsAPointAtItsYear() {
    TrendModel model;
    TrendPage page(&model, MetricCatalog::builtIn().metrics(), false);
    model.setTrend(u"members"_s, {point(u"泉州市"_s, u"2018-2022"_s, 1160000, u"人"_s),
                                  point(u"泉州市"_s, u"..2024"_s, 1200000, u"人"_s)});
    QCOMPARE(page.spanCount(u"泉州市"_s), 0);
    QCOMPARE(page.pointCount(u"泉州市"_s), 2);
}

void TestTrendPage::choosingAMetricAsksForIt() {
    TrendModel model;
    TrendPage page(&model, MetricCatalog::builtIn().metrics(), false);
    QSignalSpy chosen(&page, &TrendPage::metricChosen);
    QVERIFY(chosen.isValid());
    page.metricChooser()->setCurrentIndex(page.metricChooser()->findData(u"new_members"_s));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), u"new_members"_s);
}

QTEST_MAIN(TestTrendPage)
#include "tst_trendpage.moc"
