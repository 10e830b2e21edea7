#include "engine/gazetteer.h"

#include "engine/chinesescript.h"

#include <QFile>
#include <QStringTokenizer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

quint32 pairKey(QChar first, QChar second) {
    return (quint32(first.unicode()) << 16) | second.unicode();
}

bool levelFromName(QStringView name, Gazetteer::Level *level) {
    if (name == u"province")
        *level = Gazetteer::Level::Province;
    else if (name == u"city")
        *level = Gazetteer::Level::City;
    else if (name == u"county")
        *level = Gazetteer::Level::County;
    else
        return false;
    return true;
}

}  // namespace

const Gazetteer &Gazetteer::instance() {
    static const Gazetteer gazetteer;  // built once; C++ makes the first use thread-safe
    return gazetteer;
}

Gazetteer::Gazetteer() : m_firstChars(0x10000, false), m_firstPairs(size_t(1) << 18, false) {
    load();
    index();
}

void Gazetteer::load() {
    QFile file(u":/reportlens/gazetteer.tsv"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("The gazetteer resource is missing: no place can be told");
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_places.reserve(3300);
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // code, parent, level, name, short, aliases, english
        QStringView fields[7];
        qsizetype start = 0;
        int count = 0;
        for (; count < 7 && start <= line.size(); ++count) {
            qsizetype tab = line.indexOf(u'\t', start);
            if (tab < 0 || count == 6)
                tab = line.size();
            fields[count] = line.sliced(start, tab - start);
            start = tab + 1;
        }
        Place place;
        if (count != 7 || start <= line.size() || !levelFromName(fields[2], &place.level) ||
            (!m_places.empty() && fields[0] <= QStringView(m_places.back().code))) {
            qWarning("The gazetteer has a bad line: %s", qPrintable(line.toString()));
            continue;
        }
        place.code = fields[0].toString();
        if (!fields[1].isEmpty()) {
            // Codes are in order and a parent's comes first.
            if (const Place *parent = byCode(fields[1]))
                place.parent = indexOf(*parent);
        }
        place.name = fields[3].toString();
        place.shortName = fields[4].toString();
        if (!fields[5].isEmpty())
            place.aliases = fields[5].toString().split(u',');
        place.english = fields[6].toString();
        m_places.push_back(std::move(place));
    }
}

void Gazetteer::index() {
    // Every name with the place it names, sorted by name: a sorted vector costs less to build
    // than a hash of some seven thousand names, and is searched as fast.
    struct Entry {
        QString text;
        int place;
        bool shortName;
    };
    std::vector<Entry> entries;
    entries.reserve(m_places.size() * 3);
    for (int i = 0; i < int(m_places.size()); ++i) {
        const Place &place = m_places[size_t(i)];
        entries.push_back(Entry{place.name, i, false});
        const Place *up = parent(place);
        if (isDistrict(place, up))
            entries.push_back(Entry{up->name + place.name, i, false});  // 通化市二道江区
        for (const QString &alias : place.aliases)
            entries.push_back(Entry{alias, i, false});
        if (!place.shortName.isEmpty())
            entries.push_back(Entry{place.shortName, i, true});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.text < b.text || (a.text == b.text && a.place < b.place);
    });
    for (const Entry &entry : entries) {
        if (entry.text.size() < 2)
            continue;
        if (m_names.empty() || m_names.back().text != entry.text)
            m_names.push_back(Name{entry.text, {}, {}});
        (entry.shortName ? m_names.back().shortOf : m_names.back().places).push_back(entry.place);
    }

    m_starts.reserve(m_names.size());
    for (int id = 0; id < int(m_names.size()); ++id) {
        const QString &text = m_names[size_t(id)].text;
        m_firstChars[text.at(0).unicode()] = true;
        m_starts.push_back(NameStart{pairKey(text.at(0), text.at(1)), id});
        m_firstPairs[pairBit(m_starts.back().firstTwo)] = true;
    }
    std::sort(m_starts.begin(), m_starts.end(), [this](const NameStart &a, const NameStart &b) {
        if (a.firstTwo != b.firstTwo)
            return a.firstTwo < b.firstTwo;
        return m_names[size_t(a.name)].text.size() > m_names[size_t(b.name)].text.size();
    });
}

const Gazetteer::Name *Gazetteer::find(const QString &text) const {
    auto found = std::lower_bound(m_names.begin(), m_names.end(), text,
                                  [](const Name &name, const QString &t) { return name.text < t; });
    return found != m_names.end() && found->text == text ? &*found : nullptr;
}

const Gazetteer::Name *Gazetteer::nameFor(QStringView text) const {
    const Name *found = find(text.toString());
    // Traditional script only when the name is not found as written: building the Simplified
    // table costs tens of milliseconds, which a window showing known names need not pay.
    if (!found && ChineseScript::hasTraditional(text))
        found = find(ChineseScript::simplified(text.toString()));
    return found;
}

const Gazetteer::Place *Gazetteer::byCode(QStringView code) const {
    auto found = std::lower_bound(m_places.begin(), m_places.end(), code,
                                  [](const Place &place, QStringView c) { return place.code < c; });
    return found != m_places.end() && found->code == code ? &*found : nullptr;
}

std::vector<const Gazetteer::Place *> Gazetteer::byName(QStringView name) const {
    std::vector<const Place *> found;
    if (const Name *entry = nameFor(name)) {
        for (int index : entry->places) {
            if (m_places[size_t(index)].name == entry->text ||
                m_places[size_t(index)].aliases.contains(entry->text))
                found.push_back(&m_places[size_t(index)]);
        }
    }
    return found;
}

std::vector<const Gazetteer::Place *> Gazetteer::byShortName(QStringView name) const {
    std::vector<const Place *> found;
    if (const Name *entry = nameFor(name)) {
        for (int index : entry->shortOf)
            found.push_back(&m_places[size_t(index)]);
    }
    return found;
}

const Gazetteer::Place *Gazetteer::byFullName(QStringView name) const {
    const Name *entry = nameFor(name);
    if (!entry)
        return nullptr;
    const Place *written = nullptr;  // the one place written so
    for (int index : entry->places) {
        if (fullName(m_places[size_t(index)]) == entry->text) {
            if (written)
                return nullptr;
            written = &m_places[size_t(index)];
        }
    }
    if (written)
        return written;
    // An official name or alias that only one place bears (二道江区).
    return entry->places.size() == 1 ? &m_places[size_t(entry->places.front())] : nullptr;
}

const Gazetteer::Place *Gazetteer::parent(const Place &place) const {
    return place.parent < 0 ? nullptr : &m_places[size_t(place.parent)];
}

const Gazetteer::Place *Gazetteer::province(const Place &place) const {
    const Place *current = &place;
    while (current->parent >= 0)
        current = &m_places[size_t(current->parent)];
    return current;
}

bool Gazetteer::isAncestor(int ancestor, int place) const {
    for (int current = m_places[size_t(place)].parent; current >= 0;
         current = m_places[size_t(current)].parent) {
        if (current == ancestor)
            return true;
    }
    return false;
}

bool Gazetteer::isMunicipality(const Place &place) {
    return place.level == Level::Province && place.name.endsWith(u'市');
}

bool Gazetteer::isDistrict(const Place &place, const Place *parent) {
    return place.level == Level::County && parent &&
           (parent->level == Level::City || isMunicipality(*parent)) && place.name.endsWith(u'区');
}

QString Gazetteer::fullName(const Place &place) const {
    const Place *up = parent(place);
    return isDistrict(place, up) ? up->name + place.name : place.name;
}

QString Gazetteer::englishName(const Place &place) const {
    const Place *up = parent(place);
    return isDistrict(place, up) ? place.english + u", "_s + up->english : place.english;
}

void Gazetteer::addSimplifiedShadows() const {
    m_shadowFirstChars.assign(0x10000, false);
    for (const Name &name : m_names) {
        if (!ChineseScript::hasTraditional(name.text))
            continue;
        Name shadow = name;
        shadow.text = ChineseScript::simplified(name.text);
        m_shadowStarts.push_back(
            NameStart{pairKey(shadow.text.at(0), shadow.text.at(1)), int(m_shadowNames.size())});
        m_shadowFirstChars[shadow.text.at(0).unicode()] = true;
        m_shadowNames.push_back(std::move(shadow));
    }
    std::sort(m_shadowStarts.begin(), m_shadowStarts.end(),
              [this](const NameStart &a, const NameStart &b) {
                  if (a.firstTwo != b.firstTwo)
                      return a.firstTwo < b.firstTwo;
                  return m_shadowNames[size_t(a.name)].text.size() >
                         m_shadowNames[size_t(b.name)].text.size();
              });
}

const Gazetteer::Name *Gazetteer::longestIn(const std::vector<Name> &names,
                                            const std::vector<NameStart> &starts, QStringView text,
                                            qsizetype pos, qsizetype maxLength) const {
    const quint32 firstTwo = pairKey(text.at(pos), text.at(pos + 1));
    auto candidate =
        std::lower_bound(starts.begin(), starts.end(), firstTwo,
                         [](const NameStart &start, quint32 key) { return start.firstTwo < key; });
    for (; candidate != starts.end() && candidate->firstTwo == firstTwo; ++candidate) {
        const Name &name = names[size_t(candidate->name)];
        if (name.text.size() <= maxLength && pos + name.text.size() <= text.size() &&
            text.sliced(pos, name.text.size()) == name.text)
            return &name;
    }
    return nullptr;
}

const Gazetteer::Name *Gazetteer::longestNameAt(QStringView text, qsizetype pos,
                                                qsizetype maxLength) const {
    if (!m_shadowsAdded.load(std::memory_order_acquire)) {
        std::call_once(m_shadowsOnce, [this] {
            addSimplifiedShadows();
            m_shadowsAdded.store(true, std::memory_order_release);
        });
    }
    if (pos + 1 >= text.size())
        return nullptr;
    const QChar first = text.at(pos);
    const Name *found =
        m_firstChars[first.unicode()] && m_firstPairs[pairBit(pairKey(first, text.at(pos + 1)))]
            ? longestIn(m_names, m_starts, text, pos, maxLength)
            : nullptr;
    if (m_shadowFirstChars[first.unicode()]) {
        const Name *shadow = longestIn(m_shadowNames, m_shadowStarts, text, pos, maxLength);
        if (shadow && (!found || shadow->text.size() > found->text.size()))
            found = shadow;
    }
    return found;
}

}  // namespace reportlens
