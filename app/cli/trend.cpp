// trend: one metric over the periods of each place, as the window's Trend view reads it.
#include "cli/subcommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {
int runTrend(const Invocation &call) {
    const QString metric = call.parser->value(u"metric"_s);
    if (metric.isEmpty())
        return usageError(call.err, QCoreApplication::translate("reportlens::cli",
                                                                "trend: --metric ID is needed"));
    if (!knownMetric(call, u"trend"_s, metric))
        return ExitUsage;
    const int index = call.catalog.indexOf(metric);
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::ImportSeeds);
    if (!session)
        return ExitFileError;
    QString error;
    std::vector<TrendPoint> points = session->store().trend(metric, &error);
    if (!error.isEmpty()) {
        writeLine(call.err, u"reportlens: "_s + error);
        return ExitFileError;
    }
    // Any place of the database may be named, whether or not it states the metric.
    QStringList known;
    for (const auto &[city, counts] : session->store().cityCounts())
        known.append(city);
    const std::optional<QStringList> cities = citiesOption(call, u"trend"_s, known);
    if (!cities)
        return ExitUsage;
    points.erase(
        std::remove_if(points.begin(), points.end(),
                       [&](const TrendPoint &point) { return !cities->contains(point.city); }),
        points.end());
    TrendWriter::write(call.catalog.metrics()[size_t(index)], points, call.format, call.out);
    return ExitOk;
}

}  // namespace reportlens::cli
