// What every subcommand is given, and the steps they share: where to write, the files PATHs
// name, the session on the database.
#pragma once

#include "engine/correction.h"

#include "engine/citytable.h"
#include "engine/metriccatalog.h"
#include "services/export/outputwriter.h"
#include "services/session.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QIODevice;

namespace reportlens {

enum ExitStatus { ExitOk = 0, ExitFileError = 1, ExitUsage = 2 };

namespace cli {

struct Invocation {
    const QCommandLineParser *parser;
    QStringList positional;  // after the subcommand
    QIODevice *out;
    QIODevice *err;
    MetricCatalog catalog;
    QString dbUrl;
    QString samplesFolder;  // fills an empty database for the subcommands that show one
    OutputFormat format = OutputFormat::Json;
    ReportSelection reports;  // which of each place's reports fill a stored table
};

void writeLine(QIODevice *device, const QString &line);
// "reportlens: MESSAGE" on err; the usage exit status.
int usageError(QIODevice *err, const QString &message);
// The files the PATH arguments name; a path that is not there or is not read (a device, a
// FIFO, a name that is not UTF-8) is reported, counted in *unreadable and makes the exit
// status 1; the others go on.
QStringList reportFiles(const Invocation &call, int *status, int *unreadable = nullptr);
// Progress through a file read in parts.
QString readingLine(const QString &path, qint64 bytesRead, qint64 bytesTotal);
// The session on the database --db names (or the default one), as the window opens it; null,
// the reason written, when it cannot be opened.
std::unique_ptr<Session> openSession(const Invocation &call, Session::EmptyDatabase empty);
// The database's city table of the reports --reports chose, corrections applied; an empty database
// gets the seeds first.
// corrections: where given, the corrections log too (for explaining corrected values).
std::optional<CityTable> storedTable(const Invocation &call,
                                     std::vector<Correction> *corrections = nullptr);
// An option's comma-separated list.
QStringList listOption(const Invocation &call, const QString &name);
// The places --cities names among known (each by its full or short name or its romanisation:
// 漳州市, 漳州, Zhangzhou), in the order given; all of known when it is not given. nullopt, the
// usage error written (naming the place and the nearest known ones, or the places a shared
// short name names), when one is not known.
std::optional<QStringList> citiesOption(const Invocation &call, const QString &command,
                                        const QStringList &known);
// Whether the metrics file has the metric; when not, the usage error is written, with the
// nearest ids.
bool knownMetric(const Invocation &call, const QString &command, const QString &metric);
// The report's and the chart's words in the language asked for (zh_CN unless --lang en).
QLocale outputLocale(const QString &language);

}  // namespace cli
}  // namespace reportlens
