// A city table of real place names for the chart tests: 5 to 50 prefecture-level places, the
// longest names among them, with values over six orders of magnitude.
#pragma once

#include "citychartview.h"
#include "pagefixtures.h"

#include <QStringList>

#include <cmath>

namespace chartfixtures {

using namespace Qt::Literals::StringLiterals;

// Real prefecture-level places, the longest names among them; the last has no figure.
inline const QStringList kPlaces = {
    u"漳州市"_s,
    u"西双版纳傣族自治州"_s,
    u"克孜勒苏柯尔克孜自治州"_s,
    u"乌鲁木齐市"_s,
    u"呼和浩特市"_s,
    u"博尔塔拉蒙古自治州"_s,
    u"黔东南苗族侗族自治州"_s,
    u"延边朝鲜族自治州"_s,
    u"湘西土家族苗族自治州"_s,
    u"恩施土家族苗族自治州"_s,
    u"红河哈尼族彝族自治州"_s,
    u"文山壮族苗族自治州"_s,
    u"德宏傣族景颇族自治州"_s,
    u"怒江傈僳族自治州"_s,
    u"迪庆藏族自治州"_s,
    u"大理白族自治州"_s,
    u"楚雄彝族自治州"_s,
    u"黔西南布依族苗族自治州"_s,
    u"黔南布依族苗族自治州"_s,
    u"甘孜藏族自治州"_s,
    u"阿坝藏族羌族自治州"_s,
    u"凉山彝族自治州"_s,
    u"海西蒙古族藏族自治州"_s,
    u"伊犁哈萨克自治州"_s,
    u"巴音郭楞蒙古自治州"_s,
    u"昌吉回族自治州"_s,
    u"临夏回族自治州"_s,
    u"甘南藏族自治州"_s,
    u"渭南市"_s,
    u"泉州市"_s,
    u"三明市"_s,
    u"商洛市"_s,
    u"肇庆市"_s,
    u"厦门市"_s,
    u"六安市"_s,
    u"鄂尔多斯市"_s,
    u"齐齐哈尔市"_s,
    u"牡丹江市"_s,
    u"哈尔滨市"_s,
    u"石家庄市"_s,
    u"秦皇岛市"_s,
    u"张家口市"_s,
    u"连云港市"_s,
    u"驻马店市"_s,
    u"平顶山市"_s,
    u"景德镇市"_s,
    u"攀枝花市"_s,
    u"六盘水市"_s,
    u"嘉峪关市"_s,
    u"克拉玛依市"_s,
    u"三沙市"_s,
};

// count places with a members figure each, over six orders of magnitude (from 1,200 to about
// 730 million), most for 2023, some for 2018–2022, one with no period; and 三沙市 with none.
inline reportlens::CityTable placesTable(int count) {
    reportlens::CityTable table;
    table.metrics = {pagefixtures::metric(u"members"_s),
                     pagefixtures::metric(u"golden_autumn_funds"_s)};
    for (int i = 0; i < count; ++i) {
        const QString &city = kPlaces[i];
        const double value = std::round(1200 * std::pow(10.0, (i * 37 % count) * 5.9 / count));
        reportlens::TableCell cell =
            pagefixtures::cell(city, u"members"_s, value, u"人"_s, u"%1人"_s.arg(value), 10);
        cell.period = i % 7 == 3 ? u"2018-2022"_s : i == 1 ? QString() : u"2023"_s;
        cell.qualifier = i == 2 ? reportlens::Qualifier::Over : reportlens::Qualifier::Exact;
        table.cities.append(city);
        table.cells.push_back(cell);
    }
    table.cities.append(kPlaces.last());
    return table;
}

inline reportlens::ChartOptions membersChart(bool english) {
    reportlens::ChartOptions options;
    options.metrics = {u"members"_s};
    options.english = english;
    return options;
}

}  // namespace chartfixtures
