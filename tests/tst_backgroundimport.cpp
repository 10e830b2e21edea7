// An import on a worker thread with its own connection: the thread that started it keeps
// turning its event loop, progress and the result arrive as signals, and Cancel leaves no
// half document.
#include "engine/reportparser.h"
#include "importfixtures.h"
#include "services/backgroundimport.h"
#include "storage/reportstore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;
using namespace reportlens::testing;

class TestBackgroundImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importsWhileTheCallerKeepsTurning();
    void cancelLeavesNoHalfDocument();
    void aDatabaseThatCannotBeOpenedIsNamed();
    void twoImportersOfOneNewDatabaseLoseNothing();

private:
    QTemporaryDir m_dir;
    QStringList m_reports;
};

void TestBackgroundImport::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_reports = writeReports(m_dir.filePath(u"reports"_s), 2000);
    QCOMPARE(m_reports.size(), 2000);
}

void TestBackgroundImport::importsWhileTheCallerKeepsTurning() {
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(u"turning.sqlite"_s);
    BackgroundImport import(location, MetricCatalog::builtIn());
    QSignalSpy finished(&import, &BackgroundImport::finished);
    QSignalSpy progress(&import, &BackgroundImport::progress);
    QVERIFY(finished.isValid() && progress.isValid());
    TickWatch ticks;
    QElapsedTimer sinceStart;
    sinceStart.start();
    QVERIFY(import.start(m_reports));
    QVERIFY(import.isRunning());
    QVERIFY(!import.start(m_reports));  // one at a time
    QVERIFY(finished.wait(300000));
    QVERIFY(!import.isRunning());
    const auto summary = finished.at(0).at(0).value<Importer::Summary>();
    QCOMPARE(summary.added, 2000);
    QCOMPARE(summary.failed, 0);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(0).toInt(), 2000);
    qInfo("longest gap between 20 ms ticks during the import: %lld ms", ticks.longestGapMs());
    // Not a timing threshold (a loaded machine stretches every gap): the event loop kept turning
    // through the import, as it could not had the import run on it (one gap of all of it).
    QVERIFY2(ticks.longestGapMs() * 4 < sinceStart.elapsed(),
             qPrintable(u"%1 of %2 ms"_s.arg(ticks.longestGapMs()).arg(sinceStart.elapsed())));

    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    QCOMPARE(store.documentCount(), 2000);
}

void TestBackgroundImport::cancelLeavesNoHalfDocument() {
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(u"cancelled.sqlite"_s);
    BackgroundImport import(location, MetricCatalog::builtIn());
    QSignalSpy finished(&import, &BackgroundImport::finished);
    QVERIFY(finished.isValid());
    connect(&import, &BackgroundImport::progress, &import, [&import](int done) {
        if (done >= 50)
            import.cancel();
    });
    QVERIFY(import.start(m_reports));
    QVERIFY(finished.wait(300000));
    const auto summary = finished.at(0).at(0).value<Importer::Summary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.added >= 50 && summary.added < 2000);

    // Every document stored is whole: as many figures as parsing it gives.
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    QCOMPARE(store.documentCount(), summary.added);
    const ReportParser parser;
    for (const DocumentSummary &stored : store.documents()) {
        Document parsed;
        QVERIFY(parser.parseFile(stored.path, &parsed, &error));
        QCOMPARE(stored.figureCount, int(parsed.figures.size()));
    }
}

void TestBackgroundImport::aDatabaseThatCannotBeOpenedIsNamed() {
    DatabaseLocation location;
    location.sqlitePath = m_reports.first() + u"/under-a-file.sqlite"_s;
    BackgroundImport import(location, MetricCatalog::builtIn());
    QSignalSpy finished(&import, &BackgroundImport::finished);
    QVERIFY(finished.isValid());
    QVERIFY(import.start(m_reports.mid(0, 3)));
    QVERIFY(finished.wait(60000));
    const auto summary = finished.at(0).at(0).value<Importer::Summary>();
    QCOMPARE(summary.failed, 3);
    QCOMPARE(summary.errors.size(), 1);
    QVERIFY2(summary.errors.first().contains(location.sqlitePath),
             qPrintable(summary.errors.first()));
}

// Two importers (two connections, as two processes have) start on one new SQLite file at
// once: one makes the schema and switches on WAL while the other waits, then their documents
// take turns. Before, the second failed at once ("database is locked") instead of waiting.
void TestBackgroundImport::twoImportersOfOneNewDatabaseLoseNothing() {
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(u"two-writers.sqlite"_s);
    BackgroundImport first(location, MetricCatalog::builtIn());
    BackgroundImport second(location, MetricCatalog::builtIn());
    QSignalSpy firstDone(&first, &BackgroundImport::finished);
    QSignalSpy secondDone(&second, &BackgroundImport::finished);
    QVERIFY(firstDone.isValid() && secondDone.isValid());
    QVERIFY(first.start(m_reports.mid(0, 400)));
    QVERIFY(second.start(m_reports.mid(400, 400)));
    QVERIFY(firstDone.wait(120000));
    QVERIFY(secondDone.count() == 1 || secondDone.wait(120000));
    for (const QSignalSpy *done : {&firstDone, &secondDone}) {
        const auto summary = done->at(0).at(0).value<Importer::Summary>();
        QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
        QCOMPARE(summary.added, 400);
        QCOMPARE(summary.failed, 0);
    }
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    QCOMPARE(store.documentCount(), 800);
    QVERIFY(store.integrityProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestBackgroundImport)
#include "tst_backgroundimport.moc"
