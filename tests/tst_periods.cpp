// Periods and targets (figures.md, "Period and targets"): one row per way Chinese reports
// state time or intent, on text written here.
#include "engine/citytable.h"
#include "engine/layout.h"
#include "engine/period.h"
#include "engine/periods.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

Q_DECLARE_METATYPE(reportlens::DocumentPeriod::Basis)

namespace {

std::vector<Sentence> sentencesOf(const QString &text) {
    std::vector<Sentence> sentences;
    for (const Passage &passage : LayoutRepair::passages(text)) {
        for (Sentence &sentence : LayoutRepair::sentences(passage))
            sentences.push_back(std::move(sentence));
    }
    return sentences;
}

DocumentPeriod documentOf(const QString &period, int year, int month) {
    DocumentPeriod document;
    [[maybe_unused]] const bool ok = Period::parse(period, &document.period);
    Q_ASSERT(ok);
    document.reference.year = year;
    document.reference.month = month;
    return document;
}

}  // namespace

class TestPeriods : public QObject {
    Q_OBJECT

private slots:
    void writtenForms_data();
    void writtenForms();
    void recency_data();
    void recency();
    void reportSelection_data();
    void reportSelection();
    void malformedFormsAreRefused_data();
    void malformedFormsAreRefused();
    void documentPeriod_data();
    void documentPeriod();
    void figurePeriod_data();
    void figurePeriod();
    void targets_data();
    void targets();
    void sections_data();
    void sections();
    void timingIsLinearOnAVeryLongLine();
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

void TestPeriods::recency_data() {
    QTest::addColumn<QString>("later");
    QTest::addColumn<QString>("earlier");
    QTest::newRow("a later year") << u"2024"_s << u"2023"_s;
    QTest::newRow("a half of a later year") << u"2024H1"_s << u"2023"_s;
    QTest::newRow("the year after its first half") << u"2024"_s << u"2024H1"_s;
    QTest::newRow("the year's last quarter after its third") << u"2024Q4"_s << u"2024Q3"_s;
    QTest::newRow("the last year of a review after the review") << u"2022"_s << u"2018-2022"_s;
    QTest::newRow("the later of two reviews") << u"2023-2027"_s << u"2018-2022"_s;
    QTest::newRow("any known period after an unknown one") << u"1999"_s << QString();
    QTest::newRow("a year after a running total up to it") << u"2022"_s << u"..2022"_s;
}

void TestPeriods::recency() {
    QFETCH(QString, later);
    QFETCH(QString, earlier);
    Period a, b;
    QVERIFY(Period::parse(later, &a));
    QVERIFY(Period::parse(earlier, &b));
    QVERIFY(a.isMoreRecentThan(b));
    QVERIFY(!b.isMoreRecentThan(a));
    QVERIFY(!a.isMoreRecentThan(a));
    QStringList periods{earlier, later};
    sortLatestFirst(&periods);
    QCOMPARE(periods, QStringList({later, earlier}));
}

void TestPeriods::reportSelection_data() {
    QTest::addColumn<QString>("written");
    QTest::addColumn<QStringList>("placePeriods");
    QTest::addColumn<QStringList>("taken");
    const QStringList three{u"2022"_s, u"2024"_s, u"2023"_s};
    QTest::newRow("latest takes the latest") << u"latest"_s << three << QStringList{u"2024"_s};
    QTest::newRow("latest of reports of unknown period and a dated one")
        << u"latest"_s << QStringList{QString(), u"2018-2022"_s} << QStringList{u"2018-2022"_s};
    QTest::newRow("latest of reports all of unknown period")
        << u"latest"_s << QStringList{QString()} << QStringList{QString()};
    QTest::newRow("all takes every period") << u"all"_s << three << three;
    QTest::newRow("one period a place has") << u"2023"_s << three << QStringList{u"2023"_s};
    QTest::newRow("one period a place has not") << u"2021"_s << three << QStringList();
}

void TestPeriods::reportSelection() {
    QFETCH(QString, written);
    QFETCH(QStringList, placePeriods);
    QFETCH(QStringList, taken);
    const std::optional<ReportSelection> selection = ReportSelection::parse(written);
    QVERIFY(selection);
    QCOMPARE(selection->toString(), written);
    QCOMPARE(selection->periodsOfPlace(placePeriods), taken);
    for (const QString &refused : {u"newest"_s, u"2024-2024"_s, QString()})
        QVERIFY2(!ReportSelection::parse(refused), qPrintable(refused));
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

void TestPeriods::documentPeriod_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("period");
    QTest::addColumn<DocumentPeriod::Basis>("basis");
    QTest::addColumn<int>("statedYears");
    using Basis = DocumentPeriod::Basis;
    QTest::newRow("five-year review at a congress, counted from the page's date")
        << u"2023年07月20日\n\n7月19日,省工会第十四次代表大会在武汉开幕。\n\n"
           "过去5年,全省每年组织800多万人次职工参与竞赛。\n"_s
        << u"2018-2022"_s << Basis::FromDate << 5;
    QTest::newRow("a meeting's date in the lead dates the report")
        << u"2023年7月19日,省工会第十四次代表大会在武汉开幕。过去5年,全省建成驿站1800多家。\n"_s
        << u"2018-2022"_s << Basis::FromDate << 5;
    QTest::newRow("a speech's date under its title; the year before reviewed")
        << u"政府工作报告\n——2024年1月22日在省第十四届人民代表大会第二次会议上\n\n"
           "过去一年,全省地区生产总值增长5.2%。\n"_s
        << u"2023"_s << Basis::FromDate << 1;
    QTest::newRow("a dated event is not the page's date")
        << u"市总工会五年工作巡礼\n\n2016年1月25日,市总工会印发精准帮扶实施意见。\n\n"
           "5年来,全市筹集帮扶资金4261万元。\n"_s
        << u"2012-2016"_s << Basis::FromYearNamed << 5;
    QTest::newRow("a congress early in a year reviews the five previous full years")
        << u"某网1月11日讯 记者从近日召开的市工会第十七次代表大会上了解到,全市基层工会已达5624家。"
           "五年来新发展基层工会1972家。\n- 2024-01-11政协会议举行大会发言\n"_s
        << u"2019-2023"_s << Basis::FromDate << 5;
    QTest::newRow("a congress's review with its date in brackets")
        << u"市工会第十五次代表大会召开(2024-01)\n\n五年来,全市工会筹集帮扶资金2.31亿元。\n"_s
        << u"2019-2023"_s << Basis::FromDate << 5;
    QTest::newRow("two-year review written in December counts its own year")
        << u"2007年12月22日\n\n两年来共走访慰问困难职工家庭80万人次以上。\n"_s << u"2006-2007"_s
        << Basis::FromDate << 2;
    QTest::newRow("annual report named in its title")
        << u"情暖职工聚合力——市总工会2025年工作综述\n\n一年来,全市工会开展宣讲280余场。\n"_s
        << u"2025"_s << Basis::Stated << 1;
    QTest::newRow("annual report whose lead opens with its year")
        << u"本报讯 2021年,县总工会各项工作都取得了优异成绩。\n\n先后投入8万元维修服务中心。\n"_s
        << u"2021"_s << Basis::Stated << 1;
    QTest::newRow("annual report told by last year and the page's date")
        << u"发布日期: 2025-05-04\n\n去年以来,市总工会开展宣讲活动130余场。\n"_s << u"2024"_s
        << Basis::FromDate << 1;
    QTest::newRow("last year without a date: the latest year the report names")
        << u"去年以来,市总工会在多项重点工作中取得新成效。\n\n"
           "2024年,全市各级工会开展宣讲活动130余场。\n"_s
        << u"2024"_s << Basis::FromYearNamed << 1;
    QTest::newRow("half-year named in a heading")
        << u"区总工会开创工会工作新局面\n发布日期: 2021-08-02 14:04:58\n2021年上半年实事篇:\n"
           "走访慰问困难职工48人,发放慰问金4.9万元。\n"_s
        << u"2021H1"_s << Basis::Stated << 1;
    QTest::newRow("this year's first half counted from the page's date")
        << u"2019年07月15日\n\n今年上半年,我市新组建企业工会420家。\n"_s << u"2019H1"_s
        << Basis::FromDate << 1;
    QTest::newRow("this year's first half without a date is unknown")
        << u"记者近日从市总工会全委会上获悉,今年上半年,我市新组建企业工会420家。\n"_s << QString()
        << Basis::Unknown << 0;
    QTest::newRow("Traditional script")
        << u"2019年02月12日09:59  來源:《工人日報》\n\n2018年,省總共籌集資金4033.04萬元。\n"_s
        << u"2018"_s << Basis::Stated << 1;
    QTest::newRow("a Traditional dateline completed by the page's full date")
        << u"某網北京1月11日電 記者從市工會第十七次代表大會上獲悉,五年來新建工會1972家。\n"
           "- 2024-01-11相關新聞\n"_s
        << u"2019-2023"_s << Basis::FromDate << 5;
    QTest::newRow("five-year review without a date ends at the latest past year it names")
        << u"——市总工会五年工作综述\n\n五年来,我市各级工会取得了一系列成果。\n\n"
           "2017年,一家企业工会投资300多万元建设活动中心。\n\n"
           "市总工会于2022年底建成市工人文化宫。\n"_s
        << u"2018-2022"_s << Basis::FromYearNamed << 5;
    QTest::newRow("the term since the last congress, dated by a recent event's year")
        << u"——市工会十六大以来工作掠影\n\n"
           "日前,由市总工会主办的2023年劳模工匠领学活动走进各县。\n"_s
        << u"2018-2022"_s << Basis::FromYearNamed << 5;
    QTest::newRow("since the five-year plan began, up to the page's date")
        << u"2025-11-27 20:17:15 来源:某网\n\n"
           "“十四五”以来,省工会开展“六项行动”,五年来取得新的成效。\n"_s
        << u"2021-2025"_s << Basis::Stated << 5;
    QTest::newRow("five-year review with no year anywhere: five years, which unknown")
        << u"市工会五年工作综述\n\n市工会第十八次代表大会以来,全市工会开展竞赛600余场。\n"_s
        << QString() << Basis::Unknown << 5;
    QTest::newRow("unknown when nothing says it")
        << u"近年来,市总工会建立53家宣讲站点。\n\n全市共建设职工书屋1050个。\n"_s << QString()
        << Basis::Unknown << 0;
    QTest::newRow("a year in an issue's name is not the period")
        << u"近日,2025年第二期全省工会重点工作创新案例发布。\n\n全市职工参赛42.7万人次。\n"_s
        << QString() << Basis::Unknown << 0;
    QTest::newRow("a dated event in the lead is not the period")
        << u"2015年1月,县动车站职工服务中心动工建设。\n\n全市建成服务中心12个。\n"_s << QString()
        << Basis::Unknown << 0;
    QTest::newRow("a planned year is not the period")
        << u"力争2025年全市职工书屋达到500家。\n"_s << QString() << Basis::Unknown << 0;
}

void TestPeriods::documentPeriod() {
    QFETCH(QString, text);
    const DocumentPeriod document = PeriodDetector::documentPeriod(sentencesOf(text));
    QTEST(document.period.toString(), "period");
    QTEST(document.basis, "basis");
    QTEST(document.statedYears, "statedYears");
}

void TestPeriods::figurePeriod_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("documentPeriod");
    QTest::addColumn<int>("writtenIn");  // the report's date: year, month 7
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("own");
    QTest::addColumn<bool>("perYear");
    QTest::newRow("the report's period when the sentence names none")
        << u"全市开展各类竞赛600余场。"_s << u"600余场"_s << u"2019-2023"_s << 2024
        << u"2019-2023"_s << false << false;
    QTest::newRow("a figure with its own year")
        << u"2019年,全市新建工会组织420家。"_s << u"420家"_s << u"2018-2022"_s << 2023 << u"2019"_s
        << true << false;
    QTest::newRow("a year in an award's name is not the figure's")
        << u"荣获2022年全国优秀案例奖,全市开展活动300场。"_s << u"300场"_s << u"2018-2022"_s << 2023
        << u"2018-2022"_s << false << false;
    QTest::newRow("a comparison with last year is not the figure's period")
        << u"全市培训职工3万人次,比去年增长10%。"_s << u"10%"_s << u"2024"_s << 2025 << u"2024"_s
        << false << false;
    QTest::newRow("last year, from the article's date")
        << u"去年,全市新建工会组织420家。"_s << u"420家"_s << u"2018-2022"_s << 2023 << u"2022"_s
        << true << false;
    QTest::newRow("since the start of this year, from the article's date")
        << u"今年以来,全市新建工会组织420家。"_s << u"420家"_s << u"2019-2023"_s << 2024
        << u"2024"_s << true << false;
    QTest::newRow("that same year is the year named before")
        << u"2020年,全市新建工会500家,当年发展会员3万人。"_s << u"3万人"_s << u"2018-2022"_s << 2023
        << u"2020"_s << true << false;
    QTest::newRow("cumulative in a one-year report is a running total")
        << u"全市累计建成职工书屋600个。"_s << u"600个"_s << u"2024"_s << 2025 << u"..2024"_s
        << true << false;
    QTest::newRow("cumulative over the years is a running total to date")
        << u"截至目前,参加医疗互助的职工历年累计近97万人次。"_s << u"近97万人次"_s << u"2018"_s
        << 2019 << u"..2019"_s << true << false;
    QTest::newRow("cumulative within a five-year review is the review's sum")
        << u"五年来,全市工会累计投入帮扶资金1254.8万元。"_s << u"1254.8万元"_s << u"2019-2023"_s
        << 2024 << u"2019-2023"_s << false << false;
    QTest::newRow("five years within a one-year report")
        << u"五年来,全市累计培训职工10万人次。"_s << u"10万人次"_s << u"2024"_s << 2025
        << u"2020-2024"_s << true << false;
    QTest::newRow("the last three years of a five-year review")
        << u"近三年全市新增会员5万人。"_s << u"5万人"_s << u"2018-2022"_s << 2023 << u"2020-2022"_s
        << true << false;
    QTest::newRow("the 13th five-year plan")
        << u"“十三五”期间,全市筹集帮扶资金2.31亿元。"_s << u"2.31亿元"_s << u"2018-2022"_s << 2023
        << u"2016-2020"_s << true << false;
    QTest::newRow("since the 14th five-year plan began, up to the article's date")
        << u"“十四五”以来,全省培育云岭工匠129名。"_s << u"129名"_s << QString() << 2024
        << u"2021-2024"_s << true << false;
    QTest::newRow("since this congress's term began")
        << u"本届以来,全市新建工会组织1200家。"_s << u"1200家"_s << u"2018-2022"_s << 2023
        << u"2018-2022"_s << false << false;
    QTest::newRow("since the party's 18th congress")
        << u"党的十八大以来,全市建成职工之家300个。"_s << u"300个"_s << u"2018-2022"_s << 2023
        << u"2013-2023"_s << true << false;
    QTest::newRow("a span of years") << u"2016—2020年,全市筹集帮扶资金2.31亿元。"_s << u"2.31亿元"_s
                                     << u"2018-2022"_s << 2023 << u"2016-2020"_s << true << false;
    QTest::newRow("the first half of this year, in months")
        << u"今年1-6月,全市新建工会组织420家。"_s << u"420家"_s << u"2018-2022"_s << 2023
        << u"2023H1"_s << true << false;
    QTest::newRow("a level at the end of a year")
        << u"截至2022年底,全市共有工会会员59.5万人。"_s << u"59.5万人"_s << u"2018-2022"_s << 2023
        << u"..2022"_s << true << false;
    QTest::newRow("a dated event in one item does not reach the next")
        << u"市总工会于2022年底建成工人文化宫;完成县级文化宫改造项目5个。"_s << u"5个"_s
        << u"2018-2022"_s << 2023 << u"2018-2022"_s << false << false;
    QTest::newRow("a year after 其中 is that part's year")
        << u"全市新建工会组织500家,其中2022年新建120家。"_s << u"120家"_s << u"2018-2022"_s << 2023
        << u"2022"_s << true << false;
    QTest::newRow("a year named deep in a sentence frames only its item")
        << u"全市各级工会开展各类劳动和技能竞赛600余场,2019年新建工会100家；建成驿站30个。"_s
        << u"30个"_s << u"2018-2022"_s << 2023 << u"2018-2022"_s << false << false;
    QTest::newRow("a year opening the sentence frames all its items")
        << u"2018年,省总筹集资金4033.04万元；慰问一线职工7361人。"_s << u"7361人"_s
        << u"2016-2020"_s << 2021 << u"2018"_s << true << false;
    QTest::newRow("each item opens again with the sentence's year")
        << u"2018年,省总筹集资金4033.04万元；其中2017年结转资金300万元；慰问一线职工7361人。"_s
        << u"7361人"_s << u"2016-2020"_s << 2021 << u"2018"_s << true << false;
    QTest::newRow("every year is a year's worth within the period")
        << u"过去5年,湖北每年组织800多万人次职工参与竞赛。"_s << u"800多万人次"_s << u"2018-2022"_s
        << 2023 << u"2018-2022"_s << false << true;
    QTest::newRow("a year of a half-year report is that half")
        << u"区总工会于2021年年初走访慰问困难职工48人。"_s << u"48人"_s << u"2021H1"_s << 2021
        << u"2021H1"_s << false << false;
    QTest::newRow("Traditional script")
        << u"2018年,省總共籌集資金4033.04萬元。"_s << u"4033.04萬元"_s << u"2016-2020"_s << 2021
        << u"2018"_s << true << false;
}

void TestPeriods::figurePeriod() {
    QFETCH(QString, sentence);
    QFETCH(QString, figure);
    const qsizetype start = sentence.indexOf(figure);
    QVERIFY(start >= 0);
    QFETCH(QString, documentPeriod);
    QFETCH(int, writtenIn);
    const DocumentPeriod document = documentOf(documentPeriod, writtenIn, 7);
    const FigureTiming timing =
        PeriodDetector::figureTiming(sentence, start, start + figure.size(), document);
    QTEST(timing.period.toString(), "period");
    QTEST(timing.ownPeriod, "own");
    QTEST(timing.perYear, "perYear");
    QVERIFY(!timing.target);
    QCOMPARE(timing.periodCueStart >= 0, timing.ownPeriod);
}

void TestPeriods::targets_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<bool>("target");
    QTest::addColumn<QString>("period");  // in a five-year review of 2018-2022 written in 2023
    QTest::newRow("力争: strive to")
        << u"力争全年新建工会组织500家。"_s << u"500家"_s << true << u"2018-2022"_s;
    QTest::newRow("预期目标: the expected target")
        << u"预期目标为全市职工收入增长6%左右。"_s << u"6%左右"_s << true << u"2018-2022"_s;
    QTest::newRow("计划: plans to")
        << u"市总工会计划培训职工1万人次。"_s << u"1万人次"_s << true << u"2018-2022"_s;
    QTest::newRow("将 with a verb: will")
        << u"市总工会将投入不少于10亿元开展帮扶。"_s << u"10亿元"_s << true << u"2018-2022"_s;
    QTest::newRow("到2027年: by a year still to come")
        << u"到2027年,全市职工书屋达到500家。"_s << u"500家"_s << true << u"..2027"_s;
    QTest::newRow("未来5年: the next five years")
        << u"未来5年,湖北将培训职工300万人次,并投入不少于10亿元。"_s << u"10亿元"_s << true
        << u"2023-2027"_s;
    QTest::newRow("拟: intends to")
        << u"拟投入资金500万元建设职工驿站。"_s << u"500万元"_s << true << u"2018-2022"_s;
    QTest::newRow("确保……达到: makes sure of")
        << u"确保全年职工培训达到2万人次。"_s << u"2万人次"_s << true << u"2018-2022"_s;
    QTest::newRow("今后三年: the next three years")
        << u"今后三年,全市将新建职工驿站100个。"_s << u"100个"_s << true << u"2023-2025"_s;
    QTest::newRow("至2027年: up to a year still to come")
        << u"至2027年全市职工书屋达到500家。"_s << u"500家"_s << true << u"..2027"_s;
    QTest::newRow("累计 after a plan word sums what is planned")
        << u"力争累计培训职工10万人次。"_s << u"10万人次"_s << true << u"2018-2022"_s;
    QTest::newRow("a clause joined by 并 shares the plan")
        << u"市总工会将培训职工300万人次,并投入10亿元为职工服务。"_s << u"10亿元"_s << true
        << u"2018-2022"_s;
    QTest::newRow("a target word before a colon plans the whole list")
        << u"主要预期目标是：职工收入增长6%左右；新建职工书屋100家。"_s << u"100家"_s << true
        << u"2018-2022"_s;
    QTest::newRow("承诺: a promise for this year")
        << u"今年,省总工会承诺继续做好10件实事。"_s << u"10件"_s << true << u"2023"_s;
    QTest::newRow("将近 is nearly, not will")
        << u"全市将近3000人参加培训。"_s << u"3000人"_s << false << u"2018-2022"_s;
    QTest::newRow("已将…纳入: a past act")
        << u"已将1200名困难职工纳入帮扶范围。"_s << u"1200名"_s << false << u"2018-2022"_s;
    QTest::newRow("将…作为 takes an object")
        << u"将学习贯彻作为头等大事,组织职工100.2万人次参加学习。"_s << u"100.2万人次"_s << false
        << u"2018-2022"_s;
    QTest::newRow("a plain result")
        << u"全市新建工会组织420家。"_s << u"420家"_s << false << u"2018-2022"_s;
    QTest::newRow("计划 in a programme's name")
        << u"完成“双创”扶持计划贷款工作,共计贷款金额250万元。"_s << u"250万元"_s << false
        << u"2018-2022"_s;
    QTest::newRow("完成 before the plan word: done")
        << u"全市完成年度计划任务的120%。"_s << u"120%"_s << false << u"2018-2022"_s;
    QTest::newRow("按计划: done as planned")
        << u"按计划完成职工培训1.2万人次。"_s << u"1.2万人次"_s << false << u"2018-2022"_s;
    QTest::newRow("a rate measured against a target is a result")
        << u"全市工会目标任务完成率达到120%。"_s << u"120%"_s << false << u"2018-2022"_s;
    QTest::newRow("累计 keeps a result")
        << u"全市累计建成驿站87个,计划今年再建20个。"_s << u"87个"_s << false << u"2018-2022"_s;
    QTest::newRow("已 keeps a planned item a result")
        << u"计划建设的驿站已建成30个。"_s << u"30个"_s << false << u"2018-2022"_s;
    QTest::newRow("已 after the figure in its clause")
        << u"计划投资100万元的服务中心已经完工。"_s << u"100万元"_s << false << u"2018-2022"_s;
    QTest::newRow("到 a year already past: a level reached")
        << u"到2022年底,全市建成驿站87个。"_s << u"87个"_s << false << u"..2022"_s;
    QTest::newRow("a place whose name begins with 将")
        << u"将乐经济开发区2个职工文体中心正在建设中。"_s << u"2个"_s << false << u"2018-2022"_s;
}

void TestPeriods::targets() {
    QFETCH(QString, sentence);
    QFETCH(QString, figure);
    QFETCH(bool, target);
    const qsizetype start = sentence.indexOf(figure);
    QVERIFY(start >= 0);
    const FigureTiming timing = PeriodDetector::figureTiming(sentence, start, start + figure.size(),
                                                             documentOf(u"2018-2022"_s, 2023, 7));
    QCOMPARE(timing.target, target);
    QCOMPARE(timing.targetCueStart >= 0, target);
    QTEST(timing.period.toString(), "period");
}

void TestPeriods::sections_data() {
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("plans");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("period");  // in an annual report of 2022 written in 2023
    QTest::newRow("the year's main targets") << u"二、2023年主要目标"_s << true << 1 << u"2023"_s;
    QTest::newRow("the tasks of the next five years")
        << u"今后五年的目标任务"_s << true << 1 << u"2023-2027"_s;
    QTest::newRow("the work planned, numbered in brackets")
        << u"（一）2023年工作安排"_s << true << 2 << u"2023"_s;
    QTest::newRow("how the targets were met is a result")
        << u"一、2022年目标任务完成情况"_s << false << 1 << QString();
    QTest::newRow("a review") << u"一、过去一年工作回顾"_s << false << 1 << QString();
    QTest::newRow("a topic names no plan") << u"3. 强化职工技能培训"_s << false << 3 << QString();
}

void TestPeriods::sections() {
    QFETCH(QString, heading);
    QFETCH(bool, plans);
    QFETCH(int, level);
    QFETCH(QString, period);
    const SectionTiming section =
        PeriodDetector::sectionTiming(heading, documentOf(u"2022"_s, 2023, 1));
    QCOMPARE(section.plans, plans);
    QCOMPARE(section.level, level);
    QCOMPARE(section.period.isKnown() ? section.period.toString() : QString(), period);
}

// One line of 100,000 clauses, each with a figure: scanned once, each figure costs its clause.
void TestPeriods::timingIsLinearOnAVeryLongLine() {
    constexpr int kClauses = 100000;
    QString line = u"2019年,"_s;
    line.reserve(kClauses * 12);
    std::vector<qsizetype> starts;
    for (int i = 0; i < kClauses; ++i) {
        line += i % 2 ? u"计划开展活动"_s : u"已开展活动"_s;
        starts.push_back(line.size());
        line += u"12场,"_s;
    }
    const DocumentPeriod document = documentOf(u"2018-2022"_s, 2023, 7);
    QElapsedTimer timer;
    timer.start();
    const SentenceTiming sentence = PeriodDetector::sentenceTiming(line, document);
    int targets = 0;
    for (const qsizetype start : starts) {
        const FigureTiming timing = PeriodDetector::figureTiming(sentence, start, start + 3);
        QCOMPARE(timing.period.toString(), u"2019"_s);
        targets += timing.target;
    }
    QCOMPARE(targets, kClauses / 2);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
