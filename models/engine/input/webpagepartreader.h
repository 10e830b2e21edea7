// Reads a web page too large to hold at once in parts: its bytes decoded as a large text file's
// are (the encoding told from the head, then streamed by ICU, refusing rather than guessing), its
// HTML parsed as a stream (HtmlText), its text cut into parts at paragraph breaks.
#pragma once

#include "engine/input/htmltext.h"
#include "engine/input/partbuffer.h"
#include "engine/input/textpartreader.h"
#include "engine/input/textpartsource.h"

namespace reportlens {

class WebPagePartReader : public TextPartSource {
public:
    WebPagePartReader(const QString &path, qsizetype partChars);

    bool open(QString *error) override { return m_html.open(error); }
    QString encoding() const override;
    qint64 size() const override { return m_html.size(); }  // the file's
    qint64 bytesRead() const override { return m_html.bytesRead(); }
    bool next(QString *part, QString *error) override;

private:
    QString m_path;
    TextPartReader m_html;  // the page's own text: HTML
    HtmlText m_text;
    PartBuffer m_buffer;
    bool m_atEnd = false;
};

}  // namespace reportlens
