// Runs the reportlens executable as users and scripts do: its exit status and what it printed.
#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// language: the LANG the command runs in; the test's own when empty. addressSpaceKib: a
// limit on the process's address space (ulimit -v), as a small machine has; none when 0.
inline Run runCli(const QStringList &arguments, const QString &language = {},
                  qint64 addressSpaceKib = 0) {
    QProcess process;
    if (!language.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LANG"), language);
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        environment.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(environment);
    }
    if (addressSpaceKib > 0)
        process.start(
            QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"),
                        QStringLiteral("ulimit -v %1 && exec \"$0\" \"$@\"").arg(addressSpaceKib),
                        QStringLiteral(REPORTLENS_EXECUTABLE)} +
                arguments);
    else
        process.start(QStringLiteral(REPORTLENS_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

inline const QString kSeeds = QStringLiteral(REPORTLENS_SEEDS_DIR);
