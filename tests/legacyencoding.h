// Shared by the tests that write files in legacy encodings.
#pragma once

#include <QByteArray>
#include <QString>

#include <unicode/ucnv.h>

// Encodes with ICU, as a legacy editor would have saved the file; empty if the charset
// cannot encode the text.
inline QByteArray encodeWithIcu(const char *charset, const QString &text) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    QByteArray bytes(text.size() * 4 + 16, '\0');
    const int32_t length = ucnv_fromUChars(converter, bytes.data(), int32_t(bytes.size()),
                                           reinterpret_cast<const UChar *>(text.utf16()),
                                           int32_t(text.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        return {};
    bytes.truncate(length);
    return bytes;
}
