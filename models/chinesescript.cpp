#include "chinesescript.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace reportlens {
namespace {

constexpr char16_t kFirst = 0x3400;  // CJK Extension A, then the Unified Ideographs
constexpr char16_t kLast = 0x9FFF;

// The Simplified form of every BMP ideograph, from ICU's Hant-Hans transform run once over
// the whole range (about 40 ms, on the first document); 0 where a character stays as it is.
struct SimplifiedTable {
    std::array<char16_t, kLast - kFirst + 1> simplified{};
    bool any = false;

    SimplifiedTable() {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> transform(
            icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !transform)
            return;
        icu::UnicodeString range;
        for (char32_t c = kFirst; c <= kLast; ++c)
            range.append(UChar(c));
        transform->transliterate(range);
        // The transform maps character for character over this range; anything else would
        // break positions, so it is not used.
        if (range.length() != int32_t(simplified.size()))
            return;
        for (int32_t i = 0; i < range.length(); ++i) {
            const char16_t original = char16_t(kFirst + i);
            if (range.charAt(i) != original) {
                simplified[size_t(i)] = range.charAt(i);
                any = true;
            }
        }
    }

    char16_t lookup(char16_t c) const {
        return c >= kFirst && c <= kLast ? simplified[c - kFirst] : char16_t(0);
    }
};

const SimplifiedTable &table() {
    static const SimplifiedTable built;
    return built;
}

// Punctuation of Traditional typesetting (Taiwan, Hong Kong, Big5 pages) that the rest of the
// engine reads in its usual form: "﹔" separates clauses as "；" does.
char16_t commonPunctuation(char16_t c) {
    switch (c) {
        case u'﹔':
            return u'；';
        case u'﹐':
            return u'，';
        case u'﹒':
            return u'．';
        case u'﹕':
            return u'：';
        case u'﹖':
            return u'？';
        case u'﹗':
            return u'！';
        case u'﹑':
            return u'、';
        case u'﹏':
            return u'＿';
        default:
            return 0;
    }
}

char16_t mapped(const SimplifiedTable &simplified, char16_t c) {
    if (c < 0x3000)
        return 0;
    if (const char16_t punctuation = commonPunctuation(c))
        return punctuation;
    return simplified.lookup(c);
}

}  // namespace

QChar ChineseScript::simplified(QChar c) {
    const char16_t to = mapped(table(), c.unicode());
    return to ? QChar(to) : c;
}

bool ChineseScript::hasTraditional(QStringView text) {
    const SimplifiedTable &simplified = table();
    for (const QChar c : text) {
        if (mapped(simplified, c.unicode()))
            return true;
    }
    return false;
}

QString ChineseScript::simplified(const QString &text) {
    const SimplifiedTable &simplified = table();
    QString result = text;  // shared until the first change
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const char16_t to = mapped(simplified, text.at(i).unicode()))
            result[i] = QChar(to);
    }
    return result;
}

}  // namespace reportlens
