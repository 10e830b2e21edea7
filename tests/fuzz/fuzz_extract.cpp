// libFuzzer target: any bytes through decoding (as a text file, as a large text file read in
// small parts, and as a web page) and the whole engine. Besides crashes and sanitizer reports, it
// checks what every figure must satisfy, so that wrong offsets fail too.
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
        parser.parseText(QStringLiteral("fuzz.html"), page.text, page.encoding);
    return 0;
}
