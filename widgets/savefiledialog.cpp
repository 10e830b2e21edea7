#include "savefiledialog.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

SaveFileDialog::SaveFileDialog(QWidget *parent, const QString &title, const QString &filters)
    : QFileDialog(parent, title, QString(), filters) {
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setDefaultSuffix(suffixOf(nameFilters().value(0)));
    // The type chosen decides the extension added to a name typed without one.
    connect(this, &QFileDialog::filterSelected, this,
            [this](const QString &filter) { setDefaultSuffix(suffixOf(filter)); });
}

QString SaveFileDialog::chosenPath() const {
    const QStringList files = selectedFiles();
    if (files.isEmpty() || files.constFirst().isEmpty())
        return {};
    return withSuffix(files.constFirst(), selectedNameFilter(), nameFilters());
}

QString SaveFileDialog::suffixOf(const QString &filter) {
    static const QRegularExpression pattern(u"\\*\\.([A-Za-z0-9]+)"_s);
    return pattern.match(filter).captured(1).toLower();
}

QString SaveFileDialog::withSuffix(const QString &path, const QString &filter,
                                   const QStringList &filters) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const QString &offered : filters) {
        if (!suffix.isEmpty() && suffix == suffixOf(offered))
            return path;  // a type offered, named by its extension
    }
    const QString added = suffixOf(filter);
    return added.isEmpty() ? path : path + u'.' + added;
}

}  // namespace reportlens
