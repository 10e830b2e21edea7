#include "charttext.h"

#include "engine/placenames.h"
#include "engine/valueformat.h"
#include "periodtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

QString periodName(const QString &period) {
    return period.isEmpty() ? QObject::tr("period not stated") : PeriodText::display(period);
}

// The periods the bars' figures cover, most places first: "2024 (5 places); 2023 (1)".
QString sources(const ChartData &data) {
    QMap<QString, QSet<QString>> places;
    for (const ChartSeries &series : data.series) {
        for (const ChartBar &bar : series.bars) {
            if (bar.cell)
                places[bar.cell->period].insert(bar.cell->city);
        }
    }
    QStringList periods = places.keys();
    std::stable_sort(periods.begin(), periods.end(), [&](const QString &a, const QString &b) {
        return places[a].size() != places[b].size() ? places[a].size() > places[b].size() : a > b;
    });
    QStringList parts;
    for (const QString &period : std::as_const(periods)) {
        const QString name = periodName(period);
        const int count = int(places[period].size());
        // The first says what is counted; the others are read the same way.
        if (!parts.isEmpty())
            parts.append(u"%1 (%2)"_s.arg(name).arg(count));
        else if (count == 1)
            parts.append(QObject::tr("%1 (1 place)").arg(name));
        else
            parts.append(QObject::tr("%1 (%2 places)").arg(name).arg(count));
    }
    return parts.isEmpty() ? QString()
                           : QObject::tr("Sources: reports of %1").arg(parts.join(u"; "_s));
}

}  // namespace

ChartText::Unit ChartText::unit(const ChartData &data, const ChartOptions &options) {
    Unit axis;
    const QString unit = data.series.empty() ? QString() : data.series.front().baseUnit;
    if (options.perMember) {
        axis.multiplier = ValueFormat::perMemberScale(data.maximum);
        const QString per = ValueFormat::perMembers(int(axis.multiplier), options.english);
        axis.text = options.english
                        ? QStringList{ValueFormat::englishUnitName(unit), per}.join(u' ').trimmed()
                    : axis.multiplier == 1 ? unit + u"/人"_s
                                           : u"%1，%2"_s.arg(unit, per);
        return axis;
    }
    // Large counts read better in 万 or 亿, as a Chinese reader writes them; in millions or
    // billions for an English one.
    QString scale;
    if (options.english) {
        if (data.maximum >= 1e9)
            axis.divisor = 1e9, scale = QObject::tr("billion");
        else if (data.maximum >= 1e6)
            axis.divisor = 1e6, scale = QObject::tr("million");
        axis.text = QStringList{scale, ValueFormat::englishUnitName(unit)}.join(u' ').trimmed();
        return axis;
    }
    if (data.maximum >= 1e8)
        axis.divisor = 1e8, scale = u"亿"_s;
    else if (data.maximum >= 1e5)
        axis.divisor = 1e4, scale = u"万"_s;
    axis.text = scale + unit;
    return axis;
}

ChartText::Places ChartText::places(const ChartData &data, const ChartOptions &options) {
    QStringList periods;
    for (qsizetype c = 0; c < data.cities.size(); ++c) {
        const TableCell *cell =
            data.series.size() == 1 ? data.series.front().bars[size_t(c)].cell : nullptr;
        periods.append(cell ? periodName(cell->period) : QString());
    }
    // The period of most places' figures (more than half) goes without saying beside a bar
    // (the footer says it); another is named, and every one where none is most places'.
    QHash<QString, int> counts;
    QString usual;
    for (const QString &period : std::as_const(periods)) {
        if (++counts[period] > counts.value(usual))
            usual = period;
    }
    const bool anyUsual = counts.value(usual) * 2 > periods.size();
    Places places;
    for (qsizetype c = 0; c < data.cities.size(); ++c) {
        const QString &city = data.cities[c];
        QStringList lines{city};
        if (options.english)
            lines.append(PlaceNames::pinyin(city));
        const QString name = PlaceNames::display(city, options.english);
        const QString &period = periods[c];
        if (!period.isEmpty())
            lines.append(period);
        places.stacked.append(lines.join(u'\n'));
        places.oneLine.append(period.isEmpty() ? name : u"%1 · %2"_s.arg(name, period));
        places.across.append(anyUsual && period == usual ? name : places.oneLine.back());
    }
    return places;
}

QString ChartText::footer(const ChartData &data, const ChartOptions &options) {
    QStringList notes{sources(data)};
    // A value stated as 近, 超, 多 or 以上 is no exact point: its bar is drawn lighter.
    const bool anyQualified =
        std::any_of(data.series.cbegin(), data.series.cend(), [](const ChartSeries &series) {
            return std::any_of(series.bars.cbegin(), series.bars.cend(), [](const ChartBar &bar) {
                return bar.cell && bar.cell->qualifier != Qualifier::Exact;
            });
        });
    if (anyQualified)
        notes.append(QObject::tr("(lighter bars: about, over or under a value, not exact)"));
    if (!data.withoutFigure.isEmpty()) {
        QStringList places;
        for (const QString &city : data.withoutFigure)
            places.append(PlaceNames::display(city, options.english));
        notes.append(QObject::tr("No figure: %1").arg(places.join(u", "_s)));
    }
    if (!data.otherUnitMetrics.empty()) {
        QStringList names;
        for (const MetricDefinition *metric : data.otherUnitMetrics)
            names.append(options.english ? metric->nameEn : metric->nameZh);
        notes.append(
            QObject::tr("Not drawn on this axis (another unit): %1").arg(names.join(u", "_s)));
    }
    notes.removeAll(QString());
    return notes.join(u'\n');
}

}  // namespace reportlens
