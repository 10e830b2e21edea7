// Text read back out of a PDF or a render, compared as it reads.
#pragma once

#include <QRegularExpression>
#include <QString>

// Whatever line breaks, spacing or compatibility forms (⼯ for 工) a tool chose.
inline QString comparable(QString text) {
    text = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.remove(space);
    return text;
}
