// The engine's pipeline for one report: decode, repair the layout, split sentences, find
// figures, classify them into metrics, and tell the title and the place.
#pragma once

#include "document.h"
#include "metriccatalog.h"
#include "textdecoder.h"

#include <QString>

namespace reportlens {

class ReportParser {
public:
    // Raised whenever the engine's output changes, so that stored documents are parsed again.
    static constexpr int kEngineVersion = 1;

    explicit ReportParser(const MetricCatalog &catalog = MetricCatalog::builtIn());

    // Parses already decoded text.
    Document parseText(const QString &path, const QString &text, const QString &encoding) const;
    // Reads, decodes and parses a file. On failure returns false and an error naming it.
    bool parseFile(const QString &path, Document *document, QString *error) const;

    const MetricCatalog &catalog() const { return m_catalog; }

private:
    void classify(Document &document) const;

    MetricCatalog m_catalog;
};

}  // namespace reportlens
