#include "valueformat.h"

#include <QRegularExpression>

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
    const QLocale c = QLocale::c();
    if (std::floor(value) == value)
        return c.toString(qint64(value));
    return c.toString(value, 'f', 2).remove(QRegularExpression(u"\\.?0+$"_s));
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
