// Expands the paths a user names (files and folders) into the report files to read.
#pragma once

#include <QString>
#include <QStringList>

namespace reportlens {

class ReportFiles {
public:
    // Folders are searched recursively, in name order, for the files of every kind FileKinds
    // lists. A path that does not exist is reported in *errors, naming it.
    static QStringList expand(const QStringList &paths, QStringList *errors);
};

}  // namespace reportlens
