// The Cities page on its own, over a made-up list of places: the filter, province and level
// choosers narrow the list, grouping sorts by province, activating a place asks for it, and
// the reports of an unknown place can be named through the row's menu.
#include "citiespage.h"
#include "citylistproxymodel.h"
#include "citytableproxymodel.h"
#include "items/citylistmodel.h"
#include "scriptedprompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

constexpr auto kFailures = QAbstractItemModelTester::FailureReportingMode::QtTest;

QStringList shownPlaces(const QAbstractItemModel *model) {
    QStringList places;
    for (int row = 0; row < model->rowCount(); ++row)
        places.append(model->index(row, 0).data(CityListModel::CityRole).toString());
    return places;
}

QStringList comboTexts(const QComboBox *combo) {
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

std::vector<CitySummary> places() {
    // An unknown place (empty), two places in Fujian, one in Jilin, a province.
    return {{u"漳州市"_s, 1, 10},
            {QString(), 2, 5},
            {u"通榆县"_s, 1, 3},
            {u"泉州市"_s, 1, 7},
            {u"湖北省"_s, 1, 4}};
}

}  // namespace

class TestCitiesPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void choosersNarrowTheList_data();
    void choosersNarrowTheList();
    void provincesListedAndKept();
    void groupedByProvince();
    void activatingAPlaceAsksForIt();
    void unknownPlaceNamed_data();
    void unknownPlaceNamed();

private:
    std::unique_ptr<CityListModel> m_list;
    std::unique_ptr<CitiesPage> m_page;
    ScriptedPrompts m_prompts;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestCitiesPage::initTestCase() {
    // The collation the page takes when made: pinyin order, as a Chinese user sees it.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void TestCitiesPage::init() {
    m_list = std::make_unique<CityListModel>();
    m_prompts = ScriptedPrompts();
    m_page = std::make_unique<CitiesPage>(m_list.get(), false, &m_prompts);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_list.get(), kFailures));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_page->places(), kFailures));
    m_list->setCities(places());
}

void TestCitiesPage::cleanup() {
    m_testers.clear();
    m_page.reset();
    m_list.reset();
}

void TestCitiesPage::choosersNarrowTheList_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("province");
    QTest::addColumn<int>("level");
    QTest::addColumn<QStringList>("shown");
    // Sorted by place in pinyin: Hubei, Quanzhou, Tongyu, Zhangzhou; the unknown place first.
    QTest::newRow("everything, the unknown place first")
        << QString() << QString() << int(CityListProxyModel::kAllLevels)
        << QStringList{QString(), u"湖北省"_s, u"泉州市"_s, u"通榆县"_s, u"漳州市"_s};
    QTest::newRow("a name typed in the filter")
        << u"州"_s << QString() << int(CityListProxyModel::kAllLevels)
        << QStringList{u"泉州市"_s, u"漳州市"_s};
    QTest::newRow("one province's places")
        << QString() << u"福建省"_s << int(CityListProxyModel::kAllLevels)
        << QStringList{u"泉州市"_s, u"漳州市"_s};
    QTest::newRow("counties only")
        << QString() << QString() << int(PlaceLevel::County) << QStringList{u"通榆县"_s};
    QTest::newRow("a province and a level with nothing in common")
        << QString() << u"吉林省"_s << int(PlaceLevel::City) << QStringList();
}

void TestCitiesPage::choosersNarrowTheList() {
    QFETCH(QString, filter);
    QFETCH(QString, province);
    QFETCH(int, level);
    QFETCH(QStringList, shown);
    m_page->filterEdit()->setText(filter);
    QComboBox *provinces = m_page->provinceChooser();
    const int provinceIndex = provinces->findData(province);
    QVERIFY(provinceIndex >= 0);
    provinces->setCurrentIndex(provinceIndex);
    m_page->levelChooser()->setCurrentIndex(m_page->levelChooser()->findData(level));
    QCOMPARE(shownPlaces(m_page->view()->model()), shown);
}

void TestCitiesPage::provincesListedAndKept() {
    QComboBox *provinces = m_page->provinceChooser();
    QCOMPARE(comboTexts(provinces),
             (QStringList{u"All provinces"_s, u"福建省"_s, u"湖北省"_s, u"吉林省"_s}));
    provinces->setCurrentIndex(provinces->findData(u"吉林省"_s));
    QCOMPARE(shownPlaces(m_page->view()->model()), QStringList{u"通榆县"_s});
    // A reload keeps the choice while the province has places ...
    m_list->setCities(places());
    QCOMPARE(provinces->currentData().toString(), u"吉林省"_s);
    QCOMPARE(shownPlaces(m_page->view()->model()), QStringList{u"通榆县"_s});
    // ... and shows every place once it has none.
    m_list->setCities({{u"漳州市"_s, 1, 10}});
    QCOMPARE(comboTexts(provinces), (QStringList{u"All provinces"_s, u"福建省"_s}));
    QCOMPARE(provinces->currentIndex(), 0);
    QCOMPARE(shownPlaces(m_page->view()->model()), QStringList{u"漳州市"_s});
}

void TestCitiesPage::groupedByProvince() {
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTest::mouseClick(m_page->byProvinceSwitch(), Qt::LeftButton);
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(),
             int(CityListModel::ProvinceColumn));
    QCOMPARE(shownPlaces(m_page->view()->model()),
             (QStringList{QString(), u"泉州市"_s, u"漳州市"_s, u"湖北省"_s, u"通榆县"_s}));
    QTest::mouseClick(m_page->byProvinceSwitch(), Qt::LeftButton);
    QCOMPARE(m_page->view()->horizontalHeader()->sortIndicatorSection(),
             int(CityListModel::CityColumn));
}

void TestCitiesPage::activatingAPlaceAsksForIt() {
    QSignalSpy chosen(m_page.get(), &CitiesPage::cityChosen);
    QVERIFY(chosen.isValid());
    QTableView *view = m_page->view();
    view->setCurrentIndex(view->model()->index(2, 0));  // 泉州市
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"泉州市"_s);
}

void TestCitiesPage::unknownPlaceNamed_data() {
    QTest::addColumn<QVariant>("answer");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("a place typed, spaces trimmed")
        << QVariant(u" 三亚市 "_s) << QStringList{u"三亚市"_s};
    QTest::newRow("cancelled: nothing named") << QVariant() << QStringList();
    QTest::newRow("nothing typed: nothing named") << QVariant(u"  "_s) << QStringList();
}

void TestCitiesPage::unknownPlaceNamed() {
    QFETCH(QVariant, answer);
    QFETCH(QStringList, named);
    QSignalSpy spy(m_page.get(), &CitiesPage::unknownPlaceNamed);
    QVERIFY(spy.isValid());
    const QAbstractItemModel *shown = m_page->view()->model();
    // A known place has no menu.
    QVERIFY(!std::unique_ptr<QMenu>(m_page->placeMenu(shown->index(1, 0), nullptr)));
    const QModelIndex unknown = shown->index(0, 0);
    QVERIFY(unknown.data(CityListModel::CityRole).toString().isEmpty());
    QCOMPARE(unknown.data().toString(), u"(place unknown: right-click to set it)"_s);
    const std::unique_ptr<QMenu> menu(m_page->placeMenu(unknown, nullptr));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 1);
    m_prompts.answers = {answer};
    menu->actions().first()->trigger();
    QCOMPARE(m_prompts.asked.size(), 1);
    QVERIFY(m_prompts.asked.first().startsWith(u"Set the place | "_s));
    QStringList emitted;
    for (const QList<QVariant> &arguments : std::as_const(spy))
        emitted.append(arguments.at(0).toString());
    QCOMPARE(emitted, named);
}

QTEST_MAIN(TestCitiesPage)
#include "tst_citiespage.moc"
