// Periods (figures.md, "Period and targets"): the forms they are written in.
#include "period.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestPeriods : public QObject {
    Q_OBJECT

private slots:
    void writtenForms_data();
    void writtenForms();
    void malformedFormsAreRefused_data();
    void malformedFormsAreRefused();
};

void TestPeriods::writtenForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("startYear");
    QTest::addColumn<int>("endYear");
    QTest::addColumn<int>("years");
    QTest::addColumn<double>("length");
    QTest::addColumn<bool>("cumulative");
    QTest::newRow("five whole years") << u"2018-2022"_s << 2018 << 2022 << 5 << 5.0 << false;
    QTest::newRow("one year") << u"2024"_s << 2024 << 2024 << 1 << 1.0 << false;
    QTest::newRow("first half of a year") << u"2024H1"_s << 2024 << 2024 << 1 << 0.5 << false;
    QTest::newRow("second half") << u"2024H2"_s << 2024 << 2024 << 1 << 0.5 << false;
    QTest::newRow("a quarter") << u"2024Q3"_s << 2024 << 2024 << 1 << 0.25 << false;
    QTest::newRow("running total up to a year") << u"..2022"_s << 0 << 2022 << 0 << 0.0 << true;
    QTest::newRow("running total up to the report's date") << u".."_s << 0 << 0 << 0 << 0.0 << true;
    QTest::newRow("unknown") << QString() << 0 << 0 << 0 << 0.0 << false;
}

void TestPeriods::writtenForms() {
    QFETCH(QString, text);
    Period period;
    QVERIFY(Period::parse(text, &period));
    QTEST(period.startYear, "startYear");
    QTEST(period.endYear, "endYear");
    QTEST(period.yearCount(), "years");
    QTEST(period.lengthInYears(), "length");
    QTEST(period.cumulative, "cumulative");
    QCOMPARE(period.isKnown(), !text.isEmpty());
    QCOMPARE(period.toString(), text);
}

void TestPeriods::malformedFormsAreRefused_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("years backwards") << u"2022-2018"_s;
    QTest::newRow("a one-year span") << u"2024-2024"_s;
    QTest::newRow("no third half") << u"2024H3"_s;
    QTest::newRow("not a year") << u"20x4"_s;
    QTest::newRow("words") << u"2024年"_s;
}

void TestPeriods::malformedFormsAreRefused() {
    QFETCH(QString, text);
    Period period = Period::year(2020);
    QVERIFY(!Period::parse(text, &period));
    QVERIFY(!period.isKnown());
}

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
