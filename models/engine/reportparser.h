// The engine's pipeline for one report: decode, repair the layout, split sentences, find
// figures, classify them into metrics, and tell the title and the place.
#pragma once

#include "engine/document.h"
#include "engine/input/textdecoder.h"
#include "engine/metriccatalog.h"
#include "engine/periods.h"

#include <QString>

#include <functional>

namespace reportlens {

class ReportParser {
public:
    // Raised whenever the engine's output changes, so that stored documents are parsed again.
    static constexpr int kEngineVersion = 2;

    explicit ReportParser(const MetricCatalog &catalog = MetricCatalog::builtIn());

    // Parses already decoded text.
    Document parseText(const QString &path, const QString &text, const QString &encoding) const;
    // Reads, decodes and parses a file. On failure returns false and an error naming it.
    bool parseFile(const QString &path, Document *document, QString *error) const;

    // Text files and web pages larger than kLargeFileBytes, and Word files whose text
    // (word/document.xml) unpacks to more, are read in parts (TextPartSource) of at most
    // kPartChars characters, each cut at a paragraph break, so that memory stays bounded
    // whatever the file's size. Each part is a document of its own, "FILE#part-N", with the
    // place and title of the file's beginning: the file is one report.
    static constexpr qint64 kLargeFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kPartChars = 2 * 1024 * 1024;
    static bool readsInParts(const QString &path, qint64 largeFileBytes = kLargeFileBytes);
    static QString partPrefix(const QString &filePath);
    static QString partPath(const QString &filePath, int part);
    // Reads and parses a file part by part, handing each to onPart with how far the file
    // has been read; onPart returns false to stop there. Returns false with an error naming
    // the file if it cannot be read to the end (or to the stop).
    using PartSink = std::function<bool(Document &part, qint64 bytesRead, qint64 bytesTotal)>;
    bool parseInParts(const QString &path, qsizetype partChars, const PartSink &onPart,
                      QString *error) const;

    const MetricCatalog &catalog() const { return m_catalog; }

private:
    struct ReportHead;
    // known: what the file's first part told (a later part); found: what this text tells.
    Document parse(const QString &path, const QString &text, const QString &encoding,
                   const ReportHead *known, ReportHead *found) const;
    void time(Document &document, const DocumentPeriod &period) const;
    void classify(Document &document) const;

    MetricCatalog m_catalog;
};

}  // namespace reportlens
