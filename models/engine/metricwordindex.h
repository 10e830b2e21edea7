// The words of a metrics catalogue (keyword parts and exclusions) indexed by first character,
// for MetricCatalog alone: which words occur in a text is found in one pass over it.
#pragma once

#include "engine/metriccatalog.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace reportlens {

// A keyword part with {place} or {local} in it: looked for one by one, not indexed.
inline bool isMetricPattern(const QString &part) {
    return part.contains(u"{place}") || part.contains(u"{local}");
}

// Every keyword part and exclusion word, indexed by first character, so that the words
// occurring in a text are found in one pass over it instead of one search per word.
struct MetricWordIndex {
    // Built once from the metrics; immutable afterwards, shared by copies of a catalogue.
    static std::shared_ptr<const MetricWordIndex> build(
        const std::vector<MetricDefinition> &metrics, const QStringList &globalExclude);

    QStringList words;
    // The words by their first character: a character's slot picks its list. Every character
    // of a sentence is looked up, so the 8 KB bit set (which stays in cache) answers first.
    std::vector<bool> isFirstChar = std::vector<bool>(0x10000, false);
    std::vector<int> firstCharSlot = std::vector<int>(0x10000, 0);
    std::vector<std::vector<int>> byFirstChar = std::vector<std::vector<int>>(1);

    const std::vector<int> &startingWith(char16_t c) const {
        return isFirstChar[c] ? byFirstChar[firstCharSlot[c]] : byFirstChar.front();
    }
    // The units metrics count in; keyed by views into unitNames, so that a figure's unit is
    // looked up without making a string of it.
    QStringList unitNames;
    QHash<QStringView, int> unitIds;
    bool someMetricTakesAnyUnit = false;                      // a metric that lists no unit
    std::vector<std::vector<int>> metricUnits;                // metric -> unit ids; empty: any unit
    std::vector<std::vector<std::vector<int>>> keywordParts;  // metric -> alternative -> words
    // metric -> alternative -> parts with {place} or {local}, looked for one by one
    std::vector<std::vector<QStringList>> patternParts;
    std::vector<std::vector<int>> excludeWords;  // metric -> words
    std::vector<int> globalExcludeWords;
    // word -> the (metric, alternative) keywords it is a part of
    std::vector<std::vector<std::pair<int, int>>> keywordsOfWord;
    // metric -> whether a keyword of it is made of {place}/{local} patterns only, so that no
    // word found in the text announces it
    std::vector<bool> hasPatternOnlyKeyword;

    // The words' characters side by side, so that matching a sentence reads one block rather
    // than a string object scattered on the heap per word.
    QString packed;
    std::vector<std::pair<qsizetype, qsizetype>> spans;  // word -> where in packed, length

    QStringView word(int id) const {
        const auto &[from, length] = spans[size_t(id)];
        return QStringView(packed).sliced(from, length);
    }

    int wordId(const QString &word, QHash<QString, int> &ids) {
        auto it = ids.constFind(word);
        if (it != ids.constEnd())
            return *it;
        const int id = int(words.size());
        words.append(word);
        spans.push_back({packed.size(), word.size()});
        packed.append(word);
        ids.insert(word, id);
        int &slot = firstCharSlot[word.front().unicode()];
        if (slot == 0) {
            slot = int(byFirstChar.size());
            byFirstChar.emplace_back();
        }
        byFirstChar[slot].push_back(id);
        isFirstChar[word.front().unicode()] = true;
        return id;
    }

    // Marks the words of hits that lie whole in range; lastEnd: where the last one ends.
    void markHits(const WordHits &hits, TextRange range, int stamp, std::vector<int> &marks,
                  std::vector<qsizetype> *lastEnd, std::vector<int> *found = nullptr) const {
        auto it = std::lower_bound(
            hits.at.begin(), hits.at.end(), range.begin,
            [](const std::pair<qsizetype, int> &hit, qsizetype at) { return hit.first < at; });
        for (; it != hits.at.end() && it->first < range.end; ++it) {
            const qsizetype end = it->first + spans[size_t(it->second)].second;
            if (end > range.end)
                continue;
            if (found && marks[size_t(it->second)] != stamp)
                found->push_back(it->second);
            marks[size_t(it->second)] = stamp;
            if (lastEnd)
                (*lastEnd)[size_t(it->second)] = end;
        }
    }

    // The metrics (ascending, each once) a keyword of which has every word marked; found: the
    // words marked, as only keywords they belong to can be whole.
    void metricsWhole(const std::vector<int> &found, const std::vector<int> &marks, int stamp,
                      std::vector<int> *named) const {
        named->clear();
        for (int id : found) {
            for (const auto &[m, k] : keywordsOfWord[size_t(id)]) {
                const std::vector<int> &parts = keywordParts[size_t(m)][size_t(k)];
                if (std::all_of(parts.begin(), parts.end(),
                                [&](int part) { return marks[size_t(part)] == stamp; }))
                    named->push_back(m);
            }
        }
        std::sort(named->begin(), named->end());
        named->erase(std::unique(named->begin(), named->end()), named->end());
    }

    // Marks with `stamp` (and the end position of the last occurrence) each word in text;
    // found: the words found, when asked for.
    void markWords(QStringView text, int stamp, std::vector<int> &marks,
                   std::vector<qsizetype> *lastEnd, std::vector<int> *found = nullptr) const {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            for (int id : startingWith(c)) {
                const QStringView word = this->word(id);
                if (i + word.size() > text.size())
                    continue;
                qsizetype k = 1;
                while (k < word.size() && text.at(i + k) == word.at(k))
                    ++k;
                if (k == word.size()) {
                    if (found && marks[id] != stamp)
                        found->push_back(id);
                    marks[id] = stamp;
                    if (lastEnd)
                        (*lastEnd)[id] = i + word.size();
                }
            }
        }
    }
};

}  // namespace reportlens
