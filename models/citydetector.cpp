#include "citydetector.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// Characters that end a place name when read backwards from 市/县/区/省: function words and
// administrative words ("在市委和省总工会" names no place).
bool stopsName(QChar c) {
    static constexpr QStringView stops =
        u"的和与及在由对为向从把被将等是了于到市县区省委总全本我该各每其此这那"
        u"以就同并或给让使经过通来去年月日第个有无"
        u"、，。；：！？“”‘’《》（）()—…·,.;:!? \t\n";
    return !c.isLetter() || stops.contains(c) || c.unicode() < 0x3400;
}

struct PlaceSuffix {
    QStringView suffix;
    int rank;  // prefer the narrower place when a report names both ("福建省三明市")
};

constexpr PlaceSuffix kSuffixes[] = {
    {u"自治州", 2}, {u"自治县", 3}, {u"自治区", 1}, {u"市", 2}, {u"县", 3}, {u"区", 3}, {u"省", 1},
};

// Words that follow a place name when the text speaks of its trade unions or its people.
constexpr QStringView kStrongFollowers[] = {u"总工会", u"工会", u"职工", u"委", u"政府"};

}  // namespace

QString CityDetector::detect(const std::vector<Passage> &passages) {
    // Candidate names by their full spelling ("三明市") with a weight.
    QHash<QString, int> weights;
    QHash<QString, int> ranks;
    int passageIndex = 0;
    for (const Passage &passage : passages) {
        const QStringView text = passage.text;
        // The headline and the opening lines say whose report it is.
        const int passageWeight = passageIndex < 4 && passage.kind != PassageKind::Prose ? 5 : 1;
        ++passageIndex;
        for (qsizetype i = 1; i < text.size(); ++i) {
            // Every suffix starts with one of these; most characters are none of them.
            const char16_t c = text.at(i).unicode();
            if (c != u'市' && c != u'县' && c != u'区' && c != u'省' && c != u'自')
                continue;
            for (const PlaceSuffix &suffix : kSuffixes) {
                if (!text.sliced(i).startsWith(suffix.suffix))
                    continue;
                // The name: up to four characters before the suffix, cut at a stop.
                qsizetype begin = i;
                while (begin > 0 && i - begin < 4 && !stopsName(text.at(begin - 1)))
                    --begin;
                if (i - begin < 2)
                    break;
                const QStringView after = text.sliced(i + suffix.suffix.size());
                int weight = passageWeight;
                for (QStringView follower : kStrongFollowers) {
                    if (after.startsWith(follower)) {
                        weight *= 3;
                        break;
                    }
                }
                // Count every length from two characters up, so that "由泉州" (once) loses
                // to "泉州" (everywhere) but "齐齐哈尔" keeps all four.
                for (qsizetype length = 2; length <= i - begin; ++length) {
                    const QString name =
                        text.sliced(i - length, length).toString() + suffix.suffix.toString();
                    weights[name] += weight;
                    ranks[name] = suffix.rank;
                }
                break;
            }
        }
    }
    // Longest consistent spelling: a longer name replaces its shorter tail only when it
    // carries (nearly) all of the tail's weight.
    QString best;
    int bestWeight = 0;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const QString &name = it.key();
        const int weight = it.value();
        const qsizetype suffixLength =
            name.endsWith(u"自治州") || name.endsWith(u"自治县") || name.endsWith(u"自治区") ? 3
                                                                                             : 1;
        const qsizetype stemLength = name.size() - suffixLength;
        bool outweighed = false;
        for (qsizetype tailStem = stemLength - 1; tailStem >= 2 && !outweighed; --tailStem)
            outweighed = weight * 10 < weights.value(name.right(tailStem + suffixLength)) * 9;
        if (outweighed)
            continue;
        // A longer name wins ties with its own tail; a narrower place beats a province that
        // is only its address, unless the province is named much more.
        int effective = weight * 10 + ranks.value(name) + int(stemLength);
        if (effective > bestWeight) {
            bestWeight = effective;
            best = name;
        }
    }
    return best;
}

}  // namespace reportlens
