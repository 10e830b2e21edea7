// Character classes of Chinese report prose, shared by layout repair, figure extraction and
// metric classification so that they agree on what a space and a clause are.
#pragma once

#include <QChar>
#include <QStringView>

namespace reportlens {

// Spaces inside a line: ASCII, ideographic, no-break, and stray CR, form feed and BOM.
inline bool isInlineSpace(QChar c) {
    switch (c.unicode()) {
        case u' ':
        case u'\t':
        case u'\u3000':
        case u'\u00A0':
        case u'\r':
        case u'\f':
        case u'\uFEFF':
            return true;
        default:
            return false;
    }
}

// Punctuation that ends a clause (、 lists items inside one clause).
inline bool isClauseBoundary(QChar c) {
    switch (c.unicode()) {
        case u'，':
        case u',':
        case u'。':
        case u'；':
        case u';':
        case u'：':
        case u':':
        case u'！':
        case u'？':
        case u'!':
        case u'?':
            return true;
        default:
            return false;
    }
}

// Where the clause around pos begins and ends in text.
inline qsizetype clauseStart(QStringView text, qsizetype pos) {
    while (pos > 0 && !isClauseBoundary(text.at(pos - 1)))
        --pos;
    return pos;
}

inline qsizetype clauseEnd(QStringView text, qsizetype pos) {
    while (pos < text.size() && !isClauseBoundary(text.at(pos)))
        ++pos;
    return pos;
}

// Inline comparisons: these run at every number and the words are one to four characters.
inline bool startsWithAt(QStringView text, qsizetype pos, QStringView word) {
    if (pos < 0 || pos + word.size() > text.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (text.at(pos + k) != word.at(k))
            return false;
    }
    return true;
}

inline bool endsWithAt(QStringView text, qsizetype end, QStringView word) {
    return startsWithAt(text, end - word.size(), word);
}

}  // namespace reportlens
