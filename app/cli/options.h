// The command line's one option table: the parser, --help, and telling a subcommand's option
// values from a file the window should open all read it.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace reportlens::cli {

struct Option {
    QString name;  // without the dashes; a one-letter alias follows in `alias`
    QString alias;
    QString valueName;  // empty: a switch
    QString description;
    bool window = false;  // also an option of the window (reportlens [--db URL] [PATH...])
};

// Every option, in the order --help lists them.
const QList<Option> &options();
// The options as QCommandLineParser takes them (window: only the window's).
void addOptions(QCommandLineParser *parser, bool window = false);
// "--db", "--format", …: the options that take a value, so that the value is no subcommand.
QStringList optionsWithValue();

}  // namespace reportlens::cli
