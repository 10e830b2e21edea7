// Place names for readers of English: 漳州市 in pinyin is "Zhangzhou" (ICU's Han-Latin
// transliteration, tone marks and the administrative suffix taken off).
#pragma once

#include <QString>

namespace reportlens {

class PlaceNames {
public:
    static QString pinyin(const QString &place);
    // "漳州市 Zhangzhou" in the English UI, the name alone in the Chinese one.
    static QString display(const QString &place, bool english);
};

}  // namespace reportlens
