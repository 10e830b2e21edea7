// How Chinese report prose says what a figure is the whole of, or only a part: the cues the
// metric aligner reads (metrics.md). Each is a rule about the language, not about one report:
// totals and scopes (全市, 累计), parts (其中), single instances (首届, 第七期), work still going
// on (正在), the work of a body the sentence sets up or of a counted subject, named sets
// (A、B、C4个; X等6家), narrower groups, levels (省级 … without 以上) and special kinds
// (“六位一体”职工之家). All read Simplified text.
#pragma once

#include "engine/metriccatalog.h"

#include <QStringList>
#include <QStringView>

#include <vector>

namespace reportlens {

// The clause and ；-segment boundaries of one sentence, found in one pass, so that looking
// them up for every figure costs a binary search, not a scan.
class SentenceShape {
public:
    explicit SentenceShape(QStringView text);
    qsizetype clauseStart(qsizetype pos) const;
    qsizetype clauseEnd(qsizetype pos) const;
    qsizetype segmentStart(qsizetype pos) const;
    qsizetype firstClauseEnd() const { return clauseEnd(0); }

private:
    QStringView m_text;
    std::vector<qsizetype> m_clauseStarts;
    std::vector<qsizetype> m_segmentStarts;
};

// Where the cue words of one text stand, found in one pass, so that asking whether a range of
// the text holds one is a binary search.
class CuePositions {
public:
    explicit CuePositions(QStringView text);
    // A word of the whole (全市, 累计 …) starts in [from, to).
    bool namesWhole(qsizetype from, qsizetype to) const { return any(m_whole, from, to); }
    // A single instance (首届, 第七期 …) starts in [from, to).
    bool namesSingleInstance(qsizetype from, qsizetype to) const {
        return any(m_instance, from, to);
    }
    // Work still going on (正在 …) is named in [from, to).
    bool namesUnfinishedWork(qsizetype from, qsizetype to) const {
        return any(m_unfinished, from, to);
    }
    // The last word opening a part (其中, 包括) in [from, to), or -1.
    qsizetype lastPartWord(qsizetype from, qsizetype to) const;

private:
    static bool any(const std::vector<qsizetype> &at, qsizetype from, qsizetype to);
    std::vector<qsizetype> m_whole;
    std::vector<qsizetype> m_instance;
    std::vector<qsizetype> m_unfinished;
    std::vector<std::pair<qsizetype, qsizetype>> m_parts;  // start, end
};

namespace StatementCues {

// Its scope is the place's (全市, 各级) or it is a total (累计, 共, 总数, 现有, 截至).
bool namesWhole(QStringView text);
// Where the last word opening a part (其中, 包括) stands in text, or -1.
qsizetype lastPartWord(QStringView text);
// The clause sets up a body (成立, 建立, 组建, 设立) whose work the sentence then reports.
bool setsUpBody(QStringView clause);
// One edition, session or batch (首届, 本次, 第七期), not the period's whole.
bool namesSingleInstance(QStringView text);
// A clause that sets the scene of the clauses after it ("在首届职工优秀创新成果评选活动中"), not
// one that names a source ("从…代表大会上获悉").
bool setsScene(QStringView clause);
// Work still going on (正在, 进行中) is no result yet.
bool namesUnfinishedWork(QStringView clause);
// The words before a count in its clause are only a place scope ("全市30家基地…": the count is
// the clause's subject), given the count's measure word is one of bodies (家, 个, 所…).
bool isCountedSubject(QStringView beforeCount, QStringView unit);
// Two activities joined in one label ("技能比武和培训职工").
bool joinsTwoActivities(QStringView label);
// The label says only that something changed, and maybe against what: "增长", "比上年增长",
// "同比下降". The quantity that changed is named before it ("地区生产总值达到5.37万亿元,
// 增长4.3%"), and the change is not that quantity.
bool statesOnlyAChange(QStringView label);
// "成立快递、保安、家政、道路运输4个…", "陕西…等6家基层工会": a count of the items just named.
bool countsNamedItems(QStringView beforeFigure);
// A narrower group named where the text says whom it is about ("大力推进新就业形态劳动者…"),
// which the metric's own words do not name, with no mention of the workers at large.
bool narrowedToSubgroup(QStringView text, const QStringList &subgroups,
                        const MetricDefinition &metric);
// A level (省级, 市级 …) the metric's words do not hold, not followed by 以上: one level of
// several ("省级职工书屋49个").
bool namesOneLevel(QStringView label, const MetricDefinition &metric);
// A quoted kind before the metric's word ("“六位一体”职工之家"): a special kind of the thing.
bool namesSpecialKind(QStringView label, const MetricDefinition &metric);
// An opening clause that names whom the segment is for ("为劳模购二次医保…"), or empty.
QStringView beneficiaryClause(QStringView openingClause);

}  // namespace StatementCues
}  // namespace reportlens
