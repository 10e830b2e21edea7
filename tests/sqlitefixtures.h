// SQLite files as another program, or a failing disk, leaves them: statements run through a
// connection of the test's own, and pages of a table overwritten.
#pragma once

#include <QFile>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

inline QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the statements on the file as another program would; the first value of the last one's
// first row, or the driver's words when one fails.
inline QVariant onSqliteFile(const QString &path, const QStringList &statements) {
    const QString name = QStringLiteral("another-program");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    result = query.lastError().text();
                    break;
                }
            }
            if (result.isNull() && query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Overwrites the pages of a table or index (all of them, or its leaves) after moving the WAL
// into the file, as a failing disk would; the number of pages overwritten (0: none found, or
// the file could not be written).
inline int overwritePages(const QString &path, const QString &table, bool leavesOnly) {
    const QString name = QStringLiteral("page-damage");
    QList<qint64> pages;
    qint64 pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                query.exec(QStringLiteral("PRAGMA page_size")) && query.next()) {
                pageSize = query.value(0).toLongLong();
            }
            query.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ?") +
                          (leavesOnly ? QStringLiteral(" AND pagetype = 'leaf'") : QString()));
            query.addBindValue(table);
            if (query.exec()) {
                while (query.next())
                    pages.append(query.value(0).toLongLong());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    QFile file(path);
    if (pageSize == 0 || !file.open(QIODevice::ReadWrite))
        return 0;
    for (qint64 page : std::as_const(pages)) {
        if (!file.seek((page - 1) * pageSize) ||
            file.write(QByteArray(int(pageSize), '\xA5')) != pageSize)
            return 0;
    }
    return int(pages.size());
}
