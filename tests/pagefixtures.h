// Made-up fixtures for the page and model tests: a small city table and a city's report with
// a few figures, written here rather than read from the seeds, so that each test shows what
// it looks at.
#pragma once

#include "engine/citytable.h"
#include "engine/document.h"
#include "engine/metriccatalog.h"

#include <QString>
#include <QStringList>

namespace pagefixtures {

using namespace Qt::Literals::StringLiterals;

inline const reportlens::MetricDefinition &metric(const QString &id) {
    const reportlens::MetricCatalog &catalog = reportlens::MetricCatalog::builtIn();
    return catalog.metrics()[size_t(catalog.indexOf(id))];
}

inline QString reportPath(const QString &city) {
    return u"/made-up/%1总工会工作报告.txt"_s.arg(city);
}

inline reportlens::TableCell cell(const QString &city, const QString &metricId, double value,
                                  const QString &unit, const QString &raw, qsizetype start) {
    reportlens::TableCell cell;
    cell.city = city;
    cell.metric = metricId;
    cell.value = value;
    cell.unit = unit;
    cell.raw = raw;
    cell.label = metric(metricId).nameZh;
    cell.sentence = u"全市%1%2。"_s.arg(cell.label, raw);
    cell.path = reportPath(city);
    cell.start = start;
    cell.end = start + raw.size();
    return cell;
}

// Three cities and three metrics; 三明市 has no union_orgs figure.
//   union_orgs            三明市 —        漳州市 9092个     肇庆市 5397个
//   members               三明市 300000人 漳州市 727000人   肇庆市 609204人
//   golden_autumn_funds   三明市 120万元  漳州市 500万元    肇庆市 934万元
inline reportlens::CityTable cityTable() {
    reportlens::CityTable table;
    table.metrics = {metric(u"union_orgs"_s), metric(u"members"_s),
                     metric(u"golden_autumn_funds"_s)};
    table.cities = {u"三明市"_s, u"漳州市"_s, u"肇庆市"_s};
    table.cells = {
        cell(u"三明市"_s, u"members"_s, 300000, u"人"_s, u"30万人"_s, 10),
        cell(u"三明市"_s, u"golden_autumn_funds"_s, 1200000, u"元"_s, u"120万元"_s, 40),
        cell(u"漳州市"_s, u"union_orgs"_s, 9092, u"个"_s, u"9092个"_s, 5),
        cell(u"漳州市"_s, u"members"_s, 727000, u"人"_s, u"72.7万人"_s, 20),
        cell(u"漳州市"_s, u"golden_autumn_funds"_s, 5000000, u"元"_s, u"500万元"_s, 40),
        cell(u"肇庆市"_s, u"union_orgs"_s, 5397, u"个"_s, u"5397个"_s, 12),
        cell(u"肇庆市"_s, u"members"_s, 609204, u"人"_s, u"609204人"_s, 25),
        cell(u"肇庆市"_s, u"golden_autumn_funds"_s, 9340000, u"元"_s, u"934万元"_s, 60),
    };
    return table;
}

// A figure written raw in the document's text, with its label and metric.
inline void addFigure(reportlens::Document *document, int sentence, const QString &raw,
                      double value, const QString &unit, const QString &label,
                      const QString &metricId) {
    const reportlens::Sentence &in = document->sentences[size_t(sentence)];
    reportlens::Figure figure;
    figure.raw = raw;
    figure.value = value;
    figure.unit = unit;
    figure.label = label;
    figure.metric = metricId;
    figure.sentence = sentence;
    figure.sentenceStart = in.text.indexOf(raw);
    figure.sentenceEnd = figure.sentenceStart + raw.size();
    figure.start = in.documentStart + figure.sentenceStart;
    figure.end = figure.start + raw.size();
    document->figures.push_back(figure);
}

// 肇庆市's report: a heading, then three figures, two of them on a metric.
inline reportlens::Document report(const QString &city = u"肇庆市"_s) {
    reportlens::Document document;
    document.path = reportPath(city);
    document.title = u"%1总工会工作报告"_s.arg(city);
    document.city = city;
    document.period = u"2018-2022"_s;
    const QStringList lines = {u"砥砺奋进五年"_s, u"全市建立工会组织5397个，会员609204人。"_s,
                               u"建成职工书屋12家。"_s};
    for (const QString &line : lines) {
        reportlens::Sentence sentence;
        sentence.text = line;
        sentence.kind = document.sentences.empty() ? reportlens::PassageKind::Heading
                                                   : reportlens::PassageKind::Prose;
        sentence.documentStart = document.text.size();
        sentence.documentEnd = sentence.documentStart + line.size();
        document.text += line + u'\n';
        document.sentences.push_back(sentence);
    }
    addFigure(&document, 1, u"5397个"_s, 5397, u"个"_s, u"工会组织"_s, u"union_orgs"_s);
    addFigure(&document, 1, u"609204人"_s, 609204, u"人"_s, u"会员"_s, u"members"_s);
    addFigure(&document, 2, u"12家"_s, 12, u"家"_s, u"职工书屋"_s, QString());
    document.contentHash = u"made-up-hash"_s;
    document.indexSurrogatePairs();
    return document;
}

}  // namespace pagefixtures
