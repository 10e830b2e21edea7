#include "prompts.h"

#include <QInputDialog>
#include <QMessageBox>

namespace reportlens {

Prompts::~Prompts() = default;

std::optional<double> Prompts::number(QWidget *parent, const QString &title, const QString &label,
                                      double current) {
    bool ok = false;
    const double value =
        QInputDialog::getDouble(parent, title, label, current, -1e15, 1e15, 2, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<QString> Prompts::text(QWidget *parent, const QString &title, const QString &label,
                                     const QString &current) {
    bool ok = false;
    const QString value =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, current, &ok);
    return ok ? std::optional<QString>(value) : std::nullopt;
}

std::optional<int> Prompts::choice(QWidget *parent, const QString &title, const QString &label,
                                   const QStringList &items, int current) {
    bool ok = false;
    const QString value = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    return ok ? std::optional<int>(int(items.indexOf(value))) : std::nullopt;
}

void Prompts::warn(QWidget *parent, const QString &title, const QString &message) {
    QMessageBox::warning(parent, title, message);
}

Prompts *Prompts::dialogs() {
    static Prompts prompts;
    return &prompts;
}

}  // namespace reportlens
