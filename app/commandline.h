// The reportlens command line: `extract` and `table` (headless), nothing for the window.
#pragma once

#include <QStringList>

class QIODevice;

namespace reportlens {

enum ExitStatus { ExitOk = 0, ExitFileError = 1, ExitUsage = 2 };

class CommandLine {
public:
    // True when the arguments name a headless subcommand (or ask for help or the version).
    static bool isHeadless(const QStringList &arguments);
    // True for the subcommands that draw (chart, report): they need a QApplication, which
    // the offscreen platform gives them without a display.
    static bool needsGui(const QStringList &arguments);
    // Runs a headless subcommand; output to out, messages to err. Returns the exit status.
    // samplesFolder fills an empty database for the commands that read one.
    static int run(const QStringList &arguments, QIODevice *out, QIODevice *err,
                   const QString &samplesFolder = QString());
};

}  // namespace reportlens
