// The text of a web page as a stream: its HTML fed in pieces to libxml2's push parser, whose SAX
// events are written as they come, never a tree of the page. The same text as the page's tree
// gave: a paragraph break around each block element, headings marked "# ", scripts, styles,
// noscript, templates and SVG dropped, white space collapsed within each run of text, white space
// around paragraph breaks and at both ends trimmed, the text ending with a line break.
#pragma once

#include <QString>

struct _xmlParserCtxt;

namespace reportlens {

class HtmlText {
public:
    // heldChars: the most white space held back (it may end the page, where it is trimmed)
    // before it is written as it stands; TextPartSource::kWhole: all of it.
    explicit HtmlText(qsizetype heldChars);
    ~HtmlText();
    HtmlText(const HtmlText &) = delete;
    HtmlText &operator=(const HtmlText &) = delete;

    // Parses the next piece of the page (decoded), appending its text to *text; last: the page
    // ends with it. False with the reason (translated, without the file's name) when the page
    // breaks one of InputLimits.
    bool feed(QStringView html, bool last, QString *text, QString *error);

private:
    static void onStart(void *self, const unsigned char *name, const unsigned char **);
    static void onEnd(void *self, const unsigned char *name);
    static void onCharacters(void *self, const unsigned char *chars, int length);
    static void onOtherNode(void *self, const unsigned char *, const unsigned char *);
    static void onComment(void *self, const unsigned char *);
    static void onCdata(void *self, const unsigned char *, int);

    void readOn(bool last);
    void keepLoneLastCharacter();
    void start(const char *name);
    void end(const char *name);
    void characters(const char *chars, int length);
    void put(QStringView text);
    void releaseHeld();

    _xmlParserCtxt *m_parser = nullptr;
    qsizetype m_heldChars;
    QString *m_out = nullptr;  // where feed() writes
    QString m_error;           // a limit broken inside a SAX event
    int m_skipDepth = 0;       // inside a script, style …: elements open since it began
    bool m_inSpace = false;    // the current text node's last character was white space
    bool m_started = false;    // text other than white space has been written
    QString m_held;            // white space since the last other text
};

}  // namespace reportlens
