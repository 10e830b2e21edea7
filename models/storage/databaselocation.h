// Where the database is: SQLite in the user's data folder by default, another SQLite file,
// or a PostgreSQL server shared by a team ("postgresql://user@host:port/dbname").
#pragma once

#include <QString>

namespace reportlens {

struct DatabaseLocation {
    enum class Backend { Sqlite, Postgresql };
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    // How long to wait for the server to answer at connection (libpq's connect_timeout, which
    // the URL may set: ?connect_timeout=5); a server that accepts and never answers would
    // otherwise hold the program forever.
    int connectTimeoutSeconds = 10;
    QString databaseName;

    // Parses --db: a postgresql:// (or postgres://) URL, a sqlite:// URL or a file path.
    static bool parse(const QString &text, DatabaseLocation *location, QString *error);
    // The SQLite file in QStandardPaths::AppDataLocation.
    static DatabaseLocation defaultLocation();
    // For messages: the file, or the server and database (never the password).
    QString describe() const;
    // A database URL as it may be shown: a password in it replaced by "***".
    static QString redacted(const QString &text);
};

}  // namespace reportlens
