#include "metriccatalog.h"
#include "reportparser.h"

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

QString metricOf(const QString &sentence, const MetricCatalog &catalog, const QString &raw) {
    const Document document = ReportParser(catalog).parseText(u"t.txt"_s, sentence, u"UTF-8"_s);
    for (const Figure &figure : document.figures) {
        if (figure.raw == raw)
            return figure.metric.isEmpty() ? u"-"_s : figure.metric;
    }
    return u"(no figure %1)"_s.arg(raw);
}

}  // namespace

class TestMetricCatalog : public QObject {
    Q_OBJECT

private slots:
    void builtInHasEveryContractMetric();
    void classification_data();
    void classification();
    void followsTheFileOnly();
    void loadErrors_data();
    void loadErrors();
    void fileErrorNamesTheFile();
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

QTEST_GUILESS_MAIN(TestMetricCatalog)
#include "tst_metriccatalog.moc"
