// Reads a text file too large to hold at once in parts of bounded size, each cut at a
// paragraph break where there is one, so that no sentence is split. The encoding is told
// from the file's head (as TextDecoder does for a whole file), then the rest is decoded as a
// stream by ICU, refusing bytes the encoding lacks rather than garbling them.
#pragma once

#include "engine/input/partbuffer.h"
#include "engine/input/textpartsource.h"

#include <QFile>
#include <QString>

#include <memory>

struct UConverter;

namespace reportlens {

class TextPartReader : public TextPartSource {
public:
    // partChars: the most UTF-16 units a part holds (a cut falls at or before it).
    explicit TextPartReader(const QString &path, qsizetype partChars = 4 * 1024 * 1024);
    ~TextPartReader() override;
    TextPartReader(const TextPartReader &) = delete;
    TextPartReader &operator=(const TextPartReader &) = delete;

    bool open(QString *error) override;
    QString encoding() const override { return m_encoding; }
    qint64 size() const override { return m_size; }  // the file's
    qint64 bytesRead() const override { return m_bytesRead; }
    bool next(QString *part, QString *error) override;

private:
    bool fill(QString *error);

    QString m_path;
    PartBuffer m_buffer;  // decoded, not yet handed out
    QFile m_file;
    std::unique_ptr<UConverter, void (*)(UConverter *)> m_converter;
    QString m_encoding;
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
};

}  // namespace reportlens
