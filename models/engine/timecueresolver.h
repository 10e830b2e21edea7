// The years a time cue names, counted from the report's date and period: 去年 is the year
// before the report's; 五年来 the five whole years before its date, or the last five of the
// years it reviews; 累计 a sum over those years, or a running total up to their end.
#pragma once

#include "engine/periods.h"
#include "engine/timecues.h"

namespace reportlens {

struct CueYears {
    Period period;               // unknown when the report's date or period does not tell
    bool future = false;         // still to come when the report was written
    bool fromYearNamed = false;  // counted from the latest year named, not from a date
};

class TimeCueResolver {
public:
    // A union's congress meets every five years and reviews the term since the last.
    static constexpr int kCongressTerm = 5;

    // The years of a cue of a sentence of the report. yearNamedBefore: the last year the
    // sentence named before the cue (当年 is that year), or 0.
    static CueYears resolve(const TimeCue &cue, const DocumentPeriod &document,
                            int yearNamedBefore);
};

}  // namespace reportlens
