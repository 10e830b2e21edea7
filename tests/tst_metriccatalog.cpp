#include "engine/metriccatalog.h"
#include "engine/reportparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

// The ids of metrics.md, the contract for city tables.
const QStringList kContractIds = {
    u"union_orgs"_s,
    u"covered_units"_s,
    u"members"_s,
    u"migrant_members"_s,
    u"new_orgs"_s,
    u"new_members"_s,
    u"national_model_workers"_s,
    u"provincial_model_workers"_s,
    u"city_model_workers"_s,
    u"national_may_day_medals"_s,
    u"provincial_may_day_medals"_s,
    u"innovation_studios"_s,
    u"named_craftsmen"_s,
    u"competitions"_s,
    u"competition_participants"_s,
    u"innovation_results"_s,
    u"workers_trained"_s,
    u"migrant_degree_aid"_s,
    u"hardship_aid_funds"_s,
    u"hardship_lifted"_s,
    u"golden_autumn_funds"_s,
    u"golden_autumn_students"_s,
    u"summer_cooling_funds"_s,
    u"summer_cooling_workers"_s,
    u"winter_warmth_funds"_s,
    u"medical_mutual_members"_s,
    u"medical_mutual_payout"_s,
    u"recuperation_workers"_s,
    u"job_fairs"_s,
    u"worker_stations"_s,
    u"mother_rooms"_s,
    u"reading_rooms"_s,
    u"workers_homes"_s,
    u"collective_contracts"_s,
    u"collective_contract_firms"_s,
    u"collective_contract_workers"_s,
    u"disputes_mediated"_s,
    u"fee_refund_firms"_s,
    u"fee_refund_amount"_s,
    u"social_union_workers"_s,
};

// A metrics file of the test's own: one rule, to show classification follows the file.
const QByteArray kStationsOnly = R"({
  "format": "reportlens-metrics", "version": 1,
  "groups": [{"id": "facilities", "name_zh": "服务阵地", "name_en": "Facilities"}],
  "metrics": [{"id": "stations", "group": "facilities", "name_zh": "驿站", "name_en": "Stations",
               "unit": "个", "units": ["个", "家"], "keywords": ["驿站"], "exclude": ["最美"]}]
})";

// The metric of each figure written `raw` in the text, in order, joined by ";"; "-": none.
QString metricOf(const QString &sentence, const MetricCatalog &catalog, const QString &raw) {
    const Document document = ReportParser(catalog).parseText(u"t.txt"_s, sentence, u"UTF-8"_s);
    QStringList metrics;
    for (const Figure &figure : document.figures) {
        if (figure.raw == raw)
            metrics.append(figure.metric.isEmpty() ? u"-"_s : figure.metric);
    }
    return metrics.isEmpty() ? u"(no figure %1)"_s.arg(raw) : metrics.join(u';');
}

// A metrics file for another kind of report: a province's government work report.
const QByteArray kGovernmentReport = R"({
  "format": "reportlens-metrics", "version": 1,
  "groups": [{"id": "economy", "name_zh": "经济", "name_en": "Economy"},
             {"id": "people", "name_zh": "民生", "name_en": "Livelihood"}],
  "metrics": [
    {"id": "gdp", "group": "economy", "name_zh": "地区生产总值", "name_en": "GDP",
     "unit": "元", "units": ["元"], "keywords": ["地区生产总值", "生产总值"]},
    {"id": "gdp_growth", "group": "economy", "name_zh": "地区生产总值增速", "name_en": "GDP growth",
     "unit": "%", "units": ["%"], "keywords": ["地区生产总值&增长", "生产总值&增长"]},
    {"id": "new_urban_jobs", "group": "people", "name_zh": "城镇新增就业",
     "name_en": "New urban jobs", "unit": "人", "units": ["人"],
     "keywords": ["城镇新增就业", "新增城镇就业"]},
    {"id": "cpi", "group": "economy", "name_zh": "居民消费价格涨幅", "name_en": "Consumer prices",
     "unit": "%", "units": ["%"], "keywords": ["居民消费价格", "CPI"]},
    {"id": "urban_income_growth", "group": "people", "name_zh": "城镇居民收入增速",
     "name_en": "Urban income growth", "unit": "%", "units": ["%"],
     "keywords": ["城镇居民人均可支配收入&增长"], "exclude": ["农村"]},
    {"id": "rural_income_growth", "group": "people", "name_zh": "农村居民收入增速",
     "name_en": "Rural income growth", "unit": "%", "units": ["%"],
     "keywords": ["农村居民人均可支配收入&增长"], "exclude": ["城镇"]}
  ]
})";

// Written as such reports are: a date line naming the session, a review of the past year and
// of five years, and the year's targets under their own heading.
const QString kGovernmentReportText =
    uR"(政府工作报告
——2023年1月12日在湖北省第十四届人民代表大会第一次会议上

各位代表:

一、过去一年和过去五年工作回顾

过去一年,全省地区生产总值达到5.37万亿元,增长4.3%。城镇新增就业92.3万人,其中高校毕业生就业21万人。居民消费价格上涨2.3%。城镇、农村居民人均可支配收入分别增长5.5%、7.7%。

过去五年,全省地区生产总值年均增长6.1%,累计城镇新增就业420万人。

二、2023年主要目标

地区生产总值增长6.5%左右,城镇新增就业70万人以上,居民消费价格涨幅3%左右。
)"_s;

}  // namespace

class TestMetricCatalog : public QObject {
    Q_OBJECT

private slots:
    void builtInHasEveryContractMetric();
    void classification_data();
    void classification();
    void followsTheFileOnly();
    void anotherKindOfReport_data();
    void anotherKindOfReport();
    void loadErrors_data();
    void loadErrors();
    void fileErrorNamesTheFile();
    void aMetricsMeasureAsksForNoReclassification();
};

void TestMetricCatalog::builtInHasEveryContractMetric() {
    const MetricCatalog &catalog = MetricCatalog::builtIn();
    QStringList ids;
    for (const MetricDefinition &metric : catalog.metrics()) {
        ids.append(metric.id);
        QVERIFY2(!metric.nameZh.isEmpty() && !metric.nameEn.isEmpty(), qPrintable(metric.id));
        QVERIFY2(!metric.unit.isEmpty(), qPrintable(metric.id));
        QVERIFY2(!metric.keywords.empty(), qPrintable(metric.id));
    }
    for (const QString &id : kContractIds)
        QVERIFY2(ids.contains(id), qPrintable(id));
    QCOMPARE(ids.size(), kContractIds.size());
    QCOMPARE(catalog.metrics()[size_t(catalog.indexOf(u"members"))].nameEn, u"Union members"_s);
}

void TestMetricCatalog::classification_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("metric");

    QTest::newRow("union organisations")
        << u"全市建立工会组织5397家,涵盖单位29063家,会员609204人。"_s << u"5397家"_s
        << u"union_orgs"_s;
    QTest::newRow("covered units") << u"全市建立工会组织5397家,涵盖单位29063家,会员609204人。"_s
                                   << u"29063家"_s << u"covered_units"_s;
    QTest::newRow("members") << u"全市建立工会组织5397家,涵盖单位29063家,会员609204人。"_s
                             << u"609204人"_s << u"members"_s;
    QTest::newRow("migrant members, a part, get their own metric")
        << u"全市现有工会组织4092个、会员20.9万人,其中农民工会员9.4万人。"_s << u"9.4万人"_s
        << u"migrant_members"_s;
    QTest::newRow("new organisations are not all organisations")
        << u"5年来,全市累计新建工会组织4181个,吸收会员7.26万人。"_s << u"4181个"_s << u"new_orgs"_s;
    QTest::newRow("recruited members are not all members")
        << u"5年来,全市累计新建工会组织4181个,吸收会员7.26万人。"_s << u"7.26万人"_s
        << u"new_members"_s;
    QTest::newRow("stations under another name")
        << u"全市338家工会驿站,89个“妈妈小屋”。"_s << u"338家"_s << u"worker_stations"_s;
    QTest::newRow("mothers' rooms")
        << u"全市338家工会驿站,89个“妈妈小屋”。"_s << u"89个"_s << u"mother_rooms"_s;
    QTest::newRow("topic named in an earlier clause")
        << u"夏送清凉,共投入资金5600多万元,慰问职工70多万人次;"_s << u"5600多万元"_s
        << u"summer_cooling_funds"_s;
    QTest::newRow("money for one topic is not money for the next")
        << u"夏送清凉,共投入资金5600多万元;金秋助学,累计发放资金1495.21万元,资助困难职工子女2866人次;"_s
        << u"1495.21万元"_s << u"golden_autumn_funds"_s;
    QTest::newRow("a clause of reach takes the activity before it")
        << u"组织开展职工疗养活动489期,惠及一线职工1.8万人次。"_s << u"1.8万人次"_s
        << u"recuperation_workers"_s;
    QTest::newRow("list items lend nothing to the items after them")
        << u"我市创建市级以上示范性劳模创新工作室256家、市级“工匠型”班组50个。"_s << u"50个"_s
        << u"-"_s;
    QTest::newRow("the next list item says nothing about this one")
        << u"建设共享职工之家60家、司机之家9家、妈妈小屋302家。"_s << u"9家"_s << u"-"_s;
    QTest::newRow("a list item keeps its own metric")
        << u"建设共享职工之家60家、司机之家9家、妈妈小屋302家。"_s << u"302家"_s
        << u"mother_rooms"_s;
    QTest::newRow("a short sentence before names the topic")
        << u"冬送温暖。筹集1461万元,走访企业954家。"_s << u"1461万元"_s << u"winter_warmth_funds"_s;
    QTest::newRow("words after a figure say what the money was for")
        << u"筹集资金4100万元,深入高温作业场所慰问一线职工30.67万人(次)。"_s << u"4100万元"_s
        << u"summer_cooling_funds"_s;
    // How reports state a whole and its parts.
    QTest::newRow("a part after 其中 is not the whole's metric")
        << u"全市新建工会组织320家,其中非公企业工会210家。"_s << u"210家"_s << u"-"_s;
    QTest::newRow("the whole before 其中 keeps its metric")
        << u"全市新建工会组织320家,其中非公企业工会210家。"_s << u"320家"_s << u"new_orgs"_s;
    QTest::newRow("a part at one level (市级) is not the whole")
        << u"全市建成职工书屋130家,其中市级示范职工书屋12家。"_s << u"12家"_s << u"-"_s;
    QTest::newRow("side by side, the whole is the one its clause says is the place's")
        << u"全市建成职工书屋130家,新建职工书屋12家。"_s << u"130家"_s << u"reading_rooms"_s;
    QTest::newRow("side by side, the other is not the whole")
        << u"全市建成职工书屋130家,新建职工书屋12家。"_s << u"12家"_s << u"-"_s;
    QTest::newRow("分别 gives each item its own metric, the first")
        << u"全市建成职工书屋、职工之家分别为130家、56家。"_s << u"130家"_s << u"reading_rooms"_s;
    QTest::newRow("分别 gives each item its own metric, the second")
        << u"全市建成职工书屋、职工之家分别为130家、56家。"_s << u"56家"_s << u"workers_homes"_s;
    QTest::newRow("a change after a level is not the level")
        << u"全市工会会员59.5万人,比上年增长4.4万人。"_s << u"4.4万人"_s << u"-"_s;
    // One instance, one event, another body's work.
    QTest::newRow("the whole of an activity") << u"组织职工疗休养1200人,其中第七期疗休养120人。"_s
                                              << u"1200人"_s << u"recuperation_workers"_s;
    QTest::newRow("one round of it (第七期) is not the total")
        << u"组织职工疗休养1200人,其中第七期疗休养120人。"_s << u"120人"_s << u"-"_s;
    QTest::newRow("a scene of one event (在…中) counts that event only")
        << u"在第七期职工疗休养活动中,组织职工疗休养120人。"_s << u"120人"_s << u"-"_s;
    QTest::newRow("what the place trained")
        << u"全市共培训职工160多万人次。"_s << u"160多万人次"_s << u"workers_trained"_s;
    QTest::newRow("what some bases trained is their count, not the place's")
        << u"全市30家市级产业工人技能培训基地共培训职工160多万人次。"_s << u"160多万人次"_s
        << u"-"_s;
    QTest::newRow("members recruited")
        << u"吸纳会员5万多人。"_s << u"5万多人"_s << u"new_members"_s;
    QTest::newRow("members recruited among a group the opening clause names")
        << u"大力推进新就业形态劳动者建会入会工作,吸纳会员5万多人。"_s << u"5万多人"_s << u"-"_s;
    QTest::newRow("one fact stated twice is the metric's once")
        << u"全市工会会员609204人。全市工会组织5397家,会员609204人。"_s << u"609204人"_s
        << u"members;-"_s;
    // Titles of the place, time and intent.
    QTest::newRow("the place's own title")
        << u"泉州市总工会\n培育泉州工匠120名。"_s << u"120名"_s << u"named_craftsmen"_s;
    QTest::newRow("another place's title stands in only where the report has none")
        << u"泉州市总工会\n培育泉州工匠120名,荆楚工匠30名。"_s << u"30名"_s << u"-"_s;
    QTest::newRow("a figure of the report's year")
        << u"市总工会2023年工作报告\n全市工会会员59.5万人。"_s << u"59.5万人"_s << u"members"_s;
    QTest::newRow("a figure of another year is not the report's")
        << u"市总工会2023年工作报告\n2019年全市工会会员55.1万人。"_s << u"55.1万人"_s << u"-"_s;
    QTest::newRow("a target is no result")
        << u"市总工会2023年工作报告\n力争全市工会会员达到65万人。"_s << u"65万人"_s << u"-"_s;
    // Traditional script.
    QTest::newRow("Traditional script: organisations")
        << u"全市工會組織5397家，涵蓋單位29063家。"_s << u"5397家"_s << u"union_orgs"_s;
    QTest::newRow("Traditional script: covered units")
        << u"全市工會組織5397家，涵蓋單位29063家。"_s << u"29063家"_s << u"covered_units"_s;
    QTest::newRow("Traditional script: a part at one level")
        << u"全市建成職工書屋130家，其中市級示範職工書屋12家。"_s << u"12家"_s << u"-"_s;
    QTest::newRow("wrong unit refuses the metric")
        << u"全市工会驿站志愿者338人。"_s << u"338人"_s << u"-"_s;
    QTest::newRow("an unrelated figure stays unclassified")
        << u"组织职工100.2万人次参加了学习。"_s << u"100.2万人次"_s << u"-"_s;
}

void TestMetricCatalog::classification() {
    QFETCH(QString, sentence);
    QFETCH(QString, raw);
    QFETCH(QString, metric);
    QCOMPARE(metricOf(sentence, MetricCatalog::builtIn(), raw), metric);
}

void TestMetricCatalog::followsTheFileOnly() {
    MetricCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadFromJson(kStationsOnly, &error), qPrintable(error));
    QCOMPARE(catalog.metrics().size(), size_t(1));
    const QString sentence = u"全市338家工会驿站,89个“妈妈小屋”,3个工会驿站获评最美驿站。"_s;
    QCOMPARE(metricOf(sentence, catalog, u"338家"_s), u"stations"_s);
    QCOMPARE(metricOf(sentence, catalog, u"89个"_s), u"-"_s);  // no mothers' rooms in this file
    QCOMPARE(metricOf(sentence, catalog, u"3个"_s), u"-"_s);   // excluded by the file's rule
}

void TestMetricCatalog::anotherKindOfReport_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("period");
    QTest::addColumn<bool>("target");
    QTest::newRow("a level") << u"5.37万亿元"_s << u"gdp"_s << u"2022"_s << false;
    QTest::newRow("its growth, said after it")
        << u"4.3%"_s << u"gdp_growth"_s << u"2022"_s << false;
    QTest::newRow("a count") << u"92.3万人"_s << u"new_urban_jobs"_s << u"2022"_s << false;
    QTest::newRow("a part of it") << u"21万人"_s << u"-"_s << u"2022"_s << false;
    QTest::newRow("a rise") << u"2.3%"_s << u"cpi"_s << u"2022"_s << false;
    QTest::newRow("分别: the first item")
        << u"5.5%"_s << u"urban_income_growth"_s << u"2022"_s << false;
    QTest::newRow("分别: the second item")
        << u"7.7%"_s << u"rural_income_growth"_s << u"2022"_s << false;
    QTest::newRow("a five-year average") << u"6.1%"_s << u"-"_s << u"2018-2022"_s << false;
    QTest::newRow("a five-year total") << u"420万人"_s << u"-"_s << u"2018-2022"_s << false;
    QTest::newRow("a target under the targets' heading")
        << u"6.5%左右"_s << u"-"_s << u"2023"_s << true;
    QTest::newRow("another target") << u"70万人以上"_s << u"-"_s << u"2023"_s << true;
}

void TestMetricCatalog::anotherKindOfReport() {
    // The same language rules serve a user's own metrics file and another kind of report.
    QFETCH(QString, raw);
    QFETCH(QString, metric);
    QFETCH(QString, period);
    QFETCH(bool, target);
    MetricCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadFromJson(kGovernmentReport, &error), qPrintable(error));
    const Document document =
        ReportParser(catalog).parseText(u"gov.txt"_s, kGovernmentReportText, u"UTF-8"_s);
    QCOMPARE(document.city, u"湖北省"_s);
    QCOMPARE(document.period, u"2022"_s);  // the past year, before the session's date
    const auto figure = std::find_if(document.figures.begin(), document.figures.end(),
                                     [&](const Figure &f) { return f.raw == raw; });
    QVERIFY2(figure != document.figures.end(), qPrintable(raw));
    QCOMPARE(figure->metric.isEmpty() ? u"-"_s : figure->metric, metric);
    QCOMPARE(figure->period.isEmpty() ? document.period : figure->period, period);
    QCOMPARE(figure->target, target);
}

void TestMetricCatalog::loadErrors_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"metrics\": [") << u"not valid JSON"_s;
    QTest::newRow("no metrics array")
        << QByteArray("{\"groups\": []}") << u"no \"metrics\" array"_s;
    QTest::newRow("metric without id")
        << QByteArray(R"({"metrics": [{"name_zh": "a", "name_en": "b", "keywords": ["c"]}]})")
        << u"has no \"id\""_s;
    QTest::newRow("duplicate id") << QByteArray(R"({"metrics": [
        {"id": "x", "name_zh": "a", "name_en": "b", "keywords": ["c"]},
        {"id": "x", "name_zh": "a", "name_en": "b", "keywords": ["c"]}]})")
                                  << u"defined twice"_s;
    QTest::newRow("no keywords")
        << QByteArray(R"({"metrics": [{"id": "x", "name_zh": "a", "name_en": "b"}]})")
        << u"\"keywords\""_s;
    QTest::newRow("reach verbs not a list") << QByteArray(R"({"reach_verbs": "惠及", "metrics": [
        {"id": "x", "name_zh": "a", "name_en": "b", "keywords": ["c"]}]})")
                                            << u"reach_verbs"_s;
    QTest::newRow("unknown group") << QByteArray(R"({"groups": [{"id": "g"}], "metrics": [
        {"id": "x", "group": "h", "name_zh": "a", "name_en": "b", "keywords": ["c"]}]})")
                                   << u"unknown group"_s;
    QTest::newRow("a measure neither flow nor level") << QByteArray(R"({"metrics": [
        {"id": "x", "name_zh": "a", "name_en": "b", "keywords": ["c"], "measure": "stock"}]})")
                                                      << u"\"measure\""_s;
}

void TestMetricCatalog::loadErrors() {
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    MetricCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadFromJson(json, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestMetricCatalog::fileErrorNamesTheFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken-metrics.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[1, 2");
    file.close();
    MetricCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadFromFile(path, &error));
    QVERIFY2(error.startsWith(path + u": "_s), qPrintable(error));
    QVERIFY(!catalog.loadFromFile(dir.filePath(u"absent.json"_s), &error));
    QVERIFY(error.contains(u"absent.json"_s));
}

// Whether a metric is a flow or a level changes how the table shows it, not what the engine
// classifies: the stored reports are not parsed again for it; a keyword is another matter.
void TestMetricCatalog::aMetricsMeasureAsksForNoReclassification() {
    QFile file(MetricCatalog::builtInPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("\"measure\": \"level\""));
    MetricCatalog builtIn;
    QString error;
    QVERIFY2(builtIn.loadFromJson(json, &error), qPrintable(error));

    QByteArray otherMeasure = json;
    otherMeasure.replace("\"measure\": \"level\"", "\"measure\": \"flow\"");
    MetricCatalog flows;
    QVERIFY2(flows.loadFromJson(otherMeasure, &error), qPrintable(error));
    QVERIFY(!flows.metrics()[size_t(flows.indexOf(u"members"_s))].level);
    QCOMPARE(flows.sourceHash(), builtIn.sourceHash());

    QByteArray otherKeyword = json;
    otherKeyword.replace("\"会员总数\"", "\"会员人数\"");
    QVERIFY(otherKeyword != json);
    MetricCatalog keywords;
    QVERIFY2(keywords.loadFromJson(otherKeyword, &error), qPrintable(error));
    QVERIFY(keywords.sourceHash() != builtIn.sourceHash());
}

QTEST_GUILESS_MAIN(TestMetricCatalog)
#include "tst_metriccatalog.moc"
