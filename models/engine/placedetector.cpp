#include "engine/placedetector.h"

#include "engine/chinesescript.h"

#include <QHash>

#include <algorithm>

namespace reportlens {
namespace {

using Level = Gazetteer::Level;

// A place named in the text, with the places its name may mean.
struct Mention {
    std::vector<int> candidates;
    double weight = 0;
    int passage = 0;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// How much a name counts by where it stands: the headline and the lines around it say whose
// report it is, the lead more than the body, a photo caption less.
double zoneWeight(const Passage &passage, bool beforeBody, bool firstProse) {
    switch (passage.kind) {
        case PassageKind::Caption:
            return 0.5;
        case PassageKind::Byline:
            return 2;
        case PassageKind::Heading:
            return beforeBody ? 3 : 1.5;
        case PassageKind::Prose:
            break;
    }
    return firstProse ? 2 : 1;
}

// The generic character a place's name ends with (市, 省, 县, 区, 州, 旗, 盟) is the one the
// report writes for its own federation: 市总工会, 全省, 本县.
bool isLevelCharacter(QChar c) {
    return c == u'省' || c == u'市' || c == u'县' || c == u'区' || c == u'州' || c == u'旗' ||
           c == u'盟';
}

// Words after a place that make it the subject: its federation, its party committee or
// government (泉州市总工会, 通榆县委). 工会 alone follows words too (新建工会: newly founded
// unions), so it counts only after a name that is a place on its own.
bool hasFederationFollower(QStringView after) {
    return after.startsWith(u"总工会") || after.startsWith(u'委') || after.startsWith(u"政府") ||
           after.startsWith(u"人民政府");
}

// A newspaper, website or channel named after a place: 甘肃日报, 厦门商报讯, 云南网, 江苏频道.
bool namesMedia(QStringView after) {
    static constexpr QStringView kMediaWords[] = {
        u"日报", u"晚报", u"早报",   u"商报",     u"时报",   u"都市报", u"报社",
        u"报业", u"频道", u"电视台", u"广播电台", u"新闻网", u"融媒"};
    for (qsizetype k = 0; k <= 3 && k < after.size(); ++k) {
        const QStringView rest = after.sliced(k);
        for (QStringView word : kMediaWords) {
            if (rest.startsWith(word))
                return true;
        }
        // "云南网", "厦门网-", "甘肃网1月11日讯": a site's name ends where the text goes on.
        if (rest.front() == u'网' &&
            (rest.size() == 1 || !rest.at(1).isLetter() || rest.sliced(1).startsWith(u"讯") ||
             rest.sliced(1).startsWith(u"记者")))
            return true;
        if (!rest.front().isLetter())
            return false;
    }
    return false;
}

// A dateline names where the news was sent from: "南京9月3日电", "福州1月5日讯".
bool isDateline(QStringView after) {
    qsizetype i = 0;
    auto digits = [&] {
        const qsizetype start = i;
        while (i < after.size() && after.at(i).isDigit())
            ++i;
        return i > start;
    };
    if (!digits() || i >= after.size() || after.at(i++) != u'月' || !digits() ||
        i >= after.size() || after.at(i++) != u'日')
        return false;
    return i < after.size() && (after.at(i) == u'电' || after.at(i) == u'讯');
}

// Words of the language that hold a place's short name and are no place: 长治久安 (lasting
// peace), 朝阳产业 (sunrise industry), 来宾 (guests).
bool isInWord(QStringView text, qsizetype begin) {
    struct Word {
        QStringView text;
        qsizetype placeAt;  // where the place's name starts inside the word
    };
    static constexpr Word kWords[] = {
        {u"长治久安", 0}, {u"朝阳产业", 0}, {u"阿里巴巴", 0}, {u"阿里云", 0},
        {u"哈密瓜", 0},   {u"中山装", 0},   {u"孙中山", 1},   {u"与会来宾", 2},
        {u"各位来宾", 2}, {u"中外来宾", 2}, {u"来宾们", 0},
    };
    for (const Word &word : kWords) {
        const qsizetype start = begin - word.placeAt;
        if (start >= 0 && start + word.text.size() <= text.size() &&
            text.sliced(start, word.text.size()) == word.text)
            return true;
    }
    return false;
}

// A place written right after a place above it: 福州鼓楼区, 陕西丹凤.
bool followsItsAddress(const Gazetteer &gazetteer, const std::vector<Mention> &mentions,
                       const Mention &mention) {
    if (mentions.empty() || mentions.back().passage != mention.passage ||
        mentions.back().end != mention.begin)
        return false;
    for (int address : mentions.back().candidates) {
        for (int place : mention.candidates) {
            if (gazetteer.isAncestor(address, place))
                return true;
        }
    }
    return false;
}

// A place in a list of places (福州、厦门、泉州等地), or the address before a narrower place
// (福建省三明市), is not the one the report is about.
void weighListsAndAddresses(const Gazetteer &gazetteer, const std::vector<QString> &texts,
                            std::vector<Mention> &mentions) {
    for (size_t i = 0; i + 1 < mentions.size(); ++i) {
        Mention &first = mentions[i];
        Mention &next = mentions[i + 1];
        if (first.passage != next.passage)
            continue;
        const QString &text = texts[size_t(first.passage)];
        // "漳州、厦门", "陆丰市总工会、海丰县总工会": a 、 and at most a federation's name between.
        const QStringView between = QStringView(text).sliced(first.end, next.begin - first.end);
        if (between.endsWith(u'、') && between.size() <= 4 &&
            std::none_of(between.begin(), between.end() - 1,
                         [](QChar c) { return !c.isLetter(); })) {
            first.weight *= 0.3;
            next.weight *= 0.3;
            continue;
        }
        if (next.begin != first.end)
            continue;
        std::vector<int> narrower;
        std::vector<int> addresses;
        for (int place : next.candidates) {
            for (int address : first.candidates) {
                if (gazetteer.isAncestor(address, place)) {
                    narrower.push_back(place);
                    addresses.push_back(address);
                }
            }
        }
        if (narrower.empty())
            continue;
        next.candidates = narrower;
        first.candidates = addresses;
        first.weight *= 0.2;
    }
}

// A name several places bear (鼓楼区, 朝阳) means the one whose province or city the text also
// names; failing that the widest (朝阳 the city before 朝阳区); failing that it is shared out.
void resolveShared(const Gazetteer &gazetteer, std::vector<Mention> &mentions) {
    QHash<int, double> named;  // places that a name with one meaning names
    for (const Mention &mention : mentions) {
        if (mention.candidates.size() == 1)
            named[mention.candidates.front()] += mention.weight;
    }
    for (Mention &mention : mentions) {
        if (mention.candidates.size() < 2)
            continue;
        std::vector<int> supported;
        double best = 0;
        for (int place : mention.candidates) {
            double support = named.value(place);  // named in full elsewhere (长春市朝阳区)
            for (auto it = named.constBegin(); it != named.constEnd(); ++it) {
                if (gazetteer.isAncestor(it.key(), place))
                    support += it.value();
            }
            if (support > best) {
                best = support;
                supported.clear();
            }
            if (support == best && support > 0)
                supported.push_back(place);
        }
        if (supported.empty()) {
            const auto level = [&](int place) { return gazetteer.places()[size_t(place)].level; };
            const Level widest =
                level(*std::min_element(mention.candidates.begin(), mention.candidates.end(),
                                        [&](int a, int b) { return level(a) < level(b); }));
            for (int place : mention.candidates) {
                if (level(place) == widest)
                    supported.push_back(place);
            }
        }
        mention.candidates = supported;
    }
}

// What a report's text says about places: the names in it and the level it speaks at.
struct Reading {
    std::vector<QString> texts;  // the passages read, in Simplified script
    std::vector<Mention> mentions;
    QHash<QChar, double> levelCues;  // 市 -> how often the report speaks as a city's federation
};

// The report's own federation, unnamed: 市总工会, 全市, 本省, 县委.
void readLevelCue(QStringView text, qsizetype pos, double zone, Reading &reading) {
    const QChar c = text.at(pos);
    if (!isLevelCharacter(c))
        return;
    const QStringView after = text.sliced(pos + 1);
    const QChar before = pos > 0 ? text.at(pos - 1) : QChar();
    if (after.startsWith(u"总工会"))
        reading.levelCues[c] += zone;
    else if ((before == u'全' || before == u'本' || before == u'我') && !after.startsWith(u'域'))
        reading.levelCues[c] += zone;
    else if (after.startsWith(u'委'))
        reading.levelCues[c] += zone / 2;
}

// Whether a name's last characters belong to the word after or around it instead: "河南县级",
// "厦门市域" (县级, 市域: county-level, city area); "沿海城市" (沿海 and 城市, the coastal city,
// not 海城市), unless its federation or government follows.
bool endsInAnotherWord(QStringView text, qsizetype pos, const Gazetteer::Name &name) {
    const qsizetype end = pos + name.text.size();
    if (!isLevelCharacter(name.text.back()) || end > text.size())
        return false;
    const QStringView after = text.sliced(end);
    if (after.startsWith(u'级') || after.startsWith(u'域'))
        return true;
    return name.text.endsWith(u"城市") && pos > 0 && text.at(pos - 1).isLetter() &&
           !hasFederationFollower(after);
}

// The longest name at pos that is a whole word.
const Gazetteer::Name *nameAt(const Gazetteer &gazetteer, QStringView text, qsizetype pos) {
    const Gazetteer::Name *name = gazetteer.longestNameAt(text, pos, text.size() - pos);
    while (name && endsInAnotherWord(text, pos, *name))
        name = gazetteer.longestNameAt(text, pos, name->text.size() - 1);
    return name;
}

// Reads one passage's names and level cues; returns where reading goes on.
qsizetype readName(const Gazetteer &gazetteer, const Gazetteer::Name &name, int passage,
                   qsizetype pos, double zone, Reading &reading) {
    const QStringView text = reading.texts[size_t(passage)];
    const qsizetype end = pos + name.text.size();
    const QStringView after = text.sliced(end);
    const QStringView before =
        text.sliced(std::max<qsizetype>(0, pos - 8), std::min<qsizetype>(pos, 8));
    if (namesMedia(after) || isDateline(after) || before.contains(u"来源") ||
        after.startsWith(u'杯') || isInWord(text, pos))
        return end;  // a newspaper, a dateline, a source, a cup, a word: no place

    const bool fullName = !name.places.empty();
    Mention mention{fullName ? name.places : name.shortOf, zone, passage, pos, end};
    const bool federation = hasFederationFollower(after);
    // A county's name in the body, its short name anywhere (城关, 河东) and a name of two
    // characters (新县, 城区) are words or passing mentions too often: they count where the
    // text makes them a place, before its federation or after a place above it.
    const bool county = std::all_of(
        mention.candidates.begin(), mention.candidates.end(),
        [&](int place) { return gazetteer.places()[size_t(place)].level == Level::County; });
    const bool weak = county && (!fullName || name.text.size() == 2 || zone < 2);
    if (weak && !federation && !followsItsAddress(gazetteer, reading.mentions, mention))
        return pos + 1;  // the characters may start another name, or say 全州

    const bool federationUnion = after.startsWith(u"总工会") || after.startsWith(u"工会");
    if (federation || (!weak && after.startsWith(u"工会"))) {
        mention.weight *= 2;
        if (fullName && federationUnion)
            reading.levelCues[name.text.back()] += zone;  // 兰州市工会, 通榆县总工会
    } else if (pos > 0 && QStringView(u"在于赴到抵").contains(text.at(pos - 1))) {
        mention.weight *= 0.2;  // where a meeting is held or a visit goes: 在武汉开幕
    }
    reading.mentions.push_back(std::move(mention));
    return end;
}

Reading read(const Gazetteer &gazetteer, const std::vector<Passage> &passages) {
    Reading reading;
    qsizetype read = 0;
    bool beforeBody = true;
    bool firstProse = true;
    for (const Passage &passage : passages) {
        if (read >= PlaceDetector::kReadChars)
            break;
        const int index = int(reading.texts.size());
        reading.texts.push_back(
            ChineseScript::simplified(passage.text.left(PlaceDetector::kReadChars - read)));
        const QStringView text = reading.texts.back();
        read += text.size();
        const double zone = zoneWeight(passage, beforeBody, firstProse);
        if (passage.kind == PassageKind::Prose)
            beforeBody = firstProse = false;
        for (qsizetype pos = 0; pos < text.size();) {
            if (const Gazetteer::Name *name = nameAt(gazetteer, text, pos)) {
                pos = readName(gazetteer, *name, index, pos, zone, reading);
            } else {
                readLevelCue(text, pos, zone, reading);
                ++pos;
            }
        }
    }
    return reading;
}

// The level the report speaks at decides between a city and its province: among the places
// whose name ends in the generic of its federation (市总工会: a 市), the most named wins; when
// none is named enough, the most named of all.
int choose(const Gazetteer &gazetteer, const QHash<int, double> &scores,
           const QHash<QChar, double> &levelCues) {
    double cueTotal = 0;
    QChar cue;
    for (auto it = levelCues.constBegin(); it != levelCues.constEnd(); ++it) {
        cueTotal += it.value();
        if (cue.isNull() || it.value() > levelCues.value(cue) ||
            (it.value() == levelCues.value(cue) && it.key() < cue))
            cue = it.key();
    }
    const bool cueDecides = cueTotal > 0 && levelCues.value(cue) * 2 >= cueTotal;
    constexpr double kMinScore = 0.5;  // a place named only in passing is not told
    for (const bool matchCue : {true, false}) {
        if (matchCue && !cueDecides)
            continue;
        int best = -1;
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            const Gazetteer::Place &place = gazetteer.places()[size_t(it.key())];
            if (it.value() < kMinScore || (matchCue && !place.name.endsWith(cue)))
                continue;
            if (best < 0 || it.value() > scores.value(best) ||
                (it.value() == scores.value(best) && it.key() < best))
                best = it.key();
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

}  // namespace

DetectedPlace PlaceDetector::detect(const std::vector<Passage> &passages) {
    const Gazetteer &gazetteer = Gazetteer::instance();
    Reading reading = read(gazetteer, passages);
    weighListsAndAddresses(gazetteer, reading.texts, reading.mentions);
    resolveShared(gazetteer, reading.mentions);
    QHash<int, double> scores;
    for (const Mention &mention : reading.mentions) {
        for (int place : mention.candidates)
            scores[place] += mention.weight / double(mention.candidates.size());
    }
    const int best = choose(gazetteer, scores, reading.levelCues);
    if (best < 0)
        return {};

    const Gazetteer::Place &place = gazetteer.places()[size_t(best)];
    DetectedPlace detected;
    detected.name = gazetteer.fullName(place);
    detected.code = place.code;
    detected.level = place.level;
    if (const Gazetteer::Place *parent = gazetteer.parent(place))
        detected.parentName = gazetteer.fullName(*parent);
    detected.provinceName = gazetteer.province(place)->name;
    return detected;
}

}  // namespace reportlens
