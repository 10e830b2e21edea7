#include "citytable.h"
#include "citytablemodel.h"
#include "citytableproxymodel.h"
#include "figurelistmodel.h"
#include "reportparser.h"
#include "seedhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

std::vector<Document> seedDocuments() {
    std::vector<Document> documents;
    const ReportParser parser;
    for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        Document document;
        QString error;
        if (parser.parseFile(seedPath(prefix), &document, &error))
            documents.push_back(std::move(document));
    }
    return documents;
}

CityTable seedTable(const std::vector<Document> &documents) {
    CityTableBuilder builder(MetricCatalog::builtIn());
    for (const Document &document : documents)
        builder.addDocument(document);
    return builder.table();
}

}  // namespace

class TestItemModels : public QObject {
    Q_OBJECT

private slots:
    void cityTableModel();
    void cityTableProxy();
    void figureListModel();
    void figureListModelAppends();
};

void TestItemModels::cityTableModel() {
    CityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QVERIFY(resetSpy.isValid());
    const std::vector<Document> documents = seedDocuments();
    QCOMPARE(documents.size(), size_t(5));
    model.setTable(seedTable(documents));
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
}

void TestItemModels::cityTableProxy() {
    CityTableModel model;
    CityTableProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(seedTable(seedDocuments()));
    const int members = MetricCatalog::builtIn().indexOf(u"members");
    const int zhaoqing = int(model.table().cities.indexOf(u"肇庆市"_s));
    QCOMPARE(proxy.headerData(members, Qt::Vertical).toString(), u"会员数（人）"_s);
    QCOMPARE(proxy.index(members, zhaoqing).data().toString(), u"60.92万人"_s);
    proxy.setEnglishNames(true);
    QCOMPARE(proxy.headerData(members, Qt::Vertical).toString(), u"Union members（人）"_s);
}

void TestItemModels::figureListModel() {
    FigureListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<Document> documents = seedDocuments();
    size_t figures = 0;
    for (const Document &document : documents)
        figures += document.figures.size();
    model.setDocuments(std::move(documents));
    QCOMPARE(model.rowCount(), int(figures));
    QCOMPARE(model.columnCount(), int(FigureListModel::ColumnCount));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    const QModelIndex raw = model.index(0, FigureListModel::RawColumn);
    const QString sentence = raw.data(FigureListModel::SentenceRole).toString();
    QVERIFY(sentence.contains(raw.data().toString()));
}

void TestItemModels::figureListModelAppends() {
    FigureListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy insertSpy(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(insertSpy.isValid());
    const ReportParser parser;
    model.addDocument(parser.parseText(u"a.txt"_s, u"漳州市总工会建成驿站338家。"_s, u"UTF-8"_s));
    model.addDocument(parser.parseText(u"b.txt"_s, u"没有数字的报告。"_s, u"UTF-8"_s));
    model.addDocument(
        parser.parseText(u"c.txt"_s, u"泉州市总工会建成驿站589个、书屋216家。"_s, u"UTF-8"_s));
    QCOMPARE(insertSpy.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(insertSpy.at(1).at(1).toInt(), 1);
    QCOMPARE(insertSpy.at(1).at(2).toInt(), 2);
    QCOMPARE(model.index(2, FigureListModel::CityColumn).data().toString(), u"泉州市"_s);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
