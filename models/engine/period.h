// The years a report or one of its figures is about, and the date a report was written.
#pragma once

#include <QString>
#include <QStringView>

namespace reportlens {

// Written as the JSON writes it: "2018-2022" (whole years), "2024", "2024H1" or "2024Q3" (a
// part of one year), "..2022" (a level or running total up to then: 累计, 截至目前), ".." (the
// same up to an unknown date: 历年累计 in a report that names no year), "" (unknown).
struct Period {
    enum class Part : unsigned char { WholeYears, FirstHalf, SecondHalf, Q1, Q2, Q3, Q4 };

    int startYear = 0;  // 0 when unknown, and always for a running total
    int endYear = 0;    // 0 when unknown; a running total may have none
    Part part = Part::WholeYears;
    bool cumulative = false;

    static Period years(int start, int end);
    static Period year(int year) { return years(year, year); }
    static Period partOfYear(int year, Part part);
    static Period upTo(int endYear);  // cumulative; 0: up to the report's own, unknown date
    // Reads the written form; an empty string is the unknown period. Returns false (and the
    // unknown period) for anything else.
    static bool parse(QStringView text, Period *period);

    QString toString() const;
    bool isKnown() const { return cumulative || endYear > 0; }
    // Calendar years it touches: 5 for 2018-2022, 1 for 2024H1; 0 for a running total or
    // unknown, which cannot be divided by years.
    int yearCount() const;
    // Its length in years: 0.5 for a half-year, 0.25 for a quarter; 0 where yearCount is 0.
    double lengthInYears() const;
    // Whether it lies within other (2024H1 within 2024, 2020 within 2018-2022).
    bool isWithin(const Period &other) const;

    // Whether it ends later than other (the report of 2024 after 2023's, 2024H1 after 2023); of
    // the same end, the shorter is the more recent (2022 after 2018-2022). Unknown is oldest.
    bool isMoreRecentThan(const Period &other) const;

    bool operator==(const Period &other) const;
    bool operator!=(const Period &other) const { return !(*this == other); }
};

// When a report was written: its publication date, dateline or meeting date, as far as known.
struct ReferenceDate {
    int year = 0;  // 0: unknown
    int month = 0;
    int day = 0;
    // Taken from a year the report names as recent (日前……2023年) rather than a date line.
    bool yearInferred = false;

    bool isKnown() const { return year > 0; }
    // The last whole year a review of past years covers: the year before, unless the report
    // was written at the very end of its year (a December review counts that year).
    int lastReviewedYear() const { return month >= 11 ? year : year - 1; }
};

}  // namespace reportlens
