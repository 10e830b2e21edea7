// The subcommands, one file each, and the table that names them: the dispatcher, --help and
// telling a subcommand from a file the window should open all read it.
#pragma once

#include "cli/invocation.h"

#include <QList>
#include <QString>

namespace reportlens::cli {

struct Subcommand {
    QString name;
    QString synopsis;  // its lines of --help, after "reportlens NAME"
    bool needsGui;     // draws (a QApplication on the offscreen platform when there is no display)
    int (*run)(const Invocation &call);
};

const QList<Subcommand> &subcommands();
const Subcommand *subcommand(const QString &name);

int runExtract(const Invocation &call);
int runTable(const Invocation &call);
int runImport(const Invocation &call);
int runSearch(const Invocation &call);
int runCorrections(const Invocation &call);
int runChart(const Invocation &call);
int runReport(const Invocation &call);
int runTrend(const Invocation &call);
int runDoctor(const Invocation &call);

}  // namespace reportlens::cli
