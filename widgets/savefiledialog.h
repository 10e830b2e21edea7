// The Save dialog of every export: the file gets the extension of the type chosen ("members"
// saved as a PNG picture is members.png, never a file without one), and changing the type
// changes the extension it adds, so that a PNG and an SVG of one name are two files and the
// dialog asks before replacing the one that exists.
#pragma once

#include <QFileDialog>

namespace reportlens {

class SaveFileDialog : public QFileDialog {
    Q_OBJECT

public:
    // filters as QFileDialog takes them: "PNG picture (*.png);;SVG drawing (*.svg)".
    SaveFileDialog(QWidget *parent, const QString &title, const QString &filters);

    // The file to write: the one chosen, with the chosen type's extension unless it ends in
    // the extension of one of the types offered. Empty when none was chosen.
    QString chosenPath() const;

    // "png" of "PNG picture (*.png)"; empty when the filter names no extension.
    static QString suffixOf(const QString &filter);
    static QString withSuffix(const QString &path, const QString &filter,
                              const QStringList &filters);
};

}  // namespace reportlens
