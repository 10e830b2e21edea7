#include "engine/figurevocabulary.h"

#include "engine/textchars.h"

#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::FigureVocabulary {
namespace {

struct UnitSpelling {
    QStringView written;
    QStringView normal;
};

// Measure words and units, longest first so that 人次 wins over 人. Traditional forms map
// to the simplified unit so that figures compare across reports.
constexpr UnitSpelling kUnits[] = {
    {u"微克/立方米", u"微克/立方米"},
    {u"吨标准煤", u"吨标准煤"},
    {u"个百分点", u"个百分点"},
    {u"平方公里", u"平方公里"},
    {u"平方米", u"平方米"},
    {u"立方米", u"立方米"},
    {u"人民币", u"元"},
    {u"人次", u"人次"},
    {u"户次", u"户次"},
    {u"戶次", u"户次"},
    {u"场次", u"场次"},
    {u"場次", u"场次"},
    {u"家次", u"家次"},
    {u"件次", u"件次"},
    {u"批次", u"批次"},
    {u"车次", u"车次"},
    {u"班次", u"班次"},
    {u"架次", u"架次"},
    {u"课时", u"课时"},
    {u"学时", u"学时"},
    {u"千瓦时", u"千瓦时"},
    {u"公里", u"公里"},
    {u"公顷", u"公顷"},
    {u"千瓦", u"千瓦"},
    {u"标箱", u"标箱"},
    {u"千米", u"千米"},
    {u"公斤", u"公斤"},
    {u"千克", u"千克"},
    {u"平米", u"平方米"},
    {u"美元", u"美元"},
    {u"元", u"元"},
    {u"圆", u"元"},
    {u"人", u"人"},
    {u"名", u"名"},
    {u"户", u"户"},
    {u"戶", u"户"},
    {u"家", u"家"},
    {u"个", u"个"},
    {u"個", u"个"},
    {u"场", u"场"},
    {u"場", u"场"},
    {u"项", u"项"},
    {u"項", u"项"},
    {u"件", u"件"},
    {u"份", u"份"},
    {u"期", u"期"},
    {u"册", u"册"},
    {u"冊", u"册"},
    {u"吨", u"吨"},
    {u"噸", u"吨"},
    {u"条", u"条"},
    {u"條", u"条"},
    {u"起", u"起"},
    {u"所", u"所"},
    {u"座", u"座"},
    {u"处", u"处"},
    {u"處", u"处"},
    {u"支", u"支"},
    {u"批", u"批"},
    {u"篇", u"篇"},
    {u"部", u"部"},
    {u"张", u"张"},
    {u"張", u"张"},
    {u"台", u"台"},
    {u"辆", u"辆"},
    {u"輛", u"辆"},
    {u"本", u"本"},
    {u"届", u"届"},
    {u"屆", u"届"},
    {u"种", u"种"},
    {u"種", u"种"},
    {u"类", u"类"},
    {u"類", u"类"},
    {u"位", u"位"},
    {u"对", u"对"},
    {u"對", u"对"},
    {u"组", u"组"},
    {u"組", u"组"},
    {u"间", u"间"},
    {u"間", u"间"},
    {u"套", u"套"},
    {u"亩", u"亩"},
    {u"畝", u"亩"},
    {u"米", u"米"},
    {u"次", u"次"},
    {u"例", u"例"},
    {u"宗", u"宗"},
    {u"笔", u"笔"},
    {u"筆", u"笔"},
    {u"单", u"单"},
    {u"片", u"片"},
    {u"栋", u"栋"},
    {u"斤", u"斤"},
    {u"棵", u"棵"},
    {u"株", u"株"},
    {u"盏", u"盏"},
    {u"头", u"头"},
    {u"只", u"只"},
    {u"棟", u"栋"},
    {u"%", u"%"},
    {u"％", u"%"},
    {u"‰", u"‰"},
};

// After a number these make it a date, time, age, duration or name, not a figure.
constexpr QStringView kNonFigureFollowers[] = {
    u"年",   u"月",       u"日", u"号",   u"號",   u"时",   u"時",   u"点", u"點",     u"分钟",
    u"秒",   u"周年",     u"岁", u"歲",   u"世纪", u"后",   u"後",   u"大", u"个春秋", u"个年头",
    u"个月", u"个工作日", u"天", u"小时", u"周",   u"届中", u"星级", u"G",
};

struct PrefixQualifier {
    QStringView word;
    Qualifier qualifier;
};

constexpr PrefixQualifier kPrefixQualifiers[] = {
    {u"不超过", Qualifier::Under}, {u"不少于", Qualifier::Over}, {u"不低于", Qualifier::Over},
    {u"不高于", Qualifier::Under}, {u"至少", Qualifier::Over},   {u"高于", Qualifier::Over},
    {u"低于", Qualifier::Under},   {u"超过", Qualifier::Over},   {u"多于", Qualifier::Over},
    {u"突破", Qualifier::Over},    {u"超", Qualifier::Over},     {u"逾", Qualifier::Over},
    {u"将近", Qualifier::Approx},  {u"接近", Qualifier::Approx}, {u"大约", Qualifier::Approx},
    {u"近", Qualifier::Approx},    {u"约", Qualifier::Approx},   {u"不到", Qualifier::Under},
    {u"不足", Qualifier::Under},   {u"少于", Qualifier::Under},  {u"过", Qualifier::Over},
};

struct SuffixQualifier {
    QStringView word;
    Qualifier qualifier;
};

constexpr SuffixQualifier kSuffixQualifiers[] = {
    {u"以上", Qualifier::Over},   {u"以下", Qualifier::Under},  {u"以内", Qualifier::Under},
    {u"左右", Qualifier::Approx}, {u"上下", Qualifier::Approx},
};

// Nouns that make a number of people plain when no measure word follows ("两百万职工").
constexpr QStringView kPeopleNouns[] = {u"职工",   u"工人", u"会员", u"农民工", u"劳动者",
                                        u"志愿者", u"人员", u"群众", u"员工",   u"党员"};
// Words that make a number of money plain ("投入180多万开展……").
constexpr QStringView kMoneyWords[] = {u"投入", u"筹集", u"资金",   u"经费",   u"发放", u"补助",
                                       u"金额", u"捐",   u"款",     u"慰问金", u"效益", u"费用",
                                       u"拨付", u"募集", u"救助金", u"补贴",   u"奖金", u"投资"};

// Verbs that state a fall; "降至", "减少到", "下降为" state the level reached instead.
constexpr QStringView kFallVerbs[] = {u"下降", u"降低", u"减少", u"回落", u"下滑", u"微降",
                                      u"缩减", u"缩小", u"下跌", u"减",   u"降",   u"跌"};
// Words that may stand between a fall verb and its figure.
constexpr QStringView kBetweenVerbAndFigure[] = {u"了", u"分别", u"幅度达", u"幅度为",
                                                 u"达", u"共",   u"合计"};

}  // namespace

QString unitAt(QStringView text, qsizetype pos, qsizetype *length) {
    *length = 0;
    if (pos >= text.size())
        return {};
    for (const UnitSpelling &unit : kUnits) {
        if (startsWithAt(text, pos, unit.written)) {
            *length = unit.written.size();
            return unit.normal.toString();
        }
    }
    return {};
}

bool isNonFigureFollower(QStringView text, qsizetype pos) {
    for (QStringView follower : kNonFigureFollowers) {
        if (startsWithAt(text, pos, follower))
            return true;
    }
    return false;
}

Qualifier prefixQualifier(QStringView text, qsizetype numberStart, qsizetype *rawStart) {
    for (const PrefixQualifier &prefix : kPrefixQualifiers) {
        if (!endsWithAt(text, numberStart, prefix.word))
            continue;
        const qsizetype wordStart = numberStart - prefix.word.size();
        // "要约", "节约", "签约", "预约", "合约": 约 ending a word is no approximation.
        if (prefix.word == u"约" && wordStart > 0 &&
            QStringView(u"要节签预合契公条制缔守履违解").contains(text.at(wordStart - 1)))
            continue;
        if (prefix.word == u"过" || prefix.word == u"近" || prefix.word == u"超") {
            // "通过", "经过", "最近", "附近", "高超": part of a word, not a qualifier.
            if (wordStart > 0) {
                const QChar before = text.at(wordStart - 1);
                static constexpr QStringView notQualifying = u"通经超越度不跨走看做办错路最附将接";
                if (prefix.word != u"超" && notQualifying.contains(before))
                    continue;
                if (prefix.word == u"超" && before == u'高')
                    continue;
            }
        }
        *rawStart = wordStart;
        return prefix.qualifier;
    }
    *rawStart = numberStart;
    return Qualifier::Exact;
}

Qualifier suffixQualifier(QStringView text, qsizetype pos, qsizetype *length) {
    for (const SuffixQualifier &suffix : kSuffixQualifiers) {
        if (startsWithAt(text, pos, suffix.word)) {
            *length = suffix.word.size();
            return suffix.qualifier;
        }
    }
    *length = 0;
    return Qualifier::Exact;
}

QString impliedUnit(QStringView text, qsizetype numberEnd) {
    const qsizetype end = clauseEnd(text, numberEnd);
    const QStringView after = text.sliced(numberEnd, std::min<qsizetype>(end - numberEnd, 12));
    for (QStringView noun : kPeopleNouns) {
        if (after.startsWith(noun))
            return u"人"_s;
    }
    const qsizetype start = clauseStart(text, numberEnd);
    const QStringView clause = text.sliced(start, end - start);
    for (QStringView word : kMoneyWords) {
        if (clause.contains(word))
            return u"元"_s;
    }
    for (QStringView noun : kPeopleNouns) {
        if (after.contains(noun))
            return u"人"_s;
    }
    return {};
}

bool isCountingMeasureWord(QStringView unit) {
    static constexpr QStringView counting[] = {u"处", u"家", u"名", u"户", u"所", u"期",
                                               u"座", u"场", u"支", u"辆", u"台", u"册"};
    for (QStringView word : counting) {
        if (unit == word)
            return true;
    }
    return false;
}

bool statesFall(QStringView text, qsizetype from, qsizetype figureStart) {
    qsizetype end = figureStart;
    bool stripped = true;
    while (stripped) {
        stripped = false;
        while (end > from && isInlineSpace(text.at(end - 1)))
            --end;
        for (QStringView word : kBetweenVerbAndFigure) {
            if (end - word.size() >= from && endsWithAt(text, end, word)) {
                end -= word.size();
                stripped = true;
                break;
            }
        }
    }
    for (QStringView verb : kFallVerbs) {
        if (end - verb.size() >= from && endsWithAt(text, end, verb))
            return true;
    }
    return false;
}

bool onlyJoinsListItems(QStringView text, qsizetype from, qsizetype to) {
    static constexpr QStringView joiners[] = {u"以及", u"、", u"和", u"与", u"及"};
    const QStringView between = text.sliced(from, to - from).trimmed();
    for (QStringView joiner : joiners) {
        if (between == joiner)
            return true;
    }
    return between.isEmpty();
}

}  // namespace reportlens::FigureVocabulary
