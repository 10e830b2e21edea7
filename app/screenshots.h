// Pictures of the window for the manual and the release notes: each view at 1600×1000, with
// a figure open in the source panel and a search run, as a user would have it.
#pragma once

#include <QStringList>

namespace reportlens {

class MainWindow;

namespace Screenshots {

// Saves N-view.png for each view into folder; the paths saved.
QStringList save(MainWindow *window, const QString &folder);

}  // namespace Screenshots
}  // namespace reportlens
