// The gazetteer: short names, parents, districts written with their city, municipalities,
// autonomous units, names several places share, Traditional script.
#include "engine/chinesescript.h"
#include "engine/gazetteer.h"

#include <QElapsedTimer>
#include <QResource>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

using Level = Gazetteer::Level;
Q_DECLARE_METATYPE(Gazetteer::Level)

class TestGazetteer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void shortName_data();
    void shortName();
    void fullName_data();
    void fullName();
    void sharedNames_data();
    void sharedNames();
    void byFullName_data();
    void byFullName();
    void placeholdersAreNoPlaces();
    void codesAndParentsAgree();
    void namesReadOtherwiseAsSimplifiedAreFound();
    void longestNameAt_data();
    void longestNameAt();
};

// Measured, not asserted: the first window must not wait for the gazetteer noticeably.
void TestGazetteer::initTestCase() {
    QElapsedTimer timer;
    timer.start();
    const Gazetteer &gazetteer = Gazetteer::instance();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const QResource resource(u":/reportlens/gazetteer.tsv"_s);
    QVERIFY(resource.isValid());
    qInfo("gazetteer: %d places loaded in %.1f ms; resource %lld bytes (%lld compressed)",
          int(gazetteer.places().size()), loadMs, resource.uncompressedSize(), resource.size());
    QVERIFY(gazetteer.places().size() > 3000);
}

void TestGazetteer::shortName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<QStringList>("aliases");
    QTest::newRow("a city without 市") << u"厦门市"_s << u"厦门"_s << QStringList();
    QTest::newRow("a province without 省") << u"湖北省"_s << u"湖北"_s << QStringList();
    QTest::newRow("a municipality without 市") << u"天津市"_s << u"天津"_s << QStringList();
    QTest::newRow("an autonomous region without its nationality")
        << u"广西壮族自治区"_s << u"广西"_s << QStringList();
    QTest::newRow("a nationality never cut down to one character")
        << u"内蒙古自治区"_s << u"内蒙古"_s << QStringList();
    QTest::newRow("an autonomous prefecture, and its usual form with 州")
        << u"延边朝鲜族自治州"_s << u"延边"_s << QStringList{u"延边州"_s};
    QTest::newRow("a nationality written without 族")
        << u"博尔塔拉蒙古自治州"_s << u"博尔塔拉"_s << QStringList{u"博尔塔拉州"_s};
    QTest::newRow("three nationalities")
        << u"积石山保安族东乡族撒拉族自治县"_s << u"积石山"_s << QStringList{u"积石山县"_s};
    QTest::newRow("a prefecture called 地区") << u"阿克苏地区"_s << u"阿克苏"_s << QStringList();
    QTest::newRow("a league") << u"兴安盟"_s << u"兴安"_s << QStringList();
    QTest::newRow("a forest district under its province")
        << u"神农架林区"_s << u"神农架"_s << QStringList();
    QTest::newRow("林 of a district's own name") << u"万柏林区"_s << u"万柏林"_s << QStringList();
    QTest::newRow("a new district") << u"浦东新区"_s << u"浦东"_s << QStringList();
    QTest::newRow("a generic that would leave one character gives way")
        << u"清新区"_s << u"清新"_s << QStringList();
    QTest::newRow("one character is no short name") << u"单县"_s << QString() << QStringList();
}

void TestGazetteer::shortName() {
    QFETCH(QString, name);
    QFETCH(QString, shortName);
    QFETCH(QStringList, aliases);
    const std::vector<const Gazetteer::Place *> places = Gazetteer::instance().byName(name);
    QCOMPARE(places.size(), size_t(1));
    QCOMPARE(places.front()->shortName, shortName);
    QCOMPARE(places.front()->aliases, aliases);
    for (const QString &alias : aliases)
        QCOMPARE(Gazetteer::instance().byName(alias).front(), places.front());
}

void TestGazetteer::fullName_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("province");
    QTest::addColumn<bool>("municipality");
    QTest::newRow("a city") << u"350200"_s << u"厦门市"_s << Level::City << u"福建省"_s
                            << u"福建省"_s << false;
    QTest::newRow("a district written with its city")
        << u"220503"_s << u"通化市二道江区"_s << Level::County << u"通化市"_s << u"吉林省"_s
        << false;
    QTest::newRow("another district written with its city")
        << u"450803"_s << u"贵港市港南区"_s << Level::County << u"贵港市"_s << u"广西壮族自治区"_s
        << false;
    QTest::newRow("a county alone")
        << u"220822"_s << u"通榆县"_s << Level::County << u"白城市"_s << u"吉林省"_s << false;
    QTest::newRow("a province") << u"420000"_s << u"湖北省"_s << Level::Province << QString()
                                << u"湖北省"_s << false;
    QTest::newRow("a municipality is itself the city")
        << u"120000"_s << u"天津市"_s << Level::Province << QString() << u"天津市"_s << true;
    QTest::newRow("a municipality's district written with it")
        << u"110105"_s << u"北京市朝阳区"_s << Level::County << u"北京市"_s << u"北京市"_s << false;
    QTest::newRow("a county-level city under its province")
        << u"429004"_s << u"仙桃市"_s << Level::County << u"湖北省"_s << u"湖北省"_s << false;
    QTest::newRow("an autonomous prefecture") << u"222400"_s << u"延边朝鲜族自治州"_s << Level::City
                                              << u"吉林省"_s << u"吉林省"_s << false;
}

void TestGazetteer::fullName() {
    QFETCH(QString, code);
    QFETCH(QString, fullName);
    QFETCH(Level, level);
    QFETCH(QString, parent);
    QFETCH(QString, province);
    QFETCH(bool, municipality);
    const Gazetteer &gazetteer = Gazetteer::instance();
    const Gazetteer::Place *place = gazetteer.byCode(code);
    QVERIFY(place);
    QCOMPARE(gazetteer.fullName(*place), fullName);
    QCOMPARE(place->level, level);
    const Gazetteer::Place *up = gazetteer.parent(*place);
    QCOMPARE(up ? gazetteer.fullName(*up) : QString(), parent);
    QCOMPARE(gazetteer.province(*place)->name, province);
    QCOMPARE(Gazetteer::isMunicipality(*place), municipality);
    QCOMPARE(gazetteer.byFullName(fullName), place);
}

void TestGazetteer::sharedNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("shortName");
    QTest::addColumn<QStringList>("fullNames");
    QTest::newRow("a district in several cities")
        << u"鼓楼区"_s << false
        << QStringList{u"南京市鼓楼区"_s, u"徐州市鼓楼区"_s, u"福州市鼓楼区"_s, u"开封市鼓楼区"_s};
    QTest::newRow("a district in a municipality and in a city")
        << u"通州区"_s << false << QStringList{u"北京市通州区"_s, u"南通市通州区"_s};
    QTest::newRow("a city and districts share a short name")
        << u"朝阳"_s << true
        << QStringList{u"北京市朝阳区"_s, u"朝阳市"_s, u"朝阳县"_s, u"长春市朝阳区"_s};
    QTest::newRow("a province, a prefecture and a district share a short name")
        << u"海南"_s << true << QStringList{u"乌海市海南区"_s, u"海南省"_s, u"海南藏族自治州"_s};
    QTest::newRow("a newspaper's name is no place") << u"楚天都市"_s << false << QStringList();
    QTest::newRow("nor its short form") << u"楚天"_s << true << QStringList();
}

void TestGazetteer::sharedNames() {
    QFETCH(QString, name);
    QFETCH(bool, shortName);
    QFETCH(QStringList, fullNames);
    const Gazetteer &gazetteer = Gazetteer::instance();
    QStringList found;
    for (const Gazetteer::Place *place :
         shortName ? gazetteer.byShortName(name) : gazetteer.byName(name))
        found.append(gazetteer.fullName(*place));
    found.sort();
    fullNames.sort();
    QCOMPARE(found, fullNames);
}

void TestGazetteer::byFullName_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("a district written with its city") << u"通化市二道江区"_s << u"220503"_s;
    QTest::newRow("a district's name that no other place has") << u"二道江区"_s << u"220503"_s;
    QTest::newRow("a district's name that several places have") << u"朝阳区"_s << QString();
    QTest::newRow("a Traditional city name") << u"廈門市"_s << u"350200"_s;
    QTest::newRow("a Traditional district written with its city")
        << u"貴港市港南區"_s << u"450803"_s;
    QTest::newRow("a newspaper's name") << u"楚天都市报"_s << QString();
}

void TestGazetteer::byFullName() {
    QFETCH(QString, name);
    QFETCH(QString, code);
    const Gazetteer::Place *place = Gazetteer::instance().byFullName(name);
    QCOMPARE(place ? place->code : QString(), code);
}

void TestGazetteer::placeholdersAreNoPlaces() {
    const Gazetteer &gazetteer = Gazetteer::instance();
    for (const QString &placeholder :
         {u"市辖区"_s, u"县"_s, u"省直辖县级行政区划"_s, u"自治区直辖县级行政区划"_s})
        QVERIFY2(gazetteer.byName(placeholder).empty(), qPrintable(placeholder));
    // A municipality's districts hang under it.
    const Gazetteer::Place *district = gazetteer.byFullName(u"天津市和平区"_s);
    QVERIFY(district);
    QCOMPARE(gazetteer.parent(*district)->name, u"天津市"_s);
}

void TestGazetteer::codesAndParentsAgree() {
    const Gazetteer &gazetteer = Gazetteer::instance();
    for (const Gazetteer::Place &place : gazetteer.places()) {
        QCOMPARE(place.code.size(), 6);
        QVERIFY2(!place.english.isEmpty(), qPrintable(place.name));
        QVERIFY2(place.shortName.isEmpty() || place.shortName.size() >= 2, qPrintable(place.name));
        // The written name is the place's key: a stored name finds its code, level and parents.
        QCOMPARE(gazetteer.byFullName(gazetteer.fullName(place)), &place);
        const Gazetteer::Place *up = gazetteer.parent(place);
        QCOMPARE(up == nullptr, place.level == Level::Province);
        if (up) {
            QVERIFY2(up->level < place.level, qPrintable(place.name));
            QCOMPARE(place.code.left(2), up->code.left(2));
        }
    }
}

// Text is matched in its Simplified shadow (ChineseScript), where ICU reads a few characters of
// Simplified place names otherwise (乾 becomes 干): those names are found all the same.
void TestGazetteer::namesReadOtherwiseAsSimplifiedAreFound() {
    const Gazetteer &gazetteer = Gazetteer::instance();
    for (const Gazetteer::Place &place : gazetteer.places()) {
        for (const QString &name : QStringList{place.name, place.shortName} + place.aliases) {
            if (name.isEmpty())
                continue;
            const QString shadow = ChineseScript::simplified(name);
            const Gazetteer::Name *found = gazetteer.longestNameAt(shadow, 0, shadow.size());
            QVERIFY2(found && found->text.size() == name.size(), qPrintable(name));
            const bool names =
                std::count(found->places.begin(), found->places.end(), gazetteer.indexOf(place)) +
                std::count(found->shortOf.begin(), found->shortOf.end(), gazetteer.indexOf(place));
            QVERIFY2(names, qPrintable(name));
        }
    }
}

void TestGazetteer::longestNameAt_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos");
    QTest::addColumn<QString>("name");
    QTest::newRow("a province before its city") << u"福建省三明市总工会"_s << 0 << u"福建省"_s;
    QTest::newRow("the city after its province") << u"福建省三明市总工会"_s << 3 << u"三明市"_s;
    QTest::newRow("a district written with its city, whole")
        << u"福州市鼓楼区总工会"_s << 0 << u"福州市鼓楼区"_s;
    QTest::newRow("the longest of a short name and a full one")
        << u"延边州总工会"_s << 0 << u"延边州"_s;
    QTest::newRow("no name") << u"各级工会"_s << 0 << QString();
}

void TestGazetteer::longestNameAt() {
    QFETCH(QString, text);
    QFETCH(int, pos);
    QFETCH(QString, name);
    const Gazetteer::Name *found =
        Gazetteer::instance().longestNameAt(text, pos, text.size() - pos);
    QCOMPARE(found ? found->text : QString(), name);
}

QTEST_APPLESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
