// What a chart says in words, in the reader's language: the unit its axis counts in, each
// place's label, and the footer naming the sources' periods and what is not drawn.
#pragma once

#include "items/chartdata.h"

#include <QStringList>

namespace reportlens {

// What a chart shows, whatever it is drawn on.
struct ChartOptions {
    QStringList metrics;
    QStringList cities;       // empty: every city with a figure
    bool horizontal = false;  // more than a dozen places run across whatever this says
    bool perMember = false;
    bool english = false;  // English metric names, pinyin beside place names
};

class ChartText {
public:
    // The unit as a reader of the chart's language names it, with the scale of the axis.
    struct Unit {
        double divisor = 1;     // of the values, for the axis: 1e4 for 万, 1e6 for million
        double multiplier = 1;  // per member: values read per this many members
        QString text;           // "万人", "million yuan", "yuan per 1,000 members"
    };
    static Unit unit(const ChartData &data, const ChartOptions &options);

    // Each place's label, in ChartData::cities' order. With one metric a place says the
    // period its bar covers: under the name; beside it, across, where it is not the period of
    // most (over half the) places.
    struct Places {
        QStringList stacked;  // "漳州市\nZhangzhou\n2023": under vertical bars
        QStringList across;   // "漳州市 Zhangzhou", "商洛市 Shangluo · 2018–2022"
        QStringList oneLine;  // "漳州市 Zhangzhou · 2023", upright
    };
    static Places places(const ChartData &data, const ChartOptions &options);

    // Under the chart: the sources' periods ("Sources: reports of 2023 (5 places); 2022 (1)"),
    // then what is not drawn, said rather than dropped; one line each.
    static QString footer(const ChartData &data, const ChartOptions &options);
};

}  // namespace reportlens
