// Traditional Chinese read as Simplified, for matching: the words of metrics, place names and
// the language's cue words are written in Simplified characters, and a report in Traditional
// script ("工會會員") must match them as well as one in Simplified ("工会会员"). The text a user
// sees stays as written; the Simplified shadow has the same length, so positions carry over.
#pragma once

#include <QString>
#include <QStringView>

namespace reportlens {

class ChineseScript {
public:
    // The text with every Traditional character replaced by its Simplified form (ICU's
    // Hant-Hans transform, one character for one). Returns the text itself, not a copy, when
    // it holds no Traditional character.
    static QString simplified(const QString &text);
    static bool hasTraditional(QStringView text);
    static QChar simplified(QChar c);
};

}  // namespace reportlens
