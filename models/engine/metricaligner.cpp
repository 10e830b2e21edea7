#include "engine/metricaligner.h"

#include "engine/chinesescript.h"
#include "engine/sentencejudge.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// A heading, or the report's title line even where the layout read it as prose.
bool isHeadline(const Document &document, const Figure &figure) {
    const Sentence &sentence = document.sentences[size_t(figure.sentence)];
    return sentence.kind == PassageKind::Heading ||
           (!document.title.isEmpty() && sentence.text == document.title);
}

}  // namespace

MetricAligner::MetricAligner(const MetricCatalog &catalog) : m_catalog(catalog) {}

void MetricAligner::align(Document &document, const QStringList &placeNames) const {
    std::vector<Figure> &figures = document.figures;
    std::vector<MetricJudgement> judgements(figures.size());
    for (size_t first = 0; first < figures.size();) {
        // A sentence whose figures are all in units no metric counts in is not read.
        size_t end = first;
        bool counted = false;
        for (; end < figures.size() && figures[end].sentence == figures[first].sentence; ++end)
            counted = counted || m_catalog.someMetricTakes(figures[end].unit);
        if (!counted) {
            first = end;
            continue;
        }
        const SentenceJudge sentence(m_catalog, document, placeNames, first);
        sentence.judge(judgements);
        first = sentence.end();
    }

    // Parts listed side by side with no total ("完成技术革新3万项,发明创造1.5万项"): two
    // figures of one ；segment that differ yet take the same metric are neither its whole.
    // Where one says it is the whole ("全市建成职工书屋130家,新建职工书屋12家"), or the other
    // is a local title beside the place's own ("泉州工匠120名,荆楚工匠30名"), that one is.
    for (size_t f = 0; f + 1 < figures.size(); ++f) {
        const Figure &a = figures[f];
        const Figure &b = figures[f + 1];
        MetricJudgement &first = judgements[f];
        MetricJudgement &second = judgements[f + 1];
        if (a.sentence != b.sentence || first.metricIndex < 0 ||
            first.metricIndex != second.metricIndex || first.ruledOut || second.ruledOut ||
            !first.namedInLabel || !second.namedInLabel)
            continue;
        const QString text = document.sentences[size_t(a.sentence)].forMatching();
        const QStringView between =
            QStringView(text).sliced(a.sentenceEnd, b.sentenceStart - a.sentenceEnd);
        if (a.value == b.value || between.contains(u'；') || between.contains(u';') ||
            between.contains(u'。'))
            continue;
        if (first.statesWhole != second.statesWhole)
            (first.statesWhole ? second : first).ruledOut = true;
        else if (first.local != second.local)
            (first.local ? first : second).ruledOut = true;
        else
            first.ruledOut = second.ruledOut = true;
    }

    // A local title ("荆楚工匠") stands in for the place's own ("泉州工匠") only where the
    // report has none.
    QSet<int> ownNamed;
    for (const MetricJudgement &candidate : judgements) {
        if (candidate.metricIndex >= 0 && !candidate.local)
            ownNamed.insert(candidate.metricIndex);
    }
    for (MetricJudgement &candidate : judgements) {
        if (candidate.local && ownNamed.contains(candidate.metricIndex))
            candidate.ruledOut = true;
    }

    // One fact, stated more than once (a headline, a summary, a recap), is the metric's once:
    // where the body first states it in a way that can be the whole; and a single instance
    // stays one however it is restated ("首届…267项" and the lead's "267项").
    // One fact stated more than once: figures of equal value and unit, in document order.
    std::vector<size_t> byStatement(figures.size());
    for (size_t f = 0; f < figures.size(); ++f)
        byStatement[f] = f;
    std::stable_sort(byStatement.begin(), byStatement.end(), [&](size_t a, size_t b) {
        return std::tie(figures[a].value, figures[a].unit) <
               std::tie(figures[b].value, figures[b].unit);
    });
    auto sameStatement = [&](size_t a, size_t b) {
        return figures[a].value == figures[b].value && figures[a].unit == figures[b].unit;
    };
    for (size_t run = 0; run < byStatement.size();) {
        size_t runEnd = run + 1;
        while (runEnd < byStatement.size() && sameStatement(byStatement[run], byStatement[runEnd]))
            ++runEnd;
        // A single instance stays one however it is restated ("首届…267项" and the lead's
        // "267项").
        const bool oneInstance = std::any_of(byStatement.begin() + qsizetype(run),
                                             byStatement.begin() + qsizetype(runEnd),
                                             [&](size_t f) { return judgements[f].singleEvent; });
        // The metric's figure is where the body first states it in a way that can be whole.
        QSet<int> kept;
        for (size_t i = run; i < runEnd; ++i) {
            const size_t f = byStatement[i];
            MetricJudgement &judgement = judgements[f];
            if (oneInstance || judgement.metricIndex < 0)
                judgement.ruledOut = judgement.ruledOut || oneInstance;
            else if (!judgement.ruledOut && !isHeadline(document, figures[f]) &&
                     !kept.contains(judgement.metricIndex))
                kept.insert(judgement.metricIndex);
            else if (!isHeadline(document, figures[f]) || kept.contains(judgement.metricIndex))
                judgement.ruledOut = true;
        }
        run = runEnd;
    }
    // A headline sums up the body: where the body gives the metric a figure, the headline's
    // figure for it ("超5600家" over the body's "5624家") is not the metric's.
    QSet<int> inBody;
    for (size_t f = 0; f < figures.size(); ++f) {
        if (judgements[f].metricIndex >= 0 && !judgements[f].ruledOut &&
            !isHeadline(document, figures[f]))
            inBody.insert(judgements[f].metricIndex);
    }
    for (size_t f = 0; f < figures.size(); ++f) {
        if (isHeadline(document, figures[f]) && inBody.contains(judgements[f].metricIndex))
            judgements[f].ruledOut = true;
    }

    for (size_t f = 0; f < figures.size(); ++f) {
        Figure &figure = figures[f];
        const MetricJudgement &candidate = judgements[f];
        figure.metric.clear();
        figure.metricScore = 0;
        if (candidate.metricIndex >= 0 && !candidate.ruledOut &&
            candidate.confidence >= kThreshold) {
            figure.metric = m_catalog.metrics()[size_t(candidate.metricIndex)].id;
            figure.metricScore = candidate.confidence;
        }
    }
}

}  // namespace reportlens
