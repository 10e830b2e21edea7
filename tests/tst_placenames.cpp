// Place names in English: the standard romanisation, polyphonic characters read as the place
// reads them, from the gazetteer or, for other names, from ICU with the same readings data.
#include "engine/placenames.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestPlaceNames : public QObject {
    Q_OBJECT

private slots:
    void pinyin_data();
    void pinyin();
    void display();
    void find_data();
    void find();
    void closest_data();
    void closest();
};

void TestPlaceNames::pinyin_data() {
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("latin");
    QTest::newRow("厦 read xià") << u"厦门市"_s << u"Xiamen"_s;
    QTest::newRow("六 read lù, with an apostrophe before a") << u"六安市"_s << u"Lu'an"_s;
    QTest::newRow("蚌 read bèng") << u"蚌埠市"_s << u"Bengbu"_s;
    QTest::newRow("重 read chóng") << u"重庆市"_s << u"Chongqing"_s;
    QTest::newRow("a province") << u"湖北省"_s << u"Hubei"_s;
    QTest::newRow("a county, without its generic") << u"通榆县"_s << u"Tongyu"_s;
    QTest::newRow("a one-character stem keeps its generic") << u"单县"_s << u"Shanxian"_s;
    QTest::newRow("乐 read yuè") << u"乐清市"_s << u"Yueqing"_s;
    QTest::newRow("乐 read lào") << u"乐亭县"_s << u"Laoting"_s;
    QTest::newRow("阿 read ē, with an apostrophe before e") << u"东阿县"_s << u"Dong'e"_s;
    QTest::newRow("涡 read guō") << u"涡阳县"_s << u"Guoyang"_s;
    QTest::newRow("洞 read tóng") << u"洪洞县"_s << u"Hongtong"_s;
    QTest::newRow("筠 read jūn") << u"筠连县"_s << u"Junlian"_s;
    QTest::newRow("长 read zhǎng") << u"长子县"_s << u"Zhangzi"_s;
    QTest::newRow("大 read dà, not dài") << u"大城县"_s << u"Dacheng"_s;
    QTest::newRow("蔚 read yù") << u"蔚县"_s << u"Yuxian"_s;
    QTest::newRow("都 read dū in every place name") << u"都匀市"_s << u"Duyun"_s;
    QTest::newRow("什 read shí in every place name") << u"喀什地区"_s << u"Kashi"_s;
    QTest::newRow("an apostrophe between two syllables") << u"西安市"_s << u"Xi'an"_s;
    QTest::newRow("ü kept") << u"绿春县"_s << u"Lüchun"_s;
    QTest::newRow("Shaanxi kept apart from Shanxi") << u"陕西省"_s << u"Shaanxi"_s;
    QTest::newRow("Shanxi") << u"山西省"_s << u"Shanxi"_s;
    QTest::newRow("an autonomous prefecture by its short name")
        << u"延边朝鲜族自治州"_s << u"Yanbian"_s;
    QTest::newRow("a district after its city") << u"通化市二道江区"_s << u"Erdaojiang, Tonghua"_s;
    QTest::newRow("行 read háng, in a municipality") << u"上海市闵行区"_s << u"Minhang, Shanghai"_s;
    QTest::newRow("陂 read pí, in a district") << u"武汉市黄陂区"_s << u"Huangpi, Wuhan"_s;
    QTest::newRow("a Traditional name") << u"廈門市"_s << u"Xiamen"_s;
    QTest::newRow("a name not in the gazetteer, read with the readings data")
        << u"解州"_s << u"Xiezhou"_s;
    QTest::newRow("a reading inside a name not in the gazetteer") << u"乐清湾"_s << u"Yueqingwan"_s;
    QTest::newRow("a name not in the gazetteer, read by ICU alone") << u"楚天"_s << u"Chutian"_s;
}

void TestPlaceNames::pinyin() {
    QFETCH(QString, place);
    QFETCH(QString, latin);
    QCOMPARE(PlaceNames::pinyin(place), latin);
}

void TestPlaceNames::display() {
    QCOMPARE(PlaceNames::display(u"厦门市"_s, true), u"厦门市 Xiamen"_s);
    QCOMPARE(PlaceNames::display(u"厦门市"_s, false), u"厦门市"_s);
}

void TestPlaceNames::find_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("the full name") << u"漳州市"_s << QStringList{u"漳州市"_s};
    QTest::newRow("the name without 市") << u"漳州"_s << QStringList{u"漳州市"_s};
    QTest::newRow("the romanisation") << u"Zhangzhou"_s << QStringList{u"漳州市"_s};
    QTest::newRow("the romanisation in lower case, spaced")
        << u"zhang zhou"_s << QStringList{u"漳州市"_s};
    QTest::newRow("an apostrophe left out") << u"xian"_s << QStringList{u"西安市"_s};
    QTest::newRow("a county without 县") << u"通榆"_s << QStringList{u"通榆县"_s};
    QTest::newRow("a short name two places share")
        << u"朝阳"_s << QStringList{u"朝阳市"_s, u"朝阳区"_s};
    QTest::newRow("one character is no short name") << u"漳"_s << QStringList();
    QTest::newRow("a place not known") << u"福州"_s << QStringList();
}

void TestPlaceNames::find() {
    QFETCH(QString, typed);
    QFETCH(QStringList, found);
    const QStringList known{u"漳州市"_s, u"西安市"_s, u"通榆县"_s,
                            u"朝阳市"_s, u"朝阳区"_s, u"泉州市"_s};
    QCOMPARE(PlaceNames::find(typed, known), found);
}

void TestPlaceNames::closest_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("nearest");
    QTest::newRow("a romanisation one letter off") << u"Zhangzou"_s << QStringList{u"漳州市"_s};
    QTest::newRow("a Chinese name one character off") << u"泉洲"_s << QStringList{u"泉州市"_s};
    QTest::newRow("nothing near") << u"Urumqi"_s << QStringList();
}

void TestPlaceNames::closest() {
    QFETCH(QString, typed);
    QFETCH(QStringList, nearest);
    QCOMPARE(PlaceNames::closest(typed, {u"漳州市"_s, u"泉州市"_s, u"三明市"_s}), nearest);
}

QTEST_APPLESS_MAIN(TestPlaceNames)
#include "tst_placenames.moc"
