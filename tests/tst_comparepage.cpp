// The Compare page on its own, over a made-up city table: the per-member switch changes what
// the cells say, the choosers hide cities and metrics, a cell's figure asks for its source,
// and a cell's menu offers the candidates the app gives and asks for the one chosen.
#include "citytableproxymodel.h"
#include "comparepage.h"
#include "items/chosencellsproxy.h"
#include "items/citytablemodel.h"
#include "metricpicker.h"
#include "pagefixtures.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

constexpr auto kFailures = QAbstractItemModelTester::FailureReportingMode::QtTest;

// The shown cell of a city and metric, or an invalid index.
QModelIndex shownCell(const QAbstractItemModel *model, const QString &city, const QString &metric) {
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

QAction *actionNamed(QMenu *menu, const QString &text) {
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

}  // namespace

class TestComparePage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void perMemberChangesTheCells_data();
    void perMemberChangesTheCells();
    void choosersHideCitiesAndMetrics_data();
    void choosersHideCitiesAndMetrics();
    void metricsUntickedInThePickerAreNoRows();
    void rememberedChoiceIsShown();
    void controlsFitBesideTheSourcePanel();
    void choiceKeptBetweenSessions();
    void cellAsksForItsSource_data();
    void cellAsksForItsSource();
    void cellMenuOffersTheCandidates_data();
    void cellMenuOffersTheCandidates();

private:
    std::unique_ptr<CityTableModel> m_model;
    std::unique_ptr<CityTableProxyModel> m_table;
    std::unique_ptr<ComparePage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    std::vector<CellCandidate> m_candidates;  // what the lookup gives
    QStringList m_asked;                      // "city metric" the lookup was asked for
};

void TestComparePage::init() {
    m_model = std::make_unique<CityTableModel>();
    m_table = std::make_unique<CityTableProxyModel>();
    m_table->setSourceModel(m_model.get());
    m_candidates.clear();
    m_asked.clear();
    m_page = std::make_unique<ComparePage>(m_table.get(),
                                           [this](const QString &city, const QString &metric) {
                                               m_asked.append(city + u' ' + metric);
                                               return m_candidates;
                                           });
    // Every model the page uses, under the tester from before it is filled.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model.get()),
          static_cast<QAbstractItemModel *>(m_table.get()), m_page->view()->model()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, kFailures));
    const CityTable table = pagefixtures::cityTable();
    m_model->setTable(table);
    m_page->setChoices(table.cities, table.metrics);
}

void TestComparePage::cleanup() {
    m_testers.clear();
    m_page.reset();
    m_table.reset();
    m_model.reset();
}

void TestComparePage::perMemberChangesTheCells_data() {
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("stated");
    QTest::addColumn<QString>("perMember");
    QTest::addColumn<QString>("header");  // what the row's numbers now are
    QTest::newRow("funds over members") << u"肇庆市"_s << u"golden_autumn_funds"_s << u"934万元"_s
                                        << u"15.33元"_s << u"（元，每名会员）"_s;
    QTest::newRow("another city's funds") << u"三明市"_s << u"golden_autumn_funds"_s << u"120万元"_s
                                          << u"4元"_s << u"（元，每名会员）"_s;
    QTest::newRow("members per member is one")
        << u"漳州市"_s << u"members"_s << u"72.7万人"_s << u"1人"_s << u"（人，每名会员）"_s;
    QTest::newRow("organisations per 100 members, not 0.0125 each")
        << u"漳州市"_s << u"union_orgs"_s << u"9,092个"_s << u"1.25个"_s << u"（个，每百名会员）"_s;
}

void TestComparePage::perMemberChangesTheCells() {
    QFETCH(QString, city);
    QFETCH(QString, metric);
    QFETCH(QString, stated);
    QFETCH(QString, perMember);
    QFETCH(QString, header);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const QModelIndex cell = shownCell(m_page->view()->model(), city, metric);
    QVERIFY(cell.isValid());
    QCOMPARE(cell.data().toString(), stated);
    QSignalSpy changed(m_page->view()->model(), &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    QTest::mouseClick(m_page->perMemberSwitch(), Qt::LeftButton);
    QVERIFY(m_page->perMember());
    QVERIFY(m_table->perMember());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell.data().toString(), perMember);
    const QString rowHeader =
        m_page->view()->model()->headerData(cell.row(), Qt::Vertical).toString();
    QVERIFY2(rowHeader.endsWith(header), qPrintable(rowHeader));
    QTest::mouseClick(m_page->perMemberSwitch(), Qt::LeftButton);
    QCOMPARE(cell.data().toString(), stated);
}

void TestComparePage::choosersHideCitiesAndMetrics_data() {
    QTest::addColumn<bool>("cities");  // the city chooser, or the metric chooser
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QStringList>("hiddenCities");
    QTest::addColumn<QStringList>("hiddenMetrics");
    QTest::newRow("a city unticked is no column")
        << true << u"三明市"_s << 3 << 2 << QStringList{u"三明市"_s} << QStringList();
}

// The metric picker stays open while the user ticks: each metric unticked is one row fewer at
// once; after a reload the choice is kept.
void TestComparePage::metricsUntickedInThePickerAreNoRows() {
    MetricPicker *picker = m_page->metricPicker();
    QCOMPARE(picker->checkedMetrics().size(), 3);
    QSignalSpy changed(picker, &MetricPicker::checkedMetricsChanged);
    QVERIFY(changed.isValid());
    const QAbstractItemModel *shown = m_page->view()->model();
    picker->setMetricChecked(u"members"_s, false);
    QCOMPARE(shown->rowCount(), 2);
    picker->setMetricChecked(u"union_orgs"_s, false);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_page->hiddenMetrics(), (QStringList{u"union_orgs"_s, u"members"_s}));
    const CityTable table = pagefixtures::cityTable();
    m_model->setTable(table);
    m_page->setChoices(table.cities, table.metrics);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(picker->checkedMetrics(), QStringList{u"golden_autumn_funds"_s});
    picker->checkShown(true);  // All
    QCOMPARE(shown->rowCount(), 3);
    QVERIFY(m_page->hiddenMetrics().isEmpty());
}

void TestComparePage::choosersHideCitiesAndMetrics() {
    QFETCH(bool, cities);
    QFETCH(QString, action);
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(QStringList, hiddenCities);
    QFETCH(QStringList, hiddenMetrics);
    QToolButton *chooser = cities ? m_page->cityChooser() : m_page->metricChooser();
    QCOMPARE(chooser->menu()->actions().size(), 3);
    QAction *unticked = actionNamed(chooser->menu(), action);
    QVERIFY2(unticked, qPrintable(action));
    QVERIFY(unticked->isChecked());
    const QAbstractItemModel *shown = m_page->view()->model();
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->columnCount(), 3);
    unticked->trigger();
    QCOMPARE(shown->rowCount(), rows);
    QCOMPARE(shown->columnCount(), columns);
    QCOMPARE(m_page->hiddenCities(), hiddenCities);
    QCOMPARE(m_page->hiddenMetrics(), hiddenMetrics);
    QCOMPARE(m_page->chosenCells()->hiddenCities(), hiddenCities);
    // The choosers list the table again after a reload; the choice is kept.
    const CityTable table = pagefixtures::cityTable();
    m_model->setTable(table);
    m_page->setChoices(table.cities, table.metrics);
    QVERIFY(!actionNamed(chooser->menu(), action)->isChecked());
    QCOMPARE(shown->columnCount(), columns);
    actionNamed(chooser->menu(), action)->trigger();
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->columnCount(), 3);
    QVERIFY(m_page->hiddenCities().isEmpty() && m_page->hiddenMetrics().isEmpty());
}

// As the settings give it back: hidden, and unticked in the choosers.
// The window on a 1600-pixel screen holds the page beside the source panel: the legend of the
// marks wraps rather than widening the page (in English it made the window 1622 wide).
void TestComparePage::controlsFitBesideTheSourcePanel() {
    const int width = m_page->minimumSizeHint().width();
    QVERIFY2(width <= 1000, qPrintable(QString::number(width)));
}

void TestComparePage::rememberedChoiceIsShown() {
    m_page->setHidden({u"漳州市"_s}, {u"union_orgs"_s});
    const QAbstractItemModel *shown = m_page->view()->model();
    QCOMPARE(shown->columnCount(), 2);
    QCOMPARE(shown->rowCount(), 2);
    QVERIFY(!shownCell(shown, u"漳州市"_s, u"members"_s).isValid());
    QAction *zhangzhou = actionNamed(m_page->cityChooser()->menu(), u"漳州市"_s);
    QAction *zhaoqing = actionNamed(m_page->cityChooser()->menu(), u"肇庆市"_s);
    QVERIFY(zhangzhou && zhaoqing);
    QVERIFY(!zhangzhou->isChecked());
    QVERIFY(zhaoqing->isChecked());
    QCOMPARE(m_page->metricPicker()->checkedMetrics(),
             (QStringList{u"members"_s, u"golden_autumn_funds"_s}));
}

// Saved by one page, given back to the next (a new session), under the keys users have.
void TestComparePage::choiceKeptBetweenSessions() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_page->setHidden({u"三明市"_s}, {u"members"_s});
    m_page->setPerMember(true);
    m_page->saveSettings(&settings);
    QCOMPARE(settings.value(u"compare/hiddenCities"_s).toStringList(), QStringList{u"三明市"_s});
    QCOMPARE(settings.value(u"compare/hiddenMetrics"_s).toStringList(), QStringList{u"members"_s});
    QCOMPARE(settings.value(u"compare/perMember"_s).toBool(), true);

    m_page = std::make_unique<ComparePage>(m_table.get(), nullptr);
    m_table->setPerMember(false);
    const CityTable table = pagefixtures::cityTable();
    m_page->setChoices(table.cities, table.metrics);
    m_page->restoreSettings(settings);
    QCOMPARE(m_page->hiddenCities(), QStringList{u"三明市"_s});
    QCOMPARE(m_page->hiddenMetrics(), QStringList{u"members"_s});
    QVERIFY(m_page->perMemberSwitch()->isChecked());
    QVERIFY(m_table->perMember());
    QCOMPARE(m_page->view()->model()->columnCount(), 2);
    QCOMPARE(m_page->view()->model()->rowCount(), 2);
}

void TestComparePage::cellAsksForItsSource_data() {
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<bool>("asks");
    QTest::addColumn<qint64>("start");
    QTest::newRow("a cell with a figure opens its sentence")
        << u"肇庆市"_s << u"union_orgs"_s << true << qint64(12);
    QTest::newRow("an empty cell opens nothing")
        << u"三明市"_s << u"union_orgs"_s << false << qint64(0);
}

void TestComparePage::cellAsksForItsSource() {
    QFETCH(QString, city);
    QFETCH(QString, metric);
    QFETCH(bool, asks);
    QFETCH(qint64, start);
    m_page->resize(900, 400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy activated(m_page.get(), &ComparePage::figureActivated);
    QVERIFY(activated.isValid());
    const QModelIndex cell = shownCell(m_page->view()->model(), city, metric);
    QVERIFY(cell.isValid());
    const QPoint center = m_page->view()->visualRect(cell).center();
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(m_page->view()->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(activated.count(), asks ? 1 : 0);
    if (!asks)
        return;
    QCOMPARE(activated.at(0).at(0).toString(), pagefixtures::reportPath(city));
    QCOMPARE(activated.at(0).at(1).toLongLong(), start);
    QCOMPARE(activated.at(0).at(2).toLongLong(),
             start + cell.data(CityTableModel::RawRole).toString().size());
}

void TestComparePage::cellMenuOffersTheCandidates_data() {
    QTest::addColumn<int>("candidates");
    QTest::newRow("two candidates, one filling the cell") << 2;
    QTest::newRow("no candidates: nothing to choose") << 0;
}

void TestComparePage::cellMenuOffersTheCandidates() {
    QFETCH(int, candidates);
    for (int i = 0; i < candidates; ++i) {
        CellCandidate candidate;
        candidate.anchor.raw = i == 0 ? u"5397个"_s : u"5400个"_s;
        candidate.anchor.documentPath = pagefixtures::reportPath(u"肇庆市"_s);
        candidate.anchor.start = 12 + 100 * i;
        candidate.label = u"工会组织"_s;
        candidate.filling = i == 0;
        m_candidates.push_back(candidate);
    }
    const QModelIndex cell = shownCell(m_page->view()->model(), u"肇庆市"_s, u"union_orgs"_s);
    const std::unique_ptr<QMenu> menu(m_page->cellMenu(cell, nullptr));
    QCOMPARE(m_asked, QStringList{u"肇庆市 union_orgs"_s});
    QMenu *fill = menu->actions().at(0)->menu();
    QVERIFY(fill);
    QCOMPARE(fill->actions().size(), candidates);
    QCOMPARE(fill->isEnabled(), candidates > 0);
    QSignalSpy chosen(m_page.get(), &ComparePage::candidateChosen);
    QVERIFY(chosen.isValid());
    QSignalSpy activated(m_page.get(), &ComparePage::figureActivated);
    QVERIFY(activated.isValid());
    if (candidates > 0) {
        QVERIFY(fill->actions().at(0)->isChecked());  // the one the cell shows
        QVERIFY(!fill->actions().at(1)->isChecked());
        QCOMPARE(fill->actions().at(1)->text(), u"5400个 — 工会组织"_s);
        fill->actions().at(1)->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<FigureAnchor>().raw, u"5400个"_s);
        QCOMPARE(chosen.at(0).at(0).value<FigureAnchor>().start, 112);
        QCOMPARE(chosen.at(0).at(1).toString(), u"union_orgs"_s);
    }
    // Show the source: the cell's own figure.
    menu->actions().at(1)->trigger();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(1).toLongLong(), 12);
}

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
