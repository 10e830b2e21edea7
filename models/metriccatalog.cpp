#include "metriccatalog.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

// Every keyword part and exclusion word, indexed by first character, so that the words
// occurring in a text are found in one pass over it instead of one search per word.
struct MetricCatalog::Index {
    QStringList words;
    QHash<char16_t, std::vector<int>> byFirstChar;
    std::vector<bool> isFirstChar =
        std::vector<bool>(0x10000, false);  // cheap test before the hash
    QHash<QString, int> unitIds;
    std::vector<std::vector<int>> metricUnits;                // metric -> unit ids; empty: any unit
    std::vector<std::vector<std::vector<int>>> keywordParts;  // metric -> alternative -> words
    std::vector<std::vector<int>> excludeWords;               // metric -> words
    std::vector<int> globalExcludeWords;

    int wordId(const QString &word, QHash<QString, int> &ids) {
        auto it = ids.constFind(word);
        if (it != ids.constEnd())
            return *it;
        const int id = int(words.size());
        words.append(word);
        ids.insert(word, id);
        byFirstChar[word.front().unicode()].push_back(id);
        isFirstChar[word.front().unicode()] = true;
        return id;
    }

    // Marks with `stamp` (and the end position of the last occurrence) each word in text.
    void markWords(QStringView text, int stamp, std::vector<int> &marks,
                   std::vector<qsizetype> *lastEnd) const {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (!isFirstChar[c])
                continue;
            auto it = byFirstChar.constFind(c);
            for (int id : *it) {
                const QString &word = words.at(id);
                if (i + word.size() > text.size())
                    continue;
                qsizetype k = 1;
                while (k < word.size() && text.at(i + k) == word.at(k))
                    ++k;
                if (k == word.size()) {
                    marks[id] = stamp;
                    if (lastEnd)
                        (*lastEnd)[id] = i + word.size();
                }
            }
        }
    }
};

namespace {

QString jsonError(const QString &what) {
    return what;
}

bool readStringList(const QJsonValue &value, QStringList *out) {
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return false;
        out->append(item.toString());
    }
    return true;
}

}  // namespace

bool MetricCatalog::loadFromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            u"not valid JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = jsonError(u"the top level must be an object with a \"metrics\" array"_s);
        return false;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"metrics"_s).isArray()) {
        *error = u"no \"metrics\" array"_s;
        return false;
    }

    std::vector<MetricGroup> groups;
    for (const QJsonValue &value : root.value(u"groups"_s).toArray()) {
        const QJsonObject object = value.toObject();
        MetricGroup group{object.value(u"id"_s).toString(), object.value(u"name_zh"_s).toString(),
                          object.value(u"name_en"_s).toString()};
        if (group.id.isEmpty()) {
            *error = u"a group has no \"id\""_s;
            return false;
        }
        groups.push_back(group);
    }

    QStringList globalExclude;
    if (!readStringList(root.value(u"exclude"_s), &globalExclude)) {
        *error = u"\"exclude\" must be an array of non-empty strings"_s;
        return false;
    }

    QStringList reachVerbs;
    if (!readStringList(root.value(u"reach_verbs"_s), &reachVerbs)) {
        *error = u"\"reach_verbs\" must be an array of non-empty strings"_s;
        return false;
    }

    std::vector<MetricDefinition> metrics;
    QSet<QString> seen;
    const QJsonArray array = root.value(u"metrics"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        MetricDefinition metric;
        metric.id = object.value(u"id"_s).toString();
        const QString where =
            metric.id.isEmpty() ? u"metric #%1"_s.arg(i + 1) : u"metric \"%1\""_s.arg(metric.id);
        if (metric.id.isEmpty()) {
            *error = where + u" has no \"id\""_s;
            return false;
        }
        if (seen.contains(metric.id)) {
            *error = where + u" is defined twice"_s;
            return false;
        }
        seen.insert(metric.id);
        metric.group = object.value(u"group"_s).toString();
        metric.nameZh = object.value(u"name_zh"_s).toString();
        metric.nameEn = object.value(u"name_en"_s).toString();
        metric.unit = object.value(u"unit"_s).toString();
        if (metric.nameZh.isEmpty() || metric.nameEn.isEmpty()) {
            *error = where + u" needs both \"name_zh\" and \"name_en\""_s;
            return false;
        }
        QStringList keywords;
        if (!readStringList(object.value(u"keywords"_s), &keywords) || keywords.isEmpty()) {
            *error = where + u" needs a non-empty \"keywords\" array of strings"_s;
            return false;
        }
        for (const QString &keyword : keywords) {
            QStringList parts = keyword.split(u'&', Qt::SkipEmptyParts);
            for (QString &part : parts)
                part = part.trimmed();
            parts.removeAll(QString());
            if (parts.isEmpty()) {
                *error = where + u" has an empty keyword"_s;
                return false;
            }
            metric.keywords.push_back(parts);
        }
        if (!readStringList(object.value(u"units"_s), &metric.units) ||
            !readStringList(object.value(u"exclude"_s), &metric.exclude)) {
            *error = where + u": \"units\" and \"exclude\" must be arrays of non-empty strings"_s;
            return false;
        }
        if (metric.unit.isEmpty() && !metric.units.isEmpty())
            metric.unit = metric.units.front();
        if (!groups.empty() &&
            std::none_of(groups.begin(), groups.end(),
                         [&](const MetricGroup &g) { return g.id == metric.group; })) {
            *error = where + u" names the unknown group \"%1\""_s.arg(metric.group);
            return false;
        }
        metrics.push_back(std::move(metric));
    }

    m_groups = std::move(groups);
    m_metrics = std::move(metrics);
    m_globalExclude = std::move(globalExclude);
    m_reachVerbs = std::move(reachVerbs);
    buildIndex();
    return true;
}

bool MetricCatalog::loadFromFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read (%2)"_s.arg(path, file.errorString());
        return false;
    }
    QString reason;
    if (!loadFromJson(file.readAll(), &reason)) {
        *error = u"%1: %2"_s.arg(path, reason);
        return false;
    }
    return true;
}

QString MetricCatalog::builtInPath() {
    return u":/reportlens/metrics.json"_s;
}

const MetricCatalog &MetricCatalog::builtIn() {
    static const MetricCatalog catalog = [] {
        MetricCatalog loaded;
        QString error;
        if (!loaded.loadFromFile(builtInPath(), &error))
            qFatal("the built-in metrics file is broken: %s", qPrintable(error));
        return loaded;
    }();
    return catalog;
}

int MetricCatalog::indexOf(QStringView id) const {
    for (size_t i = 0; i < m_metrics.size(); ++i) {
        if (m_metrics[i].id == id)
            return int(i);
    }
    return -1;
}

void MetricCatalog::buildIndex() {
    auto index = std::make_shared<Index>();
    QHash<QString, int> ids;
    for (const MetricDefinition &metric : m_metrics) {
        std::vector<std::vector<int>> alternatives;
        for (const QStringList &parts : metric.keywords) {
            std::vector<int> partIds;
            for (const QString &part : parts)
                partIds.push_back(index->wordId(part, ids));
            alternatives.push_back(std::move(partIds));
        }
        index->keywordParts.push_back(std::move(alternatives));
        std::vector<int> excludeIds;
        for (const QString &word : metric.exclude)
            excludeIds.push_back(index->wordId(word, ids));
        index->excludeWords.push_back(std::move(excludeIds));
        std::vector<int> unitIds;
        for (const QString &unit : metric.units) {
            auto it = index->unitIds.constFind(unit);
            if (it == index->unitIds.constEnd())
                it = index->unitIds.insert(unit, int(index->unitIds.size()));
            unitIds.push_back(*it);
        }
        index->metricUnits.push_back(std::move(unitIds));
    }
    for (const QString &word : m_globalExclude)
        index->globalExcludeWords.push_back(index->wordId(word, ids));
    m_index = std::move(index);
}

bool MetricCatalog::continuesPreviousClause(QStringView label) const {
    return std::any_of(m_reachVerbs.begin(), m_reachVerbs.end(),
                       [&](const QString &verb) { return label.startsWith(verb); });
}

MetricMatch MetricCatalog::classify(const FigureContext &context) const {
    MetricMatch best;
    if (!m_index || m_metrics.empty())
        return best;
    const Index &index = *m_index;
    const size_t wordCount = size_t(index.words.size());
    // Scratch marks, reused across calls on this thread to keep the hot path allocation-free.
    thread_local std::vector<int> labelMarks, clauseMarks, topicMarks, leadInMarks, afterMarks;
    thread_local std::vector<qsizetype> topicEnds, afterEnds;
    thread_local int stamp = 0;
    if (labelMarks.size() < wordCount) {
        labelMarks.assign(wordCount, 0);
        clauseMarks.assign(wordCount, 0);
        topicMarks.assign(wordCount, 0);
        leadInMarks.assign(wordCount, 0);
        afterMarks.assign(wordCount, 0);
        topicEnds.assign(wordCount, 0);
        afterEnds.assign(wordCount, 0);
    }
    ++stamp;
    index.markWords(context.label, stamp, labelMarks, nullptr);
    index.markWords(context.clause, stamp, clauseMarks, nullptr);
    index.markWords(context.topic, stamp, topicMarks, &topicEnds);
    index.markWords(context.leadIn, stamp, leadInMarks, nullptr);
    index.markWords(context.after, stamp, afterMarks, &afterEnds);

    auto excluded = [&](const std::vector<int> &words) {
        return std::any_of(words.begin(), words.end(), [&](int id) {
            return labelMarks[id] == stamp || clauseMarks[id] == stamp;
        });
    };
    if (excluded(index.globalExcludeWords))
        return best;
    const int unitId = index.unitIds.value(context.unit.toString(), -1);

    for (size_t m = 0; m < m_metrics.size(); ++m) {
        const std::vector<int> &units = index.metricUnits[m];
        if (!units.empty() && std::find(units.begin(), units.end(), unitId) == units.end())
            continue;
        if (excluded(index.excludeWords[m]))
            continue;
        int metricScore = 0;
        for (const std::vector<int> &parts : index.keywordParts[m]) {
            qsizetype length = 0;
            bool inLabel = true;
            bool before = true;    // every part in the label or the text before the figure
            bool anywhere = true;  // … or in the words that follow it
            qsizetype distance = 0;
            for (int id : parts) {
                const qsizetype wordLength = index.words.at(id).size();
                length += wordLength;
                if (labelMarks[id] == stamp)
                    continue;
                inLabel = false;
                if (topicMarks[id] == stamp) {
                    distance = std::max(distance, context.topic.size() - topicEnds[id]);
                } else if (leadInMarks[id] == stamp) {
                    distance = std::max(distance, context.topic.size() + 20);
                } else if (afterMarks[id] == stamp) {
                    before = false;
                    distance = std::max(distance, afterEnds[id] - wordLength);
                } else {
                    before = anywhere = false;
                }
            }
            // Label beats what the sentence said before, which beats what it says after;
            // longer (more specific) keywords and nearer ones win within each.
            const int specific = int(length) * 20 - int(std::min<qsizetype>(distance, 400));
            int score = 0;
            if (inLabel)
                score = 1000 + int(length) * 20;
            else if (before)
                score = std::max(1, 500 + specific);
            else if (anywhere)
                score = std::max(1, 250 + specific / 2);
            metricScore = std::max(metricScore, score);
        }
        if (metricScore > best.score) {
            best.metricIndex = int(m);
            best.score = metricScore;
        }
    }
    return best;
}

}  // namespace reportlens
