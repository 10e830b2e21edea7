// The label of a figure (figures.md): the words of its clause that say what is counted,
// "走访慰问困难职工家庭" for "1.13万户(次)". List items take their list's head ("全国级21个、
// 省级49个"), and a 分别 list hands each figure its own item ("城镇、农村居民人均可支配收入分别增长
// 3.4%、5.2%": the second figure counts 农村居民人均可支配收入增长).
#pragma once

#include "engine/document.h"
#include "engine/metriccatalog.h"

#include <QStringView>

#include <vector>

namespace reportlens::FigureLabeler {

// Labels figures[firstIndex..] of one sentence: text as written (labels keep its script),
// match its Simplified shadow (the words are looked for there).
void assign(QStringView text, QStringView match, std::vector<Figure> &figures, size_t firstIndex);

// After alignment: a label that names nothing a metric counts ("发放慰问金", "覆盖企业", "藏书
// 总量") gets, in brackets before it, what the report says it is about: the statement a clause
// of reach continues ("(签订工资专项集体合同)覆盖企业"), the ；segment's opening words
// ("(夏送清凉)投入资金"), the segment's first figure ("(全市共建设“职工书屋”)藏书总量"), or a
// short sentence before ("(冬送温暖)筹集").
void addContext(Document &document, const MetricCatalog &catalog);

}  // namespace reportlens::FigureLabeler
