// The Review view on its own, over the queue of the seeds' table: what asks for a look, one key
// a decision (A accepts, R rejects, 1–9 picks a candidate), and the queue moving on by itself.
#include "engine/reviewqueue.h"
#include "items/reviewmodel.h"
#include "reviewpage.h"
#include "seedhelpers.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

Q_DECLARE_METATYPE(reportlens::FigureAnchor)

namespace {

// Three candidates for any cell: the one filling it first.
std::vector<CellCandidate> candidatesOf(const QString &city, const QString &metric) {
    std::vector<CellCandidate> candidates;
    for (int i = 0; i < 3; ++i) {
        CellCandidate candidate;
        candidate.anchor.documentPath = u"/made-up/%1.txt"_s.arg(city);
        candidate.anchor.raw = u"%1-%2"_s.arg(metric).arg(i + 1);
        candidate.anchor.start = 10 * i;
        candidate.anchor.end = 10 * i + 4;
        candidate.label = metric;
        candidate.filling = i == 0;
        candidates.push_back(candidate);
    }
    return candidates;
}

}  // namespace

class TestReviewPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void theQueueHoldsWhatNeedsAPerson();
    void keysDecide_data();
    void keysDecide();
    void theQueueMovesOnAfterADecision();
    void unplacedFiguresNamingAnEmptyCellsMetric_data();
    void unplacedFiguresNamingAnEmptyCellsMetric();
    void anUnplacedFigureIsPlacedOrLeftOut_data();
    void anUnplacedFigureIsPlacedOrLeftOut();

private:
    CityTable m_table;
    std::unique_ptr<ReviewModel> m_queue;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ReviewPage> m_page;
};

void TestReviewPage::init() {
    qRegisterMetaType<FigureAnchor>();
    if (m_table.cells.empty())
        m_table = seedTable(seedDocuments());
    m_queue = std::make_unique<ReviewModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queue->setItems(ReviewQueue::itemsOf(m_table));
    m_page = std::make_unique<ReviewPage>(m_queue.get(), &candidatesOf,
                                          MetricCatalog::builtIn().metrics(), false);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestReviewPage::theQueueHoldsWhatNeedsAPerson() {
    const std::vector<ReviewItem> items = ReviewQueue::itemsOf(m_table);
    QVERIFY(!items.empty());
    bool households = false;
    for (const ReviewItem &item : items) {
        QVERIFY(!item.cell.corrected);
        switch (item.reason) {
            case ReviewItem::Reason::OtherUnit:
                QVERIFY(item.cell.otherUnitFamily);
                households = households || item.cell.unit == u"户";
                break;
            case ReviewItem::Reason::Competing:
                QVERIFY(item.cell.alternatives > 0);
                break;
            case ReviewItem::Reason::LowConfidence:
                QVERIFY(item.cell.score < ReviewQueue::kSureScore);
                break;
            case ReviewItem::Reason::Unplaced:
                QFAIL("no unplaced figures were given");
        }
    }
    QVERIFY2(households, "商洛's 3,600户 in the 人 row of 解困脱困 asks for a look");
    // A sure cell with no rival is not in the queue.
    for (const TableCell &cell : m_table.cells) {
        if (cell.comparable() && cell.alternatives == 0 && cell.score >= ReviewQueue::kSureScore)
            QVERIFY(std::none_of(items.begin(), items.end(), [&](const ReviewItem &item) {
                return item.cell.city == cell.city && item.cell.metric == cell.metric;
            }));
    }
    // The first item is shown with its figure marked and its candidates numbered.
    QCOMPARE(m_page->list()->currentIndex().row(), 0);
    const TableCell &first = items.front().cell;
    QVERIFY2(m_page->sentence()->toHtml().contains(u"font-weight:"_s),
             qPrintable(m_page->sentence()->toHtml()));
    QVERIFY(m_page->sentence()->toPlainText().contains(first.raw));
    QCOMPARE(m_page->candidates()->count(), 3);
    QVERIFY(m_page->candidates()->item(0)->text().startsWith(u"1. "_s));
}

void TestReviewPage::keysDecide_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("rejects");
    QTest::addColumn<int>("candidate");  // 1-based: the candidate chosen or rejected
    QTest::newRow("A accepts the figure that fills the cell") << int(Qt::Key_A) << false << 1;
    QTest::newRow("R rejects it") << int(Qt::Key_R) << true << 1;
    QTest::newRow("2 picks the second candidate") << int(Qt::Key_2) << false << 2;
    QTest::newRow("3 picks the third") << int(Qt::Key_3) << false << 3;
}

void TestReviewPage::keysDecide() {
    QFETCH(int, key);
    QFETCH(bool, rejects);
    QFETCH(int, candidate);
    QSignalSpy chosen(m_page.get(), &ReviewPage::chosen);
    QSignalSpy rejected(m_page.get(), &ReviewPage::rejected);
    QVERIFY(chosen.isValid());
    QVERIFY(rejected.isValid());
    m_page->list()->setFocus();
    const QModelIndex current = m_page->list()->currentIndex();
    const QString city = current.data(ReviewModel::CityRole).toString();
    const QString metric = current.data(ReviewModel::MetricRole).toString();
    QTest::keyClick(m_page->list(), Qt::Key(key));
    QCOMPARE(rejected.count(), rejects ? 1 : 0);
    QCOMPARE(chosen.count(), rejects ? 0 : 1);
    const QList<QVariant> decision = rejects ? rejected.first() : chosen.first();
    const FigureAnchor anchor = decision.first().value<FigureAnchor>();
    QCOMPARE(anchor.raw, candidatesOf(city, metric)[size_t(candidate - 1)].anchor.raw);
    if (!rejects)
        QCOMPARE(decision.at(1).toString(), metric);
    // The undo step names it in words: the action, the place, the figure.
    const QString step = decision.last().toString();
    QVERIFY2(step.startsWith(rejects ? u"reject "_s : u"choose for the cell "_s) &&
                 step.contains(city) && step.endsWith(anchor.raw),
             qPrintable(step));
}

// After a decision the app reloads: the decided item is gone and the one after it is shown.
void TestReviewPage::theQueueMovesOnAfterADecision() {
    QVERIFY(m_queue->rowCount() >= 3);
    m_page->list()->setCurrentIndex(m_page->list()->model()->index(1, 0));
    const QString next = m_queue->index(2).data(ReviewModel::RawRole).toString();
    std::vector<ReviewItem> items = ReviewQueue::itemsOf(m_table);
    items.erase(items.begin() + 1);
    m_queue->setItems(items);
    QCOMPARE(m_page->list()->currentIndex().row(), 1);
    QCOMPARE(m_page->list()->currentIndex().data(ReviewModel::RawRole).toString(), next);
    QVERIFY(m_page->sentence()->toPlainText().contains(next));
    // The last item decided: the queue shows the one before, and empty says so.
    m_queue->setItems({});
    QVERIFY(!m_page->list()->currentIndex().isValid());
    QVERIFY(m_page->candidates()->count() == 0);
}

void TestReviewPage::unplacedFiguresNamingAnEmptyCellsMetric_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("metric");  // the item's; empty: no item
    QTest::newRow("a label naming the metric of an empty cell")
        << u"培训职工"_s << u"人次"_s << u"workers_trained"_s;
    QTest::newRow("a label naming the metric of a filled cell")
        << u"工会会员"_s << u"人"_s << QString();
    QTest::newRow("a word the metric excludes in the label")
        << u"劳动争议咨询"_s << u"件"_s << QString();
    QTest::newRow("a unit of another family than the metric's")
        << u"劳动争议"_s << u"元"_s << QString();
    QTest::newRow("a unit of its family the metric does not take")
        << u"基层工会组织"_s << u"对"_s << QString();
    QTest::newRow("a label naming no metric") << u"开展文体活动"_s << u"场"_s << QString();
}

void TestReviewPage::unplacedFiguresNamingAnEmptyCellsMetric() {
    QFETCH(QString, label);
    QFETCH(QString, unit);
    QFETCH(QString, metric);
    // A place whose table has one cell (its members); one figure that took no metric.
    CityTable table;
    table.metrics = MetricCatalog::builtIn().metrics();
    table.cities = {u"三亚市"_s};
    TableCell members;
    members.city = u"三亚市"_s;
    members.metric = u"members"_s;
    members.unit = u"人"_s;
    members.score = 1000;
    table.cells.push_back(members);
    UnplacedFigure unplaced;
    unplaced.figure.city = u"三亚市"_s;
    unplaced.figure.label = label;
    unplaced.figure.unit = unit;
    unplaced.figure.raw = u"12"_s + unit;
    unplaced.anchor = {u"hash"_s, u"/made-up/三亚.txt"_s, 5, 9, unplaced.figure.raw};

    const std::vector<ReviewItem> items =
        ReviewQueue::itemsOf(table, MetricCatalog::builtIn(), {unplaced});
    QCOMPARE(items.size(), size_t(metric.isEmpty() ? 0 : 1));
    if (metric.isEmpty())
        return;
    QCOMPARE(items.front().reason, ReviewItem::Reason::Unplaced);
    QCOMPARE(items.front().cell.metric, metric);
    QCOMPARE(items.front().figure.documentHash, u"hash"_s);
}

void TestReviewPage::anUnplacedFigureIsPlacedOrLeftOut_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("places");
    QTest::newRow("A places it in the empty cell") << int(Qt::Key_A) << true;
    QTest::newRow("R leaves it without a metric") << int(Qt::Key_R) << false;
}

void TestReviewPage::anUnplacedFigureIsPlacedOrLeftOut() {
    QFETCH(int, key);
    QFETCH(bool, places);
    UnplacedFigure unplaced;
    unplaced.figure.city = m_table.cities.constFirst();
    unplaced.figure.label = u"培训职工"_s;
    unplaced.figure.unit = u"人次"_s;
    unplaced.figure.raw = u"7人次"_s;
    unplaced.figure.sentence = u"培训职工7人次。"_s;
    unplaced.anchor = {u"hash"_s, u"/made-up/a.txt"_s, 4, 7, unplaced.figure.raw};
    CityTable table = m_table;
    table.cells.erase(std::remove_if(table.cells.begin(), table.cells.end(),
                                     [&](const TableCell &cell) {
                                         return cell.city == unplaced.figure.city &&
                                                cell.metric == u"workers_trained";
                                     }),
                      table.cells.end());
    m_queue->setItems(ReviewQueue::itemsOf(table, MetricCatalog::builtIn(), {unplaced}));
    int row = -1;
    for (int i = 0; i < m_queue->rowCount(); ++i) {
        if (m_queue->itemAt(i)->reason == ReviewItem::Reason::Unplaced)
            row = i;
    }
    QVERIFY(row >= 0);
    m_page->list()->setFocus();
    m_page->list()->setCurrentIndex(m_page->list()->model()->index(row, 0));
    // Its one candidate is the figure itself; the list says why it is there.
    QCOMPARE(m_page->candidates()->count(), 1);
    QVERIFY(m_page->list()->currentIndex().data().toString().contains(u"names the metric"_s));
    QSignalSpy chosen(m_page.get(), &ReviewPage::chosen);
    QSignalSpy leftUnplaced(m_page.get(), &ReviewPage::leftUnplaced);
    QSignalSpy rejected(m_page.get(), &ReviewPage::rejected);
    QVERIFY(chosen.isValid() && leftUnplaced.isValid() && rejected.isValid());
    QTest::keyClick(m_page->list(), Qt::Key(key));
    QCOMPARE(rejected.count(), 0);  // never "not a figure"
    QCOMPARE(chosen.count(), places ? 1 : 0);
    QCOMPARE(leftUnplaced.count(), places ? 0 : 1);
    const QList<QVariant> decision = places ? chosen.first() : leftUnplaced.first();
    QCOMPARE(decision.first().value<FigureAnchor>().documentHash, u"hash"_s);
    QCOMPARE(decision.first().value<FigureAnchor>().raw, u"7人次"_s);
    if (places)
        QCOMPARE(decision.at(1).toString(), u"workers_trained"_s);
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
