// The command line's output formats (JSON and CSV) for extracted documents and the city
// table. Documents are written as they come so that memory does not grow with the input.
#pragma once

#include "engine/citytable.h"
#include "engine/document.h"

#include <QIODevice>
#include <QJsonObject>

namespace reportlens {

enum class OutputFormat { Json, Csv };

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

}  // namespace reportlens
