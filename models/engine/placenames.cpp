#include "engine/placenames.h"

#include "engine/gazetteer.h"
#include "engine/nearestnames.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QStringTokenizer>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// Readings of place names that a character-by-character reading gets wrong, by name.
struct PlaceReadings {
    QHash<QString, QStringList> syllables;
    qsizetype longest = 0;

    PlaceReadings() {
        QFile file(u":/reportlens/place-readings.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringTokenizer(text, u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QList<QStringView> fields = line.split(u'\t');
            if (fields.size() < 2)
                continue;
            syllables.insert(fields[0].toString(), fields[1].toString().split(u' '));
            longest = std::max(longest, fields[0].size());
        }
    }
};

const PlaceReadings &readings() {
    static const PlaceReadings loaded;
    return loaded;
}

// One character's most common reading, toneless: ICU's Han-Latin, tone marks taken off (ü kept).
QString icuSyllable(QChar c) {
    // One transliterator per thread: ICU's are not to be shared between threads.
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(
            icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(made) : nullptr;
    }();
    if (!transliterator)
        return {};
    icu::UnicodeString text(UChar(c.unicode()));
    transliterator->transliterate(text);
    const QString latin =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(text.getBuffer()), text.length())
            .normalized(QString::NormalizationForm_D);
    QString toneless;
    for (QChar letter : latin) {
        // Combining marks are tones, but for the diaeresis of ü (U+0308).
        if (letter.category() != QChar::Mark_NonSpacing || letter.unicode() == 0x0308)
            toneless.append(letter.toLower());
    }
    toneless.remove(u' ');
    return toneless.normalized(QString::NormalizationForm_C);
}

QString romanised(const QStringList &syllables) {
    QString joined;
    for (const QString &syllable : syllables) {
        if (syllable.isEmpty())
            continue;
        const QChar first = syllable.at(0);
        if (!joined.isEmpty() && (first == u'a' || first == u'o' || first == u'e'))
            joined.append(u'\'');
        joined.append(syllable);
    }
    if (!joined.isEmpty())
        joined[0] = joined[0].toUpper();
    return joined;
}

// A name the gazetteer does not hold, read character by character with the readings applied.
QString readByCharacter(const QString &place) {
    QString stem = place;
    for (const QString &suffix :
         {u"自治州"_s, u"自治区"_s, u"自治县"_s, u"市"_s, u"县"_s, u"区"_s, u"省"_s}) {
        if (stem.size() > suffix.size() + 1 && stem.endsWith(suffix)) {
            stem.chop(suffix.size());
            break;
        }
    }
    const PlaceReadings &known = readings();
    QStringList syllables;
    for (qsizetype i = 0; i < stem.size();) {
        qsizetype length = std::min(known.longest, stem.size() - i);
        for (; length > 0; --length) {
            auto reading = known.syllables.constFind(stem.mid(i, length));
            if (reading != known.syllables.constEnd()) {
                syllables += reading.value();
                break;
            }
        }
        if (length > 0) {
            i += length;
            continue;
        }
        syllables.append(icuSyllable(stem.at(i)));
        ++i;
    }
    return romanised(syllables);
}

}  // namespace

QString PlaceNames::pinyin(const QString &place) {
    const Gazetteer &gazetteer = Gazetteer::instance();
    if (const Gazetteer::Place *known = gazetteer.byFullName(place))
        return gazetteer.englishName(*known);
    return readByCharacter(place);
}

namespace {

// Generic terms a short name leaves out, longest first.
const QStringList &genericTerms() {
    static const QStringList terms = {u"自治州"_s, u"自治县"_s, u"自治旗"_s, u"地区"_s,
                                      u"新区"_s,   u"市"_s,     u"县"_s,     u"区"_s,
                                      u"州"_s,     u"盟"_s,     u"旗"_s,     u"省"_s};
    return terms;
}

QString withoutGeneric(const QString &place) {
    for (const QString &term : genericTerms()) {
        if (place.size() > term.size() + 1 && place.endsWith(term))
            return place.chopped(term.size());
    }
    return place;
}

// Latin letters only, in lower case: "Xi'an", "xi an" and "XIAN" are one.
QString latinKey(const QString &text) {
    QString key;
    for (const QChar c : text) {
        if (c.isLetter())
            key.append(c.toLower());
    }
    return key;
}

bool isLatin(const QString &text) {
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

}  // namespace

QStringList PlaceNames::find(const QString &typed, const QStringList &known) {
    const QString word = typed.trimmed();
    if (word.isEmpty())
        return {};
    if (known.contains(word))
        return {word};
    QStringList found;
    const QString latin = isLatin(word) ? latinKey(word) : QString();
    for (const QString &place : known) {
        const bool named =
            latin.isEmpty() ? withoutGeneric(place) == word : latinKey(pinyin(place)) == latin;
        if (named)
            found.append(place);
    }
    return found;
}

QStringList PlaceNames::closest(const QString &typed, const QStringList &known, int count) {
    // Latin input is compared with the romanisations, Chinese with the short names.
    const QString word = typed.trimmed();
    const bool latin = isLatin(word);
    QStringList names;
    QHash<QString, QString> placeOf;
    for (const QString &place : known) {
        const QString name = latin ? latinKey(pinyin(place)) : withoutGeneric(place);
        names.append(name);
        placeOf.insert(name, place);
    }
    QStringList nearest;
    for (const QString &name :
         nearestNames(latin ? latinKey(word) : withoutGeneric(word), names, count))
        nearest.append(placeOf.value(name));
    return nearest;
}

QString PlaceNames::display(const QString &place, bool english) {
    if (!english)
        return place;
    const QString latin = pinyin(place);
    return latin.isEmpty() ? place : place + u' ' + latin;
}

}  // namespace reportlens
