// The metric picker: grouped as the metrics file groups them, searchable by either name or the
// id, All and None for what the search shows, presets kept in the settings, and open while the
// user ticks (a tick does not close its menu, as each did: 3 of 45 metrics took ~40 clicks).
#include "engine/metriccatalog.h"
#include "metricpicker.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestMetricPicker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void groupedAsTheMetricsFile();
    void searchShowsMatchesUnderTheirGroups_data();
    void searchShowsMatchesUnderTheirGroups();
    void allAndNoneActOnWhatIsShown();
    void theMenuStaysOpenWhileTicking();
    void presetsAreKept();

private:
    int shownMetrics() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MetricPicker> m_picker;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMetricPicker::initTestCase() {
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"ReportLensTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(u"settings"_s));
    QSettings().clear();
}

void TestMetricPicker::init() {
    m_picker = std::make_unique<MetricPicker>(u"test/metricPresets"_s, false);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_picker->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const MetricCatalog &catalog = MetricCatalog::builtIn();
    m_picker->setMetrics(catalog.metrics(), catalog.groups());
}

int TestMetricPicker::shownMetrics() const {
    const QAbstractItemModel *model = m_picker->view()->model();
    int shown = 0;
    for (int group = 0; group < model->rowCount(); ++group)
        shown += model->rowCount(model->index(group, 0));
    return shown;
}

void TestMetricPicker::groupedAsTheMetricsFile() {
    const MetricCatalog &catalog = MetricCatalog::builtIn();
    const QAbstractItemModel *model = m_picker->view()->model();
    QCOMPARE(model->rowCount(), int(catalog.groups().size()));
    QCOMPARE(model->index(0, 0).data().toString(), catalog.groups().front().nameZh);
    QCOMPARE(shownMetrics(), int(catalog.metrics().size()));
    QVERIFY(m_picker->checkedMetrics().isEmpty());
    // A metric reads with its unit; none of them is a group.
    QCOMPARE(model->rowCount(model->index(0, 0, model->index(0, 0))), 0);
    // Ticking a group ticks its metrics.
    QSignalSpy changed(m_picker.get(), &MetricPicker::checkedMetricsChanged);
    QVERIFY(changed.isValid());
    QAbstractItemModel *shown = m_picker->view()->model();
    QVERIFY(shown->setData(shown->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_picker->checkedMetrics().size(), shown->rowCount(shown->index(0, 0)));
    QVERIFY(changed.count() > 0);
}

void TestMetricPicker::searchShowsMatchesUnderTheirGroups_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("metrics");
    QTest::newRow("a Chinese name") << u"会员数"_s << 2;  // 会员数, 农民工会员数
    QTest::newRow("an English name, any case") << u"UNION MEMBERS"_s << 1;
    QTest::newRow("an id") << u"golden_autumn"_s << 2;  // the funds and the students
    QTest::newRow("nothing matches") << u"zzz"_s << 0;
}

void TestMetricPicker::searchShowsMatchesUnderTheirGroups() {
    QFETCH(QString, search);
    QFETCH(int, metrics);
    m_picker->setFilterText(search);
    QCOMPARE(shownMetrics(), metrics);
    const QAbstractItemModel *model = m_picker->view()->model();
    for (int group = 0; group < model->rowCount(); ++group)
        QVERIFY(model->rowCount(model->index(group, 0)) > 0);  // no empty group shown
}

void TestMetricPicker::allAndNoneActOnWhatIsShown() {
    QSignalSpy changed(m_picker.get(), &MetricPicker::checkedMetricsChanged);
    QVERIFY(changed.isValid());
    m_picker->setFilterText(u"golden_autumn"_s);
    m_picker->checkShown(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_picker->checkedMetrics().size(), 2);
    m_picker->setFilterText(QString());
    m_picker->setMetricChecked(u"members"_s, true);
    QCOMPARE(m_picker->checkedMetrics().size(), 3);
    m_picker->setFilterText(u"golden_autumn"_s);
    m_picker->checkShown(false);  // None: those shown only
    QCOMPARE(m_picker->checkedMetrics(), QStringList{u"members"_s});
    m_picker->checkShown(false);  // nothing changes: no signal
    QCOMPARE(changed.count(), 3);
}

void TestMetricPicker::theMenuStaysOpenWhileTicking() {
    QToolButton button;
    MetricPicker *picker = MetricPicker::inMenu(&button, u"test/metricPresets"_s, false);
    const MetricCatalog &catalog = MetricCatalog::builtIn();
    picker->setMetrics(catalog.metrics(), catalog.groups());
    button.show();
    QVERIFY(QTest::qWaitForWindowExposed(&button));
    button.menu()->popup(button.mapToGlobal(QPoint(0, button.height())));
    QVERIFY(QTest::qWaitForWindowExposed(button.menu()));
    QTreeView *view = picker->view();
    const QModelIndex first = view->model()->index(0, 0, view->model()->index(0, 0));
    // A click on the check box ticks the metric, and the menu stays.
    const QRect box = view->visualRect(first);
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {},
        QPoint(box.left() + view->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 2,
               box.center().y()));
    QCOMPARE(picker->checkedMetrics().size(), 1);
    QVERIFY(button.menu()->isVisible());
}

void TestMetricPicker::presetsAreKept() {
    m_picker->setMetricChecked(u"members"_s, true);
    m_picker->setMetricChecked(u"union_orgs"_s, true);
    m_picker->savePreset(u"组织与会员"_s);
    QCOMPARE(m_picker->presetNames(), QStringList{u"组织与会员"_s});
    QCOMPARE(m_picker->presetChooser()->count(), 2);  // "Presets…" and the one kept
    // Another picker (a new session) ticks them again.
    MetricPicker again(u"test/metricPresets"_s, false);
    const MetricCatalog &catalog = MetricCatalog::builtIn();
    again.setMetrics(catalog.metrics(), catalog.groups());
    QVERIFY(again.checkedMetrics().isEmpty());
    QVERIFY(again.applyPreset(u"组织与会员"_s));
    QCOMPARE(again.checkedMetrics(), (QStringList{u"union_orgs"_s, u"members"_s}));
    QVERIFY(!again.applyPreset(u"no such preset"_s));
}

QTEST_MAIN(TestMetricPicker)
#include "tst_metricpicker.moc"
