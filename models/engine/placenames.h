// Place names for readers of English, in the standard romanisation of the name: syllables
// joined, an apostrophe before a, o or e after another syllable, the first letter a capital, no
// generic term (厦门市 Xiamen, 六安市 Lu'an, 湖北省 Hubei, 通榆县 Tongyu; a name whose stem is
// one character keeps it: 单县 Shanxian). A district is written after its city, as its Chinese
// name is written with the city before it: 通化市二道江区 "Erdaojiang, Tonghua".
// Places in the gazetteer take its English name; any other name is read by ICU's Han-Latin with
// the place-name readings of resources/place-readings.tsv applied (the same data the gazetteer
// script applies over pinyin-pro), so that 乐清 reads Yueqing either way.
#pragma once

#include <QString>
#include <QStringList>

namespace reportlens {

class PlaceNames {
public:
    static QString pinyin(const QString &place);
    // "漳州市 Zhangzhou" in the English UI, the name alone in the Chinese one.
    static QString display(const QString &place, bool english);

    // The places among known that a user's word names: its full name (漳州市), the name
    // without its generic term (漳州), or its romanisation in any case, spaces and apostrophes
    // aside (Zhangzhou, xi an). Several when a short name is shared (朝阳: a city and a
    // district); empty when none.
    static QStringList find(const QString &typed, const QStringList &known);
    // Up to count of known that come nearest to what was typed (edit distance over the name
    // in its script, or over the romanisation for Latin input), nearest first; none that is
    // not near.
    static QStringList closest(const QString &typed, const QStringList &known, int count = 3);
};

}  // namespace reportlens
