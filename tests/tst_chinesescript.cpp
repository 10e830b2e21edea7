// Traditional script read as Simplified for matching, character for character.
#include "chinesescript.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestChineseScript : public QObject {
    Q_OBJECT

private slots:
    void simplified_data();
    void simplified();
    void simplifiedTextIsReturnedAsItIs();
};

void TestChineseScript::simplified_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("traditional");
    QTest::newRow("union and members") << u"海南省總工會會員"_s << u"海南省总工会会员"_s << true;
    QTest::newRow("multipliers and units")
        << u"籌集資金4033.04萬元，資助2725人次"_s << u"筹集资金4033.04万元，资助2725人次"_s << true;
    QTest::newRow("a Traditional clause separator")
        << u"28150人次﹔籌集"_s << u"28150人次；筹集"_s << true;
    QTest::newRow("Simplified text")
        << u"全市工会会员59.5万人"_s << u"全市工会会员59.5万人"_s << false;
    QTest::newRow("Latin, digits and full-width punctuation")
        << u"CPI 2.5%，（次）"_s << u"CPI 2.5%，（次）"_s << false;
    QTest::newRow("characters outside the Basic Multilingual Plane are kept")
        << u"𠀀工會"_s << u"𠀀工会"_s << true;
}

void TestChineseScript::simplified() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, traditional);
    const QString result = ChineseScript::simplified(text);
    QCOMPARE(result, expected);
    QCOMPARE(result.size(), text.size());  // positions carry over
    QCOMPARE(ChineseScript::hasTraditional(text), traditional);
}

void TestChineseScript::simplifiedTextIsReturnedAsItIs() {
    const QString text = u"职工书屋130家"_s;
    const QString result = ChineseScript::simplified(text);
    QCOMPARE(result.constData(), text.constData());  // shared, not copied
}

QTEST_GUILESS_MAIN(TestChineseScript)
#include "tst_chinesescript.moc"
