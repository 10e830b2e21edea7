#include "engine/chinesescript.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
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
    // A bit per ideograph, set where it changes: whole reports are scanned for a Traditional
    // character, and 3.4 KB stay in cache where the table does not.
    std::array<quint64, (kLast - kFirst) / 64 + 1> changes{};
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
                changes[size_t(i) / 64] |= quint64(1) << (i % 64);
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

// Every character of every report passes here: ideographs are one table load, and only the
// small-form punctuation block goes through the switch.
char16_t mapped(const SimplifiedTable &simplified, char16_t c) {
    if (c < kFirst)
        return 0;
    if (c <= kLast)
        return simplified.simplified[c - kFirst];
    if (c >= u'﹏' && c <= u'﹗')
        return commonPunctuation(c);
    return 0;
}

}  // namespace

QChar ChineseScript::simplified(QChar c) {
    const char16_t to = mapped(table(), c.unicode());
    return to ? QChar(to) : c;
}

bool ChineseScript::hasTraditional(QStringView text) {
    const SimplifiedTable &simplified = table();
    // Branch-free within blocks of 64 characters: almost every character is Simplified, and
    // a branch per character costs more than the look-up.
    constexpr qsizetype kBlock = 64;
    const char16_t *characters = reinterpret_cast<const char16_t *>(text.data());
    for (qsizetype from = 0; from < text.size(); from += kBlock) {
        const qsizetype to = std::min(text.size(), from + kBlock);
        quint64 found = 0;
        for (qsizetype i = from; i < to; ++i) {
            const unsigned offset = unsigned(characters[i]) - kFirst;
            const bool ideograph = offset <= unsigned(kLast - kFirst);
            const unsigned bit = ideograph ? offset : 0;  // in range for the load either way
            found |= ideograph ? (simplified.changes[bit / 64] >> (bit % 64)) & 1 : 0;
            // The small forms ﹏ to ﹗ (U+FE53 is unassigned).
            found |= unsigned(characters[i]) - u'﹏' <= unsigned(u'﹗' - u'﹏') &&
                             characters[i] != 0xFE53
                         ? 1
                         : 0;
        }
        if (found)
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
