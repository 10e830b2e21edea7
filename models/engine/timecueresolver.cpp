#include "engine/timecueresolver.h"

#include <algorithm>

namespace reportlens {
namespace {

using Kind = TimeCue::Kind;
using Part = Period::Part;

bool oneYear(const Period &period) {
    return period.isKnown() && !period.cumulative && period.startYear == period.endYear;
}

Period yearOrPart(int year, Part part) {
    return part == Part::WholeYears ? Period::year(year) : Period::partOfYear(year, part);
}

}  // namespace

// While the report's own period is being told, document.period is still unknown.
CueYears TimeCueResolver::resolve(const TimeCue &cue, const DocumentPeriod &document,
                                  int yearNamedBefore) {
    const Period &within = document.period;
    const ReferenceDate &date = document.reference;
    const bool withinYears = within.isKnown() && !within.cumulative;
    const int current = date.isKnown() ? date.year : 0;
    // The latest year the text can speak of, where a span runs "up to now".
    const int now = current ? current : (withinYears ? within.endYear : 0);
    // Words that count back over whole years (去年, 五年来) count from the date, or else from
    // the year after the latest year the report names as past.
    const bool fromYearNamed = !date.isKnown() && document.latestYearNamed > 0;
    const int after = current ? current : (fromYearNamed ? document.latestYearNamed + 1 : 0);
    const int lastReviewed = current ? date.lastReviewedYear() : document.latestYearNamed;

    CueYears resolved;
    Period &period = resolved.period;
    switch (cue.kind) {
        case Kind::Year:
            period = cue.pointInYear ? Period::year(cue.year) : yearOrPart(cue.year, cue.part);
            // 于2021年年初 in a report on 2021's first half: a moment of that half.
            if (cue.part == Part::WholeYears && oneYear(within) && within.endYear == cue.year)
                period = within;
            resolved.future = now && cue.year > now;
            break;
        case Kind::YearSpan:
        case Kind::PlanPeriod:
            period = Period::years(cue.year, cue.endYear);
            resolved.future = now && cue.year > now;
            break;
        case Kind::SinceYear: {
            const int end = now ? now : document.latestYearNamed;
            period = end >= cue.year ? Period::years(cue.year, end) : Period();
            break;
        }
        case Kind::UpToYear:
            period = Period::upTo(cue.year);
            resolved.future = now && cue.year > now;
            break;
        case Kind::ThisYear:
        case Kind::PartOfYear: {
            // 今年 is the date's year; 上半年 alone is a part of the report's own year.
            int year = cue.kind == Kind::ThisYear ? current : 0;
            if (!year && oneYear(within) &&
                (cue.kind == Kind::PartOfYear || within.part != Part::WholeYears))
                year = within.endYear;
            if (!year)
                year = current;
            period = year ? yearOrPart(year, cue.part) : Period();
            if (cue.part == Part::WholeYears && within.isWithin(period))
                period = within;  // 今年以来 in a half-year report: that half
            break;
        }
        case Kind::LastYear:
        case Kind::YearBeforeLast:
            if (after)
                period = yearOrPart(after - (cue.kind == Kind::LastYear ? 1 : 2), cue.part);
            resolved.fromYearNamed = fromYearNamed;
            break;
        case Kind::NextYear: {
            const int year = current ? current + 1 : (oneYear(within) ? within.endYear + 1 : 0);
            period = year ? Period::year(year) : Period();
            resolved.future = true;
            break;
        }
        case Kind::SameYear:
            period = yearNamedBefore ? Period::year(yearNamedBefore) : within;
            break;
        case Kind::PastYears:
        case Kind::SinceOwnCongress: {
            const int count = cue.kind == Kind::PastYears ? cue.count : kCongressTerm;
            if (within.part == Part::WholeYears && within.yearCount() == count) {
                period = within;
            } else if (cue.kind == Kind::SinceOwnCongress && within.yearCount() > 1) {
                period = within;
            } else {
                // Within a report's years, the last of them (近三年 of a five-year review);
                // else the whole years before the report's date.
                const int end = withinYears ? within.endYear : lastReviewed;
                period = end > 0 ? Period::years(end - count + 1, end) : Period();
                resolved.fromYearNamed = !withinYears && !current && fromYearNamed;
            }
            break;
        }
        case Kind::FutureYears: {
            const int base = withinYears ? within.endYear : (current ? lastReviewed : 0);
            period = base ? Period::years(base + 1, base + cue.count) : Period();
            resolved.future = true;
            break;
        }
        case Kind::SincePlan:
            period =
                Period::years(cue.year, std::clamp(now ? now : cue.endYear, cue.year, cue.endYear));
            break;
        case Kind::SincePartyCongress:
            period = now > cue.year ? Period::years(cue.year + 1, now) : Period();
            break;
        case Kind::Cumulative:
            // A sum over the years under review (even when it is not said which), or else a
            // running total up to the report's end.
            if (within.yearCount() > 1 || document.statedYears > 1)
                period = within;
            else
                period = Period::upTo(withinYears ? within.endYear : current);
            break;
        case Kind::ToDate:
            period = Period::upTo(current ? current : (withinYears ? within.endYear : 0));
            break;
        default:
            break;
    }
    return resolved;
}

}  // namespace reportlens
