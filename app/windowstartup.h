// The window's start: the UI language, the session on the database (seeded on first start),
// the window, the PATHs given imported once it is up, and the language switch.
#pragma once

#include <QStringList>

namespace reportlens {

class WindowStartup {
public:
    static int run(int &argc, char **argv, const QStringList &arguments);
};

}  // namespace reportlens
