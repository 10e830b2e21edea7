#include "engine/valueformat.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// A number written with decimals, without the zeros that say nothing ("1.20" is "1.2").
QString withoutTrailingZeros(QString text) {
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString trimmedDecimal(double value, int decimals) {
    return withoutTrailingZeros(QString::number(value, 'f', decimals));
}

// Two decimals, or three significant digits for a value under one (0.0124).
int decimalsFor(double magnitude) {
    return magnitude >= 1 ? 2 : std::max(2, 2 - int(std::floor(std::log10(magnitude))));
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
    return trimmedDecimal(value, decimalsFor(magnitude));
}

namespace {

QString qualifierMark(Qualifier qualifier) {
    switch (qualifier) {
        case Qualifier::Exact:
            break;
        case Qualifier::Approx:
            return u"≈"_s;
        case Qualifier::Over:
            return u">"_s;
        case Qualifier::Under:
            return u"<"_s;
    }
    return {};
}

}  // namespace

QString ValueFormat::english(double value) {
    QLocale english(QLocale::English, QLocale::UnitedStates);
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e9)
        return trimmedDecimal(value / 1e9, 2) + u" billion"_s;
    if (magnitude >= 1e6)
        return trimmedDecimal(value / 1e6, 2) + u" million"_s;
    if (std::floor(value) == value)
        return english.toString(qint64(value));
    return withoutTrailingZeros(english.toString(value, 'f', decimalsFor(magnitude)));
}

QString ValueFormat::englishUnit(const QString &unit) {
    static const QHash<QString, QString> words = {
        {u"人"_s, u"people"_s},
        {u"名"_s, u"people"_s},
        {u"位"_s, u"people"_s},
        {u"人次"_s, u"person-times"_s},
        {u"名次"_s, u"person-times"_s},
        {u"户"_s, u"households"_s},
        {u"户次"_s, u"household visits"_s},
        {u"家次"_s, u"firm visits"_s},
        {u"个次"_s, u"visits"_s},
        {u"企次"_s, u"firm visits"_s},
        {u"场"_s, u"events"_s},
        {u"场次"_s, u"events"_s},
        {u"次"_s, u"times"_s},
        {u"项"_s, u"items"_s},
        {u"件"_s, u"cases"_s},
        {u"起"_s, u"cases"_s},
        {u"份"_s, u"copies"_s},
        {u"篇"_s, u"articles"_s},
        {u"条"_s, u"items"_s},
        {u"所"_s, u"sites"_s},
        {u"座"_s, u"sites"_s},
        {u"处"_s, u"sites"_s},
        {u"间"_s, u"rooms"_s},
        {u"天"_s, u"days"_s},
        {u"小时"_s, u"hours"_s},
        {u"%"_s, u"%"_s},
        {u"个百分点"_s, u"percentage points"_s},
    };
    return words.value(unit);
}

QString ValueFormat::englishUnitName(const QString &unit) {
    return unit == u"元" ? u"yuan"_s : englishUnit(unit);
}

QString ValueFormat::englishWithUnit(double value, const QString &unit, Qualifier qualifier) {
    const QString mark = qualifierMark(qualifier);
    if (unit == u"元")
        return mark + u"¥"_s + english(value);
    const QString word = englishUnit(unit);
    if (word == u"%")
        return mark + english(value) + word;
    return word.isEmpty() ? mark + english(value) : u"%1%2 %3"_s.arg(mark, english(value), word);
}

QString ValueFormat::display(double value, const QString &unit, Qualifier qualifier,
                             bool englishReader) {
    return englishReader ? englishWithUnit(value, unit, qualifier)
                         : withUnit(value, unit, qualifier);
}

int ValueFormat::perMemberScale(double largestPerMember) {
    const double largest = std::fabs(largestPerMember);
    for (const int scale : {1, 100, 1000})
        if (largest * scale >= 1)
            return scale;
    return 10000;
}

QString ValueFormat::perMembers(int scale, bool englishReader) {
    if (englishReader)
        return scale == 1 ? u"per member"_s
                          : u"per %1 members"_s.arg(QLocale(QLocale::English).toString(scale));
    switch (scale) {
        case 100:
            return u"每百名会员"_s;
        case 1000:
            return u"每千名会员"_s;
        case 10000:
            return u"每万名会员"_s;
        default:
            return u"每名会员"_s;
    }
}

QString ValueFormat::withUnit(double value, const QString &unit, Qualifier qualifier) {
    return qualifierMark(qualifier) + chinese(value) + unit;
}

}  // namespace reportlens
