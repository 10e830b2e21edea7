// The words with which Chinese report prose says when something happened, and whether it
// was done or is planned: found in one pass over a sentence in Simplified script
// (ChineseScript::simplified), left to PeriodDetector to resolve against the report's date.
#pragma once

#include "engine/period.h"

#include <QStringView>

#include <vector>

namespace reportlens {

struct TimeCue {
    enum class Kind : unsigned char {
        // Which years: what follows in the sentence is about them.
        Year,       // 2019年, 2019年上半年, 2015年1月 (the time of the clause, not a name)
        YearSpan,   // 2016—2020年, 2016年至2020年
        SinceYear,  // 2019年以来, 自2019年, 2019年至今
        UpToYear,   // 截至2022年底, 到2027年: a level then (planned if still to come)
        ThisYear,   // 今年, 本年, 今年以来, 今年上半年
        LastYear,   // 去年, 上年, 去年以来
        YearBeforeLast,      // 前年
        NextYear,            // 明年
        SameYear,            // 当年: the year named before it
        PartOfYear,          // 上半年 alone: a part of the report's year
        PastYears,           // 五年来, 近三年, 过去5年, 5年共, 五年间
        FutureYears,         // 未来5年, 今后五年
        PlanPeriod,          // “十三五”期间
        SincePlan,           // “十四五”以来
        SincePartyCongress,  // 党的十八大以来
        SinceOwnCongress,  // 工会十六大以来, 第十八次代表大会以来: the term under review
        Cumulative,        // 累计: a sum, over the years under review when some are named
        ToDate,  // 截至目前, 迄今, 至今, 目前, 历年累计: a level up to the report's date
        // How: a yearly rate, or what follows is planned.
        PerYear,  // 每年, 年均
        Future,   // 下一步, 今后, 未来, 接下来, 将来
        // The clause's intent and aspect.
        Plan,     // 力争, 预计, 预期, 目标, 确保, 承诺, 拟, 将/计划/规划 + a verb
        Done,     // 已, 已经, 先后, 曾, a verb + 了
        Reached,  // 完成, 实现, 达到, 建成 (and 累计): done, unless planned before
        ItemBreak,  // ；: the next item of the sentence
    };

    Kind kind = Kind::Year;
    qsizetype start = 0;  // in the sentence, end exclusive
    qsizetype end = 0;
    int year = 0;     // a year named: Year, UpToYear, SinceYear, the first of a span or plan,
                      // the year of a party congress
    int endYear = 0;  // YearSpan, PlanPeriod, SincePlan: the last year
    int count = 0;    // PastYears, FutureYears: how many years
    Period::Part part = Period::Part::WholeYears;
    bool pointInYear = false;  // a month, day, 年初 or 年底: a moment, not the whole year

    // Whether the cue names years (the first group above).
    bool namesPeriod() const { return kind <= Kind::ToDate; }
};

class TimeCueScanner {
public:
    // Headings name their period without the commas prose uses: "2025年工作综述", "常州五年".
    enum class Mode { Prose, Heading };

    // Appends the cues of one sentence, in order of position. Linear in the sentence.
    static void scan(QStringView text, std::vector<TimeCue> &cues, Mode mode = Mode::Prose);
    // The same for text in either script, without making a Simplified copy of text that is
    // Simplified already: returns false, its cues incomplete, at the first character of
    // Traditional script; scan ChineseScript::simplified(text) then.
    static bool scanIfSimplified(QStringView text, std::vector<TimeCue> &cues,
                                 Mode mode = Mode::Prose);
    // Whether pos opens a clause, a caption or a dateline ("本报讯 2021年"): the time named
    // there frames what follows.
    static bool opensClause(QStringView text, qsizetype pos);
};

}  // namespace reportlens
