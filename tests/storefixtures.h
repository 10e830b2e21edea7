// A store holding the seeds, as the storage tests start from: the seeds copied into a folder
// of the test's own (stored paths must not be the source tree's), then imported.
#pragma once

#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"
#include "seedhelpers.h"
#include "services/importer.h"
#include "services/reparser.h"
#include "storage/reportstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// An annual report written for the test: its title names the place and the year, one sentence
// states the place's union members. Its path, or empty when it could not be written.
inline QString writeAnnualReport(const QString &folder, const QString &place, int year,
                                 int members) {
    QFile file(QDir(folder).filePath(QStringLiteral("%1-%2.txt").arg(place).arg(year)));
    const QByteArray text = QStringLiteral(
                                "%1总工会%2年工作总结\n\n%2年，%1总工会深入推进工会组织"
                                "建设。全市工会会员%3人。\n")
                                .arg(place)
                                .arg(year)
                                .arg(members)
                                .toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return file.fileName();
}

// Copies the five seeds into folder/seeds; false when one cannot be copied.
inline bool copySeeds(const QString &folder) {
    const QDir seeds(folder + QStringLiteral("/seeds"));
    if (!QDir().mkpath(seeds.path()))
        return false;
    for (const char *prefix : {"000", "001", "002", "003", "004"}) {
        const QString source = seedPath(QString::fromLatin1(prefix));
        const QString copy = seeds.filePath(QFileInfo(source).fileName());
        if (!QFile::exists(copy) && !QFile::copy(source, copy))
            return false;
    }
    return true;
}

// Records the built-in metrics and imports folder/seeds into the open store; the errors, empty
// when all five were stored.
inline QStringList importCopiedSeeds(reportlens::ReportStore *store, const QString &folder) {
    const reportlens::ReportParser parser;
    int reparsed = 0;
    QString error;
    if (!reportlens::Reparser(store, &parser).bringInLine(&reparsed, &error))
        return {error};
    QStringList problems;
    const reportlens::Importer::Summary summary =
        reportlens::Importer(store, &parser)
            .run(reportlens::ReportFiles::expand({folder + QStringLiteral("/seeds")}, &problems));
    if (summary.added + summary.unchanged + summary.replaced != 5)
        return summary.errors.isEmpty() ? QStringList{QStringLiteral("not 5 seeds stored")}
                                        : summary.errors;
    return {};
}
