#include "storage/databaselocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

bool DatabaseLocation::parse(const QString &text, DatabaseLocation *location, QString *error) {
    DatabaseLocation result;
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error =
                u"\"%1\" is not a valid postgresql:// URL (postgresql://user@host:port/dbname)"_s
                    .arg(text);
            return false;
        }
        result.backend = Backend::Postgresql;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.password = url.password();
        result.databaseName = url.path().mid(1);
        if (result.databaseName.isEmpty()) {
            *error = u"\"%1\" names no database (postgresql://user@host:port/dbname)"_s.arg(text);
            return false;
        }
    } else if (text.startsWith(u"sqlite://")) {
        result.sqlitePath = QUrl(text).path();
    } else if (text.contains(u"://")) {
        *error = u"unknown database URL \"%1\" (use a file path, sqlite:// or postgresql://)"_s.arg(
            text);
        return false;
    } else {
        result.sqlitePath = text;
    }
    if (result.backend == Backend::Sqlite && result.sqlitePath.isEmpty()) {
        *error = u"no database file given"_s;
        return false;
    }
    *location = result;
    return true;
}

DatabaseLocation DatabaseLocation::defaultLocation() {
    DatabaseLocation location;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    location.sqlitePath = QDir(folder).filePath(u"reportlens.sqlite"_s);
    return location;
}

QString DatabaseLocation::describe() const {
    if (backend == Backend::Sqlite)
        return sqlitePath;
    return u"postgresql://%1%2:%3/%4"_s.arg(user.isEmpty() ? QString() : user + u'@', host)
        .arg(port)
        .arg(databaseName);
}

}  // namespace reportlens
