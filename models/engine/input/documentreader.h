// Reads report files of every kind users have into text for the engine: plain text (every
// encoding TextDecoder knows), web pages (HTML: the page's text, scripts and styles dropped,
// paragraphs kept; parsed as a stream, HtmlText), Word files (.docx, read as a stream,
// WordPartReader) and PDFs (text in reading order, a blank line at each page break for the layout
// repair). Errors name the file and the reason. Files too large to read whole are read in parts
// instead (ReportParser::readsInParts, TextPartSource).
#pragma once

#include "engine/input/textdecoder.h"

#include <QStringList>

namespace reportlens {

class DocumentReader {
public:
    // Reads the file as its kind says (FileKinds); a file of no known kind as text.
    static DecodedText read(const QString &path);

    // The parts, for tests and for text that is already in memory.
    static DecodedText fromHtml(const QByteArray &bytes);
    static DecodedText fromDocx(const QString &path);
    static DecodedText fromPdf(const QString &path);
};

}  // namespace reportlens
