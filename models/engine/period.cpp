#include "engine/period.h"

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// A calendar year a report can be about: refuses numbers that are no year.
bool plausibleYear(int year) {
    return year >= 1900 && year <= 2200;
}

QStringView partSuffix(Period::Part part) {
    switch (part) {
        case Period::Part::FirstHalf:
            return u"H1";
        case Period::Part::SecondHalf:
            return u"H2";
        case Period::Part::Q1:
            return u"Q1";
        case Period::Part::Q2:
            return u"Q2";
        case Period::Part::Q3:
            return u"Q3";
        case Period::Part::Q4:
            return u"Q4";
        case Period::Part::WholeYears:
            break;
    }
    return {};
}

// Four ASCII digits at the start of text, or -1.
int leadingYear(QStringView text) {
    if (text.size() < 4)
        return -1;
    int year = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        year = year * 10 + (c - u'0');
    }
    return plausibleYear(year) ? year : -1;
}

}  // namespace

Period Period::years(int start, int end) {
    Period period;
    if (plausibleYear(start) && plausibleYear(end) && start <= end) {
        period.startYear = start;
        period.endYear = end;
    }
    return period;
}

Period Period::partOfYear(int year, Part part) {
    Period period = Period::year(year);
    if (period.isKnown())
        period.part = part;
    return period;
}

Period Period::upTo(int endYear) {
    Period period;
    period.cumulative = true;
    if (plausibleYear(endYear))
        period.endYear = endYear;
    return period;
}

bool Period::parse(QStringView text, Period *period) {
    *period = Period();
    if (text.isEmpty())
        return true;
    if (text.startsWith(u"..")) {
        const QStringView rest = text.sliced(2);
        if (rest.isEmpty()) {
            *period = upTo(0);
            return true;
        }
        const int year = leadingYear(rest);
        if (year < 0 || rest.size() != 4)
            return false;
        *period = upTo(year);
        return true;
    }
    const int start = leadingYear(text);
    if (start < 0)
        return false;
    const QStringView rest = text.sliced(4);
    if (rest.isEmpty()) {
        *period = year(start);
        return true;
    }
    if (rest.size() == 5 && rest.at(0) == u'-') {
        const int end = leadingYear(rest.sliced(1));
        if (end <= start)  // "2024-2024" is written "2024"
            return false;
        *period = years(start, end);
        return true;
    }
    for (const Part part :
         {Part::FirstHalf, Part::SecondHalf, Part::Q1, Part::Q2, Part::Q3, Part::Q4}) {
        if (rest == partSuffix(part)) {
            *period = partOfYear(start, part);
            return true;
        }
    }
    return false;
}

QString Period::toString() const {
    if (cumulative)
        return endYear > 0 ? u".."_s + QString::number(endYear) : u".."_s;
    if (endYear <= 0)
        return {};
    if (startYear != endYear)
        return QString::number(startYear) + u'-' + QString::number(endYear);
    return QString::number(endYear) + partSuffix(part).toString();
}

int Period::yearCount() const {
    if (cumulative || endYear <= 0)
        return 0;
    return endYear - startYear + 1;
}

double Period::lengthInYears() const {
    switch (part) {
        case Part::WholeYears:
            return yearCount();
        case Part::FirstHalf:
        case Part::SecondHalf:
            return 0.5;
        default:
            return 0.25;
    }
}

bool Period::isWithin(const Period &other) const {
    if (!isKnown() || !other.isKnown() || cumulative || other.cumulative)
        return false;
    if (startYear < other.startYear || endYear > other.endYear)
        return false;
    return other.part == Part::WholeYears || part == other.part;
}

bool Period::isMoreRecentThan(const Period &other) const {
    if (isKnown() != other.isKnown())
        return isKnown();
    // The month it ends in: a half or a quarter ends before the year does.
    const auto endMonth = [](const Period &period) {
        switch (period.part) {
            case Part::FirstHalf:
            case Part::Q2:
                return 6;
            case Part::Q1:
                return 3;
            case Part::Q3:
                return 9;
            default:
                return 12;
        }
    };
    if (endYear != other.endYear)
        return endYear > other.endYear;
    if (endMonth(*this) != endMonth(other))
        return endMonth(*this) > endMonth(other);
    if (cumulative != other.cumulative)
        return !cumulative;  // a running total ends where it is read: the period is narrower
    if (startYear != other.startYear)
        return startYear > other.startYear;
    return lengthInYears() < other.lengthInYears();
}

bool Period::operator==(const Period &other) const {
    return startYear == other.startYear && endYear == other.endYear && part == other.part &&
           cumulative == other.cumulative;
}

}  // namespace reportlens
