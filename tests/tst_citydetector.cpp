#include "citydetector.h"
#include "layout.h"
#include "seedhelpers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestCityDetector : public QObject {
    Q_OBJECT

private slots:
    void seeds_data();
    void seeds();
    void synthetic_data();
    void synthetic();
};

void TestCityDetector::seeds_data() {
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("city");
    QTest::newRow("000 Zhangzhou, named in the headline") << u"000"_s << u"漳州市"_s;
    QTest::newRow("001 Shangluo, only named in the text") << u"001"_s << u"商洛市"_s;
    QTest::newRow("002 Quanzhou, mostly written without 市") << u"002"_s << u"泉州市"_s;
    QTest::newRow("003 Sanming, under its province") << u"003"_s << u"三明市"_s;
    QTest::newRow("004 Zhaoqing, a column head") << u"004"_s << u"肇庆市"_s;
}

void TestCityDetector::seeds() {
    QFETCH(QString, seed);
    QFETCH(QString, city);
    const QString text = seedText(seed);
    QVERIFY(!text.isEmpty());
    QCOMPARE(CityDetector::detect(LayoutRepair::passages(text)), city);
}

void TestCityDetector::synthetic_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    QTest::newRow("a county report")
        << u"尤溪县总工会五年工作综述\n\n尤溪县总工会坚持服务职工,全县建立工会组织300个。尤溪县总工会获表彰。"_s
        << u"尤溪县"_s;
    QTest::newRow("a province report")
        << u"海南省总工会工作报告\n\n五年来,海南省总工会带领全省职工奋进。海南省各级工会建成驿站500个。"_s
        << u"海南省"_s;
    QTest::newRow("a four-character city")
        << u"齐齐哈尔市总工会工作综述\n\n齐齐哈尔市总工会坚持服务职工。齐齐哈尔市职工踊跃参与。"_s
        << u"齐齐哈尔市"_s;
    QTest::newRow("a city under its province")
        << u"——福建省三明市总工会 5 年工作巡礼\n\n三明市总工会坚持党的领导。三明市总工会服务职工。"_s
        << u"三明市"_s;
    QTest::newRow("a city named after a preposition")
        << u"在泉州市总工会的带动下,由泉州市总工会主办的活动走进德化县。泉州市总工会表彰先进。"_s
        << u"泉州市"_s;
    QTest::newRow("no place at all") << u"各级工会服务职工。"_s << QString();
}

void TestCityDetector::synthetic() {
    QFETCH(QString, text);
    QFETCH(QString, place);
    QCOMPARE(CityDetector::detect(LayoutRepair::passages(text)), place);
}

QTEST_APPLESS_MAIN(TestCityDetector)
#include "tst_citydetector.moc"
