#include "cli/invocation.h"

#include "engine/input/reportfiles.h"
#include "engine/nearestnames.h"
#include "engine/placenames.h"

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

std::optional<CityTable> storedTable(const Invocation &call, std::vector<Correction> *corrections) {
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::ImportSeeds);
    if (!session)
        return std::nullopt;
    if (corrections) {
        QString error;
        *corrections = session->store().corrections(&error);
        if (!error.isEmpty()) {
            writeLine(call.err, u"reportlens: "_s + error);
            return std::nullopt;
        }
    }
    return session->store().cityTable(call.catalog, call.reports);
}

QStringList listOption(const Invocation &call, const QString &name) {
    return call.parser->value(name).split(u',', Qt::SkipEmptyParts);
}

std::optional<QStringList> citiesOption(const Invocation &call, const QString &command,
                                        const QStringList &known) {
    const QStringList typed = listOption(call, u"cities"_s);
    if (typed.isEmpty())
        return known;
    QStringList places;
    for (const QString &word : typed) {
        const QStringList found = PlaceNames::find(word, known);
        if (found.size() == 1) {
            if (!places.contains(found.constFirst()))
                places.append(found.constFirst());
            continue;
        }
        QStringList shown;
        for (const QString &place : found.isEmpty() ? PlaceNames::closest(word, known) : found)
            shown.append(PlaceNames::display(place, true));
        const QString message =
            !found.isEmpty()
                ? QCoreApplication::translate("reportlens::cli",
                                              "%1: \"%2\" names several places: %3; give the full"
                                              " name")
                      .arg(command, word, shown.join(u", "_s))
            : shown.isEmpty()
                ? QCoreApplication::translate("reportlens::cli",
                                              "%1: no place \"%2\" in the database")
                      .arg(command, word)
                : QCoreApplication::translate("reportlens::cli",
                                              "%1: no place \"%2\" in the database (nearest: %3)")
                      .arg(command, word, shown.join(u", "_s));
        usageError(call.err, message);
        return std::nullopt;
    }
    return places;
}

bool knownMetric(const Invocation &call, const QString &command, const QString &metric) {
    if (call.catalog.indexOf(metric) >= 0)
        return true;
    QStringList ids;
    for (const MetricDefinition &definition : call.catalog.metrics())
        ids.append(definition.id);
    const QStringList nearest = nearestNames(metric, ids);
    usageError(call.err, nearest.isEmpty()
                             ? QCoreApplication::translate(
                                   "reportlens::cli", "%1: no metric \"%2\" in the metrics file")
                                   .arg(command, metric)
                             : QCoreApplication::translate(
                                   "reportlens::cli",
                                   "%1: no metric \"%2\" in the metrics file (nearest: %3)")
                                   .arg(command, metric, nearest.join(u", "_s)));
    return false;
}

QLocale outputLocale(const QString &language) {
    return QLocale(language.isEmpty() ? u"zh_CN"_s : language);
}

}  // namespace reportlens::cli
