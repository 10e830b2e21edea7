// Whether the figures of a city table stand side by side: unit families, the period a row is
// compared for, the notes that say why not, and values per year.
#include "engine/citytable.h"
#include "engine/comparability.h"
#include "engine/metriccatalog.h"

#include <QTest>

using namespace reportlens;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(reportlens::UnitFamily)

namespace {

MetricDefinition metric(const QString &id, const QString &unit, bool level) {
    MetricDefinition definition;
    definition.id = id;
    definition.nameZh = id;
    definition.nameEn = id;
    definition.unit = unit;
    definition.level = level;
    return definition;
}

TableCell cell(const QString &city, const QString &metric, double value, const QString &unit,
               const QString &period) {
    TableCell made;
    made.city = city;
    made.metric = metric;
    made.value = value;
    made.unit = unit;
    made.period = period;
    return made;
}

}  // namespace

class TestComparability : public QObject {
    Q_OBJECT

private slots:
    void unitFamilies_data();
    void unitFamilies();
    void periodKeys_data();
    void periodKeys();
    void rowsAreComparedForOnePeriod_data();
    void rowsAreComparedForOnePeriod();
    void aCellOfAnotherUnitFamilyIsMarkedAndSaysWhy();
    void perYear_data();
    void perYear();
    void theBuiltInMetricsSayWhichAreLevels();
};

void TestComparability::unitFamilies_data() {
    QTest::addColumn<QString>("unit");
    QTest::addColumn<UnitFamily>("family");
    QTest::newRow("人 counts people") << u"人"_s << UnitFamily::People;
    QTest::newRow("名 counts people") << u"名"_s << UnitFamily::People;
    QTest::newRow("人次 counts person-times") << u"人次"_s << UnitFamily::PersonTimes;
    QTest::newRow("户 counts households") << u"户"_s << UnitFamily::Households;
    QTest::newRow("户次 counts household-times") << u"户次"_s << UnitFamily::HouseholdTimes;
    QTest::newRow("家次 counts firm-times") << u"家次"_s << UnitFamily::FirmTimes;
    QTest::newRow("元 is money") << u"元"_s << UnitFamily::Money;
    QTest::newRow("% is a percentage") << u"%"_s << UnitFamily::Percent;
    QTest::newRow("家 is a thing counted, like 个") << u"家"_s << UnitFamily::Things;
    QTest::newRow("场次 is a thing counted, like 场") << u"场次"_s << UnitFamily::Things;
}

void TestComparability::unitFamilies() {
    QFETCH(QString, unit);
    QFETCH(UnitFamily, family);
    QCOMPARE(unitFamily(unit), family);
}

void TestComparability::periodKeys_data() {
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("level");
    QTest::addColumn<QString>("key");
    QTest::newRow("a flow by its years") << u"2018-2022"_s << false << u"2018-2022"_s;
    QTest::newRow("a flow of one year") << u"2024"_s << false << u"2024"_s;
    QTest::newRow("a level by the year it stands at") << u"2018-2022"_s << true << u"2022"_s;
    QTest::newRow("a level up to a year is the same") << u"..2022"_s << true << u"2022"_s;
    QTest::newRow("a running total up to an unknown date") << u".."_s << true << QString();
    QTest::newRow("not stated") << QString() << false << QString();
    QTest::newRow("not a period") << u"recently"_s << false << QString();
}

void TestComparability::periodKeys() {
    QFETCH(QString, period);
    QFETCH(bool, level);
    QFETCH(QString, key);
    QCOMPARE(comparablePeriodKey(period, level), key);
}

// Each row: a metric and the periods of three places' figures; which are marked, and the period
// the row is compared for.
void TestComparability::rowsAreComparedForOnePeriod_data() {
    QTest::addColumn<bool>("level");
    QTest::addColumn<QStringList>("periods");
    QTest::addColumn<QString>("rowPeriod");
    QTest::addColumn<QList<bool>>("marked");

    QTest::newRow("one period throughout: nothing marked")
        << false << QStringList{u"2018-2022"_s, u"2018-2022"_s, u"2018-2022"_s} << u"2018-2022"_s
        << QList<bool>{false, false, false};
    QTest::newRow("a five-year total beside annual figures: the odd one out")
        << false << QStringList{u"2024"_s, u"2018-2022"_s, u"2024"_s} << u"2024"_s
        << QList<bool>{false, true, false};
    QTest::newRow("an older review beside newer ones")
        << false << QStringList{u"2012-2016"_s, u"2018-2022"_s, u"2018-2022"_s} << u"2018-2022"_s
        << QList<bool>{true, false, false};
    QTest::newRow("a tie: the latest period is the row's")
        << false << QStringList{u"2012-2016"_s, u"2018-2022"_s, QString()} << u"2018-2022"_s
        << QList<bool>{true, false, true};
    QTest::newRow("levels standing at one year compare, however the period is written")
        << true << QStringList{u"2018-2022"_s, u"..2022"_s, u"2022"_s} << u"2022"_s
        << QList<bool>{false, false, false};
    QTest::newRow("a level of another year is marked")
        << true << QStringList{u"2012-2016"_s, u"..2022"_s, u"2018-2022"_s} << u"2022"_s
        << QList<bool>{true, false, false};
    QTest::newRow("no period stated anywhere: nothing to compare by")
        << false << QStringList{QString(), QString(), QString()} << QString()
        << QList<bool>{false, false, false};
}

void TestComparability::rowsAreComparedForOnePeriod() {
    QFETCH(bool, level);
    QFETCH(QStringList, periods);
    QFETCH(QString, rowPeriod);
    QFETCH(QList<bool>, marked);

    CityTable table;
    table.metrics = {metric(u"m"_s, u"人"_s, level)};
    const QStringList cities{u"甲市"_s, u"乙市"_s, u"丙市"_s};
    table.cities = cities;
    for (int i = 0; i < 3; ++i)
        table.cells.push_back(cell(cities[i], u"m"_s, 100 + i, u"人"_s, periods[i]));
    assessComparability(&table);
    for (int i = 0; i < 3; ++i) {
        const TableCell &assessed = table.cells[size_t(i)];
        QCOMPARE(assessed.otherPeriod, marked[i]);
        QCOMPARE(assessed.comparable(), !marked[i]);
        QVERIFY(!assessed.otherUnitFamily);
        if (!rowPeriod.isEmpty())
            QCOMPARE(assessed.rowPeriod, rowPeriod);
        const QString note = comparabilityNote(assessed, table.metrics.front());
        QCOMPARE(note.isEmpty(), !marked[i]);
        if (marked[i])
            QVERIFY2(note.contains(rowPeriod), qPrintable(note));
    }
}

// 商洛's 解困脱困 is 3,600 households in a row counted in people: kept, marked, and left out of
// the row's period (it is not a value of the row).
void TestComparability::aCellOfAnotherUnitFamilyIsMarkedAndSaysWhy() {
    CityTable table;
    table.metrics = {metric(u"hardship_lifted"_s, u"人"_s, false)};
    table.cities = {u"商洛市"_s, u"三明市"_s, u"泉州市"_s};
    table.cells = {cell(u"商洛市"_s, u"hardship_lifted"_s, 3600, u"户"_s, u"2018-2022"_s),
                   cell(u"三明市"_s, u"hardship_lifted"_s, 11231, u"名"_s, u"2012-2016"_s),
                   cell(u"泉州市"_s, u"hardship_lifted"_s, 5000, u"人"_s, u"2012-2016"_s)};
    assessComparability(&table);
    const TableCell &households = table.cells[0];
    QVERIFY(households.otherUnitFamily);
    QVERIFY(!households.comparable());
    QCOMPARE(households.rowPeriod, u"2012-2016"_s);  // from the two figures of people
    const QString note = comparabilityNote(households, table.metrics.front());
    QVERIFY2(note.contains(u"counted in 户 (households); the metric counts 人 (people)"_s),
             qPrintable(note));
    QVERIFY(table.cells[1].comparable());
    QVERIFY(table.cells[2].comparable());
}

void TestComparability::perYear_data() {
    QTest::addColumn<bool>("level");
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("divided");
    QTest::addColumn<double>("perYear");
    QTest::newRow("a five-year total over five") << false << u"2018-2022"_s << true << 200.0;
    QTest::newRow("one year's as it is") << false << u"2024"_s << true << 1000.0;
    QTest::newRow("a half-year's doubled") << false << u"2024H1"_s << true << 2000.0;
    QTest::newRow("a level is not divided") << true << u"2018-2022"_s << true << 1000.0;
    QTest::newRow("a running total has no years") << false << u"..2022"_s << false << 0.0;
    QTest::newRow("an unknown period has none") << false << QString() << false << 0.0;
}

void TestComparability::perYear() {
    QFETCH(bool, level);
    QFETCH(QString, period);
    QFETCH(bool, divided);
    QFETCH(double, perYear);
    double value = 0;
    QCOMPARE(perYearValue(1000, period, level, &value), divided);
    if (divided)
        QCOMPARE(value, perYear);
}

void TestComparability::theBuiltInMetricsSayWhichAreLevels() {
    const MetricCatalog &catalog = MetricCatalog::builtIn();
    const auto isLevel = [&](const QString &id) {
        const int index = catalog.indexOf(id);
        return index >= 0 && catalog.metrics()[size_t(index)].level;
    };
    QVERIFY(isLevel(u"members"_s));
    QVERIFY(isLevel(u"union_orgs"_s));
    QVERIFY(isLevel(u"worker_stations"_s));
    QVERIFY(!isLevel(u"new_members"_s));
    QVERIFY(!isLevel(u"workers_trained"_s));
    QVERIFY(!isLevel(u"hardship_aid_funds"_s));
}

QTEST_GUILESS_MAIN(TestComparability)
#include "tst_comparability.moc"
