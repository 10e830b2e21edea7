// Names near a mistyped one, for "did you mean": the edit distance between two names, and the
// nearest of a list.
#pragma once

#include <QString>
#include <QStringList>

namespace reportlens {

// Insertions, deletions and substitutions of single characters from a to b.
int editDistance(const QString &a, const QString &b);
// Up to count of names within a third of the longer length (one character of a short name),
// nearest first; case is ignored.
QStringList nearestNames(const QString &typed, const QStringList &names, int count = 3);

}  // namespace reportlens
