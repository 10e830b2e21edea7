#include "engine/statementcues.h"

#include "engine/textchars.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// Words that say a figure is the whole for the place: its scope (全市, 各级) or a total (累计,
// 共, 总数, 现有, 截至).
constexpr QStringView kWholeWords[] = {u"全市", u"全省", u"全县",   u"全区", u"全州", u"全盟",
                                       u"全旗", u"各级", u"全系统", u"累计", u"共",   u"总计",
                                       u"合计", u"总数", u"现有",   u"已达", u"达到", u"截至"};
// Words that open a part of the figure stated before them.
constexpr QStringView kPartWords[] = {u"其中", u"包括"};
// Verbs that set up a body whose own work the rest of the sentence then reports.
constexpr QStringView kEstablishingVerbs[] = {u"成立", u"建立", u"组建", u"设立"};
// Words of a single event or instance: one edition, session or batch, not the period's whole.
constexpr QStringView kSingleEventWords[] = {u"首届", u"首批", u"首次", u"首场",
                                             u"本次", u"此次", u"这次"};
// Work still going on is no result yet.
constexpr QStringView kUnfinishedWords[] = {u"正在", u"进行中", u"尚未"};
// A place scope that may stand before a counted subject: "全市30家基地共培训…".
constexpr QStringView kScopeOpeners[] = {u"全市", u"全省", u"全县", u"全区", u"本市", u"截至目前"};
// Measure words of bodies (organisations, sites): a count of them can be a clause's subject.
constexpr QStringView kBodyUnits[] = {u"家", u"个", u"所", u"支", u"座", u"处"};
// Words joining two activities in one label ("技能比武和培训职工").
constexpr QStringView kActivityJoiners[] = {u"和", u"及", u"与"};

constexpr QStringView kLevels[] = {u"国家级", u"全国级", u"省级", u"市级", u"县级", u"区级"};
constexpr QStringView kBeneficiaryPrepositions[] = {u"为", u"向", u"给", u"对"};

template <size_t N>
bool containsAny(QStringView text, const QStringView (&words)[N]) {
    return std::any_of(std::begin(words), std::end(words),
                       [&](QStringView word) { return text.contains(word); });
}

// Keyword parts of a metric, placeholders left out.
bool metricWordsHold(const MetricDefinition &metric, QStringView word) {
    for (const QStringList &parts : metric.keywords) {
        for (const QString &part : parts) {
            if (part.contains(word))
                return true;
        }
    }
    return false;
}

qsizetype lastAtOrBefore(const std::vector<qsizetype> &starts, qsizetype pos) {
    auto it = std::upper_bound(starts.begin(), starts.end(), pos);
    return *(it - 1);
}

}  // namespace

SentenceShape::SentenceShape(QStringView text) : m_text(text) {
    m_clauseStarts.push_back(0);
    m_segmentStarts.push_back(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isClauseBoundary(c))
            m_clauseStarts.push_back(i + 1);
        if (c == u'；' || c == u';')
            m_segmentStarts.push_back(i + 1);
    }
    m_clauseStarts.push_back(text.size() + 1);  // a sentinel past the end
}

qsizetype SentenceShape::clauseStart(qsizetype pos) const {
    return lastAtOrBefore(m_clauseStarts, pos);
}

qsizetype SentenceShape::clauseEnd(qsizetype pos) const {
    auto it = std::upper_bound(m_clauseStarts.begin(), m_clauseStarts.end(), pos);
    return std::min(*it - 1, m_text.size());
}

qsizetype SentenceShape::segmentStart(qsizetype pos) const {
    return lastAtOrBefore(m_segmentStarts, pos);
}

namespace {

enum class Cue { Whole, Instance, Unfinished, Part };

struct CueWord {
    QStringView word;
    Cue cue;
};

// Every cue word, and which characters start one, built once.
struct CueTable {
    std::vector<CueWord> words;
    std::vector<bool> starts = std::vector<bool>(0x10000, false);

    CueTable() {
        auto add = [&](const auto &list, Cue cue) {
            for (QStringView word : list) {
                words.push_back({word, cue});
                starts[word.front().unicode()] = true;
            }
        };
        add(kWholeWords, Cue::Whole);
        add(kSingleEventWords, Cue::Instance);
        add(kUnfinishedWords, Cue::Unfinished);
        add(kPartWords, Cue::Part);
        starts[u'第'] = true;
    }
};

const CueTable &cueTable() {
    static const CueTable table;
    return table;
}

}  // namespace

CuePositions::CuePositions(QStringView text) {
    const CueTable &table = cueTable();
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (!table.starts[c.unicode()])
            continue;
        // "第七期", "第3届": one instance of a recurring event.
        if (c == u'第' && StatementCues::namesSingleInstance(
                              text.sliced(at, std::min<qsizetype>(8, text.size() - at))))
            m_instance.push_back(at);
        for (const CueWord &cue : table.words) {
            if (cue.word.front() != c || !startsWithAt(text, at, cue.word))
                continue;
            switch (cue.cue) {
                case Cue::Whole:
                    m_whole.push_back(at);
                    break;
                case Cue::Instance:
                    m_instance.push_back(at);
                    break;
                case Cue::Unfinished:
                    m_unfinished.push_back(at);
                    break;
                case Cue::Part:
                    m_parts.push_back({at, at + cue.word.size()});
                    break;
            }
        }
    }
}

bool CuePositions::any(const std::vector<qsizetype> &at, qsizetype from, qsizetype to) {
    auto it = std::lower_bound(at.begin(), at.end(), from);
    return it != at.end() && *it < to;
}

qsizetype CuePositions::lastPartWord(qsizetype from, qsizetype to) const {
    qsizetype last = -1;
    for (auto it = std::lower_bound(m_parts.begin(), m_parts.end(), std::pair{from, qsizetype(0)});
         it != m_parts.end() && it->second <= to; ++it)
        last = it->first;
    return last;
}

namespace StatementCues {

bool namesWhole(QStringView text) {
    return containsAny(text, kWholeWords);
}

qsizetype lastPartWord(QStringView text) {
    qsizetype last = -1;
    for (QStringView word : kPartWords)
        last = std::max(last, text.lastIndexOf(word));
    return last;
}

bool setsUpBody(QStringView clause) {
    return containsAny(clause, kEstablishingVerbs);
}

bool namesSingleInstance(QStringView text) {
    if (containsAny(text, kSingleEventWords))
        return true;
    // "第七期", "第3届": one instance of a recurring event.
    for (qsizetype at = text.indexOf(u'第'); at >= 0; at = text.indexOf(u'第', at + 1)) {
        qsizetype end = at + 1;
        while (end < text.size() &&
               (text.at(end).isDigit() ||
                QStringView(u"一二三四五六七八九十两〇零").contains(text.at(end))))
            ++end;
        if (end > at + 1 && end < text.size() &&
            QStringView(u"期届次批轮场").contains(text.at(end)))
            return true;
    }
    return false;
}

bool setsScene(QStringView clause) {
    static constexpr QStringView connectives[] = {u"此外", u"另外", u"同时", u"并"};
    for (QStringView connective : connectives) {
        if (!clause.isEmpty() && clause.front() == connective.front() &&
            clause.startsWith(connective))
            clause = clause.sliced(connective.size());
    }
    return clause.startsWith(u'在') && (clause.endsWith(u'中') || clause.endsWith(u"期间"));
}

bool namesUnfinishedWork(QStringView clause) {
    return containsAny(clause, kUnfinishedWords);
}

bool isCountedSubject(QStringView beforeCount, QStringView unit) {
    if (std::none_of(std::begin(kBodyUnits), std::end(kBodyUnits),
                     [&](QStringView body) { return unit == body; }))
        return false;
    for (QStringView scope : kScopeOpeners) {
        if (beforeCount.startsWith(scope))
            beforeCount = beforeCount.sliced(scope.size());
    }
    return beforeCount.trimmed().isEmpty();
}

bool statesOnlyAChange(QStringView label) {
    static constexpr QStringView comparisons[] = {u"比上年", u"比去年", u"比上年同期", u"较上年",
                                                  u"较去年", u"同比",   u"环比"};
    static constexpr QStringView changes[] = {u"增长", u"增加", u"提高", u"上升", u"上涨",
                                              u"下降", u"减少", u"降低", u"回落", u"下跌"};
    label = label.trimmed();
    // Called for every figure: most labels are longer, or end in no verb of change.
    if (label.size() < 2 || label.size() > 10 ||
        !QStringView(u"长加高升涨降少低落跌了").contains(label.back()))
        return false;
    for (QStringView comparison : comparisons) {
        if (label.startsWith(comparison)) {
            label = label.sliced(comparison.size());
            break;
        }
    }
    // "比2019年增加": a comparison with a named year.
    if (label.startsWith(u'比') || label.startsWith(u'较')) {
        const qsizetype year = label.indexOf(u'年');
        if (year > 1 && year <= 5)
            label = label.sliced(year + 1);
    }
    if (label.endsWith(u'了'))
        label.chop(1);
    return std::any_of(std::begin(changes), std::end(changes),
                       [&](QStringView change) { return label == change; });
}

bool joinsTwoActivities(QStringView label) {
    return containsAny(label, kActivityJoiners);
}

bool countsNamedItems(QStringView beforeFigure) {
    // "陕西…集团公司工会委员会等6家": the bodies just named, however long their names; not a
    // description of people ("一线职工等2.7万多人").
    static constexpr QStringView bodyNames[] = {u"公司", u"委员会", u"集团", u"协会", u"学校",
                                                u"医院", u"工厂",   u"单位", u"企业"};
    if (beforeFigure.endsWith(u'等') &&
        std::any_of(std::begin(bodyNames), std::end(bodyNames),
                    [&](QStringView name) { return beforeFigure.contains(name); }))
        return true;
    const QList<QStringView> items = beforeFigure.split(u'、');
    if (items.size() < 3)
        return false;
    for (qsizetype i = 1; i < items.size(); ++i) {
        const QStringView item = items.at(i).trimmed();
        if (item.isEmpty() || item.size() > 4)
            return false;
    }
    return true;
}

bool narrowedToSubgroup(QStringView text, const QStringList &subgroups,
                        const MetricDefinition &metric) {
    for (const QString &group : subgroups) {
        if (!text.contains(group) || metricWordsHold(metric, group))
            continue;
        // 职工 outside the groups' own words ("女职工" holds no 职工 of its own).
        QString rest = text.toString();
        for (const QString &other : subgroups)
            rest.remove(other);
        if (!rest.contains(u"职工"))
            return true;
    }
    return false;
}

bool namesOneLevel(QStringView label, const MetricDefinition &metric) {
    if (!label.contains(u'级'))  // every level ends in it; most labels have none
        return false;
    for (QStringView level : kLevels) {
        for (qsizetype at = label.indexOf(level); at >= 0; at = label.indexOf(level, at + 1)) {
            if (!startsWithAt(label, at + level.size(), u"以上") && !metricWordsHold(metric, level))
                return true;
        }
    }
    return false;
}

bool namesSpecialKind(QStringView label, const MetricDefinition &metric) {
    if (!label.contains(u'”') && !label.contains(u'"'))  // no quoted kind, the usual case
        return false;
    int occurrences = 0;
    bool quotedKind = false;
    for (const QStringList &parts : metric.keywords) {
        for (const QString &part : parts) {
            const qsizetype at = label.indexOf(part);
            if (at < 0 || part.contains(u'{'))
                continue;
            ++occurrences;
            if (at > 0 && (label.at(at - 1) == u'”' || label.at(at - 1) == u'"')) {
                // The quoted word is the metric's own ("“五小”创新项目"): no special kind.
                // (A label may begin inside the quotes: "六位一体”职工之家".)
                const qsizetype open = label.lastIndexOf(u'“', at - 1) + 1;
                const QStringView quoted = label.sliced(open, at - 1 - open);
                if (!metricWordsHold(metric, quoted))
                    quotedKind = true;
            }
        }
    }
    // "职工职业技能竞赛和“六比一创”劳动竞赛": kinds named side by side make the whole again.
    return quotedKind && occurrences < 2;
}

QStringView beneficiaryClause(QStringView openingClause) {
    if (openingClause.isEmpty())
        return {};
    for (QStringView preposition : kBeneficiaryPrepositions) {
        if (openingClause.front() == preposition.front() && openingClause.startsWith(preposition))
            return openingClause;
    }
    return {};
}

}  // namespace StatementCues
}  // namespace reportlens
