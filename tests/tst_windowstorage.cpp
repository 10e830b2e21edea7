// The window on a database it shares with other programs: another program's file where the
// search index belongs, and another process importing while the window is open.
#include "items/citytablemodel.h"
#include "mainwindow.h"
#include "searchpage.h"
#include "storage/reportstore.h"

#include <QFile>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestWindowStorage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchSaysWhyItIsSlow_data();
    void searchSaysWhyItIsSlow();
    void anotherProgramsImportShowsWithoutARestart();
    void candidatesAreCountedAfterTheTableShows();

private:
    // A first start's window: the samples imported into its empty database, then shown.
    void showWithSamples(MainWindow *window);
    QTemporaryDir m_dir;
};

void TestWindowStorage::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Settings of the test's own, not the user's.
    QCoreApplication::setOrganizationName(u"ReportLensTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(u"settings"_s));
    QSettings().clear();
}

void TestWindowStorage::showWithSamples(MainWindow *window) {
    QSignalSpy finished(window, &MainWindow::importFinished);
    QVERIFY(finished.isValid());
    QVERIFY(window->importSamplesIfEmpty(QStringLiteral(REPORTLENS_SEEDS_DIR)));
    QVERIFY(finished.wait(120000));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
}

// The index beside the database is another program's file: the search still answers, by
// scanning the sentences, and the page says why it is slow and which file is in the way.
void TestWindowStorage::searchSaysWhyItIsSlow_data() {
    QTest::addColumn<bool>("foreignIndex");
    QTest::newRow("an index of its own: nothing to say") << false;
    QTest::newRow("another program's file where the index goes: said") << true;
}

void TestWindowStorage::searchSaysWhyItIsSlow() {
    QFETCH(bool, foreignIndex);
    DatabaseLocation location;
    location.sqlitePath =
        m_dir.filePath(foreignIndex ? u"foreign-index.sqlite"_s : u"own-index.sqlite"_s);
    const QString index = location.sqlitePath + u".search"_s;
    if (foreignIndex) {
        QFile foreign(index);
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("another program's notes");
    }
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    MainWindow window(&store);
    showWithSamples(&window);
    if (QTest::currentTestFailed())
        return;
    auto *page = qobject_cast<SearchPage *>(window.views()->widget(MainWindow::SearchView));
    QVERIFY(page);
    page->search(u"走访慰问困难职工家庭"_s);
    QCOMPARE(page->resultsView()->model()->rowCount(), 1);
    auto *problem = page->findChild<QLabel *>(u"searchProblem"_s);
    QVERIFY(problem);
    QCOMPARE(!problem->isHidden(), foreignIndex);
    QVERIFY2(!foreignIndex || problem->text().startsWith(index), qPrintable(problem->text()));
}

// Another process (the command line, a colleague) imports a report of a new place while the
// window is open: the window shows it within a few seconds, without a restart.
void TestWindowStorage::anotherProgramsImportShowsWithoutARestart() {
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(u"shared-with-another.sqlite"_s);
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    MainWindow window(&store);
    showWithSamples(&window);
    if (QTest::currentTestFailed())
        return;
    const int places = window.citiesView()->model()->rowCount();
    QVERIFY(places > 0);
    QTemporaryDir dir;
    QFile report(dir.filePath(u"三亚市总工会工作报告.txt"_s));
    QVERIFY(report.open(QIODevice::WriteOnly));
    report.write(u"三亚市总工会工作报告\n\n全市建成职工驿站120个，会员35万人。\n"_s.toUtf8());
    report.close();
    QProcess other;
    other.start(QStringLiteral(REPORTLENS_EXECUTABLE),
                {u"import"_s, u"--db"_s, location.sqlitePath, report.fileName()});
    QVERIFY(other.waitForFinished(60000));
    QCOMPARE(other.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(window.citiesView()->model()->rowCount(), places + 1, 15000);
    QVERIFY(window.statusBar()->currentMessage().contains(u"another program"_s));
}

// The table shows before its candidates are counted (a read of every ranked figure, which on a
// large database the first frame does not wait for); the counts follow by themselves.
void TestWindowStorage::candidatesAreCountedAfterTheTableShows() {
    QTemporaryDir dir;
    const QString db = dir.filePath(u"counted.sqlite"_s);
    // 漳州's first report and two revisions of it: each of its cells has two other candidates.
    QFile seed(QStringLiteral(REPORTLENS_SEEDS_DIR) + u"/000_ce70337460866ed9.txt"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QByteArray text = seed.readAll();
    QStringList reports;
    for (int revision = 0; revision < 3; ++revision) {
        QFile report(dir.filePath(u"漳州-%1.txt"_s.arg(revision)));
        QVERIFY(report.open(QIODevice::WriteOnly));
        report.write(u"修订%1\n"_s.arg(revision).toUtf8() + text);
        reports.append(report.fileName());
    }
    QProcess import;
    import.start(QStringLiteral(REPORTLENS_EXECUTABLE),
                 QStringList{u"import"_s, u"--db"_s, db} + reports);
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 0);

    DatabaseLocation location;
    location.sqlitePath = db;
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    MainWindow window(&store);
    QAbstractItemModel *table = window.compareView()->model();
    QSignalSpy changed(table, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.isValid());
    const int members = MetricCatalog::builtIn().indexOf(u"members");
    QCOMPARE(table->columnCount(), 1);
    const QModelIndex cell = table->index(members, 0);
    QVERIFY(cell.data(CityTableModel::HasFigureRole).toBool());
    QVERIFY(!cell.data(CityTableModel::AlternativesCountedRole).toBool());
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"counting"_s),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QVERIFY(changed.wait(30000));
    QVERIFY(cell.data(CityTableModel::AlternativesCountedRole).toBool());
    QCOMPARE(cell.data(CityTableModel::AlternativesRole).toInt(), 2);
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"Other candidate figures: 2"_s),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
}

QTEST_MAIN(TestWindowStorage)
#include "tst_windowstorage.moc"
