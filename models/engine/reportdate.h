// When a report was written, as its text tells it: the date line of a web page or paper
// ("2023年07月20日", "发布日期: 2021-08-02", "(2024-01)"), a news dateline ("1月11日讯", its
// year from a full date of the same day elsewhere on the page), or the year of an event it
// calls recent ("日前,……2023年……"). Relative words (去年, 五年来) count from it.
#pragma once

#include "engine/document.h"
#include "engine/period.h"

#include <vector>

namespace reportlens {

class ReportDate {
public:
    // The report's date, or an unknown one. Reads the first sentences for date lines and
    // datelines; the whole text only to complete a dateline's year or find a recent event.
    static ReferenceDate find(const std::vector<Sentence> &sentences);
    // The latest year the report names as the time of something done ("2017年,", "于2022年底",
    // "▲2018年2月5日"), leaving out names, comparisons and plans; 0 when none. A review of
    // past years written on an unknown date runs, at least, up to it.
    static int latestYearNamed(const std::vector<Sentence> &sentences);
};

}  // namespace reportlens
