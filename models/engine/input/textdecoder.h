// Turns the bytes of a report into text: BOMs, strict UTF-8, and ICU charset detection for
// the legacy Chinese encodings (GB18030/GBK/GB2312, Big5).
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace reportlens {

struct DecodedText {
    bool ok = false;
    QString text;      // without the BOM
    QString encoding;  // e.g. "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030"
    QString error;     // why it could not be decoded, when !ok
};

class TextDecoder {
public:
    // Decodes bytes; never returns garbled text: input that is not cleanly one of the
    // supported encodings gets ok == false and a reason.
    static DecodedText decode(const QByteArray &bytes);
    // Reads and decodes a file; errors name the file.
    static DecodedText decodeFile(const QString &path);
    // Opens a report file (named by file) for reading; false with why, naming it: no such
    // file, a folder, cannot be read.
    static bool openFile(QFile *file, QString *error);
    // Reads all of an opened report file; false with why, naming it: read failed, empty.
    static bool readAll(QFile *file, QByteArray *bytes, QString *error);
    // Text of a report has no NULs and few control characters; binary data has many.
    static bool looksLikeText(QStringView text);
};

}  // namespace reportlens
