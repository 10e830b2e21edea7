// Reads a text file too large to hold at once in parts of bounded size, each cut at a
// paragraph break where there is one, so that no sentence is split. The encoding is told
// from the file's head (as TextDecoder does for a whole file), then the rest is decoded as a
// stream by ICU, refusing bytes the encoding lacks rather than garbling them.
#pragma once

#include <QFile>
#include <QString>

#include <memory>

struct UConverter;

namespace reportlens {

class TextPartReader {
public:
    // partChars: the most UTF-16 units a part holds (a cut falls at or before it).
    explicit TextPartReader(const QString &path, qsizetype partChars = 4 * 1024 * 1024);
    ~TextPartReader();
    TextPartReader(const TextPartReader &) = delete;
    TextPartReader &operator=(const TextPartReader &) = delete;

    // Opens the file and tells its encoding; on failure, an error naming the file.
    bool open(QString *error);
    QString encoding() const { return m_encoding; }
    qint64 size() const { return m_size; }
    qint64 bytesRead() const { return m_bytesRead; }

    // The next part; false with an empty error at the end of the file, false with an error
    // naming the file (and where in it) when the rest cannot be read or decoded.
    bool next(QString *part, QString *error);

private:
    bool fill(QString *error);
    qsizetype cutPosition() const;

    QString m_path;
    qsizetype m_partChars;
    QFile m_file;
    std::unique_ptr<UConverter, void (*)(UConverter *)> m_converter;
    QString m_encoding;
    QString m_pending;  // decoded, not yet handed out
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
};

}  // namespace reportlens
