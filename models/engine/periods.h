// The period a report covers, and for each figure its own period and whether it is a target
// (figures.md, "Period and targets"), told from the ways Chinese reports state time: a
// congress's five-year review (五年来, 过去5年) counted back from the report's date, an annual
// report (2024年工作综述, 2021年,), a half-year (今年上半年), a figure's own year (2019年, 去年,
// 今年以来, 累计, 近三年, 十三五期间), and words of intent (力争, 预期目标, 计划, 将 + verb,
// 到2027年, 未来5年).
#pragma once

#include "engine/document.h"
#include "engine/period.h"
#include "engine/timecues.h"

#include <QString>

#include <vector>

namespace reportlens {

struct DocumentPeriod {
    enum class Basis : unsigned char {
        Unknown,   // the text does not say which years
        Stated,    // it names them: 2025年工作综述, 2021年上半年, “十四五”以来
        FromDate,  // 五年来, 去年以来, 今年上半年, counted from the report's date line
        FromYearNamed,  // the same counted from a year the text names: a recent event's
                        // (日前……2023年) or the latest it names as past; an estimate
    };

    Period period;
    ReferenceDate reference;
    Basis basis = Basis::Unknown;
    int statedYears = 0;      // the years it says it reviews (五年来: 5), even when not which
    int latestYearNamed = 0;  // found when the report has no date: the latest past year named
};

struct FigureTiming {
    Period period;           // the figure's own, or else its report's
    bool ownPeriod = false;  // its sentence names another period than the report's
    bool perYear = false;    // 每年, 年均: a year's worth within that period, not its total
    bool target = false;     // planned, not reported: it never fills a table cell
    // Where in the sentence the words stand that gave the period and the intent; -1: none.
    qsizetype periodCueStart = -1;
    qsizetype periodCueEnd = -1;
    qsizetype targetCueStart = -1;
    qsizetype targetCueEnd = -1;
};

// One sentence's time cues resolved against its report, made once for all its figures.
class SentenceTiming {
public:
    const QString &text() const { return m_text; }  // in Simplified script
    const std::vector<TimeCue> &cues() const { return m_cues; }

private:
    friend class PeriodDetector;
    // What governs the words after a cue: the period and manner last named.
    struct State {
        Period period;
        int periodCue = -1;  // index of the cue that named it; -1: the report's
        bool ownPeriod = false;
        bool perYear = false;
        bool future = false;  // a future period, or 下一步/今后, governs
        int futureCue = -1;
    };
    QString m_text;
    std::vector<TimeCue> m_cues;
    std::vector<State> m_states;  // m_states[i]: in force after m_cues[i]
    State m_start;                // in force before the first cue
};

// What a section heading says of the figures under it: a heading that announces plans
// ("二、2023年主要目标", "今后五年的目标任务") makes them targets, and the years it names are
// theirs. It holds until a heading of its level or above.
struct SectionTiming {
    bool plans = false;
    int level = 1;  // 1: "一、" or unnumbered, 2: "（一）", 3: "1." or "1、"
    Period period;  // the years it names; unknown: none
};

class PeriodDetector {
public:
    static SectionTiming sectionTiming(const QString &heading, const DocumentPeriod &document);
    // The report's date and period, from its date lines, headings and lead (the first
    // sentences), and its text's own years when it has no date.
    static DocumentPeriod documentPeriod(const std::vector<Sentence> &sentences);
    // Scans a sentence (in either script) once, in time linear in its length.
    static SentenceTiming sentenceTiming(const QString &sentence, const DocumentPeriod &document);
    // The timing of the figure at [start, end) of that sentence: the words of time before it
    // in the sentence, and the words of intent in its clause. Costs the length of its clause.
    static FigureTiming figureTiming(const SentenceTiming &sentence, qsizetype start,
                                     qsizetype end);
    // The same for a single figure, scanning its sentence.
    static FigureTiming figureTiming(const QString &sentence, qsizetype start, qsizetype end,
                                     const DocumentPeriod &document);
};

}  // namespace reportlens
