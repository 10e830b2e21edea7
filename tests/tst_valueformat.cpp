// Values as readers write them: in Chinese with 万 and 亿, in English with digit groups,
// million and billion, yuan as ¥ and the unit in words; values per member at a scale of
// members that gives whole digits (it showed "1.24e-05名/人").
#include "engine/valueformat.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestValueFormat : public QObject {
    Q_OBJECT

private slots:
    void inEachLanguage_data();
    void inEachLanguage();
    void perMemberScale_data();
    void perMemberScale();
};

void TestValueFormat::inEachLanguage_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("qualifier");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");
    const int exact = int(Qualifier::Exact);
    QTest::newRow("people, in 万 and in thousands")
        << 727000.0 << u"人"_s << exact << u"72.7万人"_s << u"727,000 people"_s;
    QTest::newRow("yuan in millions")
        << 12300000.0 << u"元"_s << exact << u"1230万元"_s << u"¥12.3 million"_s;
    QTest::newRow("yuan in 亿 and billions")
        << 1.4e9 << u"元"_s << exact << u"14亿元"_s << u"¥1.4 billion"_s;
    QTest::newRow("a count of organisations: no word for 个")
        << 5397.0 << u"个"_s << exact << u"5,397个"_s << u"5,397"_s;
    QTest::newRow("person-times, about") << 7000000.0 << u"人次"_s << int(Qualifier::Approx)
                                         << u"≈700万人次"_s << u"≈7 million person-times"_s;
    QTest::newRow("households, over")
        << 3600.0 << u"户"_s << int(Qualifier::Over) << u">3,600户"_s << u">3,600 households"_s;
    QTest::newRow("a percentage") << 98.5 << u"%"_s << exact << u"98.5%"_s << u"98.5%"_s;
    QTest::newRow("a small fraction keeps three digits")
        << 0.0124 << u"元"_s << exact << u"0.0124元"_s << u"¥0.0124"_s;
}

void TestValueFormat::inEachLanguage() {
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(int, qualifier);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    QCOMPARE(ValueFormat::display(value, unit, Qualifier(qualifier), false), chinese);
    QCOMPARE(ValueFormat::display(value, unit, Qualifier(qualifier), true), english);
}

void TestValueFormat::perMemberScale_data() {
    QTest::addColumn<double>("largest");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");
    QTest::newRow("yuan per member: per member") << 15.3 << 1 << u"每名会员"_s << u"per member"_s;
    QTest::newRow("a few hundredths: per 100 members")
        << 0.04 << 100 << u"每百名会员"_s << u"per 100 members"_s;
    QTest::newRow("model workers per member: per 1,000 members")
        << 0.0012 << 1000 << u"每千名会员"_s << u"per 1,000 members"_s;
    QTest::newRow("fewer still: per 10,000 members")
        << 0.0000124 << 10000 << u"每万名会员"_s << u"per 10,000 members"_s;
}

void TestValueFormat::perMemberScale() {
    QFETCH(double, largest);
    QFETCH(int, scale);
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    QCOMPARE(ValueFormat::perMemberScale(largest), scale);
    QCOMPARE(ValueFormat::perMembers(scale, false), chinese);
    QCOMPARE(ValueFormat::perMembers(scale, true), english);
}

QTEST_GUILESS_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
