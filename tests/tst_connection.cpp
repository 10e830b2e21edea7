// Opening a SQLite database: new files are private to their owner and marked as ReportLens's;
// a file that is not ours, even an empty database, is left untouched.
#include "sqlitefixtures.h"
#include "storage/connection.h"
#include "storage/reportstore.h"
#include "storage/searchindex.h"

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestConnection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void newFilesAreReadableByTheirOwnerOnly();
    void emptyFiles_data();
    void emptyFiles();
    void damageIsToldFromOtherFailures_data();
    void damageIsToldFromOtherFailures();

private:
    QTemporaryDir m_dir;
};

// Union members' data: the database, its WAL files and the search index beside it are
// readable by the user who made them only (the default umask let every user read them).
void TestConnection::newFilesAreReadableByTheirOwnerOnly() {
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(u"private/reports.sqlite"_s);
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    store.waitForSearchIndex();
    const QString index = SearchIndex::indexPathFor(location.sqlitePath);
    for (const QString &path :
         {location.sqlitePath, location.sqlitePath + u"-wal"_s, location.sqlitePath + u"-shm"_s,
          index, index + u"-wal"_s, index + u"-shm"_s}) {
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QFileDevice::Permissions others =
            QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                        QFileDevice::ReadOther | QFileDevice::WriteOther);
        QVERIFY2(others == QFileDevice::Permissions(), qPrintable(path));
    }
    QCOMPARE(onSqliteFile(location.sqlitePath, {u"PRAGMA application_id"_s}).toInt(),
             Connection::kDatabaseApplicationId);
    QCOMPARE(onSqliteFile(location.sqlitePath, {u"PRAGMA page_size"_s}).toInt(),
             Connection::kPageSize);
}

void TestConnection::emptyFiles_data() {
    QTest::addColumn<QStringList>("made");  // statements that made the file; none: 0 bytes
    QTest::addColumn<bool>("ours");
    QTest::newRow("0 bytes: a new database") << QStringList() << true;
    QTest::newRow("marked as ReportLens's, stopped before its tables")
        << QStringList{u"PRAGMA application_id = %1"_s.arg(Connection::kDatabaseApplicationId)}
        << true;
    QTest::newRow("another program's, with no tables yet")
        << QStringList{u"PRAGMA user_version = 3"_s} << false;
    QTest::newRow("marked as another program's")
        << QStringList{u"PRAGMA application_id = 1"_s} << false;
    QTest::newRow("marked as a search index")
        << QStringList{u"PRAGMA application_id = %1"_s.arg(Connection::kSearchIndexApplicationId)}
        << false;
}

void TestConnection::emptyFiles() {
    QFETCH(QStringList, made);
    QFETCH(bool, ours);
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".db"_s);
    if (made.isEmpty()) {
        QFile file(location.sqlitePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        QVERIFY(onSqliteFile(location.sqlitePath, made).isNull());
    }
    const QByteArray before = fileBytes(location.sqlitePath);
    ReportStore store;
    QString error;
    QCOMPARE(store.open(location, &error), ours);
    if (ours) {
        QCOMPARE(store.documentCount(), qint64(0));
        return;
    }
    QVERIFY2(error.startsWith(location.describe() + u": "_s) && error.contains(u"untouched"_s),
             qPrintable(error));
    QCOMPARE(fileBytes(location.sqlitePath), before);
    QVERIFY(!QFile::exists(location.sqlitePath + u"-wal"_s));
    QVERIFY(!QFile::exists(SearchIndex::indexPathFor(location.sqlitePath)));
}

void TestConnection::damageIsToldFromOtherFailures_data() {
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("damage");
    QTest::newRow("SQLITE_CORRUPT") << SQLITE_CORRUPT << true;
    QTest::newRow("SQLITE_CORRUPT_VTAB (extended, from FTS5)") << SQLITE_CORRUPT_VTAB << true;
    QTest::newRow("SQLITE_NOTADB") << SQLITE_NOTADB << true;
    QTest::newRow("SQLITE_BUSY") << SQLITE_BUSY << false;
    QTest::newRow("SQLITE_FULL") << SQLITE_FULL << false;
    QTest::newRow("SQLITE_IOERR_WRITE") << SQLITE_IOERR_WRITE << false;
}

void TestConnection::damageIsToldFromOtherFailures() {
    QFETCH(int, code);
    QFETCH(bool, damage);
    const QSqlError error(u"driver"_s, u"database"_s, QSqlError::StatementError,
                          QString::number(code));
    QCOMPARE(Connection::isDamage(error), damage);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
