// Where the program finds the data it ships with. Installed, that is ../share/reportlens
// beside the executable (/usr/bin/reportlens -> /usr/share/reportlens); a build mirrors that
// layout in its build folder, so no build path is compiled in and a moved installation works.
#pragma once

#include <QString>

namespace reportlens::InstallLayout {

// share/reportlens beside the executable.
QString dataFolder();
// The bundled sample reports that fill an empty database.
QString seedsFolder();
// The program's .qm files.
QString translationsFolder();

}  // namespace reportlens::InstallLayout
