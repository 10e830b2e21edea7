#include "engine/input/partpaths.h"

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

QString PartPaths::prefix(const QString &filePath) {
    return filePath + u"#part-"_s;
}

QString PartPaths::path(const QString &filePath, int part) {
    return prefix(filePath) + QString::number(part);
}

QString PartPaths::fileOf(const QString &path) {
    const qsizetype at = path.lastIndexOf(prefix(QString()));
    return at < 0 ? path : path.left(at);
}

}  // namespace reportlens
