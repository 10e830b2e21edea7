// Whether the figures of a city table may stand side by side: each cell's unit against its
// metric's (a household is not a person, a person-time not a person), and each row's periods (a
// five-year total beside one year's). A cell that is not comparable is kept, marked: the
// command line writes it with "comparable": false, the window shows it as a candidate or marks
// it, and neither a chart nor a heat colour treats it as a value of the row.
#pragma once

#include <QString>
#include <QStringView>

#include <functional>

namespace reportlens {

struct CityTable;
struct TableCell;
struct MetricDefinition;
struct Period;

// What a unit counts. Units of one family compare (人 and 名, 个 and 家, 场 and 场次); units of
// two do not (户 beside 人, 人次 beside 人, 家次 beside 家).
enum class UnitFamily {
    People,          // 人, 名, 位
    PersonTimes,     // 人次, 名次
    Households,      // 户
    HouseholdTimes,  // 户次
    FirmTimes,       // 家次, 个次, 企次
    Money,           // 元
    Percent,         // %, 个百分点
    Things,          // anything else counted: 个, 家, 场, 项, 件, 份 …
};

UnitFamily unitFamily(QStringView unit);
// The family in words, for notes: "people", "households" … (translated).
QString unitFamilyName(UnitFamily family);

// What the period of a cell is compared by: a flow by its whole period ("2018-2022"); a level
// (a count reached at the end: members, organisations) by the year it was reached ("2022").
// Empty when not known.
QString comparablePeriodKey(const QString &period, bool level);

// Marks every cell of the table (TableCell::otherUnitFamily, otherPeriod, rowPeriod). A row's
// period is the one most of its cells of the metric's unit family cover (the latest on a tie);
// a cell whose period differs, or is not stated while the row's is, is marked.
void assessComparability(CityTable *table);

// Why a cell is not comparable, in words (translated); empty when it is. periodText writes a
// period as the reader wants it (the engine's form when none is given).
QString comparabilityNote(const TableCell &cell, const MetricDefinition &metric,
                          const std::function<QString(const QString &)> &periodText = {});

// A figure's value per year of its period, for a flow: a five-year total divided by five, a
// half-year's doubled. A level is its own value; a running total or an unknown period has none.
bool perYearValue(double value, const QString &period, bool level, double *perYear);

}  // namespace reportlens
