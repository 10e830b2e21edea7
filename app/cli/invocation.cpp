#include "cli/invocation.h"

#include "engine/input/reportfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {

void writeLine(QIODevice *device, const QString &line) {
    device->write((line + u'\n').toUtf8());
}

int usageError(QIODevice *err, const QString &message) {
    writeLine(err, u"reportlens: "_s + message);
    return ExitUsage;
}

QStringList reportFiles(const Invocation &call, int *status, int *unreadable) {
    QStringList errors;
    const QStringList files = ReportFiles::expand(call.positional, &errors);
    if (unreadable)
        *unreadable = int(errors.size());
    *status = ExitOk;
    for (const QString &error : std::as_const(errors)) {
        writeLine(call.err, u"reportlens: "_s + error);
        *status = ExitFileError;
    }
    return files;
}

QString readingLine(const QString &path, qint64 bytesRead, qint64 bytesTotal) {
    return u"reportlens: "_s +
           QCoreApplication::translate("reportlens::cli", "reading %1: %2 of %3 MB")
               .arg(path)
               .arg(bytesRead / 1e6, 0, 'f', 0)
               .arg(bytesTotal / 1e6, 0, 'f', 0);
}

std::unique_ptr<Session> openSession(const Invocation &call, Session::EmptyDatabase empty) {
    auto session = std::make_unique<Session>(
        Session::Options{call.dbUrl, call.catalog, empty, call.samplesFolder});
    QString error;
    if (!session->open(&error)) {
        writeLine(call.err, u"reportlens: "_s + error);
        return nullptr;
    }
    if (session->reparsed() > 0)
        writeLine(call.err,
                  u"reportlens: "_s +
                      QCoreApplication::translate("reportlens::cli",
                                                  "the engine or metrics changed: parsed %1 stored"
                                                  " documents again (corrections kept)")
                          .arg(session->reparsed()));
    return session;
}

std::optional<CityTable> storedTable(const Invocation &call) {
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::ImportSeeds);
    if (!session)
        return std::nullopt;
    return session->store().cityTable(call.catalog, call.reports);
}

QStringList listOption(const Invocation &call, const QString &name) {
    return call.parser->value(name).split(u',', Qt::SkipEmptyParts);
}

QLocale outputLocale(const QString &language) {
    return QLocale(language.isEmpty() ? u"zh_CN"_s : language);
}

}  // namespace reportlens::cli
