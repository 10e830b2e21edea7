#include "engine/nearestnames.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace reportlens {

int editDistance(const QString &a, const QString &b) {
    std::vector<int> previous(size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QStringList nearestNames(const QString &typed, const QStringList &names, int count) {
    const QString key = typed.trimmed().toLower();
    std::vector<std::pair<int, QString>> near;
    for (const QString &name : names) {
        const int distance = editDistance(key, name.toLower());
        if (distance <= std::max<qsizetype>(1, std::max(key.size(), name.size()) / 3))
            near.emplace_back(distance, name);
    }
    std::stable_sort(near.begin(), near.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList nearest;
    for (size_t i = 0; i < near.size() && int(i) < count; ++i)
        nearest.append(near[i].second);
    return nearest;
}

}  // namespace reportlens
