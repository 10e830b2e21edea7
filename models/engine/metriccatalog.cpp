#include "engine/metriccatalog.h"

#include "engine/metricwordindex.h"
#include "engine/textchars.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

namespace {

QString jsonError(const QString &what) {
    return what;
}

const QString kPlace = QStringLiteral("{place}");
const QString kLocal = QStringLiteral("{local}");

bool isHan(QChar c) {
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

// Where a {place}/{local} keyword part ends in text, or -1. *local: found through {local}.
qsizetype findPattern(QStringView text, const QString &pattern, const QStringList &placeNames,
                      bool *local) {
    if (pattern.startsWith(kPlace)) {
        const QStringView rest = QStringView(pattern).sliced(kPlace.size());
        for (const QString &name : placeNames) {
            for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (text.sliced(at + name.size()).startsWith(rest))
                    return at + name.size() + rest.size();
            }
        }
        return -1;
    }
    if (pattern.startsWith(kLocal)) {
        // A local title: two Han characters before the rest ("荆楚工匠", "“河东工匠”").
        const QStringView rest = QStringView(pattern).sliced(kLocal.size());
        static constexpr QStringView functionWords = u"及和与等的之或并";
        for (qsizetype at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1)) {
            if (at >= 2 && isHan(text.at(at - 1)) && isHan(text.at(at - 2)) &&
                !functionWords.contains(text.at(at - 1)) &&
                !functionWords.contains(text.at(at - 2))) {
                *local = true;
                return at + rest.size();
            }
        }
    }
    return -1;
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
        *error = jsonError(QCoreApplication::translate(
            "reportlens::MetricCatalog",
            "the top level must be an object with a \"metrics\" array"));
        return false;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"metrics"_s).isArray()) {
        *error = QCoreApplication::translate("reportlens::MetricCatalog", "no \"metrics\" array");
        return false;
    }

    std::vector<MetricGroup> groups;
    for (const QJsonValue &value : root.value(u"groups"_s).toArray()) {
        const QJsonObject object = value.toObject();
        MetricGroup group{object.value(u"id"_s).toString(), object.value(u"name_zh"_s).toString(),
                          object.value(u"name_en"_s).toString()};
        if (group.id.isEmpty()) {
            *error =
                QCoreApplication::translate("reportlens::MetricCatalog", "a group has no \"id\"");
            return false;
        }
        groups.push_back(group);
    }

    QStringList globalExclude;
    if (!readStringList(root.value(u"exclude"_s), &globalExclude)) {
        *error = QCoreApplication::translate("reportlens::MetricCatalog",
                                             "\"exclude\" must be an array of non-empty strings");
        return false;
    }

    QStringList reachVerbs;
    if (!readStringList(root.value(u"reach_verbs"_s), &reachVerbs)) {
        *error = QCoreApplication::translate(
            "reportlens::MetricCatalog", "\"reach_verbs\" must be an array of non-empty strings");
        return false;
    }

    QStringList subgroups;
    if (!readStringList(root.value(u"subgroups"_s), &subgroups)) {
        *error = QCoreApplication::translate("reportlens::MetricCatalog",
                                             "\"subgroups\" must be an array of non-empty strings");
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
            metric.id.isEmpty()
                ? QCoreApplication::translate("reportlens::MetricCatalog", "metric #%1").arg(i + 1)
                : QCoreApplication::translate("reportlens::MetricCatalog", "metric \"%1\"")
                      .arg(metric.id);
        if (metric.id.isEmpty()) {
            *error = QCoreApplication::translate("reportlens::MetricCatalog", "%1 has no \"id\"")
                         .arg(where);
            return false;
        }
        if (seen.contains(metric.id)) {
            *error = QCoreApplication::translate("reportlens::MetricCatalog", "%1 is defined twice")
                         .arg(where);
            return false;
        }
        seen.insert(metric.id);
        metric.group = object.value(u"group"_s).toString();
        metric.nameZh = object.value(u"name_zh"_s).toString();
        metric.nameEn = object.value(u"name_en"_s).toString();
        metric.unit = object.value(u"unit"_s).toString();
        if (metric.nameZh.isEmpty() || metric.nameEn.isEmpty()) {
            *error = QCoreApplication::translate("reportlens::MetricCatalog",
                                                 "%1 needs both \"name_zh\" and \"name_en\"")
                         .arg(where);
            return false;
        }
        QStringList keywords;
        if (!readStringList(object.value(u"keywords"_s), &keywords) || keywords.isEmpty()) {
            *error =
                QCoreApplication::translate("reportlens::MetricCatalog",
                                            "%1 needs a non-empty \"keywords\" array of strings")
                    .arg(where);
            return false;
        }
        for (const QString &keyword : keywords) {
            QStringList parts = keyword.split(u'&', Qt::SkipEmptyParts);
            for (QString &part : parts)
                part = part.trimmed();
            parts.removeAll(QString());
            if (parts.isEmpty()) {
                *error = QCoreApplication::translate("reportlens::MetricCatalog",
                                                     "%1 has an empty keyword")
                             .arg(where);
                return false;
            }
            metric.keywords.push_back(parts);
        }
        if (!readStringList(object.value(u"units"_s), &metric.units) ||
            !readStringList(object.value(u"exclude"_s), &metric.exclude)) {
            *error = QCoreApplication::translate(
                         "reportlens::MetricCatalog",
                         "%1: \"units\" and \"exclude\" must be arrays of non-empty strings")
                         .arg(where);
            return false;
        }
        if (metric.unit.isEmpty() && !metric.units.isEmpty())
            metric.unit = metric.units.front();
        const QString measure = object.value(u"measure"_s).toString(u"flow"_s);
        if (measure != u"flow" && measure != u"level") {
            *error = QCoreApplication::translate(
                         "reportlens::MetricCatalog",
                         "%1: \"measure\" must be \"flow\" (counted over the period) or \"level\" "
                         "(reached at its end)")
                         .arg(where);
            return false;
        }
        metric.level = measure == u"level";
        if (!groups.empty() &&
            std::none_of(groups.begin(), groups.end(),
                         [&](const MetricGroup &g) { return g.id == metric.group; })) {
            *error = QCoreApplication::translate("reportlens::MetricCatalog",
                                                 "%1 names the unknown group \"%2\"")
                         .arg(where, metric.group);
            return false;
        }
        metrics.push_back(std::move(metric));
    }

    m_groups = std::move(groups);
    m_metrics = std::move(metrics);
    m_globalExclude = std::move(globalExclude);
    m_reachVerbs = std::move(reachVerbs);
    m_subgroups = std::move(subgroups);
    // Whether a metric is a flow or a level changes how the table shows it, not what the engine
    // classifies: a line that says only that is left out, so that changing it (or adding it to
    // an older file) does not make every stored report be parsed again.
    static const QRegularExpression measureLine(
        uR"re(^[ \t]*"measure"[ \t]*:[ \t]*"(flow|level)"[ \t]*,?[ \t]*\r?\n)re"_s,
        QRegularExpression::MultilineOption);
    m_sourceHash = QCryptographicHash::hash(QString::fromUtf8(json).remove(measureLine).toUtf8(),
                                            QCryptographicHash::Sha256);
    m_index = MetricWordIndex::build(m_metrics, m_globalExclude);
    return true;
}

bool MetricCatalog::loadFromFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("reportlens::MetricCatalog", "%1: cannot be read (%2)")
                     .arg(path, file.errorString());
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

bool MetricCatalog::someMetricTakes(const QString &unit) const {
    return m_index &&
           (m_index->someMetricTakesAnyUnit || m_index->unitIds.contains(QStringView(unit)));
}

bool MetricCatalog::continuesPreviousClause(QStringView label) const {
    return std::any_of(m_reachVerbs.begin(), m_reachVerbs.end(), [&](const QString &verb) {
        return !label.isEmpty() && label.front() == verb.front() && label.startsWith(verb);
    });
}

std::vector<int> MetricCatalog::metricsNamedIn(QStringView label) const {
    std::vector<int> named;  // allocates only when the label names a metric
    if (!m_index)
        return named;
    const MetricWordIndex &index = *m_index;
    thread_local std::vector<int> marks;
    thread_local std::vector<int> found;
    thread_local int stamp = 0;
    if (marks.size() < size_t(index.words.size()))
        marks.assign(size_t(index.words.size()), 0);
    ++stamp;
    found.clear();
    index.markWords(label, stamp, marks, nullptr, &found);
    index.metricsWhole(found, marks, stamp, &named);
    return named;
}

WordHits MetricCatalog::wordsIn(QStringView text) const {
    WordHits hits;
    if (!m_index)
        return hits;
    const MetricWordIndex &index = *m_index;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        for (int id : index.startingWith(c)) {
            if (startsWithAt(text, i, index.word(id)))
                hits.at.push_back({i, id});
        }
    }
    return hits;
}

MetricMatch MetricCatalog::classify(const FigureContext &context) const {
    const std::vector<MetricMatch> found = matches(context);
    return found.empty() ? MetricMatch{} : found.front();
}

std::vector<MetricMatch> MetricCatalog::matches(const FigureContext &context,
                                                std::vector<int> *namedInLabel) const {
    std::vector<MetricMatch> found;
    if (namedInLabel)
        namedInLabel->clear();
    if (!m_index || m_metrics.empty())
        return found;
    const MetricWordIndex &index = *m_index;
    const size_t wordCount = size_t(index.words.size());
    // Scratch marks, reused across calls on this thread to keep the hot path allocation-free.
    thread_local std::vector<int> labelMarks, clauseMarks, topicMarks, leadInMarks, afterMarks,
        scopeMarks;
    thread_local std::vector<qsizetype> topicEnds, afterEnds;
    // The words found where a keyword counts, and the metrics they are keywords of: only those
    // metrics (and ones with pattern-only keywords) can match, so the rest are not looked at.
    thread_local std::vector<int> keywordWords, metricMarks, labelWords;
    thread_local int stamp = 0;
    if (labelMarks.size() < wordCount) {
        for (auto *marks :
             {&labelMarks, &clauseMarks, &topicMarks, &leadInMarks, &afterMarks, &scopeMarks})
            marks->assign(wordCount, 0);
        topicEnds.assign(wordCount, 0);
        afterEnds.assign(wordCount, 0);
    }
    if (metricMarks.size() < m_metrics.size())
        metricMarks.assign(m_metrics.size(), 0);
    ++stamp;
    labelWords.clear();
    index.markWords(context.label, stamp, labelMarks, nullptr, &labelWords);
    if (namedInLabel)
        index.metricsWhole(labelWords, labelMarks, stamp, namedInLabel);
    keywordWords = labelWords;
    index.markWords(context.leadIn, stamp, leadInMarks, nullptr, &keywordWords);
    const WordHits noHits;
    const WordHits &hits = context.hits ? *context.hits : noHits;
    index.markHits(hits, context.clause, stamp, clauseMarks, nullptr);
    index.markHits(hits, context.topic, stamp, topicMarks, &topicEnds, &keywordWords);
    index.markHits(hits, context.near, stamp, topicMarks, &topicEnds, &keywordWords);
    index.markHits(hits, context.after, stamp, afterMarks, &afterEnds, &keywordWords);
    for (int id : keywordWords) {
        for (const auto &keyword : index.keywordsOfWord[size_t(id)])
            metricMarks[size_t(keyword.first)] = stamp;
    }
    for (const TextRange &range : context.scope)
        index.markHits(hits, range, stamp, scopeMarks, nullptr);
    // Distances count back from the figure over the topic and its own clause, not over the
    // clauses skipped between them.
    const qsizetype topicSize = std::max<qsizetype>(0, context.topic.end - context.topic.begin) +
                                std::max<qsizetype>(0, context.near.end - context.near.begin);
    auto distanceBack = [&](qsizetype end) {
        if (!context.near.isEmpty() && end > context.near.begin)
            return context.near.end - end;
        return context.topic.end - end +
               std::max<qsizetype>(0, context.near.end - context.near.begin);
    };
    const QStringView topicText =
        context.sentence.isNull() || context.topic.isEmpty()
            ? QStringView()
            : context.sentence.sliced(context.topic.begin, context.topic.end - context.topic.begin);
    const QStringView nearText =
        context.sentence.isNull() || context.near.isEmpty()
            ? QStringView()
            : context.sentence.sliced(context.near.begin, context.near.end - context.near.begin);

    auto excluded = [&](const std::vector<int> &words) {
        return std::any_of(words.begin(), words.end(), [&](int id) {
            return labelMarks[id] == stamp || clauseMarks[id] == stamp || scopeMarks[id] == stamp;
        });
    };
    if (excluded(index.globalExcludeWords))
        return found;
    const int unitId = index.unitIds.value(context.unit, -1);

    for (size_t m = 0; m < m_metrics.size(); ++m) {
        if (metricMarks[m] != stamp && !index.hasPatternOnlyKeyword[m])
            continue;
        const std::vector<int> &units = index.metricUnits[m];
        if (!units.empty() && std::find(units.begin(), units.end(), unitId) == units.end())
            continue;
        if (excluded(index.excludeWords[m]))
            continue;
        MetricMatch best;
        best.metricIndex = int(m);
        const auto &alternatives = index.keywordParts[m];
        for (size_t a = 0; a < alternatives.size(); ++a) {
            qsizetype length = 0;
            bool inLabel = true;
            bool before = true;    // every part in the label or the text before the figure
            bool anywhere = true;  // … or in the words that follow it
            bool leadIn = false;
            bool local = false;
            bool wordInLabel = false;
            qsizetype distance = 0;
            for (int id : alternatives[a]) {
                const qsizetype wordLength = index.spans[size_t(id)].second;
                length += wordLength;
                if (labelMarks[id] == stamp) {
                    wordInLabel = true;
                    continue;
                }
                inLabel = false;
                if (topicMarks[id] == stamp) {
                    distance = std::max(distance, distanceBack(topicEnds[id]));
                } else if (leadInMarks[id] == stamp) {
                    leadIn = true;
                    distance = std::max(distance, topicSize + 20);
                } else if (afterMarks[id] == stamp) {
                    before = false;
                    distance = std::max(distance, afterEnds[id] - wordLength - context.after.begin);
                } else {
                    before = anywhere = false;
                }
            }
            for (const QString &pattern : index.patternParts[m][a]) {
                length += pattern.size();
                const bool localTitle = pattern.startsWith(kLocal);
                bool found = false;
                // A local title is the thing counted: it ends the label ("培育云岭工匠"), or the
                // first of the things counted ("129名云岭工匠和一批各级工匠人才").
                const qsizetype labelEnd =
                    findPattern(context.label, pattern, context.placeNames, &found);
                const bool endsCountedNoun =
                    labelEnd == context.label.size() ||
                    (labelEnd > 0 &&
                     QStringView(u"和及与、等").contains(context.label.at(labelEnd)));
                if (labelEnd >= 0 && (!localTitle || endsCountedNoun)) {
                    local = local || found;
                    continue;
                }
                inLabel = false;
                qsizetype end = -1;
                if (!localTitle) {
                    const qsizetype inNear =
                        findPattern(nearText, pattern, context.placeNames, &found);
                    const qsizetype inTopic =
                        findPattern(topicText, pattern, context.placeNames, &found);
                    end = inNear >= 0 ? context.near.begin + inNear
                                      : (inTopic >= 0 ? context.topic.begin + inTopic : -1);
                }
                if (end >= 0)
                    distance = std::max(distance, distanceBack(end));
                else
                    before = anywhere = false;
            }
            // Label beats what the sentence said before, which beats what it says after;
            // longer (more specific) keywords and nearer ones win within each.
            const int specific = int(length) * 20 - int(std::min<qsizetype>(distance, 400));
            MetricMatch match = best;
            match.local = local;
            match.wordInLabel = wordInLabel;
            if (inLabel) {
                match.score = 1000 + int(length) * 20;
                match.where = MetricMatch::Where::Label;
            } else if (before) {
                match.score = std::max(1, 500 + specific);
                match.where = leadIn ? MetricMatch::Where::LeadIn : MetricMatch::Where::Before;
            } else if (anywhere) {
                match.score = std::max(1, 250 + specific / 2);
                match.where = MetricMatch::Where::After;
            }
            if (match.score > best.score)
                best = match;
        }
        if (best.score > 0)
            found.push_back(best);
    }
    std::sort(found.begin(), found.end(),
              [](const MetricMatch &a, const MetricMatch &b) { return a.score > b.score; });
    return found;
}

}  // namespace reportlens
