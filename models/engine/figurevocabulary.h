// The words of report prose that decide what a number is (figures.md): measure words and units,
// qualifiers, words after a number that make it a date or a name, the nouns and verbs that
// imply a unit, and the verbs that state a fall. All in Simplified characters: the extractor
// reads them on the Simplified shadow of the text (ChineseScript), so Traditional reports
// match too.
#pragma once

#include "engine/document.h"

#include <QString>
#include <QStringView>

namespace reportlens::FigureVocabulary {

// The unit that starts at pos (longest match), normalised ("平米" -> "平方米"); its length in
// *length. Empty when none.
QString unitAt(QStringView text, qsizetype pos, qsizetype *length);
// After a number at pos: a date, time, age, duration or name follows ("年", "周年", "个月").
bool isNonFigureFollower(QStringView text, qsizetype pos);
// The qualifier word that ends where the number starts ("近", "超过", "突破"); where that
// word starts in *rawStart (numberStart when there is none).
Qualifier prefixQualifier(QStringView text, qsizetype numberStart, qsizetype *rawStart);
// A qualifier word at pos ("以上", "左右"), its length in *length (0 when there is none).
Qualifier suffixQualifier(QStringView text, qsizetype pos, qsizetype *length);
// The unit the sentence makes plain for a number with no measure word after it: people
// before a people noun ("两百万职工"), money in a clause about money ("投入180多万").
QString impliedUnit(QStringView text, qsizetype numberEnd);
// Measure words a small Chinese numeral counts with in prose ("建立五处工驿站"), unlike the
// numbered slogans' 个, 种 and 项 ("两个确立", "三种精神").
bool isCountingMeasureWord(QStringView unit);
// True when the words before a figure, [from, figureStart), end in a verb that states a fall
// ("下降11.2%", "减少了2000户", "分别下降16%和36%"); not a level reached ("降至25").
bool statesFall(QStringView text, qsizetype from, qsizetype figureStart);
// True when [from, to) only joins two items of a list ("、", "和", "与", "及", spaces).
bool onlyJoinsListItems(QStringView text, qsizetype from, qsizetype to);

}  // namespace reportlens::FigureVocabulary
