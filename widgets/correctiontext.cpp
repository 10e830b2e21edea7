#include "correctiontext.h"

#include <QJsonValue>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

QString CorrectionText::action(CorrectionKind kind) {
    switch (kind) {
        case CorrectionKind::Reject:
            return tr("reject");
        case CorrectionKind::SetValue:
            return tr("change the value");
        case CorrectionKind::SetUnit:
            return tr("change the unit");
        case CorrectionKind::SetQualifier:
            return tr("change the qualifier");
        case CorrectionKind::SetLabel:
            return tr("change the label");
        case CorrectionKind::SetMetric:
            return tr("change the metric");
        case CorrectionKind::ChooseForCell:
            return tr("choose for the cell");
        case CorrectionKind::AddFigure:
            return tr("add a figure");
        case CorrectionKind::SetCity:
            return tr("set the place");
        case CorrectionKind::SetPeriod:
            return tr("change the period");
        case CorrectionKind::SetTarget:
            return tr("mark as planned or not");
        case CorrectionKind::SetReportPeriod:
            return tr("change the report's period");
    }
    return {};
}

QString CorrectionText::metricName(const QString &id, const std::vector<MetricDefinition> &metrics,
                                   bool english) {
    for (const MetricDefinition &metric : metrics) {
        if (metric.id == id)
            return english ? metric.nameEn : metric.nameZh;
    }
    return id;
}

QString CorrectionText::values(const Correction &correction,
                               const std::vector<MetricDefinition> &metrics, bool english) {
    QStringList parts;
    const QJsonObject &values = correction.values;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue value = it.value();
        if (it.key() == u"metric")
            parts.append(
                value.isNull()
                    ? tr("no metric")
                    : tr("metric: %1").arg(metricName(value.toString(), metrics, english)));
        else if (it.key() == u"target")
            parts.append(value.toBool() ? tr("planned") : tr("reported"));
        else if (value.isDouble())
            parts.append(u"%1: %2"_s.arg(it.key(), QString::number(value.toDouble(), 'g', 15)));
        else
            parts.append(u"%1: %2"_s.arg(it.key(), value.toString()));
    }
    return parts.join(u"; "_s);
}

QString CorrectionText::step(CorrectionKind kind, const QString &place, const QString &metricName,
                             const QString &raw) {
    QStringList words{action(kind)};
    for (const QString &word : {place, metricName, raw}) {
        if (!word.isEmpty())
            words.append(word);
    }
    return words.join(u' ');
}

}  // namespace reportlens
