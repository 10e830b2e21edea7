// The Search page on its own: Enter asks for a search with the text typed (the page runs no
// query itself), the hits the app gives are listed, and a hit clicked asks for its source.
#include "items/searchresultsmodel.h"
#include "searchpage.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

SearchHit hit(const QString &city, const QString &sentence, qint64 start,
              const QString &figure = QString()) {
    SearchHit made;
    made.path = u"/made-up/%1总工会工作报告.txt"_s.arg(city);
    made.city = city;
    made.sentence = sentence;
    made.start = start;
    made.end = start + sentence.size();
    if (!figure.isEmpty()) {
        Figure found;
        found.raw = figure;
        found.start = start + sentence.indexOf(figure);
        found.end = found.start + figure.size();
        made.figures.push_back(found);
    }
    return made;
}

}  // namespace

class TestSearchPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void returnAsksForASearch_data();
    void returnAsksForASearch();
    void typingAloneAsksNothing();
    void hitAsksForItsSource_data();
    void hitAsksForItsSource();
    void findFocusesTheQuery();
    void searchFromOutside();

private:
    std::unique_ptr<SearchResultsModel> m_results;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<SearchPage> m_page;
};

void TestSearchPage::init() {
    m_results = std::make_unique<SearchResultsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_results.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page = std::make_unique<SearchPage>(m_results.get());
}

void TestSearchPage::cleanup() {
    m_page.reset();
    m_tester.reset();
    m_results.reset();
}

void TestSearchPage::returnAsksForASearch_data() {
    QTest::addColumn<QString>("typed");  // keys QTest can type (ASCII)
    QTest::addColumn<QString>("set");    // text put in as an input method would
    QTest::addColumn<QString>("asked");
    QTest::newRow("a word typed") << u"union"_s << QString() << u"union"_s;
    QTest::newRow("Chinese from the input method") << QString() << u"困难职工"_s << u"困难职工"_s;
    QTest::newRow("as typed, spaces and all") << u" 2022 "_s << QString() << u" 2022 "_s;
}

void TestSearchPage::returnAsksForASearch() {
    QFETCH(QString, typed);
    QFETCH(QString, set);
    QFETCH(QString, asked);
    QSignalSpy requested(m_page.get(), &SearchPage::searchRequested);
    QVERIFY(requested.isValid());
    QLineEdit *edit = m_page->queryEdit();
    if (!set.isEmpty())
        edit->setText(set);
    QTest::keyClicks(edit, typed);
    QCOMPARE(requested.count(), 0);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), asked);
    QCOMPARE(m_page->query(), asked);
    // The page runs no query: the results are the app's to give.
    QCOMPARE(m_results->rowCount(), 0);
}

void TestSearchPage::typingAloneAsksNothing() {
    QSignalSpy requested(m_page.get(), &SearchPage::searchRequested);
    QVERIFY(requested.isValid());
    QTest::keyClicks(m_page->queryEdit(), u"station"_s);
    QTest::keyClick(m_page->queryEdit(), Qt::Key_Backspace);
    QCOMPARE(requested.count(), 0);
}

void TestSearchPage::hitAsksForItsSource_data() {
    QTest::addColumn<int>("row");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::newRow("a sentence with a figure: the figure")
        << 0 << qint64(100 + 6) << qint64(100 + 6 + 6);
    QTest::newRow("a sentence without one: the sentence") << 1 << qint64(40) << qint64(40 + 10);
}

void TestSearchPage::hitAsksForItsSource() {
    QFETCH(int, row);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    m_results->setHits({hit(u"漳州市"_s, u"走访慰问困难1.13万户"_s, 100, u"1.13万户"_s),
                        hit(u"肇庆市"_s, u"困难职工帮扶工作扎实"_s, 40)});
    m_page->resize(600, 400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QListView *list = m_page->resultsView();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(1, 0).data().toString(), u"肇庆市　困难职工帮扶工作扎实"_s);
    QSignalSpy activated(m_page.get(), &SearchPage::figureActivated);
    QVERIFY(activated.isValid());
    const QModelIndex index = list->model()->index(row, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), index.data(SearchResultsModel::PathRole).toString());
    QCOMPARE(activated.at(0).at(1).toLongLong(), start);
    QCOMPARE(activated.at(0).at(2).toLongLong(), end);
}

void TestSearchPage::findFocusesTheQuery() {
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->setQuery(u"驿站"_s);
    m_page->focusQuery();
    QVERIFY(m_page->queryEdit()->hasFocus());
    QCOMPARE(m_page->queryEdit()->selectedText(), u"驿站"_s);
}

// As the screenshots run one: the query shown, and asked for as if typed.
void TestSearchPage::searchFromOutside() {
    QSignalSpy requested(m_page.get(), &SearchPage::searchRequested);
    QVERIFY(requested.isValid());
    m_page->search(u"驿站"_s);
    QCOMPARE(m_page->queryEdit()->text(), u"驿站"_s);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"驿站"_s);
}

QTEST_MAIN(TestSearchPage)
#include "tst_searchpage.moc"
