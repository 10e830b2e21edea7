#include "engine/input/webpagepartreader.h"

#include "engine/input/inputlimits.h"

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// The page's HTML decoded at a time: any cut will do, the parser takes it in pieces.
constexpr qsizetype kHtmlChars = 256 * 1024;

}  // namespace

WebPagePartReader::WebPagePartReader(const QString &path, qsizetype partChars)
    : m_path(path)
    , m_html(path, kHtmlChars)
    , m_text(partChars == kWhole ? kWhole : std::max(partChars, InputLimits::kHeldChars))
    , m_buffer(partChars) {}

QString WebPagePartReader::encoding() const {
    return m_html.encoding() + u" (HTML)"_s;
}

bool WebPagePartReader::next(QString *part, QString *error) {
    error->clear();
    while (!m_atEnd && !m_buffer.full()) {
        QString html;
        QString reason;
        if (m_html.next(&html, error)) {
            if (!m_text.feed(html, false, &m_buffer.pending(), &reason)) {
                *error = u"%1: %2"_s.arg(m_path, reason);
                return false;
            }
        } else if (!error->isEmpty()) {
            return false;
        } else {
            m_atEnd = true;
            if (!m_text.feed({}, true, &m_buffer.pending(), &reason)) {
                *error = u"%1: %2"_s.arg(m_path, reason);
                return false;
            }
        }
    }
    return m_buffer.take(part, m_atEnd);
}

}  // namespace reportlens
