// chart: one metric ranked across cities, as PNG or SVG, drawn by the window's paint routine.
#include "cli/subcommands.h"

#include "citychartview.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSize>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {
int runChart(const Invocation &call) {
    const QString out = call.parser->value(u"out"_s);
    const QString metric = call.parser->value(u"metric"_s);
    if (out.isEmpty() || metric.isEmpty())
        return usageError(
            call.err,
            QCoreApplication::translate(
                "reportlens::cli", "chart: --metric ID and --out FILE.png|FILE.svg are needed"));
    if (!knownMetric(call, u"chart"_s, metric))
        return ExitUsage;
    const bool svg = out.endsWith(u".svg", Qt::CaseInsensitive);
    if (!svg && !out.endsWith(u".png", Qt::CaseInsensitive))
        return usageError(call.err,
                          QCoreApplication::translate("reportlens::cli",
                                                      "chart: --out must end in .png or .svg"));
    // Without --size: 1600 wide, and tall enough for every place's row at full size. With it:
    // exactly that size, the labels fitted to it.
    QSize size(1600, 1000);
    const bool sized = call.parser->isSet(u"size"_s);
    if (sized) {
        const QStringList parts = call.parser->value(u"size"_s).split(u'x');
        size = QSize(parts.value(0).toInt(), parts.value(1).toInt());
        if (parts.size() != 2 || size.width() < 100 || size.height() < 100)
            return usageError(
                call.err, QCoreApplication::translate(
                              "reportlens::cli", "chart: --size is WIDTHxHEIGHT, 100x100 or more"));
    }
    bool dpiOk = true;
    const int dpi = call.parser->isSet(u"dpi"_s) ? call.parser->value(u"dpi"_s).toInt(&dpiOk) : 192;
    if (!dpiOk || dpi < 48 || dpi > 1200)
        return usageError(call.err,
                          QCoreApplication::translate("reportlens::cli",
                                                      "chart: --dpi is a number from 48 to 1200"));
    const std::optional<CityTable> table = storedTable(call);
    if (!table)
        return ExitFileError;
    const UiLanguage language(outputLocale(call.parser->value(u"lang"_s)));
    ChartOptions options;
    options.metrics = {metric};
    const std::optional<QStringList> cities = citiesOption(call, u"chart"_s, table->cities);
    if (!cities)
        return ExitUsage;
    options.cities = *cities;
    options.perMember = call.parser->isSet(u"per-member"_s);
    options.horizontal = call.parser->isSet(u"horizontal"_s);
    options.english = call.parser->value(u"lang"_s) == u"en";
    if (!sized)
        size.setHeight(
            std::clamp(ChartRenderer::preferredHeight(*table, options, size.width(), dpi),
                       size.height(), 20000));
    QString error;
    const bool saved = svg ? ChartRenderer::saveSvg(out, *table, options, size, dpi, &error)
                           : ChartRenderer::savePng(out, *table, options, size, dpi, &error);
    if (!saved) {
        writeLine(call.err, u"reportlens: "_s + error);
        return ExitFileError;
    }
    writeLine(call.out, out);
    return ExitOk;
}

}  // namespace reportlens::cli
