// A correction in the user's words: what it does ("拒绝", "改数值"), and as an undo step
// ("拒绝 泉州市 新建工会组织 4个"), in the UI language.
#pragma once

#include "engine/correction.h"
#include "engine/metriccatalog.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace reportlens {

class CorrectionText {
    Q_DECLARE_TR_FUNCTIONS(reportlens::CorrectionText)

public:
    static QString action(CorrectionKind kind);
    // What it sets, in words ("5400", "指标：会员数", "不是数字"); empty for a rejection.
    static QString values(const Correction &correction,
                          const std::vector<MetricDefinition> &metrics, bool english);
    // The undo step: the action, the place, the metric (if any) and the figure.
    static QString step(CorrectionKind kind, const QString &place, const QString &metricName,
                        const QString &raw);
    // A metric's name in the UI language, or the id when the metrics file no longer has it.
    static QString metricName(const QString &id, const std::vector<MetricDefinition> &metrics,
                              bool english);
};

}  // namespace reportlens
