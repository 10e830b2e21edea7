// The session the window and every subcommand open: a database named by a URL, brought in
// line with the metrics file, and an empty one filled with the seeds where asked.
#include "seedhelpers.h"
#include "services/importer.h"
#include "services/session.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

// The union_orgs cells of the table a catalogue gives.
int unionOrgCells(ReportStore &store, const MetricCatalog &catalog) {
    int cells = 0;
    for (const TableCell &cell : store.cityTable(catalog).cells)
        cells += cell.metric == u"union_orgs" ? 1 : 0;
    return cells;
}

}  // namespace

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aBadDatabaseIsNamed_data();
    void aBadDatabaseIsNamed();
    void aSilentServerIsGivenUpOn();
    void anEmptyDatabaseGetsTheSeedsWhereAsked_data();
    void anEmptyDatabaseGetsTheSeedsWhereAsked();
    void aDatabaseClassifiedByAnotherMetricsFileIsBroughtInLine();

private:
    QTemporaryDir m_dir;
};

void TestSession::initTestCase() {
    QVERIFY(m_dir.isValid());
}

void TestSession::aBadDatabaseIsNamed_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named");
    QTest::newRow("a place no folder can be made (under a file)")
        << seedPath(u"000"_s) + u"/x.sqlite"_s << seedPath(u"000"_s);
    QTest::newRow("a file that is no database")
        << QStringLiteral(REPORTLENS_SEEDS_DIR) << QStringLiteral(REPORTLENS_SEEDS_DIR);
    QTest::newRow("a URL of an unknown kind") << u"mysql://host/db"_s << u"mysql://host/db"_s;
    QTest::newRow("a device, not a file (no /dev/null-journal made)")
        << u"/dev/null"_s << u"/dev/null: not a regular file"_s;
    // A password is never shown: the URL is named with *** in its place.
    QTest::newRow("a password in a URL with no database")
        << u"postgresql://analyst:s3cret@127.0.0.1:1/"_s << u"postgresql://analyst:***@"_s;
    QTest::newRow("a password in a URL of an unknown kind")
        << u"mysql://analyst:s3cret@host/db"_s << u"mysql://analyst:***@host/db"_s;
    QTest::newRow("a URL with its colon left out is no file name")
        << u"postgres//analyst:s3cret@host/db"_s << u"mistyped URL"_s;
    QTest::newRow("a URL with a slash left out is no file name")
        << u"postgresql:/analyst:s3cret@host/db"_s << u"mistyped URL"_s;
}

void TestSession::aBadDatabaseIsNamed() {
    QFETCH(QString, url);
    QFETCH(QString, named);
    Session session({url, MetricCatalog::builtIn(), Session::EmptyDatabase::LeaveEmpty, {}});
    QString error;
    QVERIFY(!session.open(&error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(u"postgres/"_s));  // no folder made from a mistyped URL
    QVERIFY(!QFileInfo::exists(u"/dev/null-journal"_s));
}

// A PostgreSQL "server" that accepts connections and never answers (the kernel completes
// them; nobody reads): the session gives up after the URL's connect_timeout, naming the
// server. Before, the command line and the window waited forever.
void TestSession::aSilentServerIsGivenUpOn() {
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;  // any free port
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(listener, 8), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const QString url = u"postgresql://analyst@127.0.0.1:%1/reports?connect_timeout=1"_s.arg(
        ntohs(address.sin_port));
    Session session({url, MetricCatalog::builtIn(), Session::EmptyDatabase::LeaveEmpty, {}});
    QString error;
    QVERIFY(!session.open(&error));
    ::close(listener);
    QVERIFY2(error.contains(u"timeout"_s), qPrintable(error));
    QVERIFY2(error.startsWith(u"postgresql://analyst@127.0.0.1:"_s), qPrintable(error));
}

void TestSession::anEmptyDatabaseGetsTheSeedsWhereAsked_data() {
    QTest::addColumn<int>("empty");
    QTest::addColumn<int>("documents");
    QTest::newRow("the window and the chart: the seeds")
        << int(Session::EmptyDatabase::ImportSeeds) << 5;
    QTest::newRow("an import or a search: left empty")
        << int(Session::EmptyDatabase::LeaveEmpty) << 0;
}

void TestSession::anEmptyDatabaseGetsTheSeedsWhereAsked() {
    QFETCH(int, empty);
    QFETCH(int, documents);
    const QString url = m_dir.filePath(u"empty-%1.sqlite"_s.arg(empty));
    const Session::Options options{url, MetricCatalog::builtIn(), Session::EmptyDatabase(empty),
                                   QStringLiteral(REPORTLENS_SEEDS_DIR)};
    {
        Session session(options);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QCOMPARE(session.store().documentCount(), documents);
        QCOMPARE(session.seeded(), documents > 0);
        QVERIFY(session.seedImport().errors.isEmpty());
    }
    Session again(options);  // a second start: nothing imported again
    QString error;
    QVERIFY2(again.open(&error), qPrintable(error));
    QCOMPARE(again.store().documentCount(), documents);
    QVERIFY(!again.seeded());
}

void TestSession::aDatabaseClassifiedByAnotherMetricsFileIsBroughtInLine() {
    const QString url = m_dir.filePath(u"older.sqlite"_s);
    const MetricCatalog older = olderMetricsFile();
    QVERIFY(older.indexOf(u"union_orgs") >= 0);
    {
        Session session({url, older, Session::EmptyDatabase::ImportSeeds,
                         QStringLiteral(REPORTLENS_SEEDS_DIR)});
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QCOMPARE(unionOrgCells(session.store(), older), 0);
    }
    // The metrics file the program has now: the stored documents are classified again.
    Session session({url, MetricCatalog::builtIn(), Session::EmptyDatabase::ImportSeeds,
                     QStringLiteral(REPORTLENS_SEEDS_DIR)});
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QCOMPARE(session.reparsed(), 5);
    QVERIFY(!session.seeded());
    // As many cells as a database the present metrics file filled from the start.
    Session fresh({m_dir.filePath(u"fresh.sqlite"_s), MetricCatalog::builtIn(),
                   Session::EmptyDatabase::ImportSeeds, QStringLiteral(REPORTLENS_SEEDS_DIR)});
    QVERIFY2(fresh.open(&error), qPrintable(error));
    const int expected = unionOrgCells(fresh.store(), MetricCatalog::builtIn());
    QVERIFY(expected >= 3);
    QCOMPARE(unionOrgCells(session.store(), MetricCatalog::builtIn()), expected);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
