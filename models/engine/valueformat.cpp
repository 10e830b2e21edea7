#include "engine/valueformat.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

QString trimmedDecimal(double value, int decimals) {
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

}  // namespace

QString ValueFormat::chinese(double value) {
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e8)
        return trimmedDecimal(value / 1e8, 2) + u"亿"_s;
    if (magnitude >= 1e5 || (magnitude >= 1e4 && std::fmod(magnitude, 100) == 0))
        return trimmedDecimal(value / 1e4, 2) + u"万"_s;
    // Digit grouping as a Chinese reader writes it: 5,397 (the C locale omits the groups).
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    if (std::floor(value) == value)
        return grouped.toString(qint64(value));
    return trimmedDecimal(value, 2);
}

QString ValueFormat::withUnit(double value, const QString &unit, Qualifier qualifier) {
    QString mark;
    switch (qualifier) {
        case Qualifier::Exact:
            break;
        case Qualifier::Approx:
            mark = u"≈"_s;
            break;
        case Qualifier::Over:
            mark = u">"_s;
            break;
        case Qualifier::Under:
            mark = u"<"_s;
            break;
    }
    return mark + chinese(value) + unit;
}

}  // namespace reportlens
