#include "cli/subcommands.h"

#include "doctor.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {

const QList<Subcommand> &subcommands() {
    static const QList<Subcommand> table = {
        {u"extract"_s, u"[--format json|csv] [--metrics FILE] PATH..."_s, false, &runExtract},
        {u"table"_s,
         u"[--format json|csv] [--metrics FILE] PATH...\n"
         "[--format json|csv] [--metrics FILE] [--db URL]\n"
         "    the database's table, as the window shows it\n"
         "--format xlsx --out FILE.xlsx [--lang zh_CN|en] [--db URL | PATH...]\n"
         "    the table as an Excel workbook"_s,
         false, &runTable},
        {u"import"_s, u"[--db URL] [--metrics FILE] PATH..."_s, false, &runImport},
        {u"search"_s, u"[--db URL] TEXT"_s, false, &runSearch},
        {u"corrections"_s, u"export|import [--db URL] FILE"_s, false, &runCorrections},
        {u"chart"_s,
         u"--metric ID [--cities A,B] [--size WxH] [--dpi N] [--per-member]\n"
         "[--horizontal] [--lang zh_CN|en] [--db URL] --out FILE.png|FILE.svg"_s,
         true, &runChart},
        {u"trend"_s,
         u"--metric ID [--cities A,B] [--format json|csv] [--db URL]\n"
         "    the metric over the periods of each place"_s,
         false, &runTrend},
        {u"report"_s,
         u"[--cities A,B] [--metrics X,Y] [--lang zh_CN|en] [--db URL]\n--out FILE.pdf"_s, true,
         &runReport},
        {u"doctor"_s, u"[--lang zh_CN|en]   check this installation"_s, true, &runDoctor},
    };
    return table;
}

const Subcommand *subcommand(const QString &name) {
    for (const Subcommand &command : subcommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

int runDoctor(const Invocation &call) {
    return Doctor::run(call.parser->value(u"lang"_s), call.out);
}

}  // namespace reportlens::cli
