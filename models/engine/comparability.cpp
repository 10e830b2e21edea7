#include "engine/comparability.h"

#include "engine/citytable.h"
#include "engine/metriccatalog.h"
#include "engine/period.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

UnitFamily unitFamily(QStringView unit) {
    if (unit == u"人" || unit == u"名" || unit == u"位")
        return UnitFamily::People;
    if (unit == u"人次" || unit == u"名次")
        return UnitFamily::PersonTimes;
    if (unit == u"户")
        return UnitFamily::Households;
    if (unit == u"户次")
        return UnitFamily::HouseholdTimes;
    if (unit == u"家次" || unit == u"个次" || unit == u"企次")
        return UnitFamily::FirmTimes;
    if (unit == u"元")
        return UnitFamily::Money;
    if (unit == u"%" || unit == u"个百分点" || unit == u"百分点")
        return UnitFamily::Percent;
    return UnitFamily::Things;
}

QString unitFamilyName(UnitFamily family) {
    switch (family) {
        case UnitFamily::People:
            return QCoreApplication::translate("reportlens::Comparability", "people");
        case UnitFamily::PersonTimes:
            return QCoreApplication::translate("reportlens::Comparability", "person-times");
        case UnitFamily::Households:
            return QCoreApplication::translate("reportlens::Comparability", "households");
        case UnitFamily::HouseholdTimes:
            return QCoreApplication::translate("reportlens::Comparability", "household-times");
        case UnitFamily::FirmTimes:
            return QCoreApplication::translate("reportlens::Comparability", "firm-times");
        case UnitFamily::Money:
            return QCoreApplication::translate("reportlens::Comparability", "money");
        case UnitFamily::Percent:
            return QCoreApplication::translate("reportlens::Comparability", "percentages");
        case UnitFamily::Things:
            return QCoreApplication::translate("reportlens::Comparability", "things counted");
    }
    return {};
}

QString comparablePeriodKey(const QString &text, bool level) {
    Period period;
    if (!Period::parse(text, &period) || !period.isKnown())
        return {};
    if (!level)
        return period.toString();
    // A level is what stood at the end: "2018-2022", "..2022" and "2022" all say 2022.
    return period.endYear > 0 ? QString::number(period.endYear) : QString();
}

void assessComparability(CityTable *table) {
    QHash<QString, const MetricDefinition *> metrics;
    for (const MetricDefinition &metric : table->metrics)
        metrics.insert(metric.id, &metric);
    // The row's cells of the metric's family, by the key their period compares by.
    struct Row {
        std::map<QString, int> keys;  // ordered: on a tie the latest wins
        QString period;
    };
    QHash<QString, Row> rows;
    for (TableCell &cell : table->cells) {
        const MetricDefinition *metric = metrics.value(cell.metric);
        cell.otherUnitFamily =
            metric && !metric->unit.isEmpty() && unitFamily(cell.unit) != unitFamily(metric->unit);
        cell.otherPeriod = false;
        cell.rowPeriod.clear();
        const QString key = comparablePeriodKey(cell.period, metric && metric->level);
        if (!cell.otherUnitFamily && !key.isEmpty())
            ++rows[cell.metric].keys[key];
    }
    for (Row &row : rows) {
        int most = 0;
        for (const auto &[key, count] : row.keys) {
            if (count >= most) {
                most = count;
                row.period = key;
            }
        }
    }
    for (TableCell &cell : table->cells) {
        const auto row = rows.constFind(cell.metric);
        if (row == rows.constEnd())
            continue;  // no cell of the row states a period: nothing to compare by
        const MetricDefinition *metric = metrics.value(cell.metric);
        cell.rowPeriod = row->period;
        cell.otherPeriod = comparablePeriodKey(cell.period, metric && metric->level) != row->period;
    }
}

QString comparabilityNote(const TableCell &cell, const MetricDefinition &metric,
                          const std::function<QString(const QString &)> &periodText) {
    const auto written = [&](const QString &period) {
        return periodText ? periodText(period) : period;
    };
    QStringList notes;
    if (cell.otherUnitFamily)
        notes.append(QCoreApplication::translate("reportlens::Comparability",
                                                 "counted in %1 (%2); the metric counts %3 (%4)")
                         .arg(cell.unit, unitFamilyName(unitFamily(cell.unit)), metric.unit,
                              unitFamilyName(unitFamily(metric.unit))));
    if (cell.otherPeriod) {
        const QString own = comparablePeriodKey(cell.period, metric.level);
        if (own.isEmpty())
            notes.append(metric.level
                             ? QCoreApplication::translate(
                                   "reportlens::Comparability",
                                   "the year it stands at is not stated; the row is compared at %1")
                                   .arg(written(cell.rowPeriod))
                             : QCoreApplication::translate(
                                   "reportlens::Comparability",
                                   "its period is not stated; the row is compared for %1")
                                   .arg(written(cell.rowPeriod)));
        else
            notes.append(
                metric.level
                    ? QCoreApplication::translate("reportlens::Comparability",
                                                  "stands at %1; the row is compared at %2")
                          .arg(written(own), written(cell.rowPeriod))
                    : QCoreApplication::translate("reportlens::Comparability",
                                                  "covers %1; the row is compared for %2")
                          .arg(written(own), written(cell.rowPeriod)));
    }
    return notes.join(QCoreApplication::translate("reportlens::Comparability", "; "));
}

bool perYearValue(double value, const QString &text, bool level, double *perYear) {
    if (level) {
        *perYear = value;
        return true;
    }
    Period period;
    if (!Period::parse(text, &period) || period.lengthInYears() <= 0)
        return false;
    *perYear = value / period.lengthInYears();
    return true;
}

}  // namespace reportlens
