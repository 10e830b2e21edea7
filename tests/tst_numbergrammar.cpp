#include "engine/numbergrammar.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using reportlens::NumberGrammar;
using reportlens::NumberToken;

class TestNumberGrammar : public QObject {
    Q_OBJECT

private slots:
    void arabic_data();
    void arabic();
    void chinese_data();
    void chinese();
    void malformedChinese_data();
    void malformedChinese();
    void multiplier_data();
    void multiplier();
};

void TestNumberGrammar::arabic_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("length");

    QTest::newRow("integer") << u"29063家"_s << 29063.0 << 5;
    QTest::newRow("decimal kept exact") << u"1.13万"_s << 1.13 << 4;
    QTest::newRow("full-width digits") << u"１２３名"_s << 123.0 << 3;
    QTest::newRow("full-width decimal point") << u"３．５万"_s << 3.5 << 3;
    QTest::newRow("thousands separator") << u"1,200人"_s << 1200.0 << 5;
    QTest::newRow("full-width separator and digits") << u"１,２００人"_s << 1200.0 << 5;
    QTest::newRow("two thousands groups") << u"1,234,567元"_s << 1234567.0 << 9;
    QTest::newRow("comma before four digits is a clause comma") << u"12,3456"_s << 12.0 << 2;
    QTest::newRow("trailing full stop is not a decimal") << u"16285."_s << 16285.0 << 5;
}

void TestNumberGrammar::arabic() {
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(int, length);
    NumberToken token;
    QVERIFY(NumberGrammar::parseArabic(text, 0, &token));
    QCOMPARE(token.number.toDouble(), value);
    QCOMPARE(int(token.end - token.start), length);
    QVERIFY(!token.chinese);
}

void TestNumberGrammar::chinese_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("bare");

    QTest::newRow("liang bai wan") << u"两百万职工"_s << 2000000.0 << 3 << false;
    QTest::newRow("bare bai wan") << u"百万人次"_s << 1000000.0 << 2 << true;
    QTest::newRow("san qian") << u"三千多名"_s << 3000.0 << 2 << false;
    QTest::newRow("yi wan er qian wu bai") << u"一万二千五百名"_s << 12500.0 << 6 << false;
    QTest::newRow("daxie") << u"壹佰贰拾万元"_s << 1200000.0 << 5 << false;
    QTest::newRow("shi er") << u"十二个"_s << 12.0 << 2 << false;
    QTest::newRow("er shi") << u"二十名"_s << 20.0 << 2 << false;
    QTest::newRow("ling inside") << u"一千零五人"_s << 1005.0 << 4 << false;
    QTest::newRow("circle zero inside") << u"一千〇五十人"_s << 1050.0 << 5 << false;
    QTest::newRow("wan yi") << u"一万亿元"_s << 1e12 << 3 << false;
    QTest::newRow("dian decimal") << u"三点五万"_s << 35000.0 << 4 << false;
    QTest::newRow("traditional") << u"兩萬人"_s << 20000.0 << 2 << false;
    QTest::newRow("traditional yi") << u"三億元"_s << 300000000.0 << 2 << false;
    QTest::newRow("single digit") << u"七期"_s << 7.0 << 1 << false;
}

void TestNumberGrammar::chinese() {
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(int, length);
    QFETCH(bool, bare);
    NumberToken token;
    QVERIFY(NumberGrammar::parseChinese(text, 0, &token));
    QCOMPARE(token.number.toDouble(), value);
    QCOMPARE(int(token.end - token.start), length);
    QCOMPARE(token.bareLeadingPlace, bare);
    QVERIFY(token.chinese);
}

void TestNumberGrammar::malformedChinese_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("may day wu yi") << u"五一劳动奖章"_s;
    QTest::newRow("five-year plan shi san wu") << u"十三五"_s;
    QTest::newRow("year read digit by digit") << u"二〇二二年"_s;
    QTest::newRow("repeated place") << u"三百四百"_s;
    QTest::newRow("wu yi wan run") << u"五一万名"_s;
}

void TestNumberGrammar::malformedChinese() {
    QFETCH(QString, text);
    NumberToken token;
    QVERIFY(!NumberGrammar::parseChinese(text, 0, &token));
}

void TestNumberGrammar::multiplier_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("power");
    QTest::addColumn<int>("length");
    QTest::newRow("wan") << u"万人"_s << 4 << 1;
    QTest::newRow("yi") << u"亿元"_s << 8 << 1;
    QTest::newRow("wan yi") << u"万亿元"_s << 12 << 2;
    QTest::newRow("qian wan") << u"千万元"_s << 7 << 2;
    QTest::newRow("bai wan") << u"百万"_s << 6 << 2;
    QTest::newRow("qian") << u"千人"_s << 3 << 1;
    QTest::newRow("yi wan is a set phrase") << u"亿万职工"_s << 8 << 1;
    QTest::newRow("none") << u"元"_s << 0 << 0;
}

void TestNumberGrammar::multiplier() {
    QFETCH(QString, text);
    QFETCH(int, power);
    QFETCH(int, length);
    int found = 0;
    QCOMPARE(int(NumberGrammar::multiplierAt(text, 0, &found)), length);
    if (length > 0)
        QCOMPARE(found, power);
}

QTEST_APPLESS_MAIN(TestNumberGrammar)
#include "tst_numbergrammar.moc"
