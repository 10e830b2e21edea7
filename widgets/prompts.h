// How a page or menu asks the user for a value: Qt's input dialogs in the app, answers of
// their own in the tests (a subclass). std::nullopt: the user cancelled.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace reportlens {

class Prompts {
public:
    virtual ~Prompts();

    virtual std::optional<double> number(QWidget *parent, const QString &title,
                                         const QString &label, double current);
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        const QString &current);
    // The index of the item chosen.
    virtual std::optional<int> choice(QWidget *parent, const QString &title, const QString &label,
                                      const QStringList &items, int current);
    virtual void warn(QWidget *parent, const QString &title, const QString &message);

    // The dialogs, for whoever is given no prompts of its own.
    static Prompts *dialogs();
};

}  // namespace reportlens
