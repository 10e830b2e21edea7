#include "engine/input/documentreader.h"

#include "engine/input/filekinds.h"
#include "engine/input/wordpartreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <libxml/HTMLparser.h>
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

bool isBlockElement(const char *name) {
    static const char *const blocks[] = {
        "p",       "div",    "br",     "li",         "tr",  "table", "ul",  "ol", "section",
        "article", "header", "footer", "blockquote", "pre", "h1",    "h2",  "h3", "h4",
        "h5",      "h6",     "title",  "figcaption", "dd",  "dt",    "main"};
    for (const char *block : blocks) {
        if (qstricmp(name, block) == 0)
            return true;
    }
    return false;
}

// Walks the parsed page: text nodes as they stand, a paragraph break around each block,
// headings marked as headings, nothing of scripts, styles and the like.
bool isSkipped(const char *name) {
    return qstricmp(name, "script") == 0 || qstricmp(name, "style") == 0 ||
           qstricmp(name, "noscript") == 0 || qstricmp(name, "template") == 0 ||
           qstricmp(name, "svg") == 0;
}

// The text of node, its following siblings and everything under them, block elements as
// paragraphs. A loop, not recursion: old pages that never close <font> nest thousands deep.
void collectText(xmlNode *first, QString *text) {
    if (!first)
        return;
    // Whether to go into node's children, having written what comes before them.
    auto enter = [text](xmlNode *node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            QString piece = QString::fromUtf8(reinterpret_cast<const char *>(node->content));
            piece.replace(QRegularExpression(u"\\s+"_s), u" "_s);
            *text += piece;
            return false;
        }
        if (node->type != XML_ELEMENT_NODE)
            return false;
        const char *name = reinterpret_cast<const char *>(node->name);
        if (isSkipped(name))
            return false;
        if (isBlockElement(name))
            *text += u"\n\n"_s;
        if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == 0)
            *text += u"# "_s;
        return true;
    };
    auto leave = [text](xmlNode *node) {
        if (node->type != XML_ELEMENT_NODE)
            return;
        const char *name = reinterpret_cast<const char *>(node->name);
        if (!isSkipped(name) && isBlockElement(name))
            *text += u"\n\n"_s;
    };
    xmlNode *const stop = first->parent;
    xmlNode *node = first;
    while (node) {
        if (enter(node) && node->children) {
            node = node->children;
            continue;
        }
        leave(node);
        while (!node->next) {
            node = node->parent;
            if (!node || node == stop)
                return;
            leave(node);
        }
        node = node->next;
    }
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
    const QByteArray utf8 = decoded.text.toUtf8();
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> document(
        htmlReadMemory(
            utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                // No depth limit (256 by default): the rest of a deeply nested page was lost.
                XML_PARSE_HUGE),
        &xmlFreeDoc);
    if (!document)
        return failure(
            QCoreApplication::translate("reportlens::DocumentReader", "not a readable web page"));
    QString text;
    collectText(xmlDocGetRootElement(document.get()), &text);
    text.replace(QRegularExpression(u"[ \\t]*\\n[ \\t\\n]*\\n[ \\t]*"_s), u"\n\n"_s);
    return success(text.trimmed() + u'\n', decoded.encoding + u" (HTML)"_s);
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
