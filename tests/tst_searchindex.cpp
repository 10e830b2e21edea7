// The search index beside a SQLite database: derived data, made again when it is lost or found
// damaged (a damaged index answered every search with nothing, for good, exit 0), and never
// written into when the file there is not ReportLens's.
#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"
#include "seedhelpers.h"
#include "services/importer.h"
#include "services/reparser.h"
#include "sqlitefixtures.h"
#include "storage/connection.h"
#include "storage/reportstore.h"
#include "storage/searchindex.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

const QString kPhrase = u"走访慰问困难职工家庭"_s;  // once in the seeds

enum class Damage { Removed, LeafPagesOverwritten, BookkeepingOverwritten, SegmentsGarbled };

}  // namespace

class TestSearchIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void lostOrDamagedIndexIsMadeAgain_data();
    void lostOrDamagedIndexIsMadeAgain();
    void somethingElsesFileIsLeftUntouched_data();
    void somethingElsesFileIsLeftUntouched();
    void aSearchThatFailsSaysSo();

private:
    // A new database holding the seeds; its path.
    QString databaseWithSeeds();
    void damage(const QString &indexPath, Damage how);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestSearchIndex::initTestCase() {
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(u"seeds"_s));
    for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        const QString source = seedPath(prefix);
        QVERIFY(QFile::copy(source, m_dir.filePath(u"seeds/"_s + QFileInfo(source).fileName())));
    }
}

QString TestSearchIndex::databaseWithSeeds() {
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter));
    ReportStore store;
    QString error;
    if (!store.open(location, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    const ReportParser parser;
    int reparsed = 0;
    Reparser(&store, &parser).bringInLine(&reparsed, &error);
    QStringList problems;
    const Importer::Summary summary =
        Importer(&store, &parser).run(ReportFiles::expand({m_dir.filePath(u"seeds"_s)}, &problems));
    if (summary.added != 5) {
        qWarning("%s", qPrintable(summary.errors.join(u'\n')));
        return {};
    }
    store.waitForSearchIndex();
    return location.sqlitePath;
}

void TestSearchIndex::damage(const QString &indexPath, Damage how) {
    switch (how) {
        case Damage::Removed:
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(indexPath + suffix);
            return;
        case Damage::LeafPagesOverwritten:
            // Every leaf page of the index's segments: the file's structure is broken, which
            // the check when the database opens sees.
            QVERIFY(overwritePages(indexPath, u"sentence_search_data"_s, true) > 0);
            return;
        case Damage::BookkeepingOverwritten:
            // Sentence sizes, kept for ranking: neither searches nor bringing the index in line
            // read them; only the check does.
            QVERIFY(overwritePages(indexPath, u"sentence_search_docsize"_s, true) > 0);
            return;
        case Damage::SegmentsGarbled: {
            // The pages are sound but what FTS5 keeps in them is not: only a search sees it.
            const QVariant result = onSqliteFile(
                indexPath, {u"UPDATE sentence_search_data SET block ="
                            " CAST(replace(hex(zeroblob(length(block))), '0', 'A') AS BLOB)"
                            " WHERE id > 10"_s,
                            u"PRAGMA quick_check"_s});
            QCOMPARE(result.toString(), u"ok"_s);
            return;
        }
    }
}

void TestSearchIndex::lostOrDamagedIndexIsMadeAgain_data() {
    QTest::addColumn<Damage>("how");
    QTest::newRow("removed") << Damage::Removed;
    QTest::newRow("leaf pages overwritten, found when the database opens")
        << Damage::LeafPagesOverwritten;
    QTest::newRow("segments garbled, found by a search") << Damage::SegmentsGarbled;
    QTest::newRow("pages no search reads overwritten, found by the check")
        << Damage::BookkeepingOverwritten;
}

void TestSearchIndex::lostOrDamagedIndexIsMadeAgain() {
    QFETCH(Damage, how);
    const QString path = databaseWithSeeds();
    QVERIFY(!path.isEmpty());
    const QString indexPath = SearchIndex::indexPathFor(path);
    QVERIFY(QFile::exists(indexPath));
    damage(indexPath, how);
    if (QTest::currentTestFailed())
        return;
    DatabaseLocation location;
    location.sqlitePath = path;
    for (int round = 0; round < 2; ++round) {  // while it is made again, and once it is
        ReportStore store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        const std::vector<SearchHit> hits = store.search(kPhrase, 100, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), size_t(1));
        QVERIFY(hits.front().sentence.contains(kPhrase));
        store.waitForSearchIndex(true);
        QVERIFY2(store.searchIndexProblem().isEmpty(), qPrintable(store.searchIndexProblem()));
    }
    // A sound index of ReportLens again, FTS5's own check included.
    QCOMPARE(onSqliteFile(indexPath, {u"PRAGMA quick_check"_s}).toString(), u"ok"_s);
    QCOMPARE(
        onSqliteFile(indexPath,
                     {u"INSERT INTO sentence_search (sentence_search) VALUES ('integrity-check')"_s,
                      u"SELECT count(*) FROM indexed_documents"_s})
            .toInt(),
        5);
    QCOMPARE(onSqliteFile(indexPath, {u"PRAGMA application_id"_s}).toInt(),
             Connection::kSearchIndexApplicationId);
}

void TestSearchIndex::somethingElsesFileIsLeftUntouched_data() {
    QTest::addColumn<QByteArray>("sql");  // what the other program made; empty: not SQLite
    QTest::addColumn<bool>("throughLink");
    QTest::newRow("another program's database")
        << QByteArray("CREATE TABLE invoices (id INTEGER, amount INTEGER)") << false;
    QTest::newRow("a link to another program's database")
        << QByteArray("CREATE TABLE invoices (id INTEGER, amount INTEGER)") << true;
    QTest::newRow("another program's database with no tables yet")
        << QByteArray("PRAGMA user_version = 7") << false;
    QTest::newRow("not SQLite at all") << QByteArray() << false;
}

void TestSearchIndex::somethingElsesFileIsLeftUntouched() {
    QFETCH(QByteArray, sql);
    QFETCH(bool, throughLink);
    const QString path = databaseWithSeeds();
    QVERIFY(!path.isEmpty());
    const QString indexPath = SearchIndex::indexPathFor(path);
    damage(indexPath, Damage::Removed);
    const QString other = m_dir.filePath(u"other%1.db"_s.arg(m_counter));
    if (sql.isEmpty()) {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an index");
    } else {
        QVERIFY(onSqliteFile(other, {QString::fromUtf8(sql)}).isNull());
    }
    QVERIFY(throughLink ? QFile::link(other, indexPath) : QFile::copy(other, indexPath));
    const QByteArray before = fileBytes(indexPath);

    DatabaseLocation location;
    location.sqlitePath = path;
    {
        ReportStore store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        // Searches still answer, scanning the sentences, and say why they are slow.
        QCOMPARE(store.search(kPhrase, 100, &error).size(), size_t(1));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString problem = store.searchIndexProblem();
        QVERIFY2(problem.startsWith(indexPath) && problem.contains(u"untouched"_s),
                 qPrintable(problem));
    }
    QCOMPARE(fileBytes(indexPath), before);
    QCOMPARE(fileBytes(other), before);
    QVERIFY(!QFile::exists(indexPath + u"-wal"_s));
    QCOMPARE(QFileInfo(indexPath).isSymLink(), throughLink);
}

// The database's sentences damaged: the search fails naming the database, rather than
// finding nothing.
void TestSearchIndex::aSearchThatFailsSaysSo() {
    const QString path = databaseWithSeeds();
    QVERIFY(!path.isEmpty());
    QVERIFY(overwritePages(path, u"sentences"_s, true) > 0);
    DatabaseLocation location;
    location.sqlitePath = path;
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    for (const QString &text : {kPhrase, u"职工"_s}) {  // through the index, and by a scan
        error.clear();
        const std::vector<SearchHit> hits = store.search(text, 100, &error);
        QVERIFY2(hits.empty(), qPrintable(text + u' ' + QString::number(hits.size()) + u' ' +
                                          (hits.empty() ? QString() : hits.front().sentence)));
        QVERIFY2(error.startsWith(path + u": "_s), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
