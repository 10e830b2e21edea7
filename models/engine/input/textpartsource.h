// A source of a report's text in parts of bounded size, each cut at a paragraph break where
// there is one: a large text file (TextPartReader), a Word file (WordPartReader) and a web page
// (WebPagePartReader) are read so, and the parser treats them alike (ReportParser::parseInParts),
// each part a document of its own. Read with no part size (kWhole), a source gives its whole
// text as one part: that is how a small Word file or web page is read.
#pragma once

#include <QString>

#include <limits>
#include <memory>

namespace reportlens {

class TextPartSource {
public:
    // No limit on a part: the whole text comes as one.
    static constexpr qsizetype kWhole = std::numeric_limits<qsizetype>::max();

    virtual ~TextPartSource() = default;

    // Opens the file and tells its encoding; on failure, an error naming the file.
    virtual bool open(QString *error) = 0;
    // The next part; false with an empty error at the end, false with an error naming the file
    // (and where in it, where that can be told) when the rest cannot be read.
    virtual bool next(QString *part, QString *error) = 0;

    // What the text was read as ("UTF-8", "GB18030 (HTML)", "Word (.docx)").
    virtual QString encoding() const = 0;
    // How far the reading has come, in bytes of what size() counts (progress only).
    virtual qint64 bytesRead() const = 0;
    virtual qint64 size() const = 0;

    // The source for path's kind (a file of no kind ReportLens knows is text); null for a kind
    // never read in parts (PDF).
    static std::unique_ptr<TextPartSource> forFile(const QString &path, qsizetype partChars);
};

}  // namespace reportlens
