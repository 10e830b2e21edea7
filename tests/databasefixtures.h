// New databases for the storage tests: SQLite files in a temporary folder, or, when
// REPORTLENS_TEST_POSTGRES names a server (ctest starts a throw-away cluster for that run),
// new PostgreSQL databases on it, dropped at the end.
#pragma once

#include "storage/databaselocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

class TestDatabases {
public:
    // False with the reason when the server's URL is malformed.
    bool init(QString *error) {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString url = qEnvironmentVariable("REPORTLENS_TEST_POSTGRES");
        m_postgres = !url.isEmpty();
        return !m_postgres || reportlens::DatabaseLocation::parse(url, &m_admin, error);
    }
    ~TestDatabases() {
        if (!m_postgres || m_made.isEmpty())
            return;
        {
            QSqlDatabase admin = adminConnection(QStringLiteral("cleanup"));
            if (admin.open()) {
                for (const QString &name : std::as_const(m_made))
                    QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cleanup"));
    }

    bool postgres() const { return m_postgres; }
    QString folder() const { return m_dir.path(); }
    QString describe() const { return m_postgres ? m_admin.describe() : m_dir.path(); }

    reportlens::DatabaseLocation fresh() {
        ++m_counter;
        if (!m_postgres) {
            reportlens::DatabaseLocation location;
            location.sqlitePath = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_counter));
            return location;
        }
        const QString name = QStringLiteral("rl_test_%1_%2")
                                 .arg(m_counter)
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        {
            QSqlDatabase admin = adminConnection(QStringLiteral("admin"));
            if (admin.open())
                QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            else
                qWarning("cannot reach the PostgreSQL server: %s",
                         qPrintable(admin.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        m_made.append(name);
        reportlens::DatabaseLocation location = m_admin;
        location.databaseName = name;
        return location;
    }

    // The URL the command line takes for it.
    static QString urlOf(const reportlens::DatabaseLocation &location) {
        return location.backend == reportlens::DatabaseLocation::Backend::Sqlite
                   ? location.sqlitePath
                   : QStringLiteral("postgresql://%1@%2:%3/%4")
                         .arg(location.user, location.host)
                         .arg(location.port)
                         .arg(location.databaseName);
    }

    // A connection of another program to the database, by this name: what it does the store
    // did not do. Remove it with QSqlDatabase::removeDatabase(name).
    QSqlDatabase anotherProgramsConnection(const reportlens::DatabaseLocation &location,
                                           const QString &name) const {
        QSqlDatabase other = QSqlDatabase::addDatabase(
            m_postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (m_postgres) {
            other.setHostName(location.host);
            other.setPort(location.port);
            other.setUserName(location.user);
            other.setDatabaseName(location.databaseName);
        } else {
            other.setDatabaseName(location.sqlitePath);
        }
        return other;
    }

private:
    QSqlDatabase adminConnection(const QString &name) const {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(m_admin.host);
        admin.setPort(m_admin.port);
        admin.setUserName(m_admin.user);
        admin.setDatabaseName(m_admin.databaseName);
        return admin;
    }

    QTemporaryDir m_dir;
    bool m_postgres = false;
    reportlens::DatabaseLocation m_admin;
    QStringList m_made;
    int m_counter = 0;
};
