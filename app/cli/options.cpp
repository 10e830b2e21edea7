#include "cli/options.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {

const QList<Option> &options() {
    static const QList<Option> table = {
        {u"format"_s,
         {},
         u"json|csv|xlsx"_s,
         u"Output format: json or csv (extract, table, trend); xlsx, an Excel workbook to --out"
         " (table)."_s},
        {u"metrics"_s,
         {},
         u"FILE"_s,
         u"Metrics file to use instead of the built-in one; for report, metric ids X,Y."_s},
        {u"db"_s,
         {},
         u"URL"_s,
         u"Database: a SQLite file or postgresql://user@host:port/dbname."_s,
         true},
        {u"metric"_s, {}, u"ID"_s, u"Metric id of the chart or the trend."_s},
        {u"reports"_s,
         {},
         u"WHICH"_s,
         u"Which reports of each place fill the table (table, chart, report): latest (the"
         " default), all, or one period (2024, 2018-2022)."_s},
        {u"cities"_s,
         {},
         u"A,B"_s,
         u"Places, comma separated: full or short names or romanisations (漳州市, 漳州,"
         " Zhangzhou)."_s},
        {u"title"_s, {}, u"TEXT"_s, u"The report's title (report)."_s},
        {u"charts"_s,
         {},
         u"X,Y"_s,
         u"Metric ids to chart in the report, or none (default: the first six that two places"
         " have)."_s},
        {u"paper"_s, {}, u"SIZE"_s, u"The report's paper: A4 (the default), A3, Letter."_s},
        {u"orientation"_s,
         {},
         u"WHICH"_s,
         u"The report's pages: landscape (the default) or portrait."_s},
        {u"notes"_s, {}, u"TEXT"_s, u"Notes printed under the report's title."_s},
        {u"size"_s,
         {},
         u"WxH"_s,
         u"Picture size in pixels (default: 1600 wide, as tall as the places need)."_s},
        {u"dpi"_s, {}, u"N"_s, u"Resolution (192: 2x)."_s},
        {u"per-member"_s, {}, {}, u"Values per union member."_s},
        {u"horizontal"_s, {}, {}, u"Horizontal bars."_s},
        {u"lang"_s, {}, u"LANG"_s, u"zh_CN or en."_s},
        {u"out"_s, {}, u"FILE"_s, u"Output file."_s},
        {u"help"_s, u"h"_s, {}, u"Show this help."_s},
        {u"version"_s, u"v"_s, {}, u"Show the version."_s},
        // For scripts: pictures of every view, and the time to the first frame.
        {u"screenshots"_s, {}, u"FOLDER"_s, u"Save a picture of every view and quit."_s, true},
        {u"first-frame-exit"_s, {}, {}, u"Report the first frame's time and quit."_s, true},
    };
    return table;
}

void addOptions(QCommandLineParser *parser, bool window) {
    for (const Option &option : options()) {
        if (window && !option.window)
            continue;
        QStringList names{option.name};
        if (!option.alias.isEmpty())
            names.prepend(option.alias);
        parser->addOption(QCommandLineOption(names, option.description, option.valueName));
    }
}

QStringList optionsWithValue() {
    QStringList names;
    for (const Option &option : options()) {
        if (!option.valueName.isEmpty())
            names.append(u"--"_s + option.name);
    }
    return names;
}

}  // namespace reportlens::cli
