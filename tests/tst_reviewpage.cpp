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

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
