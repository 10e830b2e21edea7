#include "engine/input/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <limits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

struct Bom {
    const char *bytes;
    int size;
    QStringConverter::Encoding encoding;
    const char *name;
};

// Longest first: the UTF-32LE BOM starts with the UTF-16LE one.
const Bom kBoms[] = {
    {"\x00\x00\xFE\xFF", 4, QStringConverter::Utf32BE, "UTF-32BE"},
    {"\xFF\xFE\x00\x00", 4, QStringConverter::Utf32LE, "UTF-32LE"},
    {"\xEF\xBB\xBF", 3, QStringConverter::Utf8, "UTF-8"},
    {"\xFE\xFF", 2, QStringConverter::Utf16BE, "UTF-16BE"},
    {"\xFF\xFE", 2, QStringConverter::Utf16LE, "UTF-16LE"},
};

bool decodeStrictly(QStringConverter::Encoding encoding, QByteArrayView bytes, QString *text) {
    if (encoding == QStringConverter::Utf8 && bytes.size() < std::numeric_limits<int32_t>::max()) {
        // ICU's converter is strict (no surrogates, no overlong forms) and on Chinese text
        // about 1.7 times as fast as Qt's. A U+FEFF the body starts with stays, as below.
        QString result(bytes.size(), Qt::Uninitialized);  // never more units than bytes
        int32_t length = 0;
        UErrorCode status = U_ZERO_ERROR;
        u_strFromUTF8(reinterpret_cast<UChar *>(result.data()), int32_t(result.size()), &length,
                      bytes.data(), int32_t(bytes.size()), &status);
        if (U_FAILURE(status))
            return false;
        result.truncate(length);
        result.squeeze();  // Chinese takes a third of the bytes' count in UTF-16 units
        *text = std::move(result);
        return true;
    }
    // ConvertInitialBom: the BOM is sliced off before, so a U+FEFF the body starts with is
    // text, kept as ICU keeps it when a large file is read in parts.
    QStringDecoder decoder(
        encoding, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Converts with ICU, refusing (rather than replacing) any byte sequence the charset lacks.
bool decodeWithIcu(const char *charset, QByteArrayView bytes, QString *text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset, &status),
                                                                 &ucnv_close);
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    if (U_FAILURE(status))
        return false;
    // Legacy CJK encodings never need more UTF-16 units than bytes, plus the flush.
    QString result(bytes.size() + 1, Qt::Uninitialized);
    const int32_t length =
        ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(result.data()),
                      int32_t(result.size()), bytes.data(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return false;
    result.truncate(length);
    *text = std::move(result);
    return true;
}

}  // namespace

bool TextDecoder::looksLikeText(QStringView text) {
    qsizetype controls = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return false;
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++controls;
    }
    return controls * 100 <= text.size();
}

namespace {

DecodedText failure(const QString &reason) {
    DecodedText result;
    result.error = reason;
    return result;
}

enum class FromUtf8 { No, Yes };

DecodedText success(QString text, const QString &encoding, FromUtf8 fromUtf8 = FromUtf8::No) {
    // A lone surrogate (UTF-16 cut mid-pair) would garble every offset after it; strict UTF-8
    // decoding never makes one.
    if (fromUtf8 == FromUtf8::No && !text.isValidUtf16())
        return failure(QCoreApplication::translate("reportlens::TextDecoder",
                                                   "invalid %1 data (an unpaired surrogate)")
                           .arg(encoding));
    if (!TextDecoder::looksLikeText(text))
        return failure(QCoreApplication::translate("reportlens::TextDecoder",
                                                   "binary data, not text (decoded as %1)")
                           .arg(encoding));
    DecodedText result;
    result.ok = true;
    result.text = std::move(text);
    result.encoding = encoding;
    return result;
}

// The encodings ICU may name for Chinese text that we accept; anything else
// (ISO-8859-1 and friends decode every byte) would be garbage for these reports.
QString acceptedLegacyCharset(const char *detected) {
    const QByteArray name(detected);
    if (name == "GB18030" || name == "GBK" || name == "GB2312")
        return u"GB18030"_s;  // a superset of GBK and GB2312: decodes both exactly
    if (name == "Big5")
        return u"Big5"_s;
    if (name == "UTF-16LE" || name == "UTF-16BE")
        return QString::fromLatin1(name);
    return {};
}

// Where a text that is mostly UTF-8 stops being UTF-8, or -1: at least 16 non-ASCII bytes,
// three quarters of them in well-formed UTF-8 sequences. By chance, GBK or Big5 text forms
// such sequences in a few percent of its bytes.
qsizetype mixedUtf8At(QByteArrayView bytes) {
    qsizetype nonAscii = 0;
    qsizetype inSequences = 0;
    qsizetype firstBad = -1;
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = lead >= 0xF0 && lead <= 0xF4   ? 4
                                 : lead >= 0xE0 && lead <= 0xEF ? 3
                                 : lead >= 0xC2 && lead <= 0xDF ? 2
                                                                : 0;
        bool wellFormed = length > 0 && i + length <= bytes.size();
        for (qsizetype k = 1; wellFormed && k < length; ++k)
            wellFormed = (uchar(bytes[i + k]) & 0xC0) == 0x80;
        if (wellFormed) {
            nonAscii += length;
            inSequences += length;
            i += length;
        } else {
            if (firstBad < 0)
                firstBad = i;
            ++nonAscii;
            ++i;
        }
    }
    return nonAscii >= 16 && inSequences * 4 >= nonAscii * 3 ? firstBad : -1;
}

// The share of a text's characters that Chinese (or plain) text is made of: ASCII, CJK
// ideographs and punctuation, full-width forms.
bool readsAsChineseText(QStringView text) {
    qsizetype usual = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u < 0x7F) || u == u'\n' || u == u'\r' || u == u'\t' ||
            (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) ||
            (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) ||
            (u >= 0x2000 && u <= 0x206F))
            ++usual;
    }
    return usual * 10 >= text.size() * 9;
}

// Of the double-byte characters of GBK-shaped bytes (lead 0x81-0xFE), the share in GB2312's
// rows (lead 0xA1-0xF7, trail 0xA1-0xFE): nearly all of a simplified text.
double gb2312Share(QByteArrayView bytes) {
    qsizetype pairs = 0;
    qsizetype common = 0;
    for (qsizetype i = 0; i + 1 < bytes.size();) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x81 || lead == 0xFF) {
            ++i;
            continue;
        }
        const uchar trail = uchar(bytes[i + 1]);
        ++pairs;
        common += lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail != 0xFF;
        i += 2;
    }
    return pairs ? double(common) / double(pairs) : 1.0;
}

// Of Big5's double-byte characters (lead 0xA1-0xF9), the share of symbols and of its first
// level, the 5,401 common characters (lead 0xA1-0xC6): nearly all of a traditional text.
double big5LevelOneShare(QByteArrayView bytes) {
    qsizetype pairs = 0;
    qsizetype common = 0;
    for (qsizetype i = 0; i + 1 < bytes.size();) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x81 || lead == 0xFF) {
            ++i;
            continue;
        }
        ++pairs;
        common += lead >= 0xA1 && lead <= 0xC6;
        i += 2;
    }
    return pairs ? double(common) / double(pairs) : 0.0;
}

}  // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes) {
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArrayView(bom.bytes, bom.size))) {
            QString text;
            const QByteArrayView body = QByteArrayView(bytes).sliced(bom.size);
            if (!decodeStrictly(bom.encoding, body, &text))
                return failure(
                    QCoreApplication::translate("reportlens::TextDecoder",
                                                "invalid %1 data after a %1 byte-order mark")
                        .arg(QLatin1StringView(bom.name)));
            return success(std::move(text), QLatin1StringView(bom.name) + u" (BOM)"_s);
        }
    }

    QString text;
    if (decodeStrictly(QStringConverter::Utf8, bytes, &text))
        return success(std::move(text), u"UTF-8"_s, FromUtf8::Yes);

    // Valid UTF-8 up to an incomplete last character: a file cut short, not another encoding.
    for (qsizetype tail = 1; tail <= 3 && tail < bytes.size(); ++tail) {
        const uchar lead = uchar(bytes.at(bytes.size() - tail));
        if ((lead & 0xC0) == 0x80)
            continue;  // a trail byte: the lead is further back
        const qsizetype needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (needed > tail && decodeStrictly(QStringConverter::Utf8, bytes.chopped(tail), &text))
            return failure(QCoreApplication::translate(
                "reportlens::TextDecoder",
                "the file ends in the middle of a UTF-8 character (cut short?)"));
        break;
    }

    // Mostly UTF-8, but not all of it: two encodings mixed (or damaged UTF-8). Any guess
    // would garble one of them.
    if (const qsizetype at = mixedUtf8At(bytes); at >= 0)
        return failure(QCoreApplication::translate(
                           "reportlens::TextDecoder",
                           "mostly UTF-8, but byte %1 and others are not: two encodings mixed, "
                           "or damaged UTF-8")
                           .arg(at));

    // ICU's detector names the candidates; on short texts it has little to go on, so each
    // is checked against what Chinese text in it looks like, and GB18030 and Big5 are tried
    // whatever it says.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    QString detectedNames;
    QStringList candidates;
    if (U_SUCCESS(status)) {
        ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
        int32_t matchCount = 0;
        const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &matchCount, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < matchCount; ++i) {
            UErrorCode nameStatus = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &nameStatus);
            if (U_FAILURE(nameStatus))
                continue;
            if (detectedNames.size() < 60)
                detectedNames +=
                    (detectedNames.isEmpty() ? u""_s : u", "_s) + QString::fromLatin1(name);
            const QString charset = acceptedLegacyCharset(name);
            if (!charset.isEmpty() && !candidates.contains(charset))
                candidates.append(charset);
        }
    }
    // UTF-16 without a BOM only when its text reads as Chinese or ASCII: any even number of
    // bytes decodes as UTF-16.
    for (const QString &charset : std::as_const(candidates)) {
        if (charset.startsWith(u"UTF-16"_s) &&
            decodeWithIcu(charset.toLatin1().constData(), bytes, &text) && readsAsChineseText(text))
            return success(std::move(text), charset);
    }
    // GB18030 or Big5: each decodes much of the other's bytes, so the bytes decide — the
    // common characters of each (GB2312's, Big5's first level) make up nearly all of a text
    // written in it.
    QString gb;
    QString big5;
    const bool gbDecodes = decodeWithIcu("GB18030", bytes, &gb);
    const bool big5Decodes = decodeWithIcu("Big5", bytes, &big5);
    if (gbDecodes && (!big5Decodes || gb2312Share(bytes) >= big5LevelOneShare(bytes)))
        return success(std::move(gb), u"GB18030"_s);
    if (big5Decodes)
        return success(std::move(big5), u"Big5"_s);
    return failure(
        QCoreApplication::translate(
            "reportlens::TextDecoder",
            "not valid UTF-8, UTF-16 (with BOM), GB18030/GBK or Big5 text%1")
            .arg(detectedNames.isEmpty()
                     ? QString()
                     : QCoreApplication::translate("reportlens::TextDecoder", " (looks like: %1)")
                           .arg(detectedNames)));
}

bool TextDecoder::openFile(QFile *file, QString *error) {
    const QString path = file->fileName();
    const QFileInfo info(path);
    if (!info.exists())
        *error =
            QCoreApplication::translate("reportlens::TextDecoder", "%1: no such file").arg(path);
    else if (info.isDir())
        *error =
            QCoreApplication::translate("reportlens::TextDecoder", "%1: is a folder, not a file")
                .arg(path);
    else if (!info.isFile())  // a device or FIFO may never end, or never open
        *error =
            QCoreApplication::translate(
                "reportlens::TextDecoder",
                "%1: not a regular file (a device, FIFO or socket, or a link to one); not read")
                .arg(path);
    else if (!file->open(QIODevice::ReadOnly))
        *error = QCoreApplication::translate("reportlens::TextDecoder", "%1: cannot be read (%2)")
                     .arg(path, file->errorString());
    else
        return true;
    return false;
}

bool TextDecoder::readAll(QFile *file, QByteArray *bytes, QString *error) {
    *bytes = file->readAll();
    if (file->error() != QFileDevice::NoError)
        *error = QCoreApplication::translate("reportlens::TextDecoder", "%1: read failed (%2)")
                     .arg(file->fileName(), file->errorString());
    else if (bytes->isEmpty())
        *error = QCoreApplication::translate("reportlens::TextDecoder", "%1: the file is empty")
                     .arg(file->fileName());
    else
        return true;
    return false;
}

DecodedText TextDecoder::decodeFile(const QString &path) {
    QFile file(path);
    QByteArray bytes;
    QString error;
    if (!openFile(&file, &error) || !readAll(&file, &bytes, &error))
        return failure(error);
    DecodedText decoded = decode(bytes);
    if (!decoded.ok)
        decoded.error = u"%1: %2"_s.arg(path, decoded.error);
    return decoded;
}

}  // namespace reportlens
