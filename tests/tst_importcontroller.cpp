// The window's imports: 2,000 reports go in while the window's event loop keeps turning, the
// progress dialog shows how far it is, its Cancel leaves no half document, and a second import
// waits for the first.
#include "engine/reportparser.h"
#include "importcontroller.h"
#include "importfixtures.h"
#include "storage/reportstore.h"

#include <QDropEvent>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;
using namespace reportlens::testing;

class TestImportController : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void windowKeepsTurningDuringALargeImport();
    void cancelFromTheDialogLeavesNoHalfDocument();
    void foldersThatCannotBeReadAreNamed();
    void aDropWhileImportingIsAnswered();

private:
    DatabaseLocation freshLocation(const QString &name) const;

    QTemporaryDir m_dir;
    QStringList m_reports;
};

void TestImportController::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_reports = writeReports(m_dir.filePath(u"reports"_s), 2000);
    QCOMPARE(m_reports.size(), 2000);
}

DatabaseLocation TestImportController::freshLocation(const QString &name) const {
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(name);
    return location;
}

void TestImportController::windowKeepsTurningDuringALargeImport() {
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const DatabaseLocation location = freshLocation(u"large.sqlite"_s);
    ImportController imports(location, MetricCatalog::builtIn(), &window);
    QSignalSpy finished(&imports, &ImportController::finished);
    QVERIFY(finished.isValid());
    TickWatch ticks;
    QElapsedTimer sinceStart;
    sinceStart.start();
    QVERIFY(imports.start({m_dir.filePath(u"reports"_s)}));  // a folder, expanded
    QVERIFY(imports.isRunning());
    QVERIFY(!imports.start(m_reports.mid(0, 1)));  // one import at a time
    QPointer<QProgressDialog> dialog = imports.progressDialog();
    QVERIFY(dialog);
    QVERIFY(finished.wait(300000));
    qInfo("longest wait of the window's 20 ms timer during the import: %lld ms",
          ticks.longestGapMs());
    // Not a timing threshold (a loaded machine stretches every gap): the event loop kept turning
    // through the import, as it could not had the import run on it (one gap of all of it).
    QVERIFY2(ticks.longestGapMs() * 4 < sinceStart.elapsed(),
             qPrintable(u"%1 of %2 ms"_s.arg(ticks.longestGapMs()).arg(sinceStart.elapsed())));
    const auto summary = finished.at(0).at(0).value<Importer::Summary>();
    QCOMPARE(summary.added, 2000);
    QCOMPARE(summary.failed, 0);
    QVERIFY(!summary.cancelled);
    QVERIFY(!imports.isRunning());
    QVERIFY(!imports.progressDialog());
    QTRY_VERIFY(!dialog);  // closed and deleted

    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    QCOMPARE(store.documentCount(), 2000);
}

void TestImportController::cancelFromTheDialogLeavesNoHalfDocument() {
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const DatabaseLocation location = freshLocation(u"cancelled.sqlite"_s);
    ImportController imports(location, MetricCatalog::builtIn(), &window);
    QSignalSpy finished(&imports, &ImportController::finished);
    QVERIFY(finished.isValid());
    // 10,000 reports: the dialog appears (after half a second) long before they are all in.
    const QStringList reports = writeReports(m_dir.filePath(u"many"_s), 10000);
    QCOMPARE(reports.size(), 10000);
    QVERIFY(imports.start(reports));
    QPointer<QProgressDialog> dialog = imports.progressDialog();
    QVERIFY(dialog);
    // The user waits for the dialog to appear and some reports to go in, then clicks Cancel.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || (dialog->isVisible() && dialog->value() >= 50), 60000);
    QVERIFY2(dialog, "the import ended before its dialog appeared");
    auto *cancelButton = dialog->findChild<QPushButton *>();
    QVERIFY(cancelButton);
    QCOMPARE(cancelButton->text(), u"Cancel"_s);
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QVERIFY(finished.wait(300000));
    const auto summary = finished.at(0).at(0).value<Importer::Summary>();
    QVERIFY(summary.cancelled);
    QVERIFY2(summary.added >= 50 && summary.added < 10000,
             qPrintable(QString::number(summary.added)));

    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    QCOMPARE(store.documentCount(), summary.added);
    QVERIFY(store.integrityProblems().isEmpty());
    const ReportParser parser;
    for (const DocumentSummary &stored : store.documents()) {
        Document parsed;
        QVERIFY(parser.parseFile(stored.path, &parsed, &error));
        QCOMPARE(stored.figureCount, int(parsed.figures.size()));
    }
    // A new import can start once the cancelled one has finished.
    QVERIFY(imports.start(m_reports.mid(0, 1)));
    QVERIFY(finished.wait(60000));
}

void TestImportController::foldersThatCannotBeReadAreNamed() {
    QWidget window;
    const DatabaseLocation location = freshLocation(u"missing.sqlite"_s);
    ImportController imports(location, MetricCatalog::builtIn(), &window);
    QSignalSpy finished(&imports, &ImportController::finished);
    QVERIFY(finished.isValid());
    const QString missing = m_dir.filePath(u"no-such-folder"_s);
    QVERIFY(imports.start({missing}));
    QVERIFY(finished.wait(10000));
    const auto summary = finished.at(0).at(0).value<Importer::Summary>();
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.errors.size(), 1);
    QVERIFY2(summary.errors.first().contains(missing), qPrintable(summary.errors.first()));
}

// Files dropped while an import runs (before its window-modal dialog shows, the window still
// takes drops) are not imported, and a message says so rather than nothing at all.
void TestImportController::aDropWhileImportingIsAnswered() {
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const DatabaseLocation location = freshLocation(u"dropped.sqlite"_s);
    ImportController imports(location, MetricCatalog::builtIn(), &window);
    QSignalSpy finished(&imports, &ImportController::finished);
    QVERIFY(finished.isValid());
    QVERIFY(imports.start(m_reports));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_reports.first())});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QMessageBox *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"already running"_s), qPrintable(box->text()));
    box->accept();
    QVERIFY(finished.wait(300000));
    QCOMPARE(finished.count(), 1);  // the drop started nothing
    QCOMPARE(finished.at(0).at(0).value<Importer::Summary>().added, 2000);
}

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
