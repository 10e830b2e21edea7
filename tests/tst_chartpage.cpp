// The Chart page on its own, over a made-up city table: the metric chosen changes the bars,
// more metrics add series, the switches turn the chart and divide by members, and a bar asks
// for its figure's source.
#include "chartlabels.h"
#include "chartpage.h"
#include "citychartview.h"
#include "metricpicker.h"
#include "pagefixtures.h"
#include "periodtext.h"
#include "seedhelpers.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

QList<qreal> barValues(QBarSet *set) {
    QList<qreal> values;
    for (int i = 0; set && i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

}  // namespace

class TestChartPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void choosingAMetricChangesTheBars_data();
    void choosingAMetricChangesTheBars();
    void moreMetricsAddSeries();
    void switches_data();
    void switches();
    void barAsksForItsSource();
    void choiceKeptBetweenSessions();
    void barsAreDrawnHonestly();

private:
    std::unique_ptr<ChartPage> m_page;
};

void TestChartPage::init() {
    const CityTable table = pagefixtures::cityTable();
    m_page = std::make_unique<ChartPage>(table.metrics, false);
    m_page->setTable(table);
}

void TestChartPage::cleanup() {
    m_page.reset();
}

void TestChartPage::choosingAMetricChangesTheBars_data() {
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QStringList>("cities");
    QTest::addColumn<QList<qreal>>("bars");
    QTest::newRow("members, largest first, in 万")
        << u"members"_s << QStringList{u"漳州市"_s, u"肇庆市"_s, u"三明市"_s}
        << QList<qreal>{72.7, 60.9204, 30};
    QTest::newRow("a city without the figure has no bar")
        << u"union_orgs"_s << QStringList{u"漳州市"_s, u"肇庆市"_s} << QList<qreal>{9092, 5397};
    QTest::newRow("funds, in 万") << u"golden_autumn_funds"_s
                                  << QStringList{u"肇庆市"_s, u"漳州市"_s, u"三明市"_s}
                                  << QList<qreal>{934, 500, 120};
}

void TestChartPage::choosingAMetricChangesTheBars() {
    QFETCH(QString, metric);
    QFETCH(QStringList, cities);
    QFETCH(QList<qreal>, bars);
    QComboBox *chooser = m_page->metricChooser();
    QCOMPARE(chooser->count(), 3);
    // Another metric first, so that choosing this one is a change.
    chooser->setCurrentIndex(chooser->findData(metric) == 0 ? 1 : 0);
    QSignalSpy chosen(chooser, &QComboBox::currentIndexChanged);
    QVERIFY(chosen.isValid());
    chooser->setCurrentIndex(chooser->findData(metric));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(m_page->metric(), metric);
    QCOMPARE(m_page->chartView()->metrics(), QStringList{metric});
    QCOMPARE(m_page->chartView()->chartData().cities, cities);
    QCOMPARE(barValues(m_page->chartView()->barSet(0)), bars);
    QVERIFY(!m_page->chartView()->barSet(1));
}

void TestChartPage::moreMetricsAddSeries() {
    m_page->setMetric(u"members"_s);
    MetricPicker *more = m_page->moreMetrics();
    QVERIFY(more);
    QVERIFY(more->checkedMetrics().isEmpty());
    more->setMetricChecked(u"union_orgs"_s, true);
    QCOMPARE(m_page->chartView()->metrics(), (QStringList{u"members"_s, u"union_orgs"_s}));
    // Organisations are not people: not drawn on the members' axis, and the chart says so.
    QVERIFY(!m_page->chartView()->barSet(1));
    const auto footer = [this] { return ChartLabels::of(m_page->chartView()->chart())->footer(); };
    QVERIFY2(footer().contains(u"another unit"_s) && footer().contains(u"工会组织数"_s),
             qPrintable(footer()));
    more->setMetricChecked(u"members"_s, true);  // already the first, not twice
    QCOMPARE(m_page->chartView()->metrics(), (QStringList{u"members"_s, u"union_orgs"_s}));
    more->setMetricChecked(u"union_orgs"_s, false);
    QCOMPARE(m_page->chartView()->metrics(), QStringList{u"members"_s});
    // A place with no figure for the metric is named under the title, not dropped silently.
    m_page->setMetric(u"union_orgs"_s);
    QCOMPARE(m_page->chartView()->chartData().cities.size(), 2);
    QVERIFY2(footer().contains(u"No figure: 三明市"_s), qPrintable(footer()));
}

void TestChartPage::switches_data() {
    QTest::addColumn<bool>("perMember");
    QTest::addColumn<QList<qreal>>("bars");
    QTest::addColumn<QStringList>("cities");
    // Across, the largest at the top: Qt Charts draws the first bar at the bottom.
    QTest::newRow("horizontal, as stated, drawn from the bottom up")
        << false << QList<qreal>{120, 500, 934}
        << QStringList{u"肇庆市"_s, u"漳州市"_s, u"三明市"_s};
    QTest::newRow("per member: yuan per member, ranked again")
        << true << QList<qreal>{9340000.0 / 609204, 5000000.0 / 727000, 4}
        << QStringList{u"肇庆市"_s, u"漳州市"_s, u"三明市"_s};
}

void TestChartPage::switches() {
    QFETCH(bool, perMember);
    QFETCH(QList<qreal>, bars);
    QFETCH(QStringList, cities);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setMetric(u"golden_autumn_funds"_s);
    QCheckBox *box = perMember ? m_page->perMemberSwitch() : m_page->horizontalSwitch();
    QTest::mouseClick(box, Qt::LeftButton);
    QVERIFY(box->isChecked());
    QCOMPARE(m_page->chartView()->options().perMember, perMember);
    QCOMPARE(m_page->chartView()->options().horizontal, !perMember);
    QCOMPARE(m_page->perMember(), perMember);
    QCOMPARE(m_page->horizontal(), !perMember);
    QCOMPARE(m_page->chartView()->chartData().cities, cities);
    const QList<qreal> shown = barValues(m_page->chartView()->barSet(0));
    QCOMPARE(shown.size(), bars.size());
    for (qsizetype i = 0; i < bars.size(); ++i)
        QVERIFY2(qAbs(shown[i] - bars[i]) < 1e-9, qPrintable(QString::number(shown[i])));
}

void TestChartPage::barAsksForItsSource() {
    m_page->setMetric(u"members"_s);
    QSignalSpy activated(m_page.get(), &ChartPage::figureActivated);
    QVERIFY(activated.isValid());
    QBarSet *bars = m_page->chartView()->barSet(0);
    QVERIFY(bars);
    emit bars->clicked(1);  // 肇庆市, the second largest
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), pagefixtures::reportPath(u"肇庆市"_s));
    QCOMPARE(activated.at(0).at(1).toLongLong(), 25);
    QCOMPARE(activated.at(0).at(2).toLongLong(), 25 + u"609204人"_s.size());
}

// Saved by one page, given back to the next (a new session), under the keys users have.
void TestChartPage::choiceKeptBetweenSessions() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_page->setMetric(u"golden_autumn_funds"_s);
    m_page->setHorizontal(true);
    m_page->saveSettings(&settings);
    QCOMPARE(settings.value(u"chart/metric"_s).toString(), u"golden_autumn_funds"_s);
    QCOMPARE(settings.value(u"chart/horizontal"_s).toBool(), true);
    QCOMPARE(settings.value(u"chart/perMember"_s).toBool(), false);

    const CityTable table = pagefixtures::cityTable();
    m_page = std::make_unique<ChartPage>(table.metrics, false);
    m_page->setTable(table);
    QCOMPARE(m_page->metric(), u"union_orgs"_s);  // the first, until the settings say
    m_page->restoreSettings(settings);
    QCOMPARE(m_page->metric(), u"golden_autumn_funds"_s);
    QCOMPARE(m_page->chartView()->metrics(), QStringList{u"golden_autumn_funds"_s});
    QVERIFY(m_page->chartView()->options().horizontal);
    QVERIFY(!m_page->chartView()->options().perMember);
}

// Over the seeds' table: a figure of another unit than its metric's is no bar (商洛's 3,600户
// among people); a value stated as over or about is drawn lighter; with one metric each place
// says the period its bar covers.
void TestChartPage::barsAreDrawnHonestly() {
    const CityTable table = seedTable(seedDocuments());
    ChartOptions options;
    options.metrics = {u"hardship_lifted"_s};
    ChartData data = ChartRenderer::data(table, options);
    QCOMPARE(data.cities, QStringList{u"三明市"_s});

    options.metrics = {u"summer_cooling_funds"_s};
    data = ChartRenderer::data(table, options);
    QList<QBarSet *> sets;
    std::unique_ptr<QChart> chart(ChartRenderer::createChart(data, options, &sets));
    QCOMPARE(sets.size(), 1);
    int qualified = 0;
    for (qsizetype c = 0; c < data.cities.size(); ++c) {
        const TableCell *cell = data.series.front().bars[size_t(c)].cell;
        QVERIFY(cell);
        QCOMPARE(sets.first()->isBarSelected(int(c)), cell->qualifier != Qualifier::Exact);
        qualified += cell->qualifier != Qualifier::Exact;
    }
    QVERIFY2(qualified > 0, "泉州's >5600万元 is stated as over");
    QVERIFY(ChartLabels::of(chart.get())->footer().contains(u"lighter bars"_s));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const int quanzhou = int(data.cities.indexOf(u"泉州市"_s));
    QCOMPARE(axis->categories().at(quanzhou), u"泉州市\n"_s + PeriodText::display(u"2018-2022"_s));
    const int zhangzhou = int(data.cities.indexOf(u"漳州市"_s));
    QCOMPARE(axis->categories().at(zhangzhou), u"漳州市\nperiod not stated"_s);
}

QTEST_MAIN(TestChartPage)
#include "tst_chartpage.moc"
