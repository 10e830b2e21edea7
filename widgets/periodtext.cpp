#include "periodtext.h"

#include "engine/period.h"

namespace reportlens {

QString PeriodText::display(const QString &text) {
    Period period;
    if (text.isEmpty() || !Period::parse(text, &period))
        return text;
    if (period.cumulative)
        return period.endYear > 0 ? tr("up to %1").arg(period.endYear) : tr("to date");
    QString years = period.startYear == period.endYear
                        ? tr("%1", "one year").arg(period.endYear)
                        : tr("%1–%2", "years").arg(period.startYear).arg(period.endYear);
    switch (period.part) {
        case Period::Part::WholeYears:
            return years;
        case Period::Part::FirstHalf:
            return tr("H1 %1").arg(period.endYear);
        case Period::Part::SecondHalf:
            return tr("H2 %1").arg(period.endYear);
        case Period::Part::Q1:
        case Period::Part::Q2:
        case Period::Part::Q3:
        case Period::Part::Q4:
            return tr("Q%1 %2")
                .arg(int(period.part) - int(Period::Part::Q1) + 1)
                .arg(period.endYear);
    }
    return years;
}

}  // namespace reportlens
