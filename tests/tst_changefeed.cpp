// ChangeFeed: a commit by another connection (another process, a colleague on the server) is
// told; the store's own commits, and sessions that only read, are not. Runs on SQLite, and on
// PostgreSQL when REPORTLENS_TEST_POSTGRES names a server.
#include "databasefixtures.h"
#include "storage/changefeed.h"
#include "storefixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

Document report(const QString &city, int number) {
    const ReportParser parser;
    return parser.parseText(u"/made-up/%1-%2.txt"_s.arg(city).arg(number),
                            u"%1总工会工作报告\n\n全市建成职工驿站%2个。\n"_s.arg(city).arg(number),
                            u"UTF-8"_s);
}

}  // namespace

class TestChangeFeed : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anotherConnectionsCommitIsTold();
    void ownCommitsAreNotTold();
    void sessionsThatOnlyReadAreNotTold();

private:
    TestDatabases m_databases;
    DatabaseLocation m_location;
    std::unique_ptr<ReportStore> m_watching;
    std::unique_ptr<QSignalSpy> m_told;
};

void TestChangeFeed::initTestCase() {
    QString error;
    QVERIFY2(m_databases.init(&error), qPrintable(error));
}

void TestChangeFeed::init() {
    m_location = m_databases.fresh();
    m_watching = std::make_unique<ReportStore>();
    QString error;
    QVERIFY2(m_watching->open(m_location, &error), qPrintable(error));
    m_watching->changes()->setPollInterval(50);
    m_watching->changes()->start();
    m_told = std::make_unique<QSignalSpy>(m_watching->changes(), &ChangeFeed::changedElsewhere);
    QVERIFY(m_told->isValid());
}

void TestChangeFeed::cleanup() {
    m_told.reset();
    m_watching.reset();
}

void TestChangeFeed::anotherConnectionsCommitIsTold() {
    ReportStore other;
    QString error;
    QVERIFY2(other.open(m_location, &error), qPrintable(error));
    QVERIFY2(other.storeDocument(report(u"漳州市"_s, 1), &error), qPrintable(error));
    QVERIFY(m_told->wait(10000));
    // A correction too.
    m_told->clear();
    const Document stored = *other.document(other.documents().front().id);
    Correction correction;
    correction.kind = CorrectionKind::Reject;
    correction.anchor = FigureAnchor::of(stored, stored.figures.front());
    QVERIFY2(other.addCorrection(correction, &error) > 0, qPrintable(error));
    QVERIFY(m_told->wait(10000));
}

void TestChangeFeed::ownCommitsAreNotTold() {
    QString error;
    QVERIFY2(m_watching->storeDocument(report(u"泉州市"_s, 2), &error), qPrintable(error));
    QVERIFY(!m_told->wait(600));  // a dozen polls
}

void TestChangeFeed::sessionsThatOnlyReadAreNotTold() {
    {
        ReportStore reader;
        QString error;
        QVERIFY2(reader.open(m_location, &error), qPrintable(error));
        reader.cityTable(MetricCatalog::builtIn());
        reader.search(u"职工驿站"_s);
    }
    QVERIFY(!m_told->wait(600));
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
