// The Corrections view of the window: every correction listed with its place, filtered, and
// reverted (or restored) at any time, after a restart too, as an undoable step named in words.
#include "correctionspage.h"
#include "items/citytablemodel.h"
#include "items/correctionlogmodel.h"
#include "items/reviewmodel.h"
#include "mainwindow.h"
#include "reviewpage.h"
#include "services/corrections.h"
#include "storage/reportstore.h"
#include "storefixtures.h"

#include <QComboBox>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

QString cellText(MainWindow &window, const QString &city, const QString &metric) {
    const QAbstractItemModel *table = window.compareView()->model();
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QModelIndex index = table->index(row, column);
            if (index.data(CityTableModel::CityRole) == city &&
                index.data(CityTableModel::MetricIdRole) == metric)
                return index.data().toString();
        }
    }
    return {};
}

}  // namespace

class TestCorrectionsLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aRejectionRevertedFromTheLogAfterARestart();
    void theLogIsFilteredByPlaceAndMetric();
    void theReviewQueueDecidesFromTheKeyboard();
    void unplacedFiguresArePlacedOrLeftOutFromTheReview();

private:
    // A store on the seeds' database (made once), opened as a new session would.
    bool open(ReportStore *store);
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
};

void TestCorrectionsLog::initTestCase() {
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"ReportLensTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(u"settings"_s));
    QSettings().clear();
    QSettings().setValue(Corrections::kAuthorSetting, u"王编辑"_s);
    m_location.sqlitePath = m_dir.filePath(u"reports.sqlite"_s);
    QVERIFY(copySeeds(m_dir.path()));
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_location, &error), qPrintable(error));
    const QStringList problems = importCopiedSeeds(&store, m_dir.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

bool TestCorrectionsLog::open(ReportStore *store) {
    QString error;
    if (!store->open(m_location, &error))
        qWarning("%s", qPrintable(error));
    return store->isOpen();
}

// 肇庆's 5397家 is rejected in one session; in the next, the log lists it (who, where, what)
// and Revert brings the figure back into its cell; undo puts the rejection back.
void TestCorrectionsLog::aRejectionRevertedFromTheLogAfterARestart() {
    {
        ReportStore store;
        QVERIFY(open(&store));
        MainWindow window(&store);
        QCOMPARE(cellText(window, u"肇庆市"_s, u"union_orgs"_s), u"5,397家 ≠"_s);
        bool rejected = false;
        for (const DocumentSummary &summary : store.documents()) {
            const std::optional<Document> document = store.document(summary.id);
            for (const Figure &figure : document->figures) {
                if (figure.raw == u"5397家" && !rejected)
                    rejected = window.correctFigure(*document, figure, CorrectionKind::Reject, {});
            }
        }
        QVERIFY(rejected);
        QVERIFY(!cellText(window, u"肇庆市"_s, u"union_orgs"_s).startsWith(u"5,397家"_s));
        // The undo step says what it undoes, in words.
        QCOMPARE(window.undoStack()->undoText(), u"reject 肇庆市 工会组织数 5397家"_s);
    }

    ReportStore store;  // a restart: another session, nothing in memory
    QVERIFY(open(&store));
    MainWindow window(&store);
    window.showView(MainWindow::CorrectionsView);
    CorrectionsPage *page = window.correctionsPage();
    QTableView *view = page->view();
    QAbstractItemModel *log = view->model();
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->index(0, CorrectionLogModel::ActionColumn).data().toString(), u"reject"_s);
    QCOMPARE(log->index(0, CorrectionLogModel::PlaceColumn).data().toString(), u"肇庆市"_s);
    QCOMPARE(log->index(0, CorrectionLogModel::FigureColumn).data().toString(), u"5397家"_s);
    QCOMPARE(log->index(0, CorrectionLogModel::AuthorColumn).data().toString(), u"王编辑"_s);
    QCOMPARE(log->index(0, CorrectionLogModel::StateColumn).data().toString(), u"in effect"_s);

    view->setCurrentIndex(log->index(0, 0));
    QCOMPARE(page->revertButton()->text(), u"&Revert"_s);
    page->revertButton()->click();
    QCOMPARE(cellText(window, u"肇庆市"_s, u"union_orgs"_s), u"5,397家 ≠"_s);
    QCOMPARE(log->rowCount(), 1);  // kept in the log
    // Who reverted it, and when, are kept beside it.
    const QString state = log->index(0, CorrectionLogModel::StateColumn).data().toString();
    QVERIFY2(state.startsWith(u"reverted by 王编辑, "_s), qPrintable(state));
    QCOMPARE(store.corrections().front().revertedBy, u"王编辑"_s);
    QVERIFY(store.corrections().front().revertedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
    QCOMPARE(window.undoStack()->undoText(), u"revert: reject 肇庆市 5397家"_s);

    window.undoStack()->undo();  // the rejection is in effect again
    QVERIFY(!cellText(window, u"肇庆市"_s, u"union_orgs"_s).startsWith(u"5,397家"_s));
    const QString restored = log->index(0, CorrectionLogModel::StateColumn).data().toString();
    QVERIFY2(restored.startsWith(u"restored by 王编辑, "_s), qPrintable(restored));
    QCOMPARE(store.corrections().size(), size_t(1));
}

void TestCorrectionsLog::theLogIsFilteredByPlaceAndMetric() {
    ReportStore store;
    QVERIFY(open(&store));
    MainWindow window(&store);
    // A metric moved in another place, beside the rejection of the test before.
    bool moved = false;
    for (const DocumentSummary &summary : store.documents()) {
        const std::optional<Document> document = store.document(summary.id);
        for (const Figure &figure : document->figures) {
            if (figure.raw == u"100.2万人次" && !moved)
                moved = window.correctFigure(*document, figure, CorrectionKind::SetMetric,
                                             {{u"metric"_s, u"workers_trained"_s}});
        }
    }
    QVERIFY(moved);
    window.showView(MainWindow::CorrectionsView);
    CorrectionsPage *page = window.correctionsPage();
    QAbstractItemModel *log = page->view()->model();
    QCOMPARE(log->rowCount(), 2);
    // Newest first.
    QCOMPARE(log->index(0, CorrectionLogModel::MetricColumn).data().toString(), u"职工培训"_s);
    page->metricFilter()->setCurrentIndex(page->metricFilter()->findData(u"workers_trained"_s));
    QCOMPARE(log->rowCount(), 1);
    page->metricFilter()->setCurrentIndex(0);
    page->placeFilter()->setCurrentIndex(page->placeFilter()->findData(u"漳州市"_s));
    QCOMPARE(log->rowCount(), 0);
    page->placeFilter()->setCurrentIndex(0);
    QCOMPARE(log->rowCount(), 2);
}

// In the window, A on the review queue keeps the cell's figure (a correction, named in words in
// the undo step): the cell leaves the queue, which shows the next one.
void TestCorrectionsLog::theReviewQueueDecidesFromTheKeyboard() {
    ReportStore store;
    QVERIFY(open(&store));
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::ReviewView);
    QListView *queue = window.reviewPage()->list();
    const int items = queue->model()->rowCount();
    QVERIFY(items > 2);
    const size_t corrections = store.corrections().size();
    queue->setFocus();
    queue->setCurrentIndex(queue->model()->index(1, 0));
    const QString city = queue->currentIndex().data(ReviewModel::CityRole).toString();
    const QString second = queue->model()->index(2, 0).data(ReviewModel::RawRole).toString();
    QTest::keyClick(queue, Qt::Key_A);
    QCOMPARE(store.corrections().size(), corrections + 1);
    QCOMPARE(queue->model()->rowCount(), items - 1);
    QCOMPARE(queue->currentIndex().row(), 1);
    QCOMPARE(queue->currentIndex().data(ReviewModel::RawRole).toString(), second);
    QVERIFY2(window.undoStack()->undoText().startsWith(u"choose for the cell "_s + city),
             qPrintable(window.undoStack()->undoText()));
    window.undoStack()->undo();
    QCOMPARE(queue->model()->rowCount(), items);
}

// The seeds have figures whose label names a metric the engine did not give them (a cell left
// empty): the Review view lists them; A places one in its cell, R leaves another without a
// metric for good (a restart does not list it again); undo takes both back.
void TestCorrectionsLog::unplacedFiguresArePlacedOrLeftOutFromTheReview() {
    const auto unplacedRows = [](QAbstractItemModel *queue) {
        QList<QPersistentModelIndex> rows;
        for (int row = 0; row < queue->rowCount(); ++row) {
            const QModelIndex index = queue->index(row, 0);
            if (ReviewItem::Reason(index.data(ReviewModel::ReasonRole).toInt()) ==
                ReviewItem::Reason::Unplaced)
                rows.append(index);
        }
        return rows;
    };
    const auto describe = [](const QModelIndex &index) {
        return index.data(ReviewModel::CityRole).toString() + u' ' +
               index.data(ReviewModel::MetricRole).toString() + u' ' +
               index.data(ReviewModel::RawRole).toString();
    };
    QString left;
    {
        ReportStore store;
        QVERIFY(open(&store));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::ReviewView);
        QListView *queue = window.reviewPage()->list();
        QList<QPersistentModelIndex> unplaced = unplacedRows(queue->model());
        QVERIFY2(unplaced.size() >= 2, "the seeds have figures naming an empty cell's metric");
        const QString city = unplaced.front().data(ReviewModel::CityRole).toString();
        const QString metric = unplaced.front().data(ReviewModel::MetricRole).toString();
        const QString raw = unplaced.front().data(ReviewModel::RawRole).toString();
        QCOMPARE(cellText(window, city, metric), QString());
        const int items = queue->model()->rowCount();
        queue->setFocus();
        queue->setCurrentIndex(unplaced.front());
        QTest::keyClick(queue, Qt::Key_A);
        QCOMPARE(queue->model()->rowCount(), items - 1);
        QVERIFY2(!cellText(window, city, metric).isEmpty(), qPrintable(city + u' ' + metric));
        QVERIFY2(window.undoStack()->undoText().endsWith(raw),
                 qPrintable(window.undoStack()->undoText()));

        unplaced = unplacedRows(queue->model());
        QVERIFY(!unplaced.isEmpty());
        left = describe(unplaced.front());
        queue->setCurrentIndex(unplaced.front());
        QTest::keyClick(queue, Qt::Key_R);
        QCOMPARE(queue->model()->rowCount(), items - 2);
        window.close();
    }
    ReportStore store;  // a restart
    QVERIFY(open(&store));
    MainWindow window(&store);
    window.showView(MainWindow::ReviewView);
    QListView *queue = window.reviewPage()->list();
    QStringList listed;
    for (const QPersistentModelIndex &index : unplacedRows(queue->model()))
        listed.append(describe(index));
    QVERIFY2(!listed.contains(left), qPrintable(left));
    // Both decisions are in the log: reverting them restores the queue.
    for (const Correction &correction : store.corrections()) {
        if (!correction.reverted && (correction.kind == CorrectionKind::SetMetric ||
                                     correction.kind == CorrectionKind::ChooseForCell))
            QVERIFY(Corrections(&store).revert(correction.id, nullptr));
    }
}

QTEST_MAIN(TestCorrectionsLog)
#include "tst_correctionslog.moc"
