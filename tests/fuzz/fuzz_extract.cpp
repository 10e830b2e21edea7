// libFuzzer target: any bytes through decoding (as a text file, as a large text file read in
// small parts), as a web page and as a Word file (the bytes as its word/document.xml, and as the
// file itself), each read whole and in small parts, and the whole engine. Besides crashes and
// sanitizer reports, it checks what every figure must satisfy, so that wrong offsets fail too,
// and that parts give the text of the whole.
#include "documentchecks.h"
#include "engine/input/documentreader.h"
#include "engine/input/textdecoder.h"
#include "engine/reportparser.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

void check(const reportlens::Document &document) {
    if (!documentProblem(document).isEmpty())
        std::abort();  // a figure that does not stand where it says it stands
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const reportlens::ReportParser parser;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const reportlens::DecodedText text = reportlens::TextDecoder::decode(bytes);
    if (text.ok)
        check(parser.parseText(QStringLiteral("fuzz.txt"), text.text, text.encoding));
    // Read in parts, the text must come out as when decoded whole.
    static const QTemporaryDir folder;
    if (!partsProblem(bytes, text, folder.filePath(QStringLiteral("fuzz.txt"))).isEmpty())
        std::abort();
    const reportlens::DecodedText page = reportlens::DocumentReader::fromHtml(bytes);
    if (page.ok)
        check(parser.parseText(QStringLiteral("fuzz.html"), page.text, page.encoding));
    if (!partsProblem<reportlens::WebPagePartReader>(bytes, page,
                                                     folder.filePath(QStringLiteral("fuzz.html")))
             .isEmpty())
        std::abort();
    const QString word = folder.filePath(QStringLiteral("fuzz.docx"));
    if (!wordPartsProblem(bytes, word, folder.filePath(QStringLiteral("raw.docx"))).isEmpty())
        std::abort();
    const reportlens::DecodedText docx = reportlens::DocumentReader::fromDocx(word);
    if (docx.ok)
        check(parser.parseText(word, docx.text, docx.encoding));
    return 0;
}
