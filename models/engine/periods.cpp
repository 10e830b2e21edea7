#include "engine/periods.h"

#include "engine/chinesescript.h"
#include "engine/numbergrammar.h"
#include "engine/reportdate.h"
#include "engine/textchars.h"
#include "engine/timecueresolver.h"

#include <algorithm>

namespace reportlens {
namespace {

using Kind = TimeCue::Kind;

// The report's own period is stated in its headings, bylines and lead: this far into it.
constexpr size_t kHeadSentences = 12;
constexpr int kLeadSentences = 4;
constexpr qsizetype kHeadLength = 1200;
// A time named this near a sentence's start opens it ("据统计,两年来,……") and frames all its
// ；-items; one named further in frames only its own item.
constexpr qsizetype kSentenceOpening = 12;

// Cues that can state the report's own period, in its headings or lead.
bool canCoverReport(const TimeCue &cue) {
    switch (cue.kind) {
        case Kind::Year:
            return !cue.pointInYear;  // "7月19日" or "2015年1月" is a date, not the period
        case Kind::YearSpan:
        case Kind::SinceYear:
        case Kind::ThisYear:
        case Kind::LastYear:
        case Kind::PartOfYear:
        case Kind::PastYears:
        case Kind::PlanPeriod:
        case Kind::SincePlan:
        case Kind::SincePartyCongress:
        case Kind::SinceOwnCongress:
            return true;
        default:
            return false;
    }
}

bool namesYears(Kind kind) {
    return kind == Kind::Year || kind == Kind::YearSpan || kind == Kind::SinceYear ||
           kind == Kind::PlanPeriod || kind == Kind::SincePlan || kind == Kind::SincePartyCongress;
}

// A union congress (市工会第十九次代表大会, 泉州工会十七大), not a workers' congress
// (职工代表大会): its report reviews the term since the last one.
bool namesCongress(QStringView text) {
    // 工会第十四次代表大会: the union's own, named right before it
    const qsizetype congress = text.indexOf(u"代表大会");
    const QStringView before = congress >= 0 ? text.sliced(std::max<qsizetype>(0, congress - 8),
                                                           std::min<qsizetype>(8, congress))
                                             : QStringView();
    if (before.contains(u"工会") && !before.contains(u"职工"))
        return true;
    for (qsizetype union_ = text.indexOf(u"工会"); union_ >= 0;
         union_ = text.indexOf(u"工会", union_ + 2)) {
        qsizetype i = union_ + 2;
        while (i < text.size() && QStringView(u"一二三四五六七八九十").contains(text.at(i)))
            ++i;
        if (i > union_ + 2 && i < text.size() && text.at(i) == u'大')
            return true;
    }
    return false;
}

// What a figure's clause says of intent: the nearest plan word before it, and whether the
// clause says the thing is done.
struct Intent {
    int plan = -1;  // cue index
    bool done = false;
    bool reachedBeforePlan = false;
    bool planned() const { return plan >= 0 && !done && !reachedBeforePlan; }
};

// 已, 已经, 先后, 了; 截至, 目前: what the clause tells is done, whatever plan word it has.
bool isDone(const TimeCue &cue, QStringView text) {
    return cue.kind == Kind::Done || cue.kind == Kind::ToDate ||
           (cue.kind == Kind::UpToYear && text.at(cue.start) == u'截');
}

// Walks the cues back from *index while they lie at or after clauseBegin.
Intent clauseIntent(const std::vector<TimeCue> &cues, qsizetype *index, qsizetype clauseBegin,
                    QStringView text) {
    Intent intent;
    qsizetype reached = -1;
    for (; *index >= 0 && cues[size_t(*index)].start >= clauseBegin; --*index) {
        const TimeCue &cue = cues[size_t(*index)];
        if (cue.kind == Kind::Plan && intent.plan < 0)
            intent.plan = int(*index);
        else if (isDone(cue, text))
            intent.done = true;
        else if (cue.kind == Kind::Reached || cue.kind == Kind::Cumulative)
            reached = cue.start;
    }
    // 完成计划……, 累计……: done; 力争完成……, 力争累计……: planned.
    intent.reachedBeforePlan =
        intent.plan >= 0 && reached >= 0 && reached < cues[size_t(intent.plan)].start;
    return intent;
}

// A clause that goes on with the one before ("将培训……,并投入……") shares its intent.
bool continuesClause(QStringView text, qsizetype clauseBegin) {
    if (clauseBegin == 0 || !QStringView(u",，").contains(text.at(clauseBegin - 1)))
        return false;
    while (clauseBegin < text.size() && isInlineSpace(text.at(clauseBegin)))
        ++clauseBegin;
    const QStringView rest = text.sliced(clauseBegin);
    return rest.startsWith(u"并") || rest.startsWith(u"同时") || rest.startsWith(u"以及") ||
           rest.startsWith(u"还") || rest.startsWith(u"再");
}

}  // namespace

DocumentPeriod PeriodDetector::documentPeriod(const std::vector<Sentence> &sentences) {
    DocumentPeriod document;
    document.reference = ReportDate::find(sentences);
    if (!document.reference.isKnown())
        document.latestYearNamed = ReportDate::latestYearNamed(sentences);

    TimeCue chosen;
    bool found = false;
    bool congress = false;
    int lead = 0;
    std::vector<TimeCue> cues;
    for (size_t s = 0; s < std::min(sentences.size(), kHeadSentences) && !found; ++s) {
        const Sentence &sentence = sentences[s];
        if (sentence.documentStart > kHeadLength)
            break;
        if (sentence.kind == PassageKind::Caption ||
            (sentence.kind == PassageKind::Prose && ++lead > kLeadSentences))
            continue;
        const QString text = sentence.forMatching();
        congress = congress || namesCongress(text);
        cues.clear();
        TimeCueScanner::scan(text, cues,
                             sentence.kind == PassageKind::Heading ? TimeCueScanner::Mode::Heading
                                                                   : TimeCueScanner::Mode::Prose);
        qsizetype planned = -1;  // "力争2025年……": a plan's year is not the report's
        for (const TimeCue &cue : cues) {
            if (cue.kind == Kind::Plan || cue.kind == Kind::Future)
                planned = cue.start;
            else if (canCoverReport(cue) && clauseStart(text, cue.start) > planned &&
                     !TimeCueResolver::resolve(cue, document, 0).future) {
                chosen = cue;
                found = true;
                break;
            }
        }
    }
    if (!found && congress) {
        chosen.kind = Kind::SinceOwnCongress;
        found = true;
    }
    if (!found)
        return document;

    const CueYears resolved = TimeCueResolver::resolve(chosen, document, 0);
    if (chosen.kind == Kind::PastYears)
        document.statedYears = chosen.count;
    else if (chosen.kind == Kind::SinceOwnCongress)
        document.statedYears = TimeCueResolver::kCongressTerm;
    else
        document.statedYears = resolved.period.yearCount();
    if (!resolved.period.isKnown())
        return document;
    document.period = resolved.period;
    if (namesYears(chosen.kind))
        document.basis = DocumentPeriod::Basis::Stated;
    else if (resolved.fromYearNamed || document.reference.yearInferred)
        document.basis = DocumentPeriod::Basis::FromYearNamed;
    else
        document.basis = DocumentPeriod::Basis::FromDate;
    return document;
}

SectionTiming PeriodDetector::sectionTiming(const QString &heading,
                                            const DocumentPeriod &document) {
    static constexpr QStringView planNouns[] = {u"目标", u"任务", u"安排", u"计划", u"打算",
                                                u"展望", u"思路", u"部署", u"要求"};
    // "目标任务完成情况", "工作回顾": what was done, not what is planned.
    static constexpr QStringView doneNouns[] = {u"回顾", u"完成", u"情况", u"成效", u"成绩",
                                                u"进展", u"成就", u"取得", u"总结"};
    SectionTiming section;
    QString text = ChineseScript::simplified(heading).trimmed();
    // The section number ("二、", "（一）", "3."), which says the level and nothing of time.
    qsizetype numberEnd = 0;
    if (text.startsWith(u'(') || text.startsWith(u'（')) {
        section.level = 2;
        numberEnd = std::max(text.indexOf(u')'), text.indexOf(u'）')) + 1;
    } else if (!text.isEmpty() && NumberGrammar::isArabicDigit(text.front())) {
        section.level = 3;
        while (numberEnd < text.size() && NumberGrammar::isArabicDigit(text.at(numberEnd)))
            ++numberEnd;
        if (numberEnd < text.size() && QStringView(u".．、").contains(text.at(numberEnd)))
            ++numberEnd;
    } else {
        while (numberEnd < text.size() && numberEnd < 3 &&
               NumberGrammar::isChineseNumeralChar(text.at(numberEnd)))
            ++numberEnd;
        numberEnd = numberEnd < text.size() && text.at(numberEnd) == u'、' ? numberEnd + 1 : 0;
    }
    text = text.sliced(std::min(numberEnd, text.size())).trimmed();
    const QStringView rest = text;
    auto containsAny = [&](const auto &words) {
        return std::any_of(std::begin(words), std::end(words),
                           [&](QStringView word) { return rest.contains(word); });
    };
    section.plans = containsAny(planNouns) && !containsAny(doneNouns);  // most have none
    if (section.plans) {
        const FigureTiming named =
            figureTiming(sentenceTiming(text, document), text.size(), text.size());
        if (named.ownPeriod)
            section.period = named.period;
    }
    return section;
}

SentenceTiming PeriodDetector::sentenceTiming(const QString &sentence,
                                              const DocumentPeriod &document) {
    SentenceTiming timing;
    timing.m_text = sentence;
    if (!TimeCueScanner::scanIfSimplified(sentence, timing.m_cues)) {
        timing.m_cues.clear();
        timing.m_text = ChineseScript::simplified(sentence);
        TimeCueScanner::scan(timing.m_text, timing.m_cues);
    }
    SentenceTiming::State state;
    state.period = document.period;
    timing.m_start = state;
    timing.m_states.reserve(timing.m_cues.size());
    int yearNamed = 0;  // for 当年
    // A time named where the sentence opens frames all its ；-items ("2018年,……﹔……"); one
    // named inside an item ("于2022年底建成……;完成……") only that item. Each item opens with
    // the frame.
    SentenceTiming::State frame = state;
    bool firstItem = true;
    qsizetype planClauseEnd = -1;  // the end of the last plan word's clause, found once
    for (size_t i = 0; i < timing.m_cues.size(); ++i) {
        const TimeCue &cue = timing.m_cues[i];
        bool frames = firstItem && cue.start <= kSentenceOpening &&
                      TimeCueScanner::opensClause(timing.m_text, cue.start);
        if (cue.kind == Kind::ItemBreak) {
            firstItem = false;
            state = frame;
        } else if (cue.namesPeriod() && !(cue.kind == Kind::Cumulative && state.periodCue >= 0)) {
            // (五年来……累计 is the sum over those years, not a running total.)
            const CueYears resolved = TimeCueResolver::resolve(cue, document, yearNamed);
            state.period = resolved.period;
            state.periodCue = int(i);
            state.ownPeriod = resolved.period != document.period;
            state.perYear = cue.kind == Kind::SameYear && !yearNamed;  // one of the years
            state.future = resolved.future;
            state.futureCue = resolved.future ? int(i) : -1;
            if (cue.kind == Kind::Year)
                yearNamed = cue.year;
        } else if (cue.kind == Kind::PerYear) {
            state.perYear = true;
        } else if (cue.kind == Kind::Future) {
            state.future = true;
            state.futureCue = int(i);
        } else if (cue.kind == Kind::Plan) {
            // "预期目标是：……增长6%左右；……": a plan word before a colon plans the list after,
            // in the years named before it (今年……目标是：).
            if (cue.start >= planClauseEnd)
                planClauseEnd = clauseEnd(timing.m_text, cue.end);
            const QChar closing =
                planClauseEnd < timing.m_text.size() ? timing.m_text.at(planClauseEnd) : QChar();
            if (closing == u'：' || closing == u':') {
                state.future = true;
                state.futureCue = int(i);
                frames = true;
            }
        }
        // 每年……,先后承办……: what follows 先后 or 累计 is a total again.
        if (cue.kind == Kind::Cumulative ||
            (cue.kind == Kind::Done && timing.m_text.at(cue.start) == u'先'))
            state.perYear = false;
        if (frames && cue.kind != Kind::ItemBreak)
            frame = state;
        timing.m_states.push_back(state);
    }
    return timing;
}

FigureTiming PeriodDetector::figureTiming(const SentenceTiming &sentence, qsizetype start,
                                          qsizetype end) {
    const std::vector<TimeCue> &cues = sentence.m_cues;
    const QStringView text = sentence.m_text;
    // The last cue that ends before the figure.
    qsizetype last =
        std::lower_bound(cues.begin(), cues.end(), start,
                         [](const TimeCue &cue, qsizetype pos) { return cue.start < pos; }) -
        cues.begin() - 1;
    while (last >= 0 && cues[size_t(last)].end > start)
        --last;
    const SentenceTiming::State &state =
        last >= 0 ? sentence.m_states[size_t(last)] : sentence.m_start;
    FigureTiming timing;
    timing.period = state.period;
    timing.ownPeriod = state.ownPeriod;
    timing.perYear = state.perYear;
    if (state.ownPeriod && state.periodCue >= 0) {
        timing.periodCueStart = cues[size_t(state.periodCue)].start;
        timing.periodCueEnd = cues[size_t(state.periodCue)].end;
    }

    const qsizetype clauseBegin = clauseStart(text, std::min(start, text.size()));
    qsizetype index = last;
    Intent clause = clauseIntent(cues, &index, clauseBegin, text);
    // 计划投资100万元的项目已完工: done, said after the figure.
    const qsizetype clauseFinish = clauseEnd(text, std::min(end, text.size()));
    for (size_t j = size_t(last + 1); j < cues.size() && cues[j].start < clauseFinish; ++j)
        clause.done = clause.done || isDone(cues[j], text);
    int planCue = -1;
    if (clause.planned()) {
        planCue = clause.plan;
    } else if (clause.plan < 0 && !clause.done && continuesClause(text, clauseBegin)) {
        const Intent previous =
            clauseIntent(cues, &index, clauseStart(text, clauseBegin - 1), text);
        if (previous.planned())
            planCue = previous.plan;
    }
    if (planCue < 0 && state.future && !clause.done)
        planCue = state.futureCue;
    if (planCue >= 0) {
        timing.target = true;
        timing.targetCueStart = cues[size_t(planCue)].start;
        timing.targetCueEnd = cues[size_t(planCue)].end;
    }
    return timing;
}

FigureTiming PeriodDetector::figureTiming(const QString &sentence, qsizetype start, qsizetype end,
                                          const DocumentPeriod &document) {
    return figureTiming(sentenceTiming(sentence, document), start, end);
}

}  // namespace reportlens
