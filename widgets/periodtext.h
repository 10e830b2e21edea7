// A period as a reader writes it, in the UI language: "2018–2022年" / "2018–2022", "2024年上半年"
// / "H1 2024", "截至2022年" / "up to 2022" for "..2022" (a level or running total).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace reportlens {

class PeriodText {
    Q_DECLARE_TR_FUNCTIONS(PeriodText)

public:
    // period: the engine's form (Period::toString); empty gives empty.
    static QString display(const QString &period);
};

}  // namespace reportlens
