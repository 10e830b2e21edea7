// The forms of 年 in Chinese report prose: a year named (2019年, 2016—2020年, 截至2022年底,
// 2021年上半年), a count of years (五年来, 近三年, 过去5年, 未来5年), and the years told from
// the time of writing (今年, 去年, 当年, 每年, 上半年).
#pragma once

#include "engine/timecues.h"

#include <QStringView>

namespace reportlens {

class YearCues {
public:
    // The cue of the 年 at pos, if any. A year counts only as the time of its clause
    // ("2017年,", "于2022年底", "2015年1月"), not as part of a name ("2023年劳模工匠领学活动")
    // or a comparison ("比2019年").
    static bool find(QStringView text, qsizetype pos, TimeCue *cue,
                     TimeCueScanner::Mode mode = TimeCueScanner::Mode::Prose);
};

}  // namespace reportlens
