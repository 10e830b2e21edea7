// The command line on databases that fail, fill up, cannot be written or do not exist yet:
// what it prints, its exit status, and what it stored.
#include "clifixtures.h"
#include "engine/placenames.h"
#include "seedhelpers.h"
#include "sqlitefixtures.h"
#include "storefixtures.h"
#include "xlsxhelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace reportlens;
using namespace Qt::Literals::StringLiterals;

class TestCommandLineStorage : public QObject {
    Q_OBJECT

private slots:
    void searchSaysWhyItIsSlowOrFailed();
    void aFullDiskCountsOnlyWhatWasStored();
    void aReadOnlyDatabaseIsReadNotChanged_data();
    void aReadOnlyDatabaseIsReadNotChanged();
    void firstFrameExitsOnAFirstStart();
    void tableOfTheReportsChosen_data();
    void tableOfTheReportsChosen();
    void trendOfAMetric();
    void placesByAnyNameAndUnknownOnesNamed_data();
    void placesByAnyNameAndUnknownOnesNamed();
    void reportOptions_data();
    void reportOptions();
    void tableAsExcelWorkbook();

private:
    // The seeds imported once by the command line, for the tests that only read them.
    QString seededDatabase();

    QTemporaryDir m_seededDir;
    QString m_seededDb;
};

QString TestCommandLineStorage::seededDatabase() {
    if (m_seededDb.isEmpty() && m_seededDir.isValid()) {
        const QString db = m_seededDir.filePath(u"seeds.sqlite"_s);
        if (runCli({u"import"_s, u"--db"_s, db, kSeeds}).exitCode == 0)
            m_seededDb = db;
    }
    return m_seededDb;
}

namespace {

// Runs a shell script in a user and mount namespace of the test's own (unshare), where it
// can mount a tmpfs without privilege: $1 the folder to mount on, $2 the reportlens program,
// $3 and on the arguments given. Exit status 77: no user namespaces here (the caller skips).
Run runWithAMount(const QString &script, const QString &mount, const QStringList &arguments) {
    QProcess process;
    process.start(u"unshare"_s,
                  QStringList{u"--user"_s, u"--map-root-user"_s, u"--mount"_s, u"sh"_s, u"-c"_s,
                              script, u"sh"_s, mount, QStringLiteral(REPORTLENS_EXECUTABLE)} +
                      arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.error() == QProcess::FailedToStart ? 77 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Three annual reports of 三亚 (2022–2024, members 320,000 to 340,000) imported by the
// command line into a database in dir: its path, or empty when that failed.
QString importAnnualReports(const QTemporaryDir &dir) {
    if (!dir.isValid())
        return {};
    for (int year : {2022, 2023, 2024}) {
        if (writeAnnualReport(dir.path(), u"三亚市"_s, year, 300000 + 10000 * (year - 2020))
                .isEmpty())
            return {};
    }
    const QString db = dir.filePath(u"reports.sqlite"_s);
    return runCli({u"import"_s, u"--db"_s, db, dir.path()}).exitCode == 0 ? db : QString();
}

}  // namespace

// A search that could not use its index still answers, and says why; one that failed exits 1
// naming the database, rather than printing no hits.
void TestCommandLineStorage::searchSaysWhyItIsSlowOrFailed() {
    QTemporaryDir dir;
    const QString db = dir.filePath(u"reports.sqlite"_s);
    const QString index = db + u".search"_s;
    writeFile(dir, u"reports.sqlite.search"_s, "another program's notes");
    QCOMPARE(runCli({u"import"_s, u"--db"_s, db, kSeeds}).exitCode, 0);
    Run run = runCli({u"search"_s, u"--db"_s, db, u"走访慰问困难职工家庭"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"hits"_s).toArray().size(), 1);
    QVERIFY2(run.err.contains(index) && run.err.contains(u"untouched"_s), qPrintable(run.err));

    QVERIFY(overwritePages(db, u"sentences"_s, false) > 0);
    run = runCli({u"search"_s, u"--db"_s, db, u"职工"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(db + u": "_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

// The database on a small filesystem that fills part way: the summary counts as added only
// what was stored, and the message names the database and the reports not stored (it said
// "added 290 … failed 275" when 15 were stored).
void TestCommandLineStorage::aFullDiskCountsOnlyWhatWasStored() {
    QTemporaryDir dir;
    const QString mount = dir.filePath(u"small"_s);
    QVERIFY(QDir().mkpath(mount));
    // Thirty reports, more than the filesystem holds.
    QVERIFY(QDir().mkpath(dir.filePath(u"reports"_s)));
    const QByteArray seed = seedText(u"000"_s).toUtf8();
    for (int i = 0; i < 30; ++i)
        writeFile(dir, u"reports/report-%1.txt"_s.arg(i), u"修订%1\n"_s.arg(i).toUtf8() + seed);
    const Run run = runWithAMount(
        u"mount -t tmpfs -o size=1400k none \"$1\" || exit 77\n"
        "\"$2\" import --db \"$1/reports.sqlite\" \"$3\"\n"
        "echo \"exit=$?\"\n"
        "python3 -c 'import sqlite3,sys; print(\"stored=%d\" % sqlite3.connect(sys.argv[1])"
        ".execute(\"SELECT count(*) FROM documents\").fetchone()[0])' \"$1/reports.sqlite\"\n"_s,
        mount, {dir.filePath(u"reports"_s)});
    if (run.exitCode == 77)
        QSKIP("no user namespaces here: a small filesystem cannot be mounted");
    const QString out = QString::fromUtf8(run.out);
    const QRegularExpressionMatch summary =
        QRegularExpression(u"added (\\d+), replaced 0, unchanged 0, failed (\\d+)"_s).match(out);
    QVERIFY2(summary.hasMatch(), qPrintable(out + run.err));
    const QRegularExpressionMatch stored = QRegularExpression(u"stored=(\\d+)"_s).match(out);
    QVERIFY2(stored.hasMatch(), qPrintable(out + run.err));
    QCOMPARE(summary.captured(1).toInt(), stored.captured(1).toInt());
    QVERIFY2(summary.captured(2).toInt() > 0, qPrintable(out));  // the disk did fill
    QVERIFY(out.contains(u"exit=1"_s));
    QVERIFY2(run.err.contains(mount + u"/reports.sqlite"_s) && run.err.contains(u"not stored"_s),
             qPrintable(run.err));
}

// A database on a read-only filesystem (a share, a DVD): it is searched and shown; an import
// is refused in one line that says why (it was "not a readable database", for every command).
void TestCommandLineStorage::aReadOnlyDatabaseIsReadNotChanged_data() {
    QTest::addColumn<int>("schema");
    QTest::newRow("the latest schema") << ReportStore::kLatestSchemaVersion;
    // Later versions only add indexes: an older database is read as it is.
    QTest::newRow("schema 3 (before the places' index)") << 3;
}

void TestCommandLineStorage::aReadOnlyDatabaseIsReadNotChanged() {
    QFETCH(int, schema);
    QTemporaryDir dir;
    const QString mount = dir.filePath(u"share"_s);
    QVERIFY(QDir().mkpath(mount));
    const QString made = dir.filePath(u"made.sqlite"_s);
    if (schema == ReportStore::kLatestSchemaVersion) {
        QCOMPARE(runCli({u"import"_s, u"--db"_s, made, kSeeds}).exitCode, 0);
    } else {
        ReportStore older;
        DatabaseLocation location;
        location.sqlitePath = made;
        QString error;
        QVERIFY2(older.open(location, &error, schema), qPrintable(error));
        QVERIFY(copySeeds(dir.path()));
        const QStringList problems = importCopiedSeeds(&older, dir.path());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(older.schemaVersion(), schema);
    }
    const Run run = runWithAMount(
        u"mount -t tmpfs none \"$1\" || exit 77\n"
        "cp \"$3\" \"$1/reports.sqlite\" && mount -o remount,ro \"$1\" || exit 77\n"
        "\"$2\" search --db \"$1/reports.sqlite\" 走访慰问困难职工家庭; echo \"search=$?\"\n"
        "\"$2\" table --db \"$1/reports.sqlite\" >/dev/null; echo \"table=$?\"\n"
        "\"$2\" import --db \"$1/reports.sqlite\" \"$4\"; echo \"import=$?\"\n"_s,
        mount, {made, kSeeds});
    if (run.exitCode == 77)
        QSKIP("no user namespaces here: a read-only filesystem cannot be mounted");
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(
        out.contains(u"search=0"_s) && out.contains(u"table=0"_s) && out.contains(u"import=1"_s),
        qPrintable(out + run.err));
    QVERIFY2(out.contains(u"1.13万户(次)"_s), qPrintable(out));
    const QString db = mount + u"/reports.sqlite"_s;
    QVERIFY2(run.err.contains(u"not imported: "_s + db + u": read-only"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"not a readable database"_s), qPrintable(run.err));
}

// A first start (no database, no settings: the samples are imported first) still shows its
// first frame and exits, as the start-up benchmark needs (it waited forever).
void TestCommandLineStorage::firstFrameExitsOnAFirstStart() {
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REPORTLENS_EXECUTABLE), {u"--first-frame-exit"_s});
    QVERIFY2(process.waitForFinished(120000), "still running after two minutes");
    QCOMPARE(process.exitCode(), 0);
    const QString said =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(said.contains(u"first frame: "_s), qPrintable(said));
    // The default database was made, holding the samples.
    QVERIFY(QDirIterator(home.filePath(u"data"_s), {u"*.sqlite"_s}, QDir::Files,
                         QDirIterator::Subdirectories)
                .hasNext());
}

// `reportlens table --reports`: the window's choice of reports, from the same service.
void TestCommandLineStorage::tableOfTheReportsChosen_data() {
    QTest::addColumn<QString>("reports");  // empty: not given
    QTest::addColumn<QString>("written");  // the table's "reports"
    QTest::addColumn<double>("members");   // 三亚's
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("alternatives");
    QTest::newRow("the latest by default")
        << QString() << u"latest"_s << 340000.0 << u"2024"_s << 0;
    QTest::newRow("one period") << u"2023"_s << u"2023"_s << 330000.0 << u"2023"_s << 0;
    QTest::newRow("all reports") << u"all"_s << u"all"_s << 0.0 << QString() << 2;
}

void TestCommandLineStorage::tableOfTheReportsChosen() {
    QFETCH(QString, reports);
    QFETCH(QString, written);
    QFETCH(double, members);
    QFETCH(QString, period);
    QFETCH(int, alternatives);
    QTemporaryDir dir;
    const QString db = importAnnualReports(dir);
    QVERIFY(!db.isEmpty());
    QStringList arguments{u"table"_s, u"--db"_s, db};
    if (!reports.isEmpty())
        arguments << u"--reports"_s << reports;
    const Run run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject table = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(table.value(u"reports"_s).toString(), written);
    QJsonObject cell;
    for (const QJsonValue &each : table.value(u"cells"_s).toArray()) {
        if (each[u"city"_s] == u"三亚市"_s && each[u"metric"_s] == u"members"_s)
            cell = each.toObject();
    }
    QVERIFY(!cell.isEmpty());
    if (members > 0) {
        QCOMPARE(cell.value(u"value"_s).toDouble(), members);
        QCOMPARE(cell.value(u"period"_s).toString(), period);
        QVERIFY(table.value(u"other_periods"_s)[u"三亚市"_s].toArray().size() == 2);
    } else {
        QVERIFY(!table.contains(u"other_periods"_s));
    }
    QCOMPARE(cell.value(u"alternatives"_s).toInt(), alternatives);
}

// `reportlens trend`: the Trend view's points, as JSON or as CSV for spreadsheet programs; an
// unknown metric is a usage error naming it.
void TestCommandLineStorage::trendOfAMetric() {
    QTemporaryDir dir;
    const QString db = importAnnualReports(dir);
    QVERIFY(!db.isEmpty());

    Run run = runCli({u"trend"_s, u"--metric"_s, u"members"_s, u"--db"_s, db});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray points = QJsonDocument::fromJson(run.out)[u"points"_s].toArray();
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.at(0)[u"period"_s].toString(), u"2022"_s);
    QCOMPARE(points.at(2)[u"value"_s].toDouble(), 340000.0);
    QVERIFY(points.at(2)[u"per_year"_s].isNull());  // members are a level
    QVERIFY(points.at(2)[u"sentence"_s].toString().contains(u"340000人"_s));

    run = runCli({u"trend"_s, u"--metric"_s, u"members"_s, u"--format"_s, u"csv"_s, u"--cities"_s,
                  u"三亚市"_s, u"--db"_s, db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(run.out.count('\n'), 4);  // the header and three points

    run = runCli({u"trend"_s, u"--metric"_s, u"membership"_s, u"--db"_s, db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"membership"_s), qPrintable(run.err));
}

// --cities takes a place's full name, short name or romanisation; an unknown place or metric
// exits 2 naming it and what comes nearest (it drew a blank chart).
void TestCommandLineStorage::placesByAnyNameAndUnknownOnesNamed_data() {
    QTest::addColumn<QStringList>("arguments");  // OUT stands for a file in the test's folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");  // in the error output
    const QStringList chart{u"chart"_s, u"--metric"_s, u"members"_s, u"--out"_s, u"OUT.png"_s};
    QTest::newRow("a chart of a place by its short name")
        << chart + QStringList{u"--cities"_s, u"漳州,泉州"_s} << 0 << QString();
    QTest::newRow("a chart of a place by its romanisation")
        << chart + QStringList{u"--cities"_s, u"Zhangzhou"_s} << 0 << QString();
    QTest::newRow("a report of places by their romanisation")
        << QStringList{u"report"_s, u"--cities"_s, u"quanzhou,SANMING"_s, u"--out"_s, u"OUT.pdf"_s}
        << 0 << QString();
    QTest::newRow("a place mistyped: the nearest named")
        << chart + QStringList{u"--cities"_s, u"Zhangzou"_s} << 2 << u"漳州市 Zhangzhou"_s;
    QTest::newRow("a place not in the database")
        << chart + QStringList{u"--cities"_s, u"乌鲁木齐"_s} << 2 << u"乌鲁木齐"_s;
    QTest::newRow("a metric mistyped: the nearest named")
        << QStringList{u"trend"_s, u"--metric"_s, u"member"_s} << 2 << u"members"_s;
    QTest::newRow("a report metric mistyped")
        << QStringList{u"report"_s, u"--metrics"_s, u"members,union_org"_s, u"--out"_s,
                       u"OUT.pdf"_s}
        << 2 << u"union_orgs"_s;
}

void TestCommandLineStorage::placesByAnyNameAndUnknownOnesNamed() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = seededDatabase();
    QVERIFY(!db.isEmpty());
    for (QString &argument : arguments)
        argument.replace(u"OUT"_s, dir.filePath(u"out"_s));
    const Run run = runCli(arguments + QStringList{u"--db"_s, db});
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY(QFileInfo(QString::fromUtf8(run.out.trimmed())).size() > 0);
        return;
    }
    // One line of ours (Qt may add its own about the platform).
    QCOMPARE(run.err.count(u"reportlens: "_s), 1);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
}

// report's options: the title, paper and orientation reach the PDF; a paper, orientation or
// chart metric it does not know exits 2 naming it.
void TestCommandLineStorage::reportOptions_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");  // pdfinfo's output, or the error output
    QTest::newRow("portrait A3 with a title, no charts")
        << QStringList{u"--paper"_s, u"a3"_s,          u"--orientation"_s, u"portrait"_s,
                       u"--title"_s, u"三市工会"_s,    u"--charts"_s,      u"none"_s,
                       u"--notes"_s, u"取自最新报告"_s}
        << 0 << u"Title:           三市工会\nPage size:       842 x 1191 pts (A3)"_s;
    QTest::newRow("landscape A4 by default") << QStringList{u"--charts"_s, u"members,union_orgs"_s}
                                             << 0 << u"Page size:       842 x 595 pts (A4)"_s;
    QTest::newRow("a paper it does not know") << QStringList{u"--paper"_s, u"A5"_s} << 2 << u"A5"_s;
    QTest::newRow("an orientation it does not know")
        << QStringList{u"--orientation"_s, u"sideways"_s} << 2 << u"sideways"_s;
    QTest::newRow("a chart metric mistyped")
        << QStringList{u"--charts"_s, u"member"_s} << 2 << u"members"_s;
}

void TestCommandLineStorage::reportOptions() {
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = seededDatabase();
    QVERIFY(!db.isEmpty());
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const Run run = runCli(QStringList{u"report"_s, u"--db"_s, db, u"--out"_s, pdf} + options);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(pdf));
        return;
    }
    QProcess info;
    info.start(QStringLiteral(REPORTLENS_TEST_PDFINFO), {pdf});
    QVERIFY(info.waitForFinished(60000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    for (const QString &line : said.split(u'\n'))
        QVERIFY2(text.contains(line), qPrintable(text));
}

// The database's table as a workbook: every cell of the seeds, its value a number, in English.
void TestCommandLineStorage::tableAsExcelWorkbook() {
    QTemporaryDir dir;
    const QString db = seededDatabase();
    QVERIFY(!db.isEmpty());
    const QString path = dir.filePath(u"table.xlsx"_s);
    const Run run = runCli({u"table"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, path, u"--lang"_s,
                            u"en"_s, u"--db"_s, db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(run.out), path + u'\n');
    QString error;
    const QJsonObject book = readXlsx(path, &error);
    QVERIFY2(!book.isEmpty(), qPrintable(error));
    QCOMPARE(book.value(u"sheets"_s).toVariant().toStringList(),
             (QStringList{u"Table"_s, u"Cells"_s}));
    QStringList expected;
    const CityTable table = seedTable(seedDocuments());
    for (const TableCell &cell : table.cells)
        expected << u"%1|%2|%3"_s.arg(PlaceNames::display(cell.city, true), cell.metric)
                        .arg(cell.value, 0, 'g', 17);
    QStringList found;
    const QJsonArray rows =
        book.value(u"data"_s).toObject().value(u"Cells"_s).toObject().value(u"rows"_s).toArray();
    for (qsizetype row = 1; row < rows.size(); ++row) {
        const QJsonArray fields = rows.at(row).toArray();
        QVERIFY(fields.at(3).isDouble());
        found << u"%1|%2|%3"_s.arg(fields.at(0).toString(), fields.at(1).toString())
                     .arg(fields.at(3).toDouble(), 0, 'g', 17);
    }
    expected.sort();
    found.sort();
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestCommandLineStorage)
#include "tst_commandlinestorage.moc"
