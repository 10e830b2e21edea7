// The database's tables, versioned: a new database is created at the latest version and an older
// one upgraded in place, one version per transaction. A database of something else, an
// unreadable one or one from a newer ReportLens is refused untouched.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace reportlens {

class Connection;

class Schema {
    Q_DECLARE_TR_FUNCTIONS(reportlens::Schema)

public:
    static constexpr int kLatestVersion = 6;
    // Read-only, a database is read as it is from this version on (later ones add indexes).
    static constexpr int kOldestReadableVersion = 3;

    explicit Schema(Connection &connection) : m_connection(connection) {}

    // Before anything is written: refuses a database that cannot be read, or one with tables
    // but not ReportLens's. The message names the database and says it was left untouched.
    bool refuseForeign(QString *error) const;
    // Creates or upgrades the tables up to the version (tests build older ones); refuses a
    // database from a newer ReportLens. The message names the database.
    bool bringUpTo(int version, QString *error);
    // Takes the database at its version, writing nothing: one from oldestVersion up to the
    // latest is read as it is; any other is refused, naming the database.
    bool readAsItIs(int oldestVersion, QString *error);
    // The version of the open database; 0 when none is open.
    int version() const { return m_version; }
    void forget() { m_version = 0; }

private:
    std::optional<int> storedVersion(QString *reason) const;
    bool migrate(int toVersion, QString *reason);
    QStringList statementsTo(int toVersion) const;

    Connection &m_connection;
    int m_version = 0;
};

}  // namespace reportlens
