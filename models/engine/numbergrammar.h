// The number grammar of Chinese report prose: Arabic digits (ASCII or full-width, with
// thousands separators and decimals) and Chinese numerals (小写, 大写 and traditional,
// with 十/百/千/万/亿/万亿 places, 两, 〇/零 and 点 decimals).
#pragma once

#include <QStringView>

namespace reportlens {

// value = mantissa × 10^exponent, kept exact so that 1.13万 is 11300, not 11299.999….
struct ExactNumber {
    qint64 mantissa = 0;
    int exponent = 0;

    double toDouble() const;
    ExactNumber scaled(int powerOfTen) const { return {mantissa, exponent + powerOfTen}; }
    bool isZero() const { return mantissa == 0; }
};

struct NumberToken {
    ExactNumber number;
    qsizetype start = 0;
    qsizetype end = 0;  // exclusive
    bool chinese = false;
    bool hasPlaceMultiplier = false;  // a 百/千/万/亿 in a Chinese numeral
    bool bareLeadingPlace = false;    // "百万" with no digit before the first place
    bool usesTen = false;             // a 十 in a Chinese numeral
};

class NumberGrammar {
public:
    static bool isArabicDigit(QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'０' && u <= u'９');
    }
    // 0-9 for ASCII/full-width digits and Chinese digits (一/壹/两/〇 …), else -1.
    static int digitValue(QChar c);
    static bool isChineseDigit(QChar c);
    // 10, 100, 1000 for 十/拾, 百/佰, 千/仟; 10^4 and 10^8 for 万/萬, 亿/億; else 0.
    static qint64 placeValue(QChar c);
    static bool isChineseNumeralChar(QChar c) {
        // Numerals are all in the CJK blocks; skip everything else without a lookup.
        return c.unicode() >= 0x3007 && (isChineseDigit(c) || placeValue(c) > 0);
    }

    // Arabic number at pos: "29063", "1.13", "１２３", "1,200", "３．５".
    static bool parseArabic(QStringView text, qsizetype pos, NumberToken *token);
    // Chinese numeral at pos ("一万二千五百", "两百万", "壹佰贰拾万", "三点五"); false when the
    // run is not a well-formed numeral ("五一", "十三五", "二〇二二").
    static bool parseChinese(QStringView text, qsizetype pos, NumberToken *token);
    // Length of the run of Chinese numeral characters at pos.
    static qsizetype chineseRunLength(QStringView text, qsizetype pos);
    // A trailing multiplier after a number: 万亿, 千万, 百万, 亿, 万, 千, 百. Returns its
    // length and sets the power of ten.
    static qsizetype multiplierAt(QStringView text, qsizetype pos, int *powerOfTen);
};

}  // namespace reportlens
