#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("reportlens::DatabaseLocation", text);
}

}  // namespace

QString DatabaseLocation::redacted(const QString &text) {
    // scheme://user:PASSWORD@host: the password is never shown or written anywhere.
    static const QRegularExpression password(
        u"^([A-Za-z][A-Za-z0-9+.-]*(?:://|//|:/)[^/@:]*):[^/@]*@"_s);
    QString shown = text;
    shown.replace(password, u"\\1:***@"_s);
    return shown;
}

bool DatabaseLocation::parse(const QString &text, DatabaseLocation *location, QString *error) {
    DatabaseLocation result;
    // "postgres//user:secret@host/db" (a colon left out) is a mistyped URL, not a file name: as
    // one it would make a folder named after the password.
    static const QRegularExpression mistypedUrl(u"^[A-Za-z][A-Za-z0-9+.-]*(//|:/)[^/]*@"_s);
    if (!text.contains(u"://") && mistypedUrl.match(text).hasMatch()) {
        *error = tr("\"%1\" looks like a mistyped URL (postgresql://user@host:port/dbname)")
                     .arg(redacted(text));
        return false;
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error =
                tr("\"%1\" is not a valid postgresql:// URL (postgresql://user@host:port/dbname)")
                    .arg(redacted(text));
            return false;
        }
        result.backend = Backend::Postgresql;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.password = url.password();
        result.databaseName = url.path().mid(1);
        const QString timeout = QUrlQuery(url).queryItemValue(u"connect_timeout"_s);
        bool timeoutOk = false;
        if (!timeout.isEmpty()) {
            result.connectTimeoutSeconds = timeout.toInt(&timeoutOk);
            if (!timeoutOk || result.connectTimeoutSeconds < 1) {
                *error = tr("\"%1\": connect_timeout is a number of seconds, 1 or more")
                             .arg(redacted(text));
                return false;
            }
        }
        if (result.databaseName.isEmpty()) {
            *error = tr("\"%1\" names no database (postgresql://user@host:port/dbname)")
                         .arg(redacted(text));
            return false;
        }
    } else if (text.startsWith(u"sqlite://")) {
        result.sqlitePath = QUrl(text).path();
    } else if (text.contains(u"://")) {
        *error = tr("unknown database URL \"%1\" (use a file path, sqlite:// or postgresql://)")
                     .arg(redacted(text));
        return false;
    } else {
        result.sqlitePath = text;
    }
    if (result.backend == Backend::Sqlite && result.sqlitePath.isEmpty()) {
        *error = tr("no database file given");
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
