#include "screenshots.h"

#include "comparepage.h"
#include "mainwindow.h"
#include "searchpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::Screenshots {

QStringList save(MainWindow *window, const QString &folder) {
    QDir().mkpath(folder);
    window->resize(1600, 1000);
    QCoreApplication::processEvents();  // laid out at its size before anything scrolls
    // As after a drill-down: the first figure of the table open in the source panel.
    window->comparePage()->activateFirstFigure();
    window->searchPage()->search(u"困难职工"_s);
    static const char *const names[] = {"compare", "chart",       "cities", "city",
                                        "search",  "corrections", "review", "trend"};
    QStringList saved;
    for (int view = MainWindow::CompareView; view <= MainWindow::TrendView; ++view) {
        window->showView(MainWindow::View(view));
        QCoreApplication::processEvents();
        const QString path =
            QDir(folder).filePath(u"%1-%2.png"_s.arg(view + 1).arg(QLatin1StringView(names[view])));
        if (window->grab().save(path))
            saved.append(path);
    }
    window->showView(MainWindow::CompareView);
    return saved;
}

}  // namespace reportlens::Screenshots
