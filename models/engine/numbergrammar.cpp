#include "engine/numbergrammar.h"

#include <array>
#include <cmath>

namespace reportlens {
namespace {

constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

constexpr qint64 kMantissaLimit = qint64(1) << 53;  // beyond this a double is not exact

bool isThousandsSeparator(QChar c) {
    return c == u',' || c == u'，' || c == u'\uFF0C';
}
bool isDecimalPoint(QChar c) {
    return c == u'.' || c == u'．';
}

// The numerals' characters and their values: a digit (-1: none) or a place value (0: none).
struct Numeral {
    char16_t character;
    int digit;
    qint64 place;
};
constexpr Numeral kNumerals[] = {
    {u'〇', 0, 0},      {u'零', 0, 0},          {u'一', 1, 0},          {u'壹', 1, 0},
    {u'二', 2, 0},      {u'两', 2, 0},          {u'兩', 2, 0},          {u'贰', 2, 0},
    {u'貳', 2, 0},      {u'三', 3, 0},          {u'叁', 3, 0},          {u'參', 3, 0},
    {u'四', 4, 0},      {u'肆', 4, 0},          {u'五', 5, 0},          {u'伍', 5, 0},
    {u'六', 6, 0},      {u'陆', 6, 0},          {u'陸', 6, 0},          {u'七', 7, 0},
    {u'柒', 7, 0},      {u'八', 8, 0},          {u'捌', 8, 0},          {u'九', 9, 0},
    {u'玖', 9, 0},      {u'十', -1, 10},        {u'拾', -1, 10},        {u'百', -1, 100},
    {u'佰', -1, 100},   {u'千', -1, 1000},      {u'仟', -1, 1000},      {u'万', -1, 10000},
    {u'萬', -1, 10000}, {u'亿', -1, 100000000}, {u'億', -1, 100000000},
};

constexpr const Numeral *numeralOf(char16_t u) {
    for (const Numeral &numeral : kNumerals) {
        if (numeral.character == u)
            return &numeral;
    }
    return nullptr;
}

constexpr char16_t kIdeographFirst = 0x4E00;
constexpr char16_t kIdeographLast = 0x9FFF;

struct NumeralBits {
    std::array<quint64, (kIdeographLast - kIdeographFirst) / 64 + 1> words{};

    constexpr NumeralBits() {
        for (const Numeral &numeral : kNumerals) {
            const char16_t u = numeral.character;
            if (u >= kIdeographFirst && u <= kIdeographLast)
                words[(u - kIdeographFirst) / 64] |= quint64(1) << ((u - kIdeographFirst) % 64);
        }
    }
};
constexpr NumeralBits kNumeralBits;

// True exactly for the numerals' characters: every character of a report is asked about, so
// a bit per Unified Ideograph (2.6 KB, built at compile time) answers before the table.
constexpr bool mayBeNumeral(char16_t u) {
    if (u < kIdeographFirst)
        return u == u'〇';
    if (u > kIdeographLast)
        return false;
    return (kNumeralBits.words[(u - kIdeographFirst) / 64] >> ((u - kIdeographFirst) % 64)) & 1;
}

}  // namespace

double ExactNumber::toDouble() const {
    if (exponent >= 0) {
        return exponent < 23 ? double(mantissa) * kPowersOfTen[exponent]
                             : double(mantissa) * std::pow(10.0, exponent);
    }
    // Division of two exact doubles is correctly rounded: 35 / 10 is the double nearest 3.5.
    return -exponent < 23 ? double(mantissa) / kPowersOfTen[-exponent]
                          : double(mantissa) / std::pow(10.0, -exponent);
}

int NumberGrammar::digitValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    const Numeral *numeral = mayBeNumeral(u) ? numeralOf(u) : nullptr;
    return numeral ? numeral->digit : -1;
}

bool NumberGrammar::isChineseDigit(QChar c) {
    const char16_t u = c.unicode();
    return u >= 0x3007 && !(u >= u'０' && u <= u'９') && digitValue(c) >= 0;
}

qint64 NumberGrammar::placeValue(QChar c) {
    const Numeral *numeral = mayBeNumeral(c.unicode()) ? numeralOf(c.unicode()) : nullptr;
    return numeral ? numeral->place : 0;
}

bool NumberGrammar::parseArabic(QStringView text, qsizetype pos, NumberToken *token) {
    const qsizetype n = text.size();
    if (pos >= n || !isArabicDigit(text.at(pos)))
        return false;
    qint64 mantissa = 0;
    int exponent = 0;
    qsizetype i = pos;
    qsizetype groupDigits = 0;
    bool grouped = false;
    bool overflow = false;
    auto addDigit = [&](int digit) {
        if (mantissa < kMantissaLimit / 10)
            mantissa = mantissa * 10 + digit;
        else {
            overflow = true;
            ++exponent;  // keep magnitude; the lost digits are below double precision anyway
        }
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (isArabicDigit(c)) {
            addDigit(digitValue(c));
            ++groupDigits;
            ++i;
            continue;
        }
        // "1,200" / "１,２００": a separator followed by exactly three digits.
        const bool groupComplete = grouped ? groupDigits == 3 : groupDigits <= 3;
        if (isThousandsSeparator(c) && groupDigits >= 1 && groupComplete && i + 3 < n &&
            isArabicDigit(text.at(i + 1)) && isArabicDigit(text.at(i + 2)) &&
            isArabicDigit(text.at(i + 3)) && (i + 4 >= n || !isArabicDigit(text.at(i + 4)))) {
            grouped = true;
            groupDigits = 0;
            ++i;
            continue;
        }
        break;
    }
    if (i < n - 1 && isDecimalPoint(text.at(i)) && isArabicDigit(text.at(i + 1))) {
        ++i;
        while (i < n && isArabicDigit(text.at(i))) {
            if (!overflow && mantissa < kMantissaLimit / 10) {
                mantissa = mantissa * 10 + digitValue(text.at(i));
                --exponent;
            }
            ++i;
        }
    }
    token->number = {mantissa, exponent};
    token->start = pos;
    token->end = i;
    token->chinese = false;
    token->hasPlaceMultiplier = false;
    token->bareLeadingPlace = false;
    token->usesTen = false;
    return true;
}

qsizetype NumberGrammar::chineseRunLength(QStringView text, qsizetype pos) {
    qsizetype i = pos;
    while (i < text.size()) {
        if (isChineseNumeralChar(text.at(i))) {
            ++i;
        } else if (text.at(i) == u'点' && i > pos && i + 1 < text.size() &&
                   isChineseDigit(text.at(i + 1))) {
            ++i;  // "三点五"
        } else {
            break;
        }
    }
    return i - pos;
}

bool NumberGrammar::parseChinese(QStringView text, qsizetype pos, NumberToken *token) {
    const qsizetype length = chineseRunLength(text, pos);
    if (length == 0)
        return false;
    // total: completed 亿/万 sections; section: below 万; digit: the pending digit.
    qint64 total = 0;
    qint64 section = 0;
    int digit = -1;
    bool previousWasDigit = false;
    bool afterZero = false;
    bool hasPlace = false;
    bool usesTen = false;
    bool bareLeadingPlace = false;
    qint64 lastSmallPlace = 0;  // 十/百/千 of the current section, to catch "三百四百"
    int fractionDigits = 0;
    qint64 fraction = 0;
    bool inFraction = false;
    qsizetype i = pos;
    const qsizetype end = pos + length;
    for (; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == u'点') {
            if (inFraction)
                return false;
            inFraction = true;
            continue;
        }
        const int d = digitValue(c);
        if (inFraction) {
            if (d < 0)
                break;  // "三点五万": the place after the decimals is the multiplier
            if (fractionDigits < 9) {
                fraction = fraction * 10 + d;
                ++fractionDigits;
            }
            continue;
        }
        if (d >= 0) {
            // "五一", "十三五", "二〇二二": digits in a row without a place between them
            // are names and years, not numerals; "一千零五" allows one zero.
            if (previousWasDigit && !afterZero)
                return false;
            afterZero = (d == 0);
            digit = d;
            previousWasDigit = true;
            continue;
        }
        const qint64 place = placeValue(c);
        if (place <= 1000) {
            if (digit < 0) {
                if (i == pos && place > 10)
                    bareLeadingPlace = true;  // "百万", "千名"
                else if (i != pos && !afterZero && place != 10)
                    return false;  // "三百千"
                digit = 1;
            }
            if (lastSmallPlace != 0 && place >= lastSmallPlace)
                return false;
            lastSmallPlace = place;
            section += digit * place;
            usesTen = usesTen || place == 10;
            hasPlace = hasPlace || place > 10;
        } else {
            if (digit < 0 && section == 0 && total == 0) {
                if (i != pos)
                    return false;
                bareLeadingPlace = true;  // "万名", "亿万"
                section = 1;
            }
            hasPlace = true;
            const qint64 value = section + (digit > 0 ? digit : 0);
            // "一万亿": 万 then 亿 multiplies everything before it. Past 2^53 no figure is
            // exact, and "亿亿亿…" would overflow: not a numeral.
            if (total + value > kMantissaLimit / place)
                return false;
            total = (total + value) * place;
            section = 0;
            lastSmallPlace = 0;
        }
        digit = -1;
        previousWasDigit = false;
        afterZero = false;
        if (total > kMantissaLimit)
            return false;
    }
    qint64 integer = total + section + (digit > 0 ? digit : 0);
    ExactNumber number{integer, 0};
    if (inFraction) {
        qint64 scale = 1;
        for (int k = 0; k < fractionDigits; ++k)
            scale *= 10;
        number = {integer * scale + fraction, -fractionDigits};
        // A multiplier after the decimals: "三点五万".
        if (i < text.size()) {
            const qint64 place = placeValue(text.at(i));
            if (place >= 10000) {
                number = number.scaled(place == 10000 ? 4 : 8);
                hasPlace = true;
                ++i;
            }
        }
    }
    token->number = number;
    token->start = pos;
    token->end = i;
    token->chinese = true;
    token->hasPlaceMultiplier = hasPlace;
    token->bareLeadingPlace = bareLeadingPlace;
    token->usesTen = usesTen;
    return true;
}

qsizetype NumberGrammar::multiplierAt(QStringView text, qsizetype pos, int *powerOfTen) {
    if (pos >= text.size())
        return 0;
    const qint64 first = placeValue(text.at(pos));
    if (first < 100)
        return 0;
    const qint64 second = pos + 1 < text.size() ? placeValue(text.at(pos + 1)) : 0;
    int power = first == 100 ? 2 : first == 1000 ? 3 : first == 10000 ? 4 : 8;
    // 万亿, 千万, 百万, 十万 (not 亿万: "亿万职工" is a set phrase).
    if (second >= 10000 && second > first) {
        *powerOfTen = power + (second == 10000 ? 4 : 8);
        return 2;
    }
    *powerOfTen = power;
    return 1;
}

}  // namespace reportlens
