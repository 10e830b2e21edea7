// report: the printable comparison report of the database's cities, as PDF.
#include "cli/subcommands.h"

#include "comparisonreport.h"
#include "uilanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

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
    std::vector<Correction> corrections;
    const std::optional<CityTable> table = storedTable(call, &corrections);
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
    if (call.parser->isSet(u"charts"_s)) {
        const QStringList charts = listOption(call, u"charts"_s);
        options.charts = charts == QStringList{u"none"_s} ? QStringList() : charts;
    }
    for (const QString &metric : options.metrics + options.charts.value_or(QStringList())) {
        if (!knownMetric(call, u"report"_s, metric))
            return ExitUsage;
    }
    options.title = call.parser->value(u"title"_s);
    options.notes = call.parser->value(u"notes"_s);
    const QString paper = call.parser->value(u"paper"_s).toUpper();
    const QHash<QString, QPageSize::PageSizeId> papers{
        {u"A4"_s, QPageSize::A4}, {u"A3"_s, QPageSize::A3}, {u"LETTER"_s, QPageSize::Letter}};
    if (!paper.isEmpty() && !papers.contains(paper))
        return usageError(
            call.err, QCoreApplication::translate("reportlens::cli",
                                                  "report: --paper is A4, A3 or Letter, not \"%1\"")
                          .arg(call.parser->value(u"paper"_s)));
    options.paper = papers.value(paper, QPageSize::A4);
    const QString orientation = call.parser->value(u"orientation"_s);
    if (!orientation.isEmpty() && orientation != u"landscape" && orientation != u"portrait")
        return usageError(
            call.err,
            QCoreApplication::translate(
                "reportlens::cli", "report: --orientation is landscape or portrait, not \"%1\"")
                .arg(orientation));
    options.orientation =
        orientation == u"portrait" ? QPageLayout::Portrait : QPageLayout::Landscape;
    QString error;
    if (!ComparisonReport(*table, options, corrections).writePdf(out, &error)) {
        writeLine(call.err, u"reportlens: "_s + error);
        return ExitFileError;
    }
    writeLine(call.out, out);
    return ExitOk;
}

}  // namespace reportlens::cli
