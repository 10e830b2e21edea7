#include "engine/input/reportfiles.h"

#include "engine/input/filekinds.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

QStringList ReportFiles::expand(const QStringList &paths, QStringList *errors) {
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            errors->append(
                QCoreApplication::translate("reportlens::ReportFiles", "%1: no such file or folder")
                    .arg(path));
            continue;
        }
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, FileKinds::nameFilters(), QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

}  // namespace reportlens
