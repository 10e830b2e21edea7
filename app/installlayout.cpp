#include "installlayout.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::InstallLayout {

QString dataFolder() {
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/reportlens"_s);
}

QString seedsFolder() {
    return dataFolder() + u"/seeds"_s;
}

QString translationsFolder() {
    return dataFolder() + u"/translations"_s;
}

}  // namespace reportlens::InstallLayout
