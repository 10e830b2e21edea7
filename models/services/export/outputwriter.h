// The command line's output formats (JSON and CSV) for extracted documents, the city table
// and a metric's trend; the table also as an Excel workbook (XlsxExport writes it, to a file).
// Documents are written as they come so that memory does not grow with the input.
#pragma once

#include "engine/citytable.h"
#include "engine/document.h"

#include <QIODevice>
#include <QJsonObject>

namespace reportlens {

// The writers below take Json and Csv; Xlsx is the city table's only (XlsxExport).
enum class OutputFormat { Json, Csv, Xlsx };

class ExtractionWriter {
public:
    ExtractionWriter(QIODevice *device, OutputFormat format);
    void begin();
    void addDocument(const Document &document);
    void end();

    static QJsonObject documentToJson(const Document &document);

private:
    QIODevice *m_device;  // not owned
    OutputFormat m_format;
    bool m_first = true;
};

class TableWriter {
public:
    static void write(const CityTable &table, OutputFormat format, QIODevice *device);
    static QJsonObject tableToJson(const CityTable &table);
};

// A metric over the periods of each place (ReportStore::trend): one record per place and period
// with its value, unit, qualifier, value per year (a flow of known years; a level is not
// divided), raw text, sentence and source. CSV has a BOM, for spreadsheet programs.
class TrendWriter {
public:
    static void write(const MetricDefinition &metric, const std::vector<TrendPoint> &points,
                      OutputFormat format, QIODevice *device);
    static QJsonObject trendToJson(const MetricDefinition &metric,
                                   const std::vector<TrendPoint> &points);
};

}  // namespace reportlens
