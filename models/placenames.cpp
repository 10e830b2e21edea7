#include "placenames.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

QString PlaceNames::pinyin(const QString &place) {
    QString stem = place;
    for (const QString &suffix :
         {u"自治州"_s, u"自治区"_s, u"自治县"_s, u"市"_s, u"县"_s, u"区"_s, u"省"_s}) {
        if (stem.size() > suffix.size() && stem.endsWith(suffix)) {
            stem.chop(suffix.size());
            break;
        }
    }
    // One transliterator per thread: ICU's are not to be shared between threads.
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(
            icu::Transliterator::createInstance("Han-Latin; Latin-ASCII", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    if (!transliterator)
        return {};
    icu::UnicodeString text(reinterpret_cast<const UChar *>(stem.utf16()), int32_t(stem.size()));
    transliterator->transliterate(text);
    QString latin =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(text.getBuffer()), text.length());
    latin.remove(u' ');
    if (!latin.isEmpty())
        latin[0] = latin[0].toUpper();
    return latin;
}

QString PlaceNames::display(const QString &place, bool english) {
    if (!english)
        return place;
    const QString latin = pinyin(place);
    return latin.isEmpty() ? place : place + u' ' + latin;
}

}  // namespace reportlens
