// Traditional script read as Simplified for matching, character for character.
#include "engine/chinesescript.h"

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
    // hasTraditional reads in blocks of 64 characters: one Traditional character anywhere.
    const QString simplifiedRun = QString(u"全市工会会员"_s).repeated(11);  // 66 characters
    for (const qsizetype at : {qsizetype(0), qsizetype(63), qsizetype(64), qsizetype(65)}) {
        QString text = simplifiedRun;
        QString expected = simplifiedRun;
        text[at] = u'會';
        expected[at] = u'会';
        QTest::addRow("one Traditional character at %lld of a long Simplified run", at)
            << text << expected << true;
    }
    QTest::newRow("a small-form comma ends a long Simplified run")
        << simplifiedRun + u"﹐"_s << simplifiedRun + u"，"_s << true;
    QTest::newRow("ideographs at the ends of the table's range")
        << u"\u3400\u9FFF"_s << u"\u3400\u9FFF"_s << false;
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
