#include "engine/metricwordindex.h"

namespace reportlens {

std::shared_ptr<const MetricWordIndex> MetricWordIndex::build(
    const std::vector<MetricDefinition> &metrics, const QStringList &globalExclude) {
    auto index = std::make_shared<MetricWordIndex>();
    QHash<QString, int> ids;
    for (const MetricDefinition &metric : metrics) {
        std::vector<std::vector<int>> alternatives;
        std::vector<QStringList> patterns;
        for (const QStringList &parts : metric.keywords) {
            std::vector<int> partIds;
            QStringList partPatterns;
            for (const QString &part : parts) {
                if (isMetricPattern(part))
                    partPatterns.append(part);
                else
                    partIds.push_back(index->wordId(part, ids));
            }
            alternatives.push_back(std::move(partIds));
            patterns.push_back(std::move(partPatterns));
        }
        index->keywordParts.push_back(std::move(alternatives));
        index->patternParts.push_back(std::move(patterns));
        std::vector<int> excludeIds;
        for (const QString &word : metric.exclude)
            excludeIds.push_back(index->wordId(word, ids));
        index->excludeWords.push_back(std::move(excludeIds));
        std::vector<int> unitIds;
        for (const QString &unit : metric.units) {
            auto it = index->unitIds.constFind(QStringView(unit));
            if (it == index->unitIds.constEnd()) {
                index->unitNames.append(unit);
                it = index->unitIds.insert(QStringView(index->unitNames.constLast()),
                                           int(index->unitIds.size()));
            }
            unitIds.push_back(*it);
        }
        index->someMetricTakesAnyUnit = index->someMetricTakesAnyUnit || unitIds.empty();
        index->metricUnits.push_back(std::move(unitIds));
    }
    for (const QString &word : globalExclude)
        index->globalExcludeWords.push_back(index->wordId(word, ids));
    index->keywordsOfWord.resize(size_t(index->words.size()));
    index->hasPatternOnlyKeyword.assign(index->keywordParts.size(), false);
    for (size_t m = 0; m < index->keywordParts.size(); ++m) {
        for (size_t k = 0; k < index->keywordParts[m].size(); ++k) {
            for (int id : index->keywordParts[m][k])
                index->keywordsOfWord[size_t(id)].push_back({int(m), int(k)});
            if (index->keywordParts[m][k].empty())
                index->hasPatternOnlyKeyword[m] = true;
        }
    }
    return index;
}

}  // namespace reportlens
