#include "engine/input/htmltext.h"

#include "engine/input/inputlimits.h"

#include <QCoreApplication>

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// Fed to the parser at a time: a bound on the UTF-8 copy, and how often the limits are checked.
constexpr qsizetype kSliceChars = 256 * 1024;

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

// Elements whose content is no text of the report: dropped with everything under them.
bool isSkipped(const char *name) {
    return qstricmp(name, "script") == 0 || qstricmp(name, "style") == 0 ||
           qstricmp(name, "noscript") == 0 || qstricmp(name, "template") == 0 ||
           qstricmp(name, "svg") == 0;
}

bool isHeading(const char *name) {
    return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == 0;
}

// What a text node's white space collapses from: \s of a QRegularExpression (ASCII only).
bool collapses(QChar c) {
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// A run of these holding two line feeds or more is one paragraph break.
bool inBreak(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\n';
}

}  // namespace

HtmlText::HtmlText(qsizetype heldChars) : m_heldChars(heldChars) {
    htmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.startElement = &HtmlText::onStart;
    sax.endElement = &HtmlText::onEnd;
    sax.characters = &HtmlText::onCharacters;
    sax.cdataBlock = &HtmlText::onCdata;
    sax.comment = &HtmlText::onComment;
    sax.processingInstruction = &HtmlText::onOtherNode;
    m_parser = htmlCreatePushParserCtxt(&sax, this, nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
    if (m_parser)
        htmlCtxtUseOptions(m_parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                         HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                         // No limits of the tree builder's (a depth of 256 lost
                                         // the rest of a deeply nested page); ours are checked.
                                         XML_PARSE_HUGE |
                                         // The text is UTF-8 already, whatever <meta> says.
                                         HTML_PARSE_IGNORE_ENC);
}

HtmlText::~HtmlText() {
    if (m_parser)
        htmlFreeParserCtxt(m_parser);
}

bool HtmlText::feed(QStringView html, bool last, QString *text, QString *error) {
    if (!m_parser) {
        *error =
            QCoreApplication::translate("reportlens::DocumentReader", "not a readable web page");
        return false;
    }
    m_out = text;
    qsizetype at = 0;
    do {
        qsizetype length = std::min(kSliceChars, html.size() - at);
        if (at + length < html.size() && html[at + length - 1].isHighSurrogate())
            --length;  // a surrogate pair stays whole
        const QByteArray utf8 = html.sliced(at, length).toUtf8();
        at += length;
        htmlParseChunk(m_parser, utf8.constData(), int(utf8.size()), 0);
        readOn(false);
        // Unparsed input is what the parser waits to see whole: a tag, a comment, text up to '<'.
        const qint64 waiting =
            m_parser->input ? qint64(m_parser->input->end - m_parser->input->cur) : 0;
        if (m_error.isEmpty() && waiting > InputLimits::kMarkupBytes)
            m_error = QCoreApplication::translate(
                          "reportlens::DocumentReader",
                          "a tag, comment or run of text between two tags in the page is longer "
                          "than %1 MiB, the most ReportLens holds at once")
                          .arg(InputLimits::mebibytes(InputLimits::kMarkupBytes));
        if (!m_error.isEmpty()) {
            *error = m_error;
            m_out = nullptr;
            return false;
        }
    } while (at < html.size());
    if (last) {
        keepLoneLastCharacter();
        htmlParseChunk(m_parser, nullptr, 0, 1);
        readOn(true);
        if (!m_error.isEmpty()) {
            *error = m_error;
            m_out = nullptr;
            return false;
        }
        m_held.clear();  // white space at the end is trimmed
        text->append(u'\n');
    }
    m_out = nullptr;
    return true;
}

// libxml2 2.9's push parser takes the end tag that closes the last open element (a stray </a>
// first, </html> before more content) for the end of the document, and drops what follows; its
// pull parser, which built the page's tree before, reads on as content, and so does this.
void HtmlText::readOn(bool last) {
    qint64 resumedAt = -1;
    while (m_error.isEmpty() && m_parser->input) {
        const xmlParserInputPtr input = m_parser->input;
        const qint64 at = qint64(input->consumed) + (input->cur - input->base);
        const bool droppedTheRest = m_parser->instate == XML_PARSER_EOF &&
                                    m_parser->errNo == XML_ERR_DOCUMENT_END &&
                                    input->cur < input->end;
        if ((m_parser->instate != XML_PARSER_EPILOG && !droppedTheRest) || at == resumedAt)
            return;
        resumedAt = at;
        m_parser->instate = XML_PARSER_CONTENT;
        m_parser->errNo = XML_ERR_OK;
        htmlParseChunk(m_parser, nullptr, 0, last ? 1 : 0);
    }
}

// The push parser drops a '<' or '&' that is the page's last byte after markup; the pull parser
// kept it as text ('&' in a paragraph of its own where no element or only <html> or <head> was
// open, as it implies one).
void HtmlText::keepLoneLastCharacter() {
    const xmlParserInputPtr input = m_parser->input;
    const int state = m_parser->instate;
    if (!m_error.isEmpty() || !input || input->end - input->cur != 1 ||
        (input->cur[0] != '<' && input->cur[0] != '&') ||
        (state != XML_PARSER_START && state != XML_PARSER_MISC && state != XML_PARSER_PROLOG &&
         state != XML_PARSER_CONTENT))
        return;
    const char lone = char(input->cur[0]);
    const char *open = reinterpret_cast<const char *>(m_parser->name);
    if (lone == '&' && m_skipDepth == 0 &&
        (!open || qstrcmp(open, "html") == 0 || qstrcmp(open, "head") == 0)) {
        put(u"\n\n");
        m_inSpace = false;
        put(u"&");
        return;
    }
    characters(&lone, 1);
}

void HtmlText::onStart(void *self, const unsigned char *name, const unsigned char **) {
    static_cast<HtmlText *>(self)->start(reinterpret_cast<const char *>(name));
}

void HtmlText::onEnd(void *self, const unsigned char *name) {
    static_cast<HtmlText *>(self)->end(reinterpret_cast<const char *>(name));
}

void HtmlText::onCharacters(void *self, const unsigned char *chars, int length) {
    static_cast<HtmlText *>(self)->characters(reinterpret_cast<const char *>(chars), length);
}

// A comment or processing instruction: no text, but the text after it is a node of its own.
void HtmlText::onOtherNode(void *self, const unsigned char *, const unsigned char *) {
    static_cast<HtmlText *>(self)->m_inSpace = false;
}

void HtmlText::onComment(void *self, const unsigned char *) {
    static_cast<HtmlText *>(self)->m_inSpace = false;
}

// Only inside <script> and <style>, which are dropped; a node of its own all the same.
void HtmlText::onCdata(void *self, const unsigned char *chars, int length) {
    auto *text = static_cast<HtmlText *>(self);
    text->m_inSpace = false;
    text->characters(reinterpret_cast<const char *>(chars), length);
    text->m_inSpace = false;
}

void HtmlText::start(const char *name) {
    m_inSpace = false;
    if (m_parser->nameNr > InputLimits::kPageNesting) {
        m_error = QCoreApplication::translate(
                      "reportlens::DocumentReader",
                      "the page nests its elements more than %1 deep, more than ReportLens follows")
                      .arg(InputLimits::kPageNesting);
        xmlStopParser(m_parser);
        return;
    }
    if (m_skipDepth > 0) {
        ++m_skipDepth;
        return;
    }
    if (isSkipped(name)) {
        m_skipDepth = 1;
        return;
    }
    if (isBlockElement(name))
        put(u"\n\n");
    if (isHeading(name))
        put(u"# ");
}

void HtmlText::end(const char *name) {
    m_inSpace = false;
    if (m_skipDepth > 0) {
        --m_skipDepth;
        return;
    }
    if (isBlockElement(name))
        put(u"\n\n");
}

void HtmlText::characters(const char *chars, int length) {
    // Text outside every element (after the page's end) was never in the tree: dropped too.
    if (m_skipDepth > 0 || m_parser->nameNr == 0)
        return;
    const QString piece = QString::fromUtf8(chars, length);
    QString collapsed;
    collapsed.reserve(piece.size());
    for (const QChar c : piece) {
        if (!collapses(c))
            collapsed += c;
        else if (!m_inSpace)
            collapsed += u' ';
        m_inSpace = collapses(c);
    }
    put(collapsed);
}

// Writes text, holding white space back until other text follows: at the start it is trimmed, at
// the end too, and between it is a paragraph break if it holds one.
void HtmlText::put(QStringView text) {
    for (qsizetype i = 0; i < text.size();) {
        if (text[i].isSpace()) {
            if (m_started)
                m_held += text[i];
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        releaseHeld();
        m_out->append(text.sliced(i, end - i));
        m_started = true;
        i = end;
    }
    if (m_held.size() > m_heldChars)  // bounded: written as it stands, trimmed or not
        releaseHeld();
}

void HtmlText::releaseHeld() {
    for (qsizetype i = 0; i < m_held.size();) {
        if (!inBreak(m_held[i])) {
            m_out->append(m_held[i++]);
            continue;
        }
        qsizetype end = i;
        int lineFeeds = 0;
        for (; end < m_held.size() && inBreak(m_held[end]); ++end)
            lineFeeds += m_held[end] == u'\n';
        if (lineFeeds >= 2)
            m_out->append(u"\n\n");
        else
            m_out->append(QStringView(m_held).sliced(i, end - i));
        i = end;
    }
    m_held.clear();
}

}  // namespace reportlens
