// The place a report is about: the level its federation speaks at, bylines, newspapers, meeting
// venues and lists, names several places share, Traditional script, and no place at all.
#include "engine/layout.h"
#include "engine/placedetector.h"
#include "seedhelpers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

using Level = Gazetteer::Level;
Q_DECLARE_METATYPE(Gazetteer::Level)

class TestPlaceDetector : public QObject {
    Q_OBJECT

private slots:
    void seeds_data();
    void seeds();
    void place_data();
    void place();
    void fields_data();
    void fields();
};

void TestPlaceDetector::seeds_data() {
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("place");
    QTest::newRow("000 Zhangzhou, named in the headline") << u"000"_s << u"漳州市"_s;
    QTest::newRow("001 Shangluo, only named in the text") << u"001"_s << u"商洛市"_s;
    QTest::newRow("002 Quanzhou, mostly written without 市") << u"002"_s << u"泉州市"_s;
    QTest::newRow("003 Sanming, under its province") << u"003"_s << u"三明市"_s;
    QTest::newRow("004 Zhaoqing, a column head") << u"004"_s << u"肇庆市"_s;
}

void TestPlaceDetector::seeds() {
    QFETCH(QString, seed);
    QFETCH(QString, place);
    const QString text = seedText(seed);
    QVERIFY(!text.isEmpty());
    QCOMPARE(PlaceDetector::detect(LayoutRepair::passages(text)).name, place);
}

void TestPlaceDetector::place_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    QTest::newRow("a county's federation")
        << u"尤溪县总工会五年工作综述\n\n尤溪县总工会坚持服务职工,全县建立工会组织300个。尤溪县总工会获表彰。"_s
        << u"尤溪县"_s;
    QTest::newRow("a province's federation")
        << u"海南省总工会工作报告\n\n五年来,海南省总工会带领全省职工奋进。海南省各级工会建成驿站500个。"_s
        << u"海南省"_s;
    QTest::newRow("a four-character city")
        << u"齐齐哈尔市总工会工作综述\n\n齐齐哈尔市总工会坚持服务职工。齐齐哈尔市职工踊跃参与。"_s
        << u"齐齐哈尔市"_s;
    QTest::newRow("a city after its province")
        << u"——福建省三明市总工会 5 年工作巡礼\n\n三明市总工会坚持党的领导。三明市总工会服务职工。"_s
        << u"三明市"_s;
    QTest::newRow("a city after a preposition, before its federation")
        << u"在泉州市总工会的带动下,由泉州市总工会主办的活动走进德化县。泉州市总工会表彰先进。"_s
        << u"泉州市"_s;
    QTest::newRow("a city's federation over its province, each named once")
        << u"凝聚职工力量\n——市总工会年度工作回眸\n\n去年以来,市总工会围绕中心工作。市总工会在四川省职工书画大赛中获奖。联合市体育局举办绵阳市首届职工运动会,全市职工1万人次参与。"_s
        << u"绵阳市"_s;
    QTest::newRow("a province's federation over the city it meets in")
        << u"湖南每年500万人次职工参加竞赛\n\n5月8日,湖南省工会第十二次代表大会在长沙开幕。全省工会会员达到800万人。湖南每年组织职工参加竞赛。"_s
        << u"湖南省"_s;
    QTest::newRow("a meeting venue alone tells no place")
        << u"全省工会工作会议在长沙召开。会议要求各级工会服务职工。"_s << QString();
    QTest::newRow("a newspaper's byline does not win")
        << u"□湘潭日报记者 张明 通讯员 李华\n\n本报讯 近日,益阳市总工会召开全委会议。市总工会表示,全市新建工会200家。"_s
        << u"益阳市"_s;
    QTest::newRow("a website's channel and a dateline do not win")
        << u"新华网浙江频道杭州5月3日电 湖州工会第十次代表大会传来消息,过去五年湖州市各级工会筹集资金1亿元。市总工会表示……"_s
        << u"湖州市"_s;
    QTest::newRow("a website named after the city still names it in the headline")
        << u"嘉兴新建企业工会300家 发展会员2万名\n嘉兴网-嘉兴日报讯(记者 王芳)记者近日从市总工会全委会议上获悉,今年以来,我市新建企业工会300家。"_s
        << u"嘉兴市"_s;
    QTest::newRow("a municipality named once, in its own words 本市")
        << u"今天从有关部门获悉,本市工会系统开展送温暖活动,全市工会走访职工10万人次,为建设美丽重庆做出贡献。"_s
        << u"重庆市"_s;
    QTest::newRow("other cities in a list do not win")
        << u"漳州、厦门、泉州等地工会代表参加交流。莆田市总工会介绍了经验,全市建成驿站80家。"_s
        << u"莆田市"_s;
    QTest::newRow("other cities' federations in a list do not win")
        << u"漳州市总工会、厦门市总工会负责人来莆田交流。莆田市总工会介绍了经验,全市建成驿站80家。"_s
        << u"莆田市"_s;
    QTest::newRow("a district written with its city")
        << u"福州市鼓楼区总工会上半年工作\n\n福州市鼓楼区总工会坚持服务职工,全区建成驿站20家。"_s
        << u"福州市鼓楼区"_s;
    QTest::newRow("a district several cities have, told by its city named apart")
        << u"鼓楼区总工会2021年工作总结\n\n在徐州市总工会指导下,鼓楼区总工会服务职工,全区建成驿站20家。"_s
        << u"徐州市鼓楼区"_s;
    QTest::newRow("a district several cities have, written once with its city")
        << u"长春市朝阳区总工会开展送温暖活动\n\n朝阳区总工会走访困难职工100户,全区发放慰问金50万元。"_s
        << u"长春市朝阳区"_s;
    QTest::newRow("a district only one city has")
        << u"二道江区总工会上半年实事\n\n二道江区总工会走访慰问困难职工48人,全区建立工驿站5处。"_s
        << u"通化市二道江区"_s;
    QTest::newRow("an autonomous prefecture by its usual short form")
        << u"延边州总工会工作综述\n\n延边州总工会服务职工,全州建成职工书屋100家。"_s
        << u"延边朝鲜族自治州"_s;
    QTest::newRow("an autonomous region's federation speaks of 全区")
        << u"广西壮族自治区总工会工作报告\n\n五年来,广西壮族自治区总工会带领全区职工奋进。"_s
        << u"广西壮族自治区"_s;
    QTest::newRow("Traditional script")
        << u"廣州市總工會2020年工作綜述\n\n廣州市總工會堅持服務職工,全市建成驛站300個。"_s
        << u"广州市"_s;
    QTest::newRow("a short name alone in a headline")
        << u"宁波新建企业工会300家\n\n记者近日从市总工会获悉,今年以来,我市新建企业工会300家。"_s
        << u"宁波市"_s;
    QTest::newRow("a county's generic joined to the word after it is no county")
        << u"河南县级以上工会建成驿站500家\n\n河南省总工会表示,全省各级工会服务职工。"_s
        << u"河南省"_s;
    QTest::newRow("城市 after a place's first character is the word city")
        << u"沿海城市工会工作交流会召开\n\n全市工会干部参加。"_s << QString();
    QTest::newRow("a word holding a city's short name is no place")
        << u"维护社会长治久安,全市各级工会服务职工。"_s << QString();
    QTest::newRow("a county's short name without its federation is a word")
        << u"各级工会在城关设立服务站,城关代表团参加审议。"_s << QString();
    QTest::newRow("no place at all") << u"各级工会服务职工。"_s << QString();
}

void TestPlaceDetector::place() {
    QFETCH(QString, text);
    QFETCH(QString, place);
    QCOMPARE(PlaceDetector::detect(LayoutRepair::passages(text)).name, place);
}

void TestPlaceDetector::fields_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("province");
    QTest::newRow("a district") << u"二道江区总工会走访慰问困难职工48人。"_s << u"220503"_s
                                << Level::County << u"通化市"_s << u"吉林省"_s;
    QTest::newRow("a city") << u"厦门市总工会召开全委会议。"_s << u"350200"_s << Level::City
                            << u"福建省"_s << u"福建省"_s;
    QTest::newRow("a province") << u"湖北省总工会召开全委会议。"_s << u"420000"_s << Level::Province
                                << QString() << u"湖北省"_s;
    QTest::newRow("no place") << u"各级工会服务职工。"_s << QString() << Level::City << QString()
                              << QString();
}

void TestPlaceDetector::fields() {
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(Level, level);
    QFETCH(QString, parent);
    QFETCH(QString, province);
    const DetectedPlace detected = PlaceDetector::detect(LayoutRepair::passages(text));
    QCOMPARE(detected.code, code);
    QCOMPARE(detected.level, level);
    QCOMPARE(detected.parentName, parent);
    QCOMPARE(detected.provinceName, province);
}

QTEST_APPLESS_MAIN(TestPlaceDetector)
#include "tst_placedetector.moc"
