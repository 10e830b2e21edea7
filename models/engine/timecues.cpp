#include "engine/timecues.h"

#include "engine/chinesescript.h"
#include "engine/numbergrammar.h"
#include "engine/textchars.h"
#include "engine/yearcues.h"

#include <algorithm>
#include <array>

namespace reportlens {
namespace {

using Kind = TimeCue::Kind;

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

// What follows 将, 计划 or 规划 when they mean "will" or "plans to", not "takes" (将A纳入B)
// or a programme's name (培训计划).
bool verbFollows(QStringView text, qsizetype pos) {
    static constexpr QStringView kWords[] = {
        u"继续", u"进一步", u"持续", u"大力", u"重点", u"着力", u"加快", u"加大", u"加强", u"深入",
        u"深化", u"开展",   u"组织", u"举办", u"举行", u"召开", u"实施", u"实现", u"推动", u"推进",
        u"推出", u"推广",   u"建设", u"建成", u"建立", u"新建", u"新增", u"培训", u"培育", u"培养",
        u"投入", u"投资",   u"完成", u"启动", u"带动", u"覆盖", u"提供", u"提升", u"提高", u"发放",
        u"发挥", u"发展",   u"安排", u"筹集", u"打造", u"创建", u"争创", u"争取", u"突破", u"形成",
        u"惠及", u"帮助",   u"帮扶", u"吸纳", u"评选", u"表彰", u"选树", u"扩大", u"增加", u"力争",
        u"努力", u"积极",   u"全面", u"全力", u"团结", u"动员", u"带领", u"充分", u"坚持", u"围绕",
        u"聚焦", u"通过",   u"设立", u"出台", u"制定", u"落实", u"分批", u"组建", u"引导", u"支持",
        u"资助", u"慰问",   u"走访", u"开设", u"开通", u"上线", u"迎来", u"统筹", u"不断", u"切实",
        u"按照", u"依托",   u"重新", u"首次", u"集中", u"面向", u"联合", u"配合", u"协助", u"确保",
        u"吸引", u"招收",   u"招募", u"选派"};
    if (isOneOf(at(text, pos), u"在于为以从向有会要更再对与使让给可能是被成达超到逐陆不用"))
        return true;
    for (const QStringView word : kWords) {
        if (hasWord(text, pos, word))
            return true;
    }
    return false;
}

// 将A作为B, 将A纳入B: this 将 takes an object and says nothing of the future.
bool takesObject(QStringView text, qsizetype pos) {
    static constexpr QStringView kVerbs[] = {u"作为", u"纳入", u"列入",   u"融入",   u"视为",
                                             u"当作", u"当成", u"转化为", u"打造成", u"打造为",
                                             u"变为", u"改为", u"定为"};
    for (qsizetype i = pos; i < text.size() && i < pos + 30; ++i) {
        if (isClauseBoundary(text.at(i)) || text.at(i) == u'将')
            return false;
        for (const QStringView verb : kVerbs) {
            if (hasWord(text, i, verb))
                return true;
        }
    }
    return false;
}

bool cue(TimeCue *cue, Kind kind, qsizetype start, qsizetype length) {
    cue->kind = kind;
    cue->start = start;
    cue->end = start + length;
    return true;
}

// 十三五 (the five-year plans: 十一五 is 2006-2010) with 期间 or 以来, and 十八大以来 (the
// party's congresses, every five years since 十五大 in 1997; a union's own, 工会十六大以来,
// opens the term under review).
bool planOrCongressAt(QStringView text, qsizetype i, TimeCue *found) {
    int number = 0;
    qsizetype j = i;
    const int ones = chineseDigit(at(text, i + (text.at(i) == u'十' ? 1 : 2)));
    if (text.at(i) == u'十') {
        number = ones >= 1 ? 10 + ones : 10;
        j = ones >= 1 ? i + 2 : i + 1;
    } else if (text.at(i) == u'二' && at(text, i + 1) == u'十') {
        number = ones >= 1 ? 20 + ones : 20;
        j = ones >= 1 ? i + 3 : i + 2;
    }
    if (at(text, j) == u'五' && number >= 11 && number <= 19) {
        qsizetype k = j + 1;
        while (isOneOf(at(text, k), u"”’\"」』"))
            ++k;
        found->year = 1966 + 5 * (number - 3);
        found->endYear = found->year + 4;
        if (hasWord(text, k, u"期间") || hasWord(text, k, u"时期"))
            return cue(found, Kind::PlanPeriod, i, k + 2 - i);
        if (hasWord(text, k, u"以来"))
            return cue(found, Kind::SincePlan, i, k + 2 - i);
        if (hasWord(text, k, u"期末") || at(text, k) == u'末') {
            found->year = found->endYear;
            return cue(found, Kind::UpToYear, i, k + (at(text, k) == u'末' ? 1 : 2) - i);
        }
        return false;
    }
    if (at(text, j) != u'大' || !hasWord(text, j + 1, u"以来") || number < 12 || number > 30)
        return false;
    if (at(text, i - 1) == u'会')
        return cue(found, Kind::SinceOwnCongress, i, j + 3 - i);
    found->year = 1997 + 5 * (number - 15);
    return cue(found, Kind::SincePartyCongress, i, j + 3 - i);
}

// 第十八次代表大会以来: a union's own congress (not a workers' congress, 职工代表大会, nor the
// party's).
bool congressSinceAt(QStringView text, qsizetype i, TimeCue *found) {
    if (!hasWord(text, i, u"代表大会以来"))
        return false;
    const qsizetype from = std::max<qsizetype>(0, i - 12);
    const QStringView before = text.sliced(from, i - from);
    if (!before.contains(u"工会") || before.contains(u"职工") || before.contains(u'党'))
        return false;
    const qsizetype ordinal = before.lastIndexOf(u'第');
    const qsizetype start = ordinal >= 0 ? from + ordinal : i;
    return cue(found, Kind::SinceOwnCongress, start, i + 6 - start);
}

// The cue at i that is not read from a 年: levels to date, plan periods, congresses, and the
// words of intent and aspect.
bool otherCueAt(QStringView text, qsizetype i, TimeCue *found) {
    *found = TimeCue();
    const QChar n = at(text, i + 1);
    const QChar p = at(text, i - 1);
    switch (text.at(i).unicode()) {
        case u'十':
        case u'二':
            return planOrCongressAt(text, i, found);
        case u'代':
            return congressSinceAt(text, i, found);
        case u'累':
            return n == u'计' && cue(found, Kind::Cumulative, i, 2);
        case u'截':
            if ((n != u'至' && n != u'止') || hasWord(text, i + 2, u"今年"))
                return false;
            for (const QStringView now : {u"目前为止", u"目前", u"当前", u"现在", u"发稿", u"今"}) {
                if (hasWord(text, i + 2, now))
                    return cue(found, Kind::ToDate, i, 2 + now.size());
            }
            // 截至6月底: a level on a day of the report's year
            for (qsizetype j = i + 2; j < i + 5 && j < text.size(); ++j) {
                if (text.at(j) == u'月')
                    return j > i + 2 && cue(found, Kind::ToDate, i, j + 1 - i);
                if (arabicDigit(text.at(j)) < 0 && chineseDigit(text.at(j)) < 1 &&
                    text.at(j) != u'十')
                    return false;
            }
            return false;
        case u'迄':
            if (n != u'今')
                return false;
            return cue(found, Kind::ToDate, i, hasWord(text, i + 2, u"为止") ? 4 : 2);
        case u'至':
            return n == u'今' && at(text, i + 2) != u'年' && cue(found, Kind::ToDate, i, 2);
        case u'到':
            return hasWord(text, i + 1, u"目前") && cue(found, Kind::ToDate, i, 3);
        case u'目':
            if (n == u'前')
                return cue(found, Kind::ToDate, i, 2);
            // 目标是, 预期目标为：; not 目标任务完成率 (a result measured against one)
            return n == u'标' && isOneOf(at(text, i + 2), u"是为:：,，") &&
                   cue(found, Kind::Plan, i, 2);
        case u'下':
            for (const QStringView next : {u"一步", u"阶段", u"一阶段"}) {
                if (hasWord(text, i + 1, next))
                    return cue(found, Kind::Future, i, 1 + next.size());
            }
            return false;
        case u'今':
            return n == u'后' && cue(found, Kind::Future, i, 2);
        case u'本':  // 本届以来: the congress's term
            for (const QStringView term : {u"届以来", u"届任期", u"届期间", u"届委员会以来"}) {
                if (hasWord(text, i + 1, term))
                    return cue(found, Kind::SinceOwnCongress, i, 1 + term.size());
            }
            return false;
        case u'未':
            return n == u'来' && cue(found, Kind::Future, i, 2);
        case u'接':
            return hasWord(text, i, u"接下来") && cue(found, Kind::Future, i, 3);
        case u'力':
            return (n == u'争' || n == u'求') && cue(found, Kind::Plan, i, 2);
        case u'预':
            return (n == u'计' || n == u'期') && cue(found, Kind::Plan, i, 2);
        case u'确':
            return n == u'保' && cue(found, Kind::Plan, i, 2);
        case u'承':
            return n == u'诺' && cue(found, Kind::Plan, i, 2);
        case u'计':
        case u'规':
            // 计划培训, 规划建设, 工作计划：; not 按计划完成 nor 扶持计划 (a name)
            if (n != u'划' || isOneOf(p, u"按照依原超度的"))
                return false;
            return (verbFollows(text, i + 2) || arabicDigit(at(text, i + 2)) >= 0 ||
                    isOneOf(at(text, i + 2), u"全年今明:：")) &&
                   cue(found, Kind::Plan, i, 2);
        case u'拟':
            return !isOneOf(p, u"模草虚比") && !isOneOf(n, u"定稿写") &&
                   cue(found, Kind::Plan, i, 1);
        case u'将':
            if (n == u'来')
                return cue(found, Kind::Future, i, 2);
            if (n == u'要' || n == u'会' || p == u'即')
                return cue(found, Kind::Plan, p == u'即' ? i - 1 : i, p == u'即' ? 2 : 1);
            return verbFollows(text, i + 1) && !takesObject(text, i + 1) &&
                   cue(found, Kind::Plan, i, 1);
        case u'已':
            return !isOneOf(p, u"不而") && cue(found, Kind::Done, i, n == u'经' ? 2 : 1);
        case u'先':
            return n == u'后' && cue(found, Kind::Done, i, 2);
        case u'曾':
            return n == u'经' && cue(found, Kind::Done, i, 2);
        case u'了':
            // 培训了, 完成了; not 为了, 除了, 了解
            return p.unicode() >= 0x4E00 && p.unicode() <= 0x9FFF && !isOneOf(p, u"为除罢极不得") &&
                   n != u'解' && cue(found, Kind::Done, i, 1);
        case u'完':
            return n == u'成' && cue(found, Kind::Reached, i, 2);
        case u'实':
            return n == u'现' && cue(found, Kind::Reached, i, 2);
        case u'达':
            return n == u'到' && cue(found, Kind::Reached, i, 2);
        case u'建':
            return n == u'成' && cue(found, Kind::Reached, i, 2);
        case u'；':
        case u';':
            return cue(found, Kind::ItemBreak, i, 1);
        default:
            return false;
    }
}

// The characters a cue is found at, as a bitmap over the Basic Multilingual Plane: the scan
// passes over the rest with one lookup each.
struct CharSet {
    std::array<quint64, 1024> bits{};
    constexpr void insert(char16_t c) { bits[c >> 6] |= quint64(1) << (c & 63); }
    constexpr bool contains(char16_t c) const { return (bits[c >> 6] >> (c & 63)) & 1; }
};

// The characters a cue is found at: the scan passes over the rest with one lookup each.
constexpr CharSet cueStarts() {
    CharSet starts;
    for (const char16_t c : u"年十二代累截迄至到目下今本未接力预确承计规拟将已先曾了完实达建；;") {
        if (c)
            starts.insert(c);
    }
    return starts;
}

constexpr CharSet kCueStarts = cueStarts();

// The characters only Traditional text has: those ChineseScript reads as another.
const CharSet &traditionalChars() {
    static const CharSet chars = [] {
        CharSet traditional;
        for (char32_t c = 0x3000; c <= 0xFFFF; ++c) {
            if (ChineseScript::simplified(QChar(char16_t(c))) != QChar(char16_t(c)))
                traditional.insert(char16_t(c));
        }
        return traditional;
    }();
    return chars;
}

// The scan, or with checkScript, the scan that stops at the first Traditional character.
template <bool checkScript>
bool scanCues(QStringView text, std::vector<TimeCue> &cues, TimeCueScanner::Mode mode) {
    const CharSet *traditional = checkScript ? &traditionalChars() : nullptr;
    const size_t first = cues.size();
    TimeCue found;
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (checkScript && traditional->contains(c))
            return false;
        const bool isCue =
            kCueStarts.contains(c) &&
            (c == u'年' ? YearCues::find(text, i, &found, mode) : otherCueAt(text, i, &found));
        if (!isCue) {
            ++i;
            continue;
        }
        // A year read back over its words may take in the cue before: 今后 in 今后五年.
        while (cues.size() > first && cues.back().end > found.start)
            cues.pop_back();
        cues.push_back(found);
        for (qsizetype j = i + 1; checkScript && j < found.end; ++j) {
            if (traditional->contains(text.at(j).unicode()))
                return false;
        }
        i = std::max(found.end, i + 1);
    }
    return true;
}

}  // namespace

bool TimeCueScanner::opensClause(QStringView text, qsizetype pos) {
    while (pos > 0 && isInlineSpace(text.at(pos - 1)))
        --pos;
    if (pos == 0)
        return true;
    const QChar before = text.at(pos - 1);
    if (before == u'、')  // a heading's number: 二、2024年工作安排
        return chineseDigit(at(text, pos - 2)) > 0 || at(text, pos - 2) == u'十';
    return isClauseBoundary(before) || isOneOf(before, u"“‘\"(（【「▲►■●◆★·•-—|讯电");
}

void TimeCueScanner::scan(QStringView text, std::vector<TimeCue> &cues, Mode mode) {
    scanCues<false>(text, cues, mode);
}

bool TimeCueScanner::scanIfSimplified(QStringView text, std::vector<TimeCue> &cues, Mode mode) {
    return scanCues<true>(text, cues, mode);
}

}  // namespace reportlens
