// Two writers on one database, as a team has them: two importers of the same new files, two
// analysts correcting at once, and a correction made while another process replaces its report.
// Nothing is lost and nothing is reported failed that was not. Runs on SQLite, and on
// PostgreSQL when REPORTLENS_TEST_POSTGRES names a server.
#include "databasefixtures.h"
#include "storefixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
};

Finished finish(QProcess &process) {
    Finished result;
    if (!process.waitForFinished(180000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

}  // namespace

class TestTwoWriters : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void twoImportersOfTheSameNewFiles();
    void twoAnalystsCorrectingAtOnce();
    void aCorrectionWhileItsReportIsReplacedIsKept();
    void aLostConnectionStopsTheImportAndCountsWhatWasStored();

private:
    TestDatabases m_databases;
};

void TestTwoWriters::initTestCase() {
    QString error;
    QVERIFY2(m_databases.init(&error), qPrintable(error));
    QVERIFY(copySeeds(m_databases.folder()));
    // More reports than the seeds, so that the two importers overlap for longer.
    const QDir folder(m_databases.folder() + u"/more"_s);
    QVERIFY(folder.mkpath(u"."_s));
    for (int i = 0; i < 40; ++i) {
        QFile file(folder.filePath(u"report-%1.txt"_s.arg(i)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"第%1市总工会工作报告\n\n全市建成职工驿站%2个，会员%3万人。\n"_s.arg(i)
                       .arg(100 + i)
                       .arg(20 + i)
                       .toUtf8());
    }
    qInfo("two writers on %s at %s", m_databases.postgres() ? "PostgreSQL" : "SQLite",
          qPrintable(m_databases.describe()));
}

// Both open a new database (both find no metrics recorded) and import the same 45 files:
// each file is stored once, and neither reports a failure (they collided on metrics_pkey, and
// on documents' content_hash with 50 false failures).
void TestTwoWriters::twoImportersOfTheSameNewFiles() {
    for (int round = 0; round < 3; ++round) {
        const DatabaseLocation location = m_databases.fresh();
        const QStringList arguments = {u"import"_s, u"--db"_s, TestDatabases::urlOf(location),
                                       m_databases.folder() + u"/seeds"_s,
                                       m_databases.folder() + u"/more"_s};
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(REPORTLENS_EXECUTABLE), arguments);
        second.start(QStringLiteral(REPORTLENS_EXECUTABLE), arguments);
        for (const Finished &run : {finish(first), finish(second)}) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QRegularExpressionMatch counts =
                QRegularExpression(u"added (\\d+), replaced 0, unchanged (\\d+), failed 0"_s)
                    .match(run.out);
            QVERIFY2(counts.hasMatch(), qPrintable(run.out + run.err));
            QCOMPARE(counts.captured(1).toInt() + counts.captured(2).toInt(), 45);
        }
        ReportStore store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        QCOMPARE(store.documentCount(), qint64(45));
        const QStringList problems = store.integrityProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

// Two analysts correct the same 30 figures at once, one their labels, one their values: both
// sets stand.
void TestTwoWriters::twoAnalystsCorrectingAtOnce() {
    const DatabaseLocation location = m_databases.fresh();
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    const QStringList problems = importCopiedSeeds(&store, m_databases.folder());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const std::optional<qint64> id = store.documentIdForPath(
        m_databases.folder() + u"/seeds/"_s + QFileInfo(seedPath(u"000"_s)).fileName());
    QVERIFY(id);
    const std::optional<Document> document = store.document(*id);
    QVERIFY(document && document->figures.size() >= 30);
    const int count = 30;
    QJsonArray labels;
    QJsonArray values;
    for (int i = 0; i < count; ++i) {
        Correction correction;
        correction.anchor = FigureAnchor::of(*document, document->figures[size_t(i)]);
        correction.createdAt = QDateTime::currentDateTimeUtc();
        correction.kind = CorrectionKind::SetLabel;
        correction.values = {{u"label"_s, u"A%1"_s.arg(i)}};
        correction.author = u"A"_s;
        labels.append(correction.toJson());
        correction.kind = CorrectionKind::SetValue;
        correction.values = {{u"value"_s, 1000 + i}};
        correction.author = u"B"_s;
        values.append(correction.toJson());
    }
    QStringList files;
    for (const QJsonArray &array : {labels, values}) {
        files.append(m_databases.folder() + u"/corrections-%1.json"_s.arg(files.size()));
        QFile file(files.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"corrections"_s, array}}).toJson());
    }
    QProcess a;
    QProcess b;
    a.start(QStringLiteral(REPORTLENS_EXECUTABLE), {u"corrections"_s, u"import"_s, u"--db"_s,
                                                    TestDatabases::urlOf(location), files.at(0)});
    b.start(QStringLiteral(REPORTLENS_EXECUTABLE), {u"corrections"_s, u"import"_s, u"--db"_s,
                                                    TestDatabases::urlOf(location), files.at(1)});
    for (const Finished &run : {finish(a), finish(b)})
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(store.corrections().size(), size_t(2 * count));
    const std::optional<Document> after = store.document(*id);
    QVERIFY(after);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(after->figures[size_t(i)].label, u"A%1"_s.arg(i));
        QCOMPARE(after->figures[size_t(i)].value, double(1000 + i));
    }
}

// One process replaces a report (the file changed) and has not committed yet; another
// corrects a figure of the old version. The correction waits, is stored, and is laid over the
// new version (it failed with an empty message, and was not saved).
void TestTwoWriters::aCorrectionWhileItsReportIsReplacedIsKept() {
    if (!m_databases.postgres())
        QSKIP("SQLite lets one writer in at a time, for the whole of its transaction");
    const DatabaseLocation location = m_databases.fresh();
    ReportStore replacing;
    QString error;
    QVERIFY2(replacing.open(location, &error), qPrintable(error));
    const QStringList problems = importCopiedSeeds(&replacing, m_databases.folder());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString path =
        m_databases.folder() + u"/seeds/"_s + QFileInfo(seedPath(u"000"_s)).fileName();
    const std::optional<Document> old = replacing.document(*replacing.documentIdForPath(path));
    QVERIFY(old && old->figures.size() > 5);
    const Figure figure = old->figures[5];

    const ReportParser parser;
    const Document changed =
        parser.parseText(path, u"补充说明：本报告有修订。\n\n"_s + old->text, old->encoding);
    QVERIFY2(replacing.beginBatch(&error), qPrintable(error));
    const std::optional<ReportStore::StoreResult> stored = replacing.storeDocument(changed, &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(*stored, ReportStore::StoreResult::Replaced);

    qint64 correctionId = 0;
    QString correctionError;
    std::thread analyst([&] {
        ReportStore store;
        if (!store.open(location, &correctionError))
            return;
        Correction correction;
        correction.kind = CorrectionKind::SetLabel;
        correction.anchor = FigureAnchor::of(*old, figure);
        correction.values = {{u"label"_s, u"核对过的标签"_s}};
        correction.author = u"analyst"_s;
        correctionId = store.addCorrection(correction, &correctionError);
    });
    // The analyst's process waits for the replacing one (a lock, seen by the server).
    {
        QSqlDatabase watch = m_databases.anotherProgramsConnection(location, u"watch"_s);
        QVERIFY(watch.open());
        QSqlQuery waiting(watch);
        QTRY_VERIFY_WITH_TIMEOUT(waiting.exec(u"SELECT count(*) FROM pg_stat_activity"
                                              " WHERE datname = current_database()"
                                              " AND wait_event_type = 'Lock'"_s) &&
                                     waiting.next() && waiting.value(0).toInt() > 0,
                                 30000);
    }
    QSqlDatabase::removeDatabase(u"watch"_s);
    QVERIFY2(replacing.commitBatch(&error), qPrintable(error));
    analyst.join();
    QVERIFY2(correctionId > 0, qPrintable(correctionError));

    const std::optional<Document> now = replacing.document(*replacing.documentIdForPath(path));
    QVERIFY(now);
    QCOMPARE(now->contentHash, ReportStore::contentHash(changed.text));
    const auto corrected =
        std::find_if(now->figures.begin(), now->figures.end(),
                     [](const Figure &f) { return f.label == u"核对过的标签"_s; });
    QVERIFY(corrected != now->figures.end());
    QCOMPARE(corrected->raw, figure.raw);
    QVERIFY(replacing.orphanedCorrections().empty());
}

// The server ends the import's connection part way (as when it stops): the import stops
// there, counts as added only what was stored, and says so in a few lines naming the database
// and the files (it printed thousands of lines with an empty reason, and counted 1,585 of
// 1,500 files).
void TestTwoWriters::aLostConnectionStopsTheImportAndCountsWhatWasStored() {
    if (!m_databases.postgres())
        QSKIP("about a server's connection");
    const DatabaseLocation location = m_databases.fresh();
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    const ReportParser parser;
    Importer importer(&store, &parser);
    QSqlDatabase admin = m_databases.anotherProgramsConnection(location, u"admin"_s);
    QVERIFY(admin.open());
    bool terminated = false;
    connect(&importer, &Importer::progress, &importer, [&](int done) {
        if (done == 10 && !terminated) {
            QSqlQuery query(admin);
            terminated = query.exec(
                u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()"_s);
        }
    });
    QStringList problems;
    const QStringList files = ReportFiles::expand(
        {m_databases.folder() + u"/seeds"_s, m_databases.folder() + u"/more"_s}, &problems);
    QCOMPARE(files.size(), 45);
    const Importer::Summary summary = importer.run(files);
    QVERIFY(terminated);
    QVERIFY(summary.stopped);
    QCOMPARE(summary.added + summary.replaced + summary.unchanged + summary.failed, 45);
    QVERIFY(summary.failed >= 35);
    QVERIFY2(summary.errors.size() <= 3, qPrintable(summary.errors.join(u'\n')));
    for (const QString &line : summary.errors)
        QVERIFY2(!line.trimmed().endsWith(u':'), qPrintable(line));
    QVERIFY2(summary.errors.join(u'\n').contains(location.describe()),
             qPrintable(summary.errors.join(u'\n')));
    QSqlQuery count(admin);
    QVERIFY(count.exec(u"SELECT count(*) FROM documents"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), summary.added);
    admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"admin"_s);
}

QTEST_GUILESS_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"
