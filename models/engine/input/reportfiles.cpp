#include "engine/input/reportfiles.h"

#include "engine/input/filekinds.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

#include <dirent.h>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("reportlens::ReportFiles", text);
}

bool hasReportSuffix(const QString &name) {
    const QString lower = name.toLower();
    const QStringList suffixes = FileKinds::suffixes();
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const QString &suffix) { return lower.endsWith(suffix); });  // ".txt"
}

// Report files in folder whose names are not UTF-8: Qt cannot name them, so they would be
// passed over without a word. Each is reported, its name shown as far as it decodes.
void reportUndecodableNames(const QString &folder, QStringList *errors) {
    DIR *directory = opendir(QFile::encodeName(folder).constData());
    if (!directory)
        return;
    while (const dirent *entry = readdir(directory)) {
        const QByteArray name(entry->d_name);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(name);
        if (utf8.hasError() && hasReportSuffix(decoded))
            errors->append(
                tr("%1: the file's name is not UTF-8 text, so it cannot be read; rename it")
                    .arg(QDir(folder).filePath(decoded)));
    }
    closedir(directory);
}

}  // namespace

QStringList ReportFiles::expand(const QStringList &paths, QStringList *errors) {
    QStringList files;
    // Devices, FIFOs and sockets are never read: /dev/zero never ends, a FIFO may never open.
    auto addFile = [&](const QString &path) {
        if (QFileInfo(path).isFile())  // a regular file, or a link to one
            files.append(path);
        else
            errors->append(
                tr("%1: not a regular file (a device, FIFO or socket, or a link to one); not read")
                    .arg(path));
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            errors->append(tr("%1: no such file or folder").arg(path));
            continue;
        }
        if (!info.isDir()) {
            addFile(path);
            continue;
        }
        QStringList found;
        // System: FIFOs and sockets with a report's name are listed too, so that they are
        // named as not read rather than passed over.
        QDirIterator it(path, FileKinds::nameFilters(), QDir::Files | QDir::System,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            found.append(it.next());
        std::sort(found.begin(), found.end());
        for (const QString &file : std::as_const(found))
            addFile(file);
        reportUndecodableNames(path, errors);
        QDirIterator folders(path, QDir::Dirs | QDir::NoDotAndDotDot,
                             QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (folders.hasNext())
            reportUndecodableNames(folders.next(), errors);
    }
    return files;
}

}  // namespace reportlens
