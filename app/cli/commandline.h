// The reportlens command line: the subcommands (app/cli/subcommands.h) over the one option
// table (app/cli/options.h); with none, the window.
#pragma once

#include "cli/invocation.h"

#include <QStringList>

class QIODevice;

namespace reportlens {

class CommandLine {
public:
    // True when the arguments name a headless subcommand (or ask for help or the version).
    static bool isHeadless(const QStringList &arguments);
    // True for the subcommands that draw (chart, report, doctor): they need a QApplication,
    // which the offscreen platform gives them without a display.
    static bool needsGui(const QStringList &arguments);
    // Runs a headless subcommand; output to out, messages to err. Returns the exit status.
    // samplesFolder fills an empty database for the commands that show one.
    static int run(const QStringList &arguments, QIODevice *out, QIODevice *err,
                   const QString &samplesFolder = QString());
    // The process of a headless subcommand: the application it needs (a QApplication on the
    // offscreen platform for drawing, else a core one), stdout and stderr, and run().
    static int runProcess(int &argc, char **argv, const QStringList &arguments);
    // --help.
    static QString usageText();
};

}  // namespace reportlens
