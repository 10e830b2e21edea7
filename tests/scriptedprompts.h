// Prompts that answer from a script instead of showing dialogs, and keep what they were
// asked: the page and menu tests run without a modal dialog.
#pragma once

#include "prompts.h"

#include <QList>
#include <QStringList>
#include <QVariant>

class ScriptedPrompts : public reportlens::Prompts {
public:
    // What each question is answered with, in order; an invalid QVariant (or none): cancel.
    QList<QVariant> answers;
    // What was asked: "title | label | current" (and "| items" for a choice).
    QStringList asked;
    QStringList warnings;

    std::optional<double> number(QWidget *, const QString &title, const QString &label,
                                 double current) override {
        asked.append(QStringList{title, label, QString::number(current)}.join(kSeparator));
        const QVariant answer = next();
        return answer.isValid() ? std::optional<double>(answer.toDouble()) : std::nullopt;
    }
    std::optional<QString> text(QWidget *, const QString &title, const QString &label,
                                const QString &current) override {
        asked.append(QStringList{title, label, current}.join(kSeparator));
        const QVariant answer = next();
        return answer.isValid() ? std::optional<QString>(answer.toString()) : std::nullopt;
    }
    std::optional<int> choice(QWidget *, const QString &title, const QString &label,
                              const QStringList &items, int current) override {
        asked.append(
            QStringList{title, label, QString::number(current), items.join(u',')}.join(kSeparator));
        const QVariant answer = next();
        return answer.isValid() ? std::optional<int>(answer.toInt()) : std::nullopt;
    }
    void warn(QWidget *, const QString &title, const QString &message) override {
        warnings.append(QStringList{title, message}.join(kSeparator));
    }

private:
    static constexpr QStringView kSeparator = u" | ";
    QVariant next() { return answers.isEmpty() ? QVariant() : answers.takeFirst(); }
};
