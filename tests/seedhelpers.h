// Shared by the tests that read the bundled seeds.
#pragma once

#include "engine/input/textdecoder.h"
#include "engine/reportparser.h"

#include <QDir>
#include <QString>

inline QString seedPath(const QString &prefix) {
    const QDir dir(QStringLiteral(REPORTLENS_SEEDS_DIR));
    const QStringList matches = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    return matches.isEmpty() ? QString() : dir.filePath(matches.first());
}

inline QString seedText(const QString &prefix) {
    return reportlens::TextDecoder::decodeFile(seedPath(prefix)).text;
}
