#include "services/export/outputwriter.h"

#include "services/export/numberformat.h"

#include "engine/comparability.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

ExtractionWriter::ExtractionWriter(QIODevice *device, OutputFormat format)
    : m_device(device), m_format(format) {}

namespace {

const MetricDefinition &metricOf(const CityTable &table, const TableCell &cell) {
    static const MetricDefinition none;
    const auto it = std::find_if(table.metrics.begin(), table.metrics.end(),
                                 [&](const MetricDefinition &m) { return m.id == cell.metric; });
    return it != table.metrics.end() ? *it : none;
}

QJsonValue stringOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A figure's period: its own where its sentence names one, else its report's.
QString periodOf(const Document &document, const Figure &figure) {
    return figure.period.isEmpty() ? document.period : figure.period;
}

// The metric's confidence, 0 to 1, where the figure has a metric.
QJsonValue confidenceOf(const Figure &figure) {
    return figure.metric.isEmpty() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(figure.metricScore / 1000.0);
}

}  // namespace

QJsonObject ExtractionWriter::documentToJson(const Document &document) {
    QJsonArray figures;
    for (const Figure &figure : document.figures) {
        QJsonObject object;
        object.insert(u"raw"_s, figure.raw);
        object.insert(u"value"_s, jsonNumber(figure.value));
        object.insert(u"unit"_s, figure.unit);
        object.insert(u"qualifier"_s, qualifierName(figure.qualifier));
        object.insert(u"label"_s, figure.label);
        object.insert(u"metric"_s, figure.metric.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(figure.metric));
        object.insert(u"sentence"_s, document.sentences[size_t(figure.sentence)].text);
        object.insert(u"start"_s, qint64(document.codePointOffset(figure.start)));
        object.insert(u"end"_s, qint64(document.codePointOffset(figure.end)));
        object.insert(u"period"_s, stringOrNull(periodOf(document, figure)));
        object.insert(u"target"_s, figure.target);
        object.insert(u"metric_confidence"_s, confidenceOf(figure));
        figures.append(object);
    }
    QJsonObject object;
    object.insert(u"path"_s, document.path);
    object.insert(u"city"_s, document.city);
    object.insert(u"title"_s, document.title);
    object.insert(u"period"_s, stringOrNull(document.period));
    object.insert(u"figures"_s, figures);
    return object;
}

void ExtractionWriter::begin() {
    m_first = true;
    if (m_format == OutputFormat::Json)
        m_device->write("{\"documents\": [");
    else  // the BOM first: spreadsheet programs then read UTF-8 (Chinese) rather than garble it
        m_device->write(
            "\xEF\xBB\xBFpath,city,title,raw,value,unit,qualifier,label,metric,sentence,start,"
            "end,period,target,metric_confidence\n");
}

void ExtractionWriter::addDocument(const Document &document) {
    if (m_format == OutputFormat::Json) {
        if (!m_first)
            m_device->write(",");
        m_device->write("\n");
        m_device->write(QJsonDocument(documentToJson(document)).toJson(QJsonDocument::Compact));
    } else {
        for (const Figure &figure : document.figures) {
            const QStringList fields = {
                csvField(document.path),
                csvField(document.city),
                csvField(document.title),
                csvField(figure.raw),
                csvNumber(figure.value),
                csvField(figure.unit),
                qualifierName(figure.qualifier),
                csvField(figure.label),
                csvField(figure.metric),
                csvField(document.sentences[size_t(figure.sentence)].text),
                QString::number(document.codePointOffset(figure.start)),
                QString::number(document.codePointOffset(figure.end)),
                csvField(periodOf(document, figure)),
                figure.target ? u"true"_s : u"false"_s,
                figure.metric.isEmpty() ? QString() : QString::number(figure.metricScore / 1000.0),
            };
            m_device->write(fields.join(u',').toUtf8());
            m_device->write("\n");
        }
    }
    m_first = false;
}

void ExtractionWriter::end() {
    if (m_format == OutputFormat::Json)
        m_device->write("\n]}\n");
}

QJsonObject TableWriter::tableToJson(const CityTable &table) {
    QJsonArray metrics;
    for (const MetricDefinition &metric : table.metrics) {
        metrics.append(QJsonObject{{u"id"_s, metric.id},
                                   {u"name_zh"_s, metric.nameZh},
                                   {u"name_en"_s, metric.nameEn},
                                   {u"unit"_s, metric.unit}});
    }
    QJsonArray cells;
    for (const TableCell &cell : table.cells) {
        QJsonObject object{{u"city"_s, cell.city},
                           {u"metric"_s, cell.metric},
                           {u"value"_s, jsonNumber(cell.value)},
                           {u"unit"_s, cell.unit},
                           {u"qualifier"_s, qualifierName(cell.qualifier)},
                           {u"path"_s, cell.path},
                           {u"start"_s, qint64(cell.start)},
                           {u"end"_s, qint64(cell.end)},
                           {u"alternatives"_s, cell.alternatives},
                           {u"period"_s, stringOrNull(cell.period)},
                           {u"comparable"_s, cell.comparable()}};
        if (!cell.comparable())
            object.insert(u"note"_s, comparabilityNote(cell, metricOf(table, cell)));
        cells.append(object);
    }
    QJsonObject json{{u"reports"_s, table.selection.toString()},
                     {u"metrics"_s, metrics},
                     {u"cities"_s, QJsonArray::fromStringList(table.cities)},
                     {u"cells"_s, cells}};
    // The places whose reports of other periods the selection left out, and those periods.
    if (!table.otherPeriods.isEmpty()) {
        QJsonObject others;
        for (auto it = table.otherPeriods.cbegin(); it != table.otherPeriods.cend(); ++it)
            others.insert(it.key(), QJsonArray::fromStringList(it.value()));
        json.insert(u"other_periods"_s, others);
    }
    return json;
}

void TableWriter::write(const CityTable &table, OutputFormat format, QIODevice *device) {
    if (format == OutputFormat::Json) {
        device->write(QJsonDocument(tableToJson(table)).toJson(QJsonDocument::Indented));
        return;
    }
    device->write(  // with a BOM, as every CSV ReportLens writes
        "\xEF\xBB\xBF"
        "city,metric,name_zh,name_en,value,unit,qualifier,raw,path,start,end,"
        "alternatives,period,comparable,note\n");
    for (const TableCell &cell : table.cells) {
        const MetricDefinition &metric = metricOf(table, cell);
        const QStringList fields = {
            csvField(cell.city),
            csvField(cell.metric),
            csvField(metric.nameZh),
            csvField(metric.nameEn),
            csvNumber(cell.value),
            csvField(cell.unit),
            qualifierName(cell.qualifier),
            csvField(cell.raw),
            csvField(cell.path),
            QString::number(cell.start),
            QString::number(cell.end),
            QString::number(cell.alternatives),
            csvField(cell.period),
            cell.comparable() ? u"true"_s : u"false"_s,
            csvField(comparabilityNote(cell, metric)),
        };
        device->write(fields.join(u',').toUtf8());
        device->write("\n");
    }
}

namespace {

// A flow's value per year of its period; none for a level or a period of unknown years.
QJsonValue perYearJson(const TrendPoint &point, const MetricDefinition &metric) {
    double perYear = 0;
    if (metric.level || !perYearValue(point.value, point.period, false, &perYear))
        return QJsonValue(QJsonValue::Null);
    return jsonNumber(perYear);
}

}  // namespace

QJsonObject TrendWriter::trendToJson(const MetricDefinition &metric,
                                     const std::vector<TrendPoint> &points) {
    QJsonArray records;
    for (const TrendPoint &point : points) {
        records.append(QJsonObject{{u"city"_s, point.city},
                                   {u"period"_s, point.period},
                                   {u"value"_s, jsonNumber(point.value)},
                                   {u"unit"_s, point.unit},
                                   {u"qualifier"_s, qualifierName(point.qualifier)},
                                   {u"per_year"_s, perYearJson(point, metric)},
                                   {u"raw"_s, point.raw},
                                   {u"sentence"_s, point.sentence},
                                   {u"path"_s, point.path},
                                   {u"start"_s, qint64(point.start)},
                                   {u"end"_s, qint64(point.end)}});
    }
    return QJsonObject{
        {u"metric"_s, QJsonObject{{u"id"_s, metric.id},
                                  {u"name_zh"_s, metric.nameZh},
                                  {u"name_en"_s, metric.nameEn},
                                  {u"unit"_s, metric.unit},
                                  {u"measure"_s, metric.level ? u"level"_s : u"flow"_s}}},
        {u"points"_s, records}};
}

void TrendWriter::write(const MetricDefinition &metric, const std::vector<TrendPoint> &points,
                        OutputFormat format, QIODevice *device) {
    if (format == OutputFormat::Json) {
        device->write(QJsonDocument(trendToJson(metric, points)).toJson(QJsonDocument::Indented));
        return;
    }
    device->write("\xEF\xBB\xBF");  // the BOM: spreadsheet programs then read UTF-8
    device->write("city,metric,period,value,unit,qualifier,per_year,raw,sentence,path,start,end\n");
    for (const TrendPoint &point : points) {
        const QJsonValue perYear = perYearJson(point, metric);
        const QStringList fields = {
            csvField(point.city),
            csvField(metric.id),
            csvField(point.period),
            csvNumber(point.value),
            csvField(point.unit),
            qualifierName(point.qualifier),
            perYear.isNull() ? QString() : csvNumber(perYear.toDouble()),
            csvField(point.raw),
            csvField(point.sentence),
            csvField(point.path),
            QString::number(point.start),
            QString::number(point.end),
        };
        device->write(fields.join(u',').toUtf8());
        device->write("\n");
    }
}

}  // namespace reportlens
