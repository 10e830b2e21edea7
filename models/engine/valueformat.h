// How a figure's value reads to a Chinese reader: 万/亿 where it reads better, digit
// grouping otherwise ("1.13万", "1.4亿", "5,397").
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
};

}  // namespace reportlens
