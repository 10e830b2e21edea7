// How a figure's value reads: to a Chinese reader with 万/亿 where it reads better, digit
// grouping otherwise ("1.13万", "1.4亿", "5,397"); to an English one with digit groups, million
// and billion, yuan as ¥ and the unit in words ("727,000 people", "¥12.3 million").
#pragma once

#include "engine/document.h"

#include <QLocale>
#include <QString>

namespace reportlens {

class ValueFormat {
public:
    static QString chinese(double value);
    // With the unit and the qualifier's mark ("≈", ">", "<"), for tables and charts.
    static QString withUnit(double value, const QString &unit, Qualifier qualifier);

    static QString english(double value);  // "727,000", "12.3 million", "0.42"
    // The unit in English words ("人" people, "人次" person-times); empty for a count of
    // things with no word of its own (个, 家), and for yuan, which is written as ¥.
    static QString englishUnit(const QString &unit);
    // The unit in English words where it stands alone (an axis, a column): "yuan" for 元.
    static QString englishUnitName(const QString &unit);
    // As an English reader writes it: "≈727,000 people", "¥12.3 million", ">3,500 events".
    static QString englishWithUnit(double value, const QString &unit, Qualifier qualifier);
    // In the UI's language.
    static QString display(double value, const QString &unit, Qualifier qualifier, bool english);

    // Values per member read at a scale of members that gives them whole digits: 1, 100,
    // 1,000 or 10,000 (for the largest of a row, so that the row keeps one scale).
    static int perMemberScale(double largestPerMember);
    // "每千名会员" / "per 1,000 members".
    static QString perMembers(int scale, bool english);
};

}  // namespace reportlens
