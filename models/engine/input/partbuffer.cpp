#include "engine/input/partbuffer.h"

#include <algorithm>

namespace reportlens {

PartBuffer::PartBuffer(qsizetype partChars) : m_partChars(std::max<qsizetype>(partChars, 64)) {}

qsizetype PartBuffer::cutPosition() const {
    const QStringView window = QStringView(m_pending).first(m_partChars);
    // Best a paragraph break in the second half, then a line break, then a sentence's end.
    const qsizetype paragraph =
        std::max(window.lastIndexOf(u"\n\n"), window.lastIndexOf(u"\n\r\n"));
    if (paragraph >= m_partChars / 2)
        return window.indexOf(u'\n', paragraph + 1) + 1;
    const qsizetype line = window.lastIndexOf(u'\n');
    if (line >= m_partChars / 4)
        return line + 1;
    for (qsizetype i = window.size() - 1; i >= m_partChars / 4; --i) {
        if (QStringView(u"。！？；").contains(window[i]))
            return i + 1;
    }
    // Text with no breaks at all: a cut anywhere but inside a surrogate pair.
    qsizetype cut = window.size();
    if (window[cut - 1].isHighSurrogate())
        --cut;
    return cut;
}

bool PartBuffer::take(QString *part, bool atEnd) {
    part->clear();
    if (m_pending.isEmpty() || (!atEnd && !full()))
        return false;
    if (!full()) {  // the rest, moved rather than copied (a whole text can be large)
        *part = std::move(m_pending);
        m_pending.clear();
        return true;
    }
    const qsizetype cut = cutPosition();
    *part = m_pending.first(cut);
    m_pending.remove(0, cut);
    return true;
}

}  // namespace reportlens
