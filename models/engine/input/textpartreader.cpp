#include "engine/input/textpartreader.h"

#include "engine/input/textdecoder.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

constexpr qint64 kHeadBytes = 1024 * 1024;   // what the encoding is told from
constexpr qint64 kBlockBytes = 1024 * 1024;  // read and decoded at a time

// The head cut where no character can be split, so that a strict decoder judges it fairly:
// after a line feed (never a trail byte in UTF-8, GB18030 or Big5), at an even length for
// UTF-16.
QByteArray cleanHead(const QByteArray &head, bool wholeFile) {
    if (wholeFile)
        return head;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        qsizetype length = head.size() & ~qsizetype(3);  // whole UTF-32 units too
        return head.first(length);
    }
    // NULs, which no text in a byte encoding has: UTF-16 without a BOM, which ICU tells
    // from them. The cut comes after a whole line feed unit.
    if (head.contains('\0')) {
        for (qsizetype i = head.size() - 2; i > 0; --i) {
            if (i % 2 == 0 && head[i] == '\n' && head[i + 1] == '\0')
                return head.first(i + 2);  // little-endian
            if (i % 2 == 1 && head[i] == '\n' && head[i - 1] == '\0')
                return head.first(i + 1);  // big-endian
        }
    }
    const qsizetype lineEnd = head.lastIndexOf('\n');
    return lineEnd > 0 ? head.first(lineEnd + 1) : head;
}

}  // namespace

TextPartReader::TextPartReader(const QString &path, qsizetype partChars)
    : m_path(path), m_buffer(partChars), m_file(path), m_converter(nullptr, &ucnv_close) {}

TextPartReader::~TextPartReader() = default;

bool TextPartReader::open(QString *error) {
    if (!TextDecoder::openFile(&m_file, error))
        return false;
    m_size = m_file.size();
    if (m_size == 0) {
        *error = QCoreApplication::translate("reportlens::TextPartReader", "%1: the file is empty")
                     .arg(m_path);
        return false;
    }
    const QByteArray head = m_file.read(kHeadBytes);
    if (head.isEmpty()) {
        *error = QCoreApplication::translate("reportlens::TextPartReader", "%1: read failed (%2)")
                     .arg(m_path, m_file.errorString());
        return false;
    }
    // Told as for a whole file: BOMs, strict UTF-8, then ICU's detection.
    const DecodedText decoded = TextDecoder::decode(cleanHead(head, head.size() >= m_size));
    if (!decoded.ok) {
        *error = u"%1: %2"_s.arg(m_path, decoded.error);
        return false;
    }
    m_encoding = decoded.encoding;
    QString charset = m_encoding;
    qint64 bomBytes = 0;
    if (charset.endsWith(u" (BOM)"_s)) {
        charset.chop(6);
        bomBytes = charset == u"UTF-8" ? 3 : charset.startsWith(u"UTF-32"_s) ? 4 : 2;
    }
    UErrorCode status = U_ZERO_ERROR;
    m_converter.reset(ucnv_open(charset.toLatin1().constData(), &status));
    if (U_SUCCESS(status))
        ucnv_setToUCallBack(m_converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                            &status);
    if (U_FAILURE(status)) {
        *error = QCoreApplication::translate("reportlens::TextPartReader",
                                             "%1: no converter for %2 (%3)")
                     .arg(m_path, charset, QLatin1StringView(u_errorName(status)));
        return false;
    }
    m_file.seek(bomBytes);
    m_bytesRead = bomBytes;
    return true;
}

bool TextPartReader::fill(QString *error) {
    const QByteArray block = m_file.read(kBlockBytes);
    if (block.isEmpty() && m_file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("reportlens::TextPartReader", "%1: read failed (%2)")
                     .arg(m_path, m_file.errorString());
        return false;
    }
    m_atEnd = m_file.atEnd() || block.isEmpty();
    QString &pending = m_buffer.pending();
    const qsizetype before = pending.size();
    // No encoding here needs more than one UTF-16 unit per byte, plus a flushed sequence.
    pending.resize(before + block.size() + 16);
    UChar *target = reinterpret_cast<UChar *>(pending.data()) + before;
    UChar *const targetLimit = reinterpret_cast<UChar *>(pending.data()) + pending.size();
    const char *source = block.constData();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(m_converter.get(), &target, targetLimit, &source,
                   block.constData() + block.size(), nullptr, m_atEnd, &status);
    pending.truncate(target - reinterpret_cast<UChar *>(pending.data()));
    if (U_FAILURE(status)) {
        const qint64 where = m_bytesRead + (source - block.constData());
        *error =
            status == U_TRUNCATED_CHAR_FOUND
                ? u"%1: the file ends in the middle of a %2 character"_s.arg(m_path, m_encoding)
                : u"%1: invalid %2 data near byte %3"_s.arg(m_path, m_encoding).arg(where);
        return false;
    }
    m_bytesRead += block.size();
    return true;
}

bool TextPartReader::next(QString *part, QString *error) {
    error->clear();
    part->clear();
    while (!m_atEnd && !m_buffer.full()) {
        if (!fill(error))
            return false;
    }
    if (!m_buffer.take(part, m_atEnd))
        return false;
    if (!TextDecoder::looksLikeText(*part)) {
        *error = QCoreApplication::translate("reportlens::TextPartReader",
                                             "%1: binary data, not text, before byte %2")
                     .arg(m_path)
                     .arg(m_bytesRead);
        part->clear();
        return false;
    }
    return true;
}

}  // namespace reportlens
