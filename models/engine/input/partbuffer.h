// Text read but not yet handed out, and where to cut it into parts: at a paragraph break in the
// second half of a part if there is one, else at a line break, else after a sentence's end, else
// anywhere but inside a surrogate pair. Shared by every TextPartSource, so that all cut alike.
#pragma once

#include <QString>

namespace reportlens {

class PartBuffer {
public:
    // partChars: the most UTF-16 units a part holds (TextPartSource::kWhole: no limit).
    explicit PartBuffer(qsizetype partChars);

    qsizetype partChars() const { return m_partChars; }
    // Where readers append the text they read.
    QString &pending() { return m_pending; }
    // More than a part is pending: a part can be cut.
    bool full() const { return m_pending.size() > m_partChars; }
    // The next part: cut where full(), else (at the end of the text) all that is pending. False
    // when nothing is pending.
    bool take(QString *part, bool atEnd);

private:
    qsizetype cutPosition() const;

    qsizetype m_partChars;
    QString m_pending;
};

}  // namespace reportlens
