// The names of a file's parts. A text file too large to read whole is read in parts
// (TextPartReader), each a document of its own, "FILE#part-N": the parser names them so, and
// storage finds a file's parts again by the same names.
#pragma once

#include <QString>

namespace reportlens {

class PartPaths {
public:
    // "FILE#part-": what every part's path of the file starts with.
    static QString prefix(const QString &filePath);
    // "FILE#part-N", N from 1.
    static QString path(const QString &filePath, int part);
    // The file a part belongs to; the path itself when it is no part's.
    static QString fileOf(const QString &path);
};

}  // namespace reportlens
