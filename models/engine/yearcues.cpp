#include "engine/yearcues.h"

#include "engine/numbergrammar.h"
#include "engine/textchars.h"

#include <algorithm>

namespace reportlens {
namespace {

using Kind = TimeCue::Kind;
using Part = Period::Part;

QChar at(QStringView text, qsizetype i) {
    return i >= 0 && i < text.size() ? text.at(i) : QChar();
}

bool hasWord(QStringView text, qsizetype i, QStringView word) {
    return i >= 0 && i + word.size() <= text.size() && text.sliced(i, word.size()) == word;
}

bool isOneOf(QChar c, QStringView set) {
    return set.contains(c);
}

int arabicDigit(QChar c) {
    return NumberGrammar::isArabicDigit(c) ? NumberGrammar::digitValue(c) : -1;
}

// 一 to 九, 两, 〇 and 零 (0); -1 for anything else.
int chineseDigit(QChar c) {
    return NumberGrammar::isChineseDigit(c) ? NumberGrammar::digitValue(c) : -1;
}

// ("2019", "二〇一九") or a small count ("5", "五", "十二", "两").
struct Number {
    int value = -1;
    qsizetype start = 0;
    bool isYear = false;
};

Number numberEndingAt(QStringView text, qsizetype end) {
    while (end > 0 && isInlineSpace(text.at(end - 1)))
        --end;
    Number number;
    qsizetype start = end;
    while (start > 0 && arabicDigit(text.at(start - 1)) >= 0)
        --start;
    if (start < end) {
        if (end - start > 4 ||
            (start > 0 && (text.at(start - 1) == u'.' || text.at(start - 1) == u'．')))
            return number;
        int value = 0;
        for (qsizetype i = start; i < end; ++i)
            value = value * 10 + arabicDigit(text.at(i));
        number.start = start;
        number.isYear = end - start == 4 && value >= 1900 && value <= 2100;
        if (number.isYear || (end - start <= 2 && value > 0))
            number.value = value;
        return number;
    }
    while (start > 0 && end - start < 5 &&
           (chineseDigit(text.at(start - 1)) >= 0 || text.at(start - 1) == u'十'))
        --start;
    const QStringView run = text.sliced(start, end - start);
    if (run.isEmpty() || run.size() > 4)
        return number;
    number.start = start;
    const qsizetype ten = run.indexOf(u'十');
    if (ten < 0 && run.size() == 4) {
        int value = 0;
        for (const QChar c : run)
            value = value * 10 + chineseDigit(c);
        number.isYear = value >= 1900 && value <= 2100;
        number.value = number.isYear ? value : -1;
    } else if (ten < 0 && run.size() == 1) {
        number.value = chineseDigit(run.at(0)) > 0 ? chineseDigit(run.at(0)) : -1;
    } else if (ten >= 0 && run.size() <= 3) {
        const int tens = ten == 0 ? 1 : chineseDigit(run.at(0));
        const int ones = ten + 1 < run.size() ? chineseDigit(run.at(ten + 1)) : 0;
        if (tens > 0 && ones >= 0 && ten <= 1)
            number.value = tens * 10 + ones;
    }
    return number;
}

// 第一季度, 一季度, 1季度 → Q1..Q4; 0 when none. *length is what it took.
int quarterAt(QStringView text, qsizetype pos, qsizetype *length) {
    qsizetype i = pos;
    if (at(text, i) == u'第')
        ++i;
    int quarter = arabicDigit(at(text, i));
    if (quarter < 0)
        quarter = chineseDigit(at(text, i));
    if (quarter < 1 || quarter > 4 || !hasWord(text, i + 1, u"季度"))
        return 0;
    *length = i + 3 - pos;
    return quarter;
}

// A month or month range after a year: 1-6月 is the first half, 7月 a moment.
bool monthsAt(QStringView text, qsizetype pos, TimeCue *cue) {
    auto monthNumber = [&](qsizetype *i) {
        qsizetype j = *i;
        int value = 0;
        while (j < text.size() && j - *i < 2 && arabicDigit(text.at(j)) >= 0)
            value = value * 10 + arabicDigit(text.at(j++));
        if (j == *i && at(text, j) == u'十') {
            value = 10;
            const int ones = chineseDigit(at(text, ++j));
            if (ones == 1 || ones == 2) {
                value += ones;
                ++j;
            }
        } else if (j == *i && chineseDigit(at(text, j)) > 0) {
            value = chineseDigit(at(text, j++));
        }
        *i = j;
        return value >= 1 && value <= 12 ? value : 0;
    };
    qsizetype i = pos;
    const int first = monthNumber(&i);
    if (!first)
        return false;
    if (at(text, i) == u'月') {
        cue->pointInYear = true;
        cue->end = i + 1;
        return true;
    }
    if (!isOneOf(at(text, i), u"-—–~～至到"))
        return false;
    ++i;
    const int last = monthNumber(&i);
    if (!last || at(text, i) != u'月' || last < first)
        return false;
    static constexpr struct {
        int first, last;
        Part part;
    } kParts[] = {{1, 6, Part::FirstHalf}, {7, 12, Part::SecondHalf}, {1, 3, Part::Q1},
                  {4, 6, Part::Q2},        {7, 9, Part::Q3},          {10, 12, Part::Q4}};
    for (const auto &range : kParts) {
        if (range.first == first && range.last == last)
            cue->part = range.part;
    }
    cue->end = i + 1;
    return true;
}

// What may follow a year to say which part of it, or how it runs on: "上半年", "以来", "底".
// Returns whether anything did; sets the cue's part, kind and end.
bool yearSuffix(QStringView text, TimeCue *cue) {
    const qsizetype a = cue->end;
    qsizetype length = 0;
    if (hasWord(text, a, u"上半年") || hasWord(text, a, u"下半年")) {
        cue->part = at(text, a) == u'上' ? Part::FirstHalf : Part::SecondHalf;
        cue->end = a + 3;
    } else if (const int quarter = quarterAt(text, a, &length)) {
        cue->part = Part(int(Part::Q1) + quarter - 1);
        cue->end = a + length;
    } else if (hasWord(text, a, u"以来") || hasWord(text, a, u"至今")) {
        cue->kind = Kind::SinceYear;
        cue->end = a + 2;
    } else if (at(text, a) == u'起') {
        cue->kind = Kind::SinceYear;
        cue->end = a + 1;
    } else if (hasWord(text, a, u"年底") || hasWord(text, a, u"年末") ||
               hasWord(text, a, u"年初")) {
        cue->pointInYear = true;
        cue->end = a + 2;
    } else if (isOneOf(at(text, a), u"底末初")) {
        cue->pointInYear = true;
        cue->end = a + 1;
    } else if (hasWord(text, a, u"全年")) {
        cue->end = a + 2;
    } else if (!monthsAt(text, a, cue)) {
        return isClauseBoundary(at(text, a));
    }
    return true;
}

bool absoluteYear(QStringView text, qsizetype pos, const Number &number, TimeCueScanner::Mode mode,
                  TimeCue *cue) {
    qsizetype b = number.start;
    while (b > 0 && isInlineSpace(text.at(b - 1)))
        --b;
    const QChar p1 = at(text, b - 1);
    const QChar p2 = at(text, b - 2);
    if (p1 == u'比' || p1 == u'较' || at(text, pos + 1) == u'第')  // comparisons, editions
        return false;
    cue->kind = Kind::Year;
    cue->start = number.start;
    cue->end = pos + 1;
    cue->year = number.value;

    // 2016—2020年, 2016年至2020年
    if (isOneOf(p1, u"-—–~～至到")) {
        const qsizetype connector = b - 1;
        const qsizetype firstEnd = at(text, connector - 1) == u'年' ? connector - 1 : connector;
        const Number first = numberEndingAt(text, firstEnd);
        if (first.isYear && first.value < number.value && number.value - first.value <= 30) {
            cue->kind = Kind::YearSpan;
            cue->start = first.start;
            cue->year = first.value;
            cue->endYear = number.value;
            return true;
        }
        if (p1 == u'至' || p1 == u'到' || p1 == u'止') {
            cue->kind = Kind::UpToYear;
            cue->start = (p2 == u'截' || p2 == u'直') ? b - 2 : b - 1;
            yearSuffix(text, cue);
            cue->kind = Kind::UpToYear;  // "截至2022年底" stays a level
            return true;
        }
    }
    if (p1 == u'止' && p2 == u'截') {
        cue->kind = Kind::UpToYear;
        cue->start = b - 2;
        yearSuffix(text, cue);
        cue->kind = Kind::UpToYear;
        return true;
    }
    // 在2019年, 于2022年底, 其中2022年新建……
    const bool preposition = isOneOf(p1, u"在于自从") || hasWord(text, b - 2, u"其中");
    if (p1 == u'自' || p1 == u'从')
        cue->kind = Kind::SinceYear;
    const bool suffix = yearSuffix(text, cue);
    if (at(text, cue->end) == u'度' && !suffix) {  // 2021年度: a year's label, or its time
        cue->end += 1;
        return mode == TimeCueScanner::Mode::Heading ||
               TimeCueScanner::opensClause(text, number.start);
    }
    return mode == TimeCueScanner::Mode::Heading || suffix || preposition ||
           TimeCueScanner::opensClause(text, number.start);
}

// Words that end a count of years without making it a time: 5年的, 三年行动计划, 3年以上.
bool countFollowerExcluded(QChar c) {
    return isOneOf(c, u"的级期制计行规前后左内目度任龄轻华代会报鉴终薪限检审货画夜味节半") ||
           arabicDigit(c) >= 0 || chineseDigit(c) >= 0 || c == u'十';
}

bool countOfYears(QStringView text, qsizetype pos, const Number &number, TimeCueScanner::Mode mode,
                  TimeCue *cue) {
    if (number.value < 1 || number.value > 30)
        return false;
    qsizetype b = number.start;
    while (b > 0 && isInlineSpace(text.at(b - 1)))
        --b;
    const QChar p1 = at(text, b - 1);
    const QChar p2 = at(text, b - 2);
    if ((p1 == u'续' && p2 == u'连') || p1 == u'第' || p1 == u'每')  // 连续5年: a duration
        return false;
    cue->start = number.start;
    cue->end = pos + 1;
    cue->count = number.value;
    cue->kind = Kind::PastYears;
    const qsizetype a = pos + 1;
    for (const QStringView since : {u"多以来", u"多来", u"以来", u"来", u"间", u"中", u"里"}) {
        if (hasWord(text, a, since)) {
            cue->end = a + since.size();
            if (p1 == u'来' && p2 == u'未')
                cue->kind = Kind::FutureYears;
            return true;
        }
    }
    if ((p1 == u'来' && p2 == u'未') || (p1 == u'后' && p2 == u'今')) {
        cue->start = b - 2;
        cue->kind = Kind::FutureYears;
        return true;
    }
    if (p1 == u'近' || p1 == u'这' || (p1 == u'去' && p2 == u'过') ||
        (p1 == u'的' && hasWord(text, b - 3, u"过去的"))) {
        cue->start = p1 == u'的' ? b - 3 : (p1 == u'去' ? b - 2 : b - 1);
        return true;
    }
    const QChar follower = at(text, a);
    if (mode == TimeCueScanner::Mode::Heading)  // 常州五年70.13万人次, 五年工作综述
        return number.value >= 2 &&
               (arabicDigit(follower) >= 0 || !countFollowerExcluded(follower));
    return !countFollowerExcluded(follower) && !isClauseBoundary(follower) &&
           TimeCueScanner::opensClause(text, number.start);
}

// 今年, 去年, 当年, 明年, 每年, 上半年 … at the 年 at pos.
bool relativeYear(QStringView text, qsizetype pos, TimeCue *cue) {
    const QChar p1 = at(text, pos - 1);
    const QChar p2 = at(text, pos - 2);
    cue->start = pos - 1;
    cue->end = pos + 1;
    const bool compared = isOneOf(p2, u"比较") || hasWord(text, pos + 1, u"同期");
    switch (p1.unicode()) {
        case u'今':
        case u'本':
            if (p2 == u'至' || p2 == u'止') {  // 截至今年6月: a level now
                cue->kind = Kind::ToDate;
                cue->start = at(text, pos - 3) == u'截' ? pos - 3 : pos - 2;
                return true;
            }
            if (compared)
                return false;
            cue->kind = Kind::ThisYear;
            break;
        case u'去':
            if (compared || isOneOf(p2, u"与和同过"))
                return false;
            cue->kind = Kind::LastYear;
            break;
        case u'上':
            if (compared || isOneOf(p2, u"以与和"))
                return false;
            cue->kind = Kind::LastYear;
            break;
        case u'一':
            if (p2 != u'上' && p2 != u'下')
                return false;
            cue->start = pos - 2;
            cue->kind = p2 == u'上' ? Kind::LastYear : Kind::NextYear;
            return !compared;
        case u'当':
            cue->kind = Kind::SameYear;
            return true;
        case u'明':
            cue->kind = Kind::NextYear;
            return true;
        case u'前':
            if (chineseDigit(p2) >= 0 || arabicDigit(p2) >= 0 || compared)
                return false;
            cue->kind = Kind::YearBeforeLast;
            return true;
        case u'历':
            cue->kind = Kind::ToDate;
            for (const QStringView also : {u"累计", u"来"}) {
                if (hasWord(text, pos + 1, also))
                    cue->end = pos + 1 + also.size();
            }
            return true;
        case u'每':
            cue->kind = Kind::PerYear;
            if (at(text, pos + 1) == u'度')
                cue->end += 1;
            return true;
        case u'半':
            if (p2 != u'上' && p2 != u'下')
                return false;
            cue->start = pos - 2;
            cue->kind = Kind::PartOfYear;
            cue->part = p2 == u'上' ? Part::FirstHalf : Part::SecondHalf;
            return true;
        default:
            if (at(text, pos + 1) == u'均') {  // 年均: a yearly average
                cue->start = pos;
                cue->end = pos + 2;
                cue->kind = Kind::PerYear;
                return true;
            }
            return false;
    }
    yearSuffix(text, cue);
    if (cue->kind == Kind::SinceYear)  // 今年以来, 去年以来: the same years
        cue->kind = p1 == u'去' || p1 == u'上' ? Kind::LastYear : Kind::ThisYear;
    return true;
}

}  // namespace

bool YearCues::find(QStringView text, qsizetype pos, TimeCue *cue, TimeCueScanner::Mode mode) {
    *cue = TimeCue();
    const QChar p1 = at(text, pos - 1);
    if ((p1 == u'一' && isOneOf(at(text, pos - 2), u"上下")) || p1 == u'半')
        return relativeYear(text, pos, cue);
    const Number number = numberEndingAt(text, pos);
    if (number.value < 0)
        return relativeYear(text, pos, cue);
    if (number.isYear)
        return absoluteYear(text, pos, number, mode, cue);
    return countOfYears(text, pos, number, mode, cue);
}

}  // namespace reportlens
