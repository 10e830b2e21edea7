// report: the printable comparison report of the database's cities, as PDF.
#include "cli/subcommands.h"

#include "comparisonreport.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {
int runReport(const Invocation &call) {
    const QString out = call.parser->value(u"out"_s);
    if (!out.endsWith(u".pdf", Qt::CaseInsensitive))
        return usageError(call.err, QCoreApplication::translate(
                                        "reportlens::cli", "report: --out FILE.pdf is needed"));
    const QString language = call.parser->value(u"lang"_s);
    if (!language.isEmpty() && language != u"zh_CN" && language != u"en")
        return usageError(call.err,
                          QCoreApplication::translate("reportlens::cli",
                                                      "report: --lang is zh_CN or en, not \"%1\"")
                              .arg(language));
    const std::optional<CityTable> table = storedTable(call);
    if (!table)
        return ExitFileError;
    const UiLanguage scope(outputLocale(language));
    ReportOptions options;
    const std::optional<QStringList> cities = citiesOption(call, u"report"_s, table->cities);
    if (!cities)
        return ExitUsage;
    options.cities = *cities;
    options.metrics = listOption(call, u"metrics"_s);
    options.english = language == u"en";
    for (const QString &metric : std::as_const(options.metrics)) {
        if (!knownMetric(call, u"report"_s, metric))
            return ExitUsage;
    }
    QString error;
    if (!ComparisonReport(*table, options).writePdf(out, &error)) {
        writeLine(call.err, u"reportlens: "_s + error);
        return ExitFileError;
    }
    writeLine(call.out, out);
    return ExitOk;
}

}  // namespace reportlens::cli
