#include "engine/input/documentreader.h"

#include "engine/input/filekinds.h"
#include "engine/input/htmltext.h"
#include "engine/input/wordpartreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <poppler-qt6.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

DecodedText failure(const QString &reason) {
    DecodedText result;
    result.error = reason;
    return result;
}

DecodedText success(QString text, const QString &encoding) {
    DecodedText result;
    result.ok = true;
    result.text = std::move(text);
    result.encoding = encoding;
    return result;
}

// Lines of a page joined into paragraphs: Chinese wraps lines without a space, and a line
// that ends a sentence ends its paragraph.
QString joinWrappedLines(const QString &page) {
    QString result;
    const QStringList lines = page.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            result += u"\n\n"_s;
            continue;
        }
        result += line;
        const QChar last = line.back();
        const bool endsSentence = QStringView(u"。！？；!?…”").contains(last);
        result += endsSentence ? u"\n\n"_s : QString();
    }
    return result;
}

}  // namespace

DecodedText DocumentReader::read(const QString &path) {
    // A file named on its own is read as text when its suffix names no other kind.
    const FileKind *kind = FileKinds::forPath(path);
    const FileKind::Reader reader = kind ? kind->reader : FileKind::Reader::Text;
    DecodedText result;
    QFile file(path);
    QString error;
    if (reader == FileKind::Reader::Word || reader == FileKind::Reader::Pdf) {
        // Opened here only to tell a missing or unreadable file; the libraries read it.
        if (!TextDecoder::openFile(&file, &error))
            return failure(error);
        if (file.size() == 0)
            return failure(
                QCoreApplication::translate("reportlens::DocumentReader", "%1: the file is empty")
                    .arg(path));
        file.close();
        result = reader == FileKind::Reader::Word ? fromDocx(path) : fromPdf(path);
    } else if (reader == FileKind::Reader::WebPage) {
        QByteArray bytes;
        if (!TextDecoder::openFile(&file, &error) || !TextDecoder::readAll(&file, &bytes, &error))
            return failure(error);
        result = fromHtml(bytes);
    } else {
        result = TextDecoder::decodeFile(path);
    }
    if (result.ok && result.text.trimmed().isEmpty())  // nothing a report could say
        result = failure(QCoreApplication::translate("reportlens::DocumentReader",
                                                     "%1: no text, only white space")
                             .arg(path));
    if (!result.ok && !result.error.startsWith(path))
        result.error = u"%1: %2"_s.arg(path, result.error);
    return result;
}

DecodedText DocumentReader::fromHtml(const QByteArray &bytes) {
    // The same decoding as plain text (BOMs, UTF-8, GB18030 …), then the page's structure.
    const DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok)
        return decoded;
    if (decoded.text.isEmpty())
        return failure(
            QCoreApplication::translate("reportlens::DocumentReader", "not a readable web page"));
    HtmlText page(TextPartSource::kWhole);
    QString text;
    QString error;
    if (!page.feed(decoded.text, true, &text, &error))
        return failure(error);
    return success(std::move(text), decoded.encoding + u" (HTML)"_s);
}

DecodedText DocumentReader::fromDocx(const QString &path) {
    // Read as a stream, whole: one part with no limit on its size (the file is not large).
    WordPartReader reader(path);
    QString text;
    QString error;
    if (!reader.open(&error) || (!reader.next(&text, &error) && !error.isEmpty()))
        return failure(error);
    return success(std::move(text), reader.encoding());
}

DecodedText DocumentReader::fromPdf(const QString &path) {
    // Poppler's own messages ("Incorrect password" …) would only repeat ours on stderr.
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(quiet);
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return failure(QCoreApplication::translate(
            "reportlens::DocumentReader", "not a readable PDF (damaged, truncated or not a PDF)"));
    if (document->isLocked())
        return failure(QCoreApplication::translate("reportlens::DocumentReader",
                                                   "the PDF is encrypted: it needs a password"));
    QString text;
    for (int page = 0; page < document->numPages(); ++page) {
        std::unique_ptr<Poppler::Page> current = document->page(page);
        if (!current)
            continue;
        // A blank line at each page break: the layout repair rejoins a sentence it cut.
        text += joinWrappedLines(current->text(QRectF())) + u"\n\n"_s;
    }
    if (text.trimmed().isEmpty())
        return failure(QCoreApplication::translate(
            "reportlens::DocumentReader", "the PDF has no text (scanned pages need OCR first)"));
    return success(text, u"PDF"_s);
}

}  // namespace reportlens
