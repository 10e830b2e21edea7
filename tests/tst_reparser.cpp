// The service that brings a database in line with the engine and metrics file: it parses the
// stored documents again only when their fingerprint differs, keeps corrections, and leaves a
// document whole, and the fingerprint unrecorded, when its new parse cannot be stored.
#include "engine/input/reportfiles.h"
#include "seedhelpers.h"
#include "services/importer.h"
#include "services/reparser.h"
#include "storage/reportstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestReparser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void bringInLine_data();
    void bringInLine();
    void correctionsAreKept();
    void aDocumentThatCannotBeStoredIsNamedAndLeftWhole();

private:
    // A new SQLite database with the seeds, classified by the built-in metrics file.
    void openWithSeeds(ReportStore *store, DatabaseLocation *location);
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestReparser::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestReparser::openWithSeeds(ReportStore *store, DatabaseLocation *location) {
    location->sqlitePath = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter));
    QString error;
    QVERIFY2(store->open(*location, &error), qPrintable(error));
    const ReportParser parser;
    int reparsed = -1;
    QVERIFY2(Reparser(store, &parser).bringInLine(&reparsed, &error), qPrintable(error));
    QCOMPARE(reparsed, 0);
    Importer importer(store, &parser);
    QStringList problems;
    const QStringList seeds =
        ReportFiles::expand({QStringLiteral(REPORTLENS_SEEDS_DIR)}, &problems);
    QCOMPARE(importer.run(seeds).added, 5);
}

void TestReparser::bringInLine_data() {
    QTest::addColumn<bool>("seeds");
    QTest::addColumn<QString>("recorded");  // what the database says classified it; "" for ours
    QTest::addColumn<bool>("otherMetrics");
    QTest::addColumn<int>("reparsed");
    QTest::newRow("the same engine and metrics file: nothing parsed again")
        << true << QString() << false << 0;
    QTest::newRow("another metrics file: every document parsed again")
        << true << QString() << true << 5;
    QTest::newRow("another engine's fingerprint: every document parsed again")
        << true << u"an older engine"_s << false << 5;
    QTest::newRow("an empty database: the metrics recorded, nothing to parse")
        << false << u"an older engine"_s << true << 0;
}

void TestReparser::bringInLine() {
    QFETCH(bool, seeds);
    QFETCH(QString, recorded);
    QFETCH(bool, otherMetrics);
    QFETCH(int, reparsed);
    ReportStore store;
    DatabaseLocation location;
    QString error;
    if (seeds) {
        openWithSeeds(&store, &location);
    } else {
        location.sqlitePath = m_dir.filePath(u"empty%1.sqlite"_s.arg(++m_counter));
        QVERIFY2(store.open(location, &error), qPrintable(error));
    }
    if (!recorded.isEmpty())
        QVERIFY2(store.recordMetrics(MetricCatalog::builtIn(), recorded, &error),
                 qPrintable(error));

    const ReportParser parser(otherMetrics ? olderMetricsFile() : MetricCatalog::builtIn());
    Reparser reparser(&store, &parser);
    int count = -1;
    QVERIFY2(reparser.bringInLine(&count, &error), qPrintable(error));
    QCOMPARE(count, reparsed);
    QCOMPARE(store.metricsFingerprint(&error).value_or(QString()),
             Reparser::fingerprint(parser.catalog()));
    QVERIFY(store.integrityProblems().isEmpty());
    // In line now: a second time parses nothing.
    QVERIFY2(reparser.bringInLine(&count, &error), qPrintable(error));
    QCOMPARE(count, 0);
}

void TestReparser::correctionsAreKept() {
    ReportStore store;
    DatabaseLocation location;
    openWithSeeds(&store, &location);
    const std::optional<qint64> id = store.documentIdForPath(seedPath(u"004"_s));
    QVERIFY(id);
    const std::optional<Document> document = store.document(*id);
    QVERIFY(document);
    const auto figure = std::find_if(document->figures.begin(), document->figures.end(),
                                     [](const Figure &f) { return f.raw == u"5397家"; });
    QVERIFY(figure != document->figures.end());
    Correction correction;
    correction.kind = CorrectionKind::SetValue;
    correction.anchor = FigureAnchor::of(*document, *figure);
    correction.values = {{u"value"_s, 5400}};
    QString error;
    QVERIFY2(store.addCorrection(correction, &error) > 0, qPrintable(error));

    const ReportParser parser(olderMetricsFile());
    int reparsed = 0;
    QVERIFY2(Reparser(&store, &parser).reparseAll(&reparsed, &error), qPrintable(error));
    QCOMPARE(reparsed, 5);
    const std::optional<Document> after = store.document(*id);
    QVERIFY(after);
    const auto corrected = std::find_if(after->figures.begin(), after->figures.end(),
                                        [](const Figure &f) { return f.raw == u"5397家"; });
    QVERIFY(corrected != after->figures.end());
    QCOMPARE(corrected->value, 5400.0);
    QVERIFY(corrected->corrected);
    QVERIFY(store.orphanedCorrections().empty());
}

void TestReparser::aDocumentThatCannotBeStoredIsNamedAndLeftWhole() {
    ReportStore store;
    DatabaseLocation location;
    openWithSeeds(&store, &location);
    const QString path = seedPath(u"001"_s);
    const std::optional<qint64> id = store.documentIdForPath(path);
    QVERIFY(id);
    const size_t figuresBefore = store.document(*id)->figures.size();
    QVERIFY(figuresBefore > 0);
    // Another program refuses this document's figures.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refuse"_s);
        db.setDatabaseName(location.sqlitePath);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            u"CREATE TRIGGER refuse_figures BEFORE INSERT ON figures WHEN NEW.document_id = %1"
            " BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"_s.arg(*id)));
    }
    QSqlDatabase::removeDatabase(u"refuse"_s);

    const ReportParser parser(olderMetricsFile());
    Reparser reparser(&store, &parser);
    int reparsed = 0;
    QString error;
    QVERIFY(!reparser.bringInLine(&reparsed, &error));
    QVERIFY2(error.startsWith(location.describe()), qPrintable(error));
    QVERIFY2(error.contains(path) && error.contains(u"refused by a trigger"_s), qPrintable(error));
    // The document as it was; and the next start tries again, for nothing was recorded.
    QCOMPARE(store.document(*id)->figures.size(), figuresBefore);
    QVERIFY(store.integrityProblems().isEmpty());
    QVERIFY(store.metricsFingerprint(&error).value_or(QString()) !=
            Reparser::fingerprint(parser.catalog()));
}

QTEST_GUILESS_MAIN(TestReparser)
#include "tst_reparser.moc"
