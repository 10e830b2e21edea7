// Judges the figures of one sentence for the metric aligner: what each counts (the metric its
// label, clause or topic names) and whether the way it is stated lets it be the whole of that
// metric (StatementCues). Every look-back is bounded, so a sentence of any length costs time
// in proportion to its length.
#pragma once

#include "engine/document.h"
#include "engine/metriccatalog.h"
#include "engine/statementcues.h"

#include <QSet>
#include <QStringList>

#include <optional>

#include <vector>

namespace reportlens {

// One figure's verdict.
struct MetricJudgement {
    int metricIndex = -1;       // into the catalogue; -1: none
    int confidence = 0;         // of 1000
    bool local = false;         // matched through a {local} title
    bool ruledOut = false;      // the way it is stated rules out every metric
    bool singleEvent = false;   // it counts one instance: so does every restatement of it
    bool namedInLabel = false;  // the metric's words are the figure's own
    bool statesWhole = false;  // its own clause says it is the place's whole (全市, 累计, 共…)
};

class SentenceJudge {
public:
    // How far back a figure's topic reaches: further words no longer say what it counts.
    static constexpr qsizetype kTopicReach = 400;

    SentenceJudge(const MetricCatalog &catalog, const Document &document,
                  const QStringList &placeNames, size_t firstFigure);
    SentenceJudge(const SentenceJudge &) = delete;  // m_shape views m_text
    SentenceJudge &operator=(const SentenceJudge &) = delete;

    // One past the sentence's last figure.
    size_t end() const { return m_end; }
    // Judges figures [first, end) into judgements (indexed like document.figures).
    void judge(std::vector<MetricJudgement> &judgements) const;

private:
    struct Place {
        qsizetype clauseBegin;
        qsizetype clauseFinish;
        qsizetype topicBegin;  // the ；segment's start, or kTopicReach back
        size_t topicFigure;    // the segment's first figure
    };
    Place placeOf(size_t f) const;
    // changeOnly: the label says only that something changed (StatementCues::statesOnlyAChange).
    FigureContext contextOf(size_t f, const Place &place, const QString &label, bool changeOnly,
                            const std::optional<size_t> &whole, QString *leadIn) const;
    std::optional<size_t> wholeOf(size_t f, const Place &place) const;
    void judgeStatement(size_t f, const Place &place, const QString &label,
                        const std::optional<size_t> &whole, const std::vector<int> &namedInLabel,
                        MetricJudgement &judgement) const;
    int sameUnitMetrics(const std::vector<int> &metricIndexes, const QString &unit) const;

    const MetricCatalog &m_catalog;
    const Document &m_document;
    const QStringList &m_placeNames;
    bool m_provinceReport = false;
    size_t m_first;
    size_t m_end;
    int m_sentence;
    QString m_text;  // Simplified
    SentenceShape m_shape;
    CuePositions m_cues;
    WordHits m_hits;  // the metrics file's words in m_text
    bool m_opensWithBody = false;
    std::vector<qsizetype> m_instanceScenes;  // clauses setting the scene of one instance
};

}  // namespace reportlens
