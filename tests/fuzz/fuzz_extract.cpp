// libFuzzer target: any bytes through decoding (as a text file, as a large text file read in
// small parts, and as a web page) and the whole engine. Besides crashes and sanitizer reports, it
// checks what every figure must satisfy, so that wrong offsets fail too.
#include "documentchecks.h"
#include "documentreader.h"
#include "reportparser.h"
#include "textdecoder.h"
#include "textpartreader.h"

#include <QFile>
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
    // Read in parts of 64 characters, the text must come out as when decoded whole.
    static const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("fuzz.txt"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == size) {
        file.close();
        reportlens::TextPartReader reader(path, 64);
        QString error;
        if (reader.open(&error)) {
            QString joined;
            QString part;
            while (reader.next(&part, &error))
                joined += part;
            if (text.ok && error.isEmpty() && joined != text.text)
                std::abort();  // the parts lost, added or changed text
        }
    }
    const reportlens::DecodedText page = reportlens::DocumentReader::fromHtml(bytes);
    if (page.ok)
        parser.parseText(QStringLiteral("fuzz.html"), page.text, page.encoding);
    return 0;
}
