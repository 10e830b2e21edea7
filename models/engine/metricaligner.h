// Lines a document's figures up with the comparable metrics (metrics.md). A figure takes a
// metric only when it measures the whole of what the metric names for the place over the
// report's period: the metric's words in its label, clause or topic say what it counts, and
// the way the report states it says whether it is the whole. Ruled out, whatever the words:
// a part (其中…), a part listed beside the others with no total, the work of a body the
// sentence sets up or a counted subset ("30家基地共培训…"), a single event or instance
// (首届, 第七期), a standard per unit or per year (the metrics file's exclusions), work still
// in progress (正在), a figure counting two activities at once ("技能比武和培训"), a target,
// a figure of another period, and a restatement of a figure the report already gave (a
// headline, a summary). Each match keeps a confidence, which the table uses to prefer the
// surest candidate.
#pragma once

#include "engine/document.h"
#include "engine/metriccatalog.h"

#include <QStringList>

namespace reportlens {

class MetricAligner {
public:
    // The least confidence (of 1000) at which a figure takes a metric.
    static constexpr int kThreshold = 500;

    explicit MetricAligner(const MetricCatalog &catalog);

    // Sets metric and metricScore (the confidence, 0–1000) of every figure of the document.
    // placeNames: the report's place, full and short ("泉州市", "泉州"), for {place} keywords.
    void align(Document &document, const QStringList &placeNames) const;

private:
    const MetricCatalog &m_catalog;
};

}  // namespace reportlens
