// Reads a Word file's text (word/document.xml) as a stream: QXmlStreamReader fed from the zip
// entry a block at a time, never the whole XML in memory. Each paragraph (w:p) is a paragraph,
// those styled Heading… or Title… marked "# "; tabs and line breaks kept; a text box's
// paragraphs in reading order, between the two halves of the paragraph that holds it; what Word
// writes twice for older readers (mc:Fallback) read once.
#pragma once

#include "engine/input/textpartsource.h"

#include <memory>

namespace reportlens {

class WordPartReader : public TextPartSource {
public:
    explicit WordPartReader(const QString &path, qsizetype partChars = kWhole);
    ~WordPartReader() override;
    WordPartReader(const WordPartReader &) = delete;
    WordPartReader &operator=(const WordPartReader &) = delete;

    bool open(QString *error) override;
    bool next(QString *part, QString *error) override;
    QString encoding() const override;
    // Of word/document.xml, unpacked: what has been read, and what the zip's directory declares.
    qint64 bytesRead() const override;
    qint64 size() const override;

    // word/document.xml's unpacked size as the zip's directory declares it (what can be read of
    // it: QuaZip stops there); -1 when it cannot be told (not a zip, no such entry, not a file).
    static qint64 declaredTextBytes(const QString &path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace reportlens
