#include "citylistproxymodel.h"
#include "citytableproxymodel.h"
#include "engine/citytable.h"
#include "engine/reportparser.h"
#include "items/chartdata.h"
#include "items/cityfiguresmodel.h"
#include "items/citylistmodel.h"
#include "items/citytablemodel.h"
#include "items/correctionlogmodel.h"
#include "items/reviewmodel.h"
#include "items/searchresultsmodel.h"
#include "items/trendmodel.h"
#include "pagefixtures.h"
#include "seedhelpers.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestItemModels : public QObject {
    Q_OBJECT

private slots:
    void rolesStartAtUserRole_data();
    void rolesStartAtUserRole();
    void correctionLogModel();
    void cityTableModel();
    void cityTableProxy();
    void englishNamesChangeBothHeaders();
    void cityFiguresModel();
    void cityFiguresEditedInPlace_data();
    void cityFiguresEditedInPlace();
    void cityListModel();
    void citiesSortedByPinyin();
    void placesByProvinceAndLevel_data();
    void placesByProvinceAndLevel();
    void chartData_data();
    void chartData();
};

void TestItemModels::rolesStartAtUserRole_data() {
    QTest::addColumn<QString>("model");
    QTest::newRow("city table") << u"CityTableModel"_s;
    QTest::newRow("city list") << u"CityListModel"_s;
    QTest::newRow("city figures") << u"CityFiguresModel"_s;
    QTest::newRow("search results") << u"SearchResultsModel"_s;
    QTest::newRow("corrections log") << u"CorrectionLogModel"_s;
    QTest::newRow("review queue") << u"ReviewModel"_s;
    QTest::newRow("trend") << u"TrendModel"_s;
}

// Each model's roles: an enum from Qt::UserRole, every one named in roleNames() beside Qt's.
void TestItemModels::rolesStartAtUserRole() {
    QFETCH(QString, model);
    std::unique_ptr<QAbstractItemModel> instance;
    QMetaEnum roles;
    if (model == u"CityTableModel") {
        instance = std::make_unique<CityTableModel>();
        roles = QMetaEnum::fromType<CityTableModel::Role>();
    } else if (model == u"CityListModel") {
        instance = std::make_unique<CityListModel>();
        roles = QMetaEnum::fromType<CityListModel::Role>();
    } else if (model == u"CityFiguresModel") {
        instance = std::make_unique<CityFiguresModel>();
        roles = QMetaEnum::fromType<CityFiguresModel::Role>();
    } else if (model == u"TrendModel") {
        instance = std::make_unique<TrendModel>();
        roles = QMetaEnum::fromType<TrendModel::Role>();
    } else if (model == u"ReviewModel") {
        instance = std::make_unique<ReviewModel>();
        roles = QMetaEnum::fromType<ReviewModel::Role>();
    } else if (model == u"CorrectionLogModel") {
        instance = std::make_unique<CorrectionLogModel>();
        roles = QMetaEnum::fromType<CorrectionLogModel::Role>();
    } else {
        instance = std::make_unique<SearchResultsModel>();
        roles = QMetaEnum::fromType<SearchResultsModel::Role>();
    }
    QVERIFY(roles.isValid());
    QVERIFY(roles.keyCount() > 0);
    const QHash<int, QByteArray> names = instance->roleNames();
    int lowest = roles.value(0);
    for (int i = 0; i < roles.keyCount(); ++i) {
        lowest = std::min(lowest, roles.value(i));
        QVERIFY2(!names.value(roles.value(i)).isEmpty(), roles.key(i));
    }
    QCOMPARE(lowest, int(Qt::UserRole));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

// The log newest first; a revert changes its row in place; a reload resets.
void TestItemModels::correctionLogModel() {
    CorrectionLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<CorrectionLogEntry> entries;
    for (qint64 id : {1, 3, 2}) {
        CorrectionLogEntry entry;
        entry.correction.id = id;
        entry.correction.kind = id == 3 ? CorrectionKind::SetMetric : CorrectionKind::Reject;
        entry.correction.anchor.raw = u"%1个"_s.arg(id);
        entry.correction.values =
            id == 3 ? QJsonObject{{u"metric"_s, u"members"_s}} : QJsonObject{};
        entry.place = u"肇庆市"_s;
        entries.push_back(entry);
    }
    model.setEntries(entries);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.index(0, 0).data(CorrectionLogModel::IdRole).toLongLong(), 3);
    QCOMPARE(model.index(0, CorrectionLogModel::MetricColumn).data().toString(), u"members"_s);
    QCOMPARE(model.index(2, CorrectionLogModel::FigureColumn).data().toString(), u"1个"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    model.setReverted(2, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QVERIFY(model.index(1, 0).data(CorrectionLogModel::RevertedRole).toBool());
    model.setReverted(2, true);   // no change, no signal
    model.setReverted(99, true);  // not in the log
    QCOMPARE(changed.count(), 1);
}

void TestItemModels::cityTableModel() {
    CityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QVERIFY(resetSpy.isValid());
    const std::vector<Document> documents = seedDocuments();
    QCOMPARE(documents.size(), size_t(5));
    CityTable table = seedTable(documents);
    // As a table read knowing only whether other candidates exist: the counts follow.
    for (TableCell &each : table.cells)
        each.alternativesCounted = false;
    model.setTable(table);
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.rowCount(), int(MetricCatalog::builtIn().metrics().size()));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);

    const int zhaoqing = int(model.table().cities.indexOf(u"肇庆市"_s));
    QVERIFY(zhaoqing >= 0);
    const int unionOrgs = MetricCatalog::builtIn().indexOf(u"union_orgs");
    const QModelIndex cell = model.index(unionOrgs, zhaoqing);
    QVERIFY(cell.data(CityTableModel::HasFigureRole).toBool());
    QCOMPARE(cell.data(CityTableModel::ValueRole).toDouble(), 5397.0);
    QCOMPARE(cell.data(CityTableModel::RawRole).toString(), u"5397家"_s);
    QVERIFY(
        cell.data(CityTableModel::SentenceRole).toString().contains(u"全市建立工会组织5397家"_s));
    QCOMPARE(cell.data(CityTableModel::MetricIdRole).toString(), u"union_orgs"_s);
    QCOMPARE(model.headerData(zhaoqing, Qt::Horizontal).toString(), u"肇庆市"_s);
    QCOMPARE(model.headerData(unionOrgs, Qt::Vertical).toString(), u"union_orgs"_s);
    QVERIFY(!model.data(QModelIndex()).isValid());

    // Counts laid over in place: one change over the table, no reset.
    QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changedSpy.isValid());
    model.setCandidateCounts({{u"肇庆市"_s, u"union_orgs"_s, 4}});
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(cell.data(CityTableModel::AlternativesRole).toInt(), 3);
    QVERIFY(cell.data(CityTableModel::AlternativesCountedRole).toBool());
    // A cell counted already (read from a selection of reports) keeps its count.
    model.setCandidateCounts({{u"肇庆市"_s, u"union_orgs"_s, 9}});
    QCOMPARE(cell.data(CityTableModel::AlternativesRole).toInt(), 3);
}

void TestItemModels::cityTableProxy() {
    CityTableModel model;
    CityTableProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(seedTable(seedDocuments()));
    const int members = MetricCatalog::builtIn().indexOf(u"members");
    const int zhaoqing = int(model.table().cities.indexOf(u"肇庆市"_s));
    // 漳州's report states no period, 三明's members stand at 2016: the row is marked.
    QCOMPARE(proxy.headerData(members, Qt::Vertical).toString(), u"≠ 会员数（人）"_s);
    QCOMPARE(proxy.index(members, zhaoqing).data().toString(), u"60.92万人 ≠"_s);
    proxy.setEnglishNames(true);
    // English units in English.
    QCOMPARE(proxy.headerData(members, Qt::Vertical).toString(), u"≠ Union members (people)"_s);
}

// English names change the metric names (rows) and put pinyin beside the cities (columns).
void TestItemModels::englishNamesChangeBothHeaders() {
    CityTableModel model;
    CityTableProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(pagefixtures::cityTable());
    QSignalSpy headers(&proxy, &QAbstractItemModel::headerDataChanged);
    QVERIFY(headers.isValid());
    const QString city = proxy.headerData(2, Qt::Horizontal).toString();
    proxy.setEnglishNames(true);
    QCOMPARE(headers.count(), 2);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), 2);
    QCOMPARE(headers.at(1).at(0).value<Qt::Orientation>(), Qt::Vertical);
    QCOMPARE(headers.at(1).at(1).toInt(), 0);
    QCOMPARE(headers.at(1).at(2).toInt(), 2);
    QVERIFY(proxy.headerData(2, Qt::Horizontal).toString() != city);
    QVERIFY(proxy.headerData(1, Qt::Vertical).toString().startsWith(u"Union members"_s));
    proxy.setEnglishNames(true);  // no change, no signal
    QCOMPARE(headers.count(), 2);
}

void TestItemModels::cityFiguresModel() {
    CityFiguresModel model;
    CityFiguresProxyModel presentation;
    presentation.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester presentationTester(
        &presentation, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<Document> documents = seedDocuments();
    // 肇庆: the last seed.
    std::vector<Document> zhaoqing;
    zhaoqing.push_back(std::move(documents.back()));
    const size_t figures = zhaoqing.front().figures.size();
    model.setDocuments(MetricCatalog::builtIn(), std::move(zhaoqing));
    size_t listed = 0;
    bool unclassifiedShown = false;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        QVERIFY(parent.data(CityFiguresModel::IsGroupRole).toBool());
        listed += size_t(model.rowCount(parent));
        unclassifiedShown = unclassifiedShown || parent.data().toString().startsWith(u"Not"_s);
        for (int row = 0; row < model.rowCount(parent); ++row)
            QCOMPARE(model.rowCount(model.index(row, 0, parent)), 0);
    }
    QCOMPARE(listed, figures);  // every figure, classified or not
    QVERIFY(unclassifiedShown);
    // The organisation group comes first, with 5397家 and its report section.
    const QModelIndex organisation = model.index(0, 0);
    QVERIFY(organisation.data().toString().startsWith(u"组织建设"_s));
    const QModelIndex first = model.index(0, CityFiguresModel::RawColumn, organisation);
    QCOMPARE(first.data().toString(), u"5397家"_s);
    QCOMPARE(model.index(0, CityFiguresModel::SectionColumn, organisation).data().toString(),
             u"砥砺奋进五年 发展成绩喜人"_s);
    QCOMPARE(presentation.index(0, CityFiguresModel::ValueColumn, presentation.index(0, 0))
                 .data()
                 .toString(),
             u"5,397"_s);
    // Its period: the report's, as no other is named in its sentence; not a target.
    const Document *document = model.documentAt(first);
    QVERIFY(document);
    QCOMPARE(model.index(0, CityFiguresModel::PeriodColumn, organisation).data().toString(),
             document->period);
    QVERIFY(!model.index(0, 0, organisation).data(CityFiguresModel::OwnPeriodRole).toBool());
    QCOMPARE(model.index(0, CityFiguresModel::TargetColumn, organisation).data(), QVariant(false));
    QCOMPARE(presentation.headerData(CityFiguresModel::PeriodColumn, Qt::Horizontal).toString(),
             u"Period"_s);
}

void TestItemModels::cityFiguresEditedInPlace_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::newRow("a new value is kept and asks for SetValue")
        << int(CityFiguresModel::ValueColumn) << QVariant(5400.0) << true
        << int(CorrectionKind::SetValue) << u"value"_s;
    QTest::newRow("a new unit is kept and asks for SetUnit")
        << int(CityFiguresModel::UnitColumn) << QVariant(u"家"_s) << true
        << int(CorrectionKind::SetUnit) << u"unit"_s;
    QTest::newRow("a new label is kept and asks for SetLabel")
        << int(CityFiguresModel::LabelColumn) << QVariant(u"基层工会组织"_s) << true
        << int(CorrectionKind::SetLabel) << u"label"_s;
    QTest::newRow("the same value changes nothing")
        << int(CityFiguresModel::ValueColumn) << QVariant(5397.0) << false << -1 << QString();
    QTest::newRow("a value that is no number is refused")
        << int(CityFiguresModel::ValueColumn) << QVariant(u"many"_s) << false << -1 << QString();
    QTest::newRow("the text as written is not editable")
        << int(CityFiguresModel::RawColumn) << QVariant(u"5400个"_s) << false << -1 << QString();
}

void TestItemModels::cityFiguresEditedInPlace() {
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(int, kind);
    QFETCH(QString, field);
    CityFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<Document> documents{pagefixtures::report()};
    model.setDocuments(MetricCatalog::builtIn(), std::move(documents));
    // The organisation group comes first; 5397个 first in it.
    const QModelIndex group = model.index(0, 0);
    const QModelIndex index = model.index(0, column, group);
    QCOMPARE(index.siblingAtColumn(CityFiguresModel::RawColumn).data().toString(), u"5397个"_s);
    const QVariant before = index.data(Qt::EditRole);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    QSignalSpy requested(&model, &CityFiguresModel::correctionRequested);
    QVERIFY(requested.isValid());

    QCOMPARE(model.setData(index, value), accepted);
    QVERIFY(!model.setData(group, value));  // a group row holds no figure
    if (!accepted) {
        QCOMPARE(index.data(Qt::EditRole), before);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(requested.count(), 0);
        QVERIFY(!index.data(CityFiguresModel::CorrectedRole).toBool());
        return;
    }
    // Stored: the model shows the new value, marked as corrected, across the whole row.
    QCOMPARE(index.data(Qt::EditRole), value);
    QVERIFY(index.data(CityFiguresModel::CorrectedRole).toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), index.siblingAtColumn(0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
             index.siblingAtColumn(CityFiguresModel::ColumnCount - 1));
    // The correction is anchored on the figure as it was, with the new value.
    QCOMPARE(requested.count(), 1);
    const QList<QVariant> request = requested.takeFirst();
    QCOMPARE(request.at(0).value<Document>().path, pagefixtures::report().path);
    QCOMPARE(request.at(1).value<Figure>().raw, u"5397个"_s);
    QCOMPARE(request.at(1).value<Figure>().value, 5397.0);
    QCOMPARE(int(request.at(2).value<CorrectionKind>()), kind);
    QCOMPARE(request.at(3).value<QJsonObject>().value(field).toVariant(), value);
}

void TestItemModels::cityListModel() {
    CityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCities({{u"漳州市"_s, 1, 90}, {u"商洛市"_s, 2, 46}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, CityListModel::DocumentsColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, CityListModel::CityColumn).data(CityListModel::CityRole).toString(),
             u"漳州市"_s);
}

void TestItemModels::citiesSortedByPinyin() {
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CityListModel model;
    CityListProxyModel sorted;  // takes the UI language when made
    QLocale::setDefault(previous);
    sorted.setSourceModel(&model);
    QAbstractItemModelTester tester(&sorted,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCities({{u"肇庆市"_s, 1, 52},
                     {u"漳州市"_s, 1, 73},
                     {u"三明市"_s, 1, 90},
                     {u"泉州市"_s, 1, 78},
                     {u"商洛市"_s, 1, 46}});
    sorted.sort(CityListModel::CityColumn);
    QStringList order;
    for (int row = 0; row < sorted.rowCount(); ++row)
        order.append(sorted.index(row, 0).data().toString());
    // Quanzhou, Sanming, Shangluo, Zhangzhou, Zhaoqing (code point order would differ).
    QCOMPARE(order, (QStringList{u"泉州市"_s, u"三明市"_s, u"商洛市"_s, u"漳州市"_s, u"肇庆市"_s}));
    sorted.sort(CityListModel::FiguresColumn, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, 0).data().toString(), u"三明市"_s);
    QCOMPARE(sorted.headerData(CityListModel::FiguresColumn, Qt::Horizontal).toString(),
             u"Figures"_s);
}

void TestItemModels::placesByProvinceAndLevel_data() {
    QTest::addColumn<QString>("province");
    QTest::addColumn<int>("level");
    QTest::addColumn<QStringList>("shown");
    // In pinyin order: Hubei, Quanzhou, Sanming, Tianjin, Tonghua, Tongyu, Zhangzhou.
    const QStringList all = {u"湖北省"_s,         u"泉州市"_s, u"三明市"_s, u"天津市"_s,
                             u"通化市二道江区"_s, u"通榆县"_s, u"漳州市"_s};
    QTest::newRow("every place") << QString() << int(CityListProxyModel::kAllLevels) << all;
    QTest::newRow("the places of one province")
        << u"福建省"_s << int(CityListProxyModel::kAllLevels)
        << QStringList{u"泉州市"_s, u"三明市"_s, u"漳州市"_s};
    QTest::newRow("a district and a county lie in their province")
        << u"吉林省"_s << int(CityListProxyModel::kAllLevels)
        << QStringList{u"通化市二道江区"_s, u"通榆县"_s};
    QTest::newRow("provinces only")
        << QString() << int(PlaceLevel::Province) << QStringList{u"湖北省"_s};
    QTest::newRow("a municipality is a city")
        << QString() << int(PlaceLevel::City)
        << QStringList{u"泉州市"_s, u"三明市"_s, u"天津市"_s, u"漳州市"_s};
    QTest::newRow("counties and districts")
        << QString() << int(PlaceLevel::County) << QStringList{u"通化市二道江区"_s, u"通榆县"_s};
    QTest::newRow("a province's cities") << u"福建省"_s << int(PlaceLevel::County) << QStringList{};
}

void TestItemModels::placesByProvinceAndLevel() {
    QFETCH(QString, province);
    QFETCH(int, level);
    QFETCH(QStringList, shown);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CityListModel model;
    CityListProxyModel places;
    QLocale::setDefault(previous);
    places.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester placesTester(&places,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCities({{u"漳州市"_s, 1, 1},
                     {u"湖北省"_s, 1, 1},
                     {u"通榆县"_s, 1, 1},
                     {u"泉州市"_s, 1, 1},
                     {u"天津市"_s, 1, 1},
                     {u"三明市"_s, 1, 1},
                     {u"通化市二道江区"_s, 1, 1}});
    QCOMPARE(model.index(6, CityListModel::ProvinceColumn).data().toString(), u"吉林省"_s);
    places.setProvinceFilter(province);
    places.setLevelFilter(level);
    places.sort(CityListModel::CityColumn);
    QStringList order;
    for (int row = 0; row < places.rowCount(); ++row)
        order.append(places.index(row, 0).data().toString());
    QCOMPARE(order, shown);
    // By province, each province's places together, in their own order.
    places.setProvinceFilter(QString());
    places.setLevelFilter(CityListProxyModel::kAllLevels);
    places.sort(CityListModel::ProvinceColumn);
    QStringList provinces;
    for (int row = 0; row < places.rowCount(); ++row)
        provinces.append(places.index(row, CityListModel::ProvinceColumn).data().toString());
    QCOMPARE(provinces, (QStringList{u"福建省"_s, u"福建省"_s, u"福建省"_s, u"湖北省"_s,
                                     u"吉林省"_s, u"吉林省"_s, u"天津市"_s}));
}

void TestItemModels::chartData_data() {
    QTest::addColumn<QStringList>("metrics");
    QTest::addColumn<bool>("perMember");
    QTest::addColumn<QString>("firstCity");
    QTest::addColumn<double>("firstValue");
    QTest::addColumn<int>("series");
    QTest::addColumn<QStringList>("otherUnit");  // metrics named, not drawn
    QTest::newRow("one metric ranked")
        << QStringList{u"members"_s} << false << u"漳州市"_s << 727000.0 << 1 << QStringList();
    QTest::newRow("per member") << QStringList{u"golden_autumn_funds"_s} << true << u"肇庆市"_s
                                << 9340000.0 / 609204.0 << 1 << QStringList();
    QTest::newRow("grouped bars of one unit family ranked by the first metric")
        << QStringList{u"union_orgs"_s, u"covered_units"_s} << false << u"漳州市"_s << 9092.0 << 2
        << QStringList();
    QTest::newRow("a metric of another unit family is named, not drawn on the axis")
        << QStringList{u"union_orgs"_s, u"members"_s} << false << u"漳州市"_s << 9092.0 << 1
        << QStringList{u"members"_s};
}

void TestItemModels::chartData() {
    QFETCH(QStringList, metrics);
    QFETCH(bool, perMember);
    QFETCH(QString, firstCity);
    QFETCH(double, firstValue);
    QFETCH(int, series);
    QFETCH(QStringList, otherUnit);
    const CityTable table = seedTable(seedDocuments());
    const ChartData chart = ChartData::build(table, metrics, perMember);
    QCOMPARE(int(chart.series.size()), series);
    QStringList leftOut;
    for (const MetricDefinition *metric : chart.otherUnitMetrics)
        leftOut.append(metric->id);
    QCOMPARE(leftOut, otherUnit);
    // Every place is drawn or named as having no figure.
    QCOMPARE(chart.cities.size() + chart.withoutFigure.size(), table.cities.size());
    for (const QString &city : chart.withoutFigure)
        QVERIFY(!chart.cities.contains(city));
    QCOMPARE(chart.cities.front(), firstCity);
    QCOMPARE(chart.series.front().bars.front().value, firstValue);
    QVERIFY(chart.series.front().bars.front().cell);
    const std::vector<ChartBar> &bars = chart.series.front().bars;
    for (size_t i = 1; i < bars.size(); ++i)
        QVERIFY(bars[i - 1].value >= bars[i].value);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
