// The city table as the database gives it: read quickly (whether each cell has other
// candidates) or with every candidate counted, the two must agree once the counts are laid
// over; on SQLite and, with REPORTLENS_TEST_POSTGRES, on PostgreSQL.
#include "databasefixtures.h"
#include "engine/citytable.h"
#include "services/corrections.h"
#include "storage/reportstore.h"
#include "storefixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace reportlens;
using namespace Qt::Literals::StringLiterals;

class TestTableQueries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void quickTableIsTheCountedTable_data();
    void quickTableIsTheCountedTable();
    void latestReportsOfEachPlaceFillTheTable_data();
    void latestReportsOfEachPlaceFillTheTable();

private:
    QTemporaryDir m_dir;
    TestDatabases m_databases;
};

void TestTableQueries::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_databases.init(&error), qPrintable(error));
    QVERIFY(copySeeds(m_dir.path()));
    // Two more reports of the first seed's place, so that its cells have several candidates.
    QVERIFY(QDir().mkpath(m_dir.filePath(u"more"_s)));
    const QByteArray seed = seedText(u"000"_s).toUtf8();
    for (int i = 1; i <= 2; ++i) {
        QFile file(m_dir.filePath(u"more/revision-%1.txt"_s.arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"修订%1\n"_s.arg(i).toUtf8() + seed);
    }
}

void TestTableQueries::quickTableIsTheCountedTable_data() {
    QTest::addColumn<QString>("raw");  // the seed figure corrected first; none when empty
    QTest::addColumn<CorrectionKind>("kind");
    QTest::addColumn<QJsonObject>("values");

    QTest::newRow("as imported") << QString() << CorrectionKind::Reject << QJsonObject{};
    QTest::newRow("a winner rejected") << u"5397家"_s << CorrectionKind::Reject << QJsonObject{};
    QTest::newRow("a figure chosen for its cell")
        << u"21件"_s << CorrectionKind::ChooseForCell
        << QJsonObject{{u"metric"_s, u"disputes_mediated"_s}};
    QTest::newRow("a figure moved to another metric")
        << u"100.2万人次"_s << CorrectionKind::SetMetric
        << QJsonObject{{u"metric"_s, u"workers_trained"_s}};
    QTest::newRow("a figure taken off its metric") << u"609204人"_s << CorrectionKind::SetMetric
                                                   << QJsonObject{{u"metric"_s, QJsonValue::Null}};
    QTest::newRow("a figure made a target")
        << u"5397家"_s << CorrectionKind::SetTarget << QJsonObject{{u"target"_s, true}};
}

void TestTableQueries::quickTableIsTheCountedTable() {
    QFETCH(QString, raw);
    QFETCH(CorrectionKind, kind);
    QFETCH(QJsonObject, values);

    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_databases.fresh(), &error), qPrintable(error));
    const QStringList problems = importCopiedSeeds(&store, m_dir.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const ReportParser parser;
    QStringList unread;
    const Importer::Summary more =
        Importer(&store, &parser).run(ReportFiles::expand({m_dir.filePath(u"more"_s)}, &unread));
    QCOMPARE(more.added, 2);
    if (!raw.isEmpty()) {
        bool corrected = false;
        for (const DocumentSummary &summary : store.documents()) {
            const std::optional<Document> document = store.document(summary.id);
            QVERIFY(document);
            for (const Figure &figure : document->figures) {
                if (figure.raw != raw || corrected)
                    continue;
                QVERIFY2(store.addCorrection(Corrections::ofFigure(*document, figure, kind, values),
                                             &error) > 0,
                         qPrintable(error));
                corrected = true;
            }
        }
        QVERIFY2(corrected, qPrintable(raw));
    }

    const CityTable counted = store.cityTable(MetricCatalog::builtIn(), CandidateCounting::All);
    CityTable quick =
        store.cityTable(MetricCatalog::builtIn(), CandidateCounting::WhetherAny, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(quick.cities, counted.cities);
    QCOMPARE(quick.cells.size(), counted.cells.size());
    QVERIFY(counted.cells.size() > 50);
    int withOthers = 0;
    for (size_t i = 0; i < counted.cells.size(); ++i) {
        const TableCell &a = quick.cells[i];
        const TableCell &b = counted.cells[i];
        QCOMPARE(a.city + u'/' + a.metric, b.city + u'/' + b.metric);
        QCOMPARE(a.raw, b.raw);
        QCOMPARE(a.value, b.value);
        QCOMPARE(a.start, b.start);
        QCOMPARE(a.period, b.period);
        QCOMPARE(a.corrected, b.corrected);
        QVERIFY(b.alternativesCounted);
        QVERIFY(!a.alternativesCounted);
        QCOMPARE(a.alternatives, std::min(b.alternatives, 1));
        withOthers += b.alternatives > 1;
    }
    QVERIFY2(withOthers > 0, "no cell with two or more other candidates: the check is empty");

    const std::vector<CandidateCount> counts = store.candidateCounts(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(counts.size(), counted.cells.size());
    quick.setCandidateCounts(counts);
    for (size_t i = 0; i < counted.cells.size(); ++i) {
        QVERIFY(quick.cells[i].alternativesCounted);
        QCOMPARE(quick.cells[i].alternatives, counted.cells[i].alternatives);
    }
}

void TestTableQueries::latestReportsOfEachPlaceFillTheTable_data() {
    QTest::addColumn<QString>("reports");
    QTest::addColumn<CandidateCounting>("counting");
    QTest::addColumn<QStringList>("cities");
    QTest::addColumn<double>("sanyaMembers");  // 0: no cell
    QTest::addColumn<QString>("sanyaPeriod");
    QTest::addColumn<int>("sanyaCandidates");  // counted, the one filling the cell included
    QTest::addColumn<QStringList>("sanyaOtherPeriods");

    const QStringList both{u"海口市"_s, u"三亚市"_s};
    QTest::newRow("the latest, read quickly")
        << u"latest"_s << CandidateCounting::WhetherAny << both << 340000.0 << u"2024"_s << 1
        << QStringList{u"2023"_s, u"2022"_s};
    QTest::newRow("the latest, counted")
        << u"latest"_s << CandidateCounting::All << both << 340000.0 << u"2024"_s << 1
        << QStringList{u"2023"_s, u"2022"_s};
    QTest::newRow("all reports: the best figure of any period")
        << u"all"_s << CandidateCounting::All << both << 0.0 << QString() << 3 << QStringList();
    QTest::newRow("one period every place has")
        << u"2023"_s << CandidateCounting::WhetherAny << both << 330000.0 << u"2023"_s << 1
        << QStringList{u"2024"_s, u"2022"_s};
    QTest::newRow("one period only one place has")
        << u"2022"_s << CandidateCounting::WhetherAny << QStringList{u"三亚市"_s} << 320000.0
        << u"2022"_s << 1 << QStringList{u"2024"_s, u"2023"_s};
}

void TestTableQueries::latestReportsOfEachPlaceFillTheTable() {
    QFETCH(QString, reports);
    QFETCH(CandidateCounting, counting);
    QFETCH(QStringList, cities);
    QFETCH(double, sanyaMembers);
    QFETCH(QString, sanyaPeriod);
    QFETCH(int, sanyaCandidates);
    QFETCH(QStringList, sanyaOtherPeriods);

    // Three annual reports of one place, one of another.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (int year : {2022, 2023, 2024})
        files.append(
            writeAnnualReport(dir.path(), u"三亚市"_s, year, 300000 + 10000 * (year - 2020)));
    files.append(writeAnnualReport(dir.path(), u"海口市"_s, 2023, 500000));
    QVERIFY(!files.contains(QString()));
    ReportStore store;
    QString error;
    QVERIFY2(store.open(m_databases.fresh(), &error), qPrintable(error));
    const ReportParser parser;
    QCOMPARE(Importer(&store, &parser).run(files).added, 4);

    const std::optional<ReportSelection> selection = ReportSelection::parse(reports);
    QVERIFY(selection);
    const CityTable table = store.cityTable(MetricCatalog::builtIn(), *selection, counting, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(table.cities, cities);
    QCOMPARE(table.reportPeriods, QStringList({u"2024"_s, u"2023"_s, u"2022"_s}));
    QCOMPARE(table.otherPeriods.value(u"三亚市"_s), sanyaOtherPeriods);
    QVERIFY(!table.otherPeriods.contains(u"海口市"_s));
    const TableCell *sanya = table.cell(u"三亚市"_s, u"members"_s);
    QVERIFY(sanya);
    if (sanyaMembers > 0) {
        QCOMPARE(sanya->value, sanyaMembers);
        QCOMPARE(sanya->period, sanyaPeriod);
    }
    if (counting == CandidateCounting::All || !sanyaOtherPeriods.isEmpty()) {
        QVERIFY(sanya->alternativesCounted);
        QCOMPARE(sanya->alternatives, sanyaCandidates - 1);
    }
    // A cell's candidates are those of the same reports.
    const std::vector<CellCandidate> candidates =
        store.cellCandidates(u"三亚市"_s, u"members"_s, *selection, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(int(candidates.size()), sanyaCandidates);
    QCOMPARE(candidates.front().value, sanya->value);
    if (cities.contains(u"海口市"_s))
        QCOMPARE(table.cell(u"海口市"_s, u"members"_s)->value, 500000.0);
    else
        QVERIFY(store.cellCandidates(u"海口市"_s, u"members"_s, *selection).empty());
}

QTEST_GUILESS_MAIN(TestTableQueries)
#include "tst_tablequeries.moc"
