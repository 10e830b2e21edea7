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
    else
        m_device->write(
            "path,city,title,raw,value,unit,qualifier,label,metric,sentence,start,end,period,"
            "target,metric_confidence\n");
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
    device->write(
        "city,metric,name_zh,name_en,value,unit,qualifier,raw,path,start,end,alternatives,"
        "period,comparable,note\n");
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

}  // namespace reportlens
