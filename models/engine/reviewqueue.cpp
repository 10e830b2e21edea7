#include "engine/reviewqueue.h"

#include "engine/comparability.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace reportlens {

std::vector<ReviewItem> ReviewQueue::itemsOf(const CityTable &table) {
    std::vector<ReviewItem> items;
    for (const TableCell &cell : table.cells) {
        if (cell.corrected)
            continue;
        if (cell.otherUnitFamily)
            items.push_back({ReviewItem::Reason::OtherUnit, cell, {}});
        else if (cell.alternatives > 0)
            items.push_back({ReviewItem::Reason::Competing, cell, {}});
        else if (cell.score < kSureScore)
            items.push_back({ReviewItem::Reason::LowConfidence, cell, {}});
    }
    return items;
}

std::vector<ReviewItem> ReviewQueue::itemsOf(const CityTable &table, const MetricCatalog &catalog,
                                             const std::vector<UnplacedFigure> &unplaced) {
    std::vector<ReviewItem> cellItems = itemsOf(table);
    QSet<QString> filled;  // city + '\x1f' + metric
    for (const TableCell &cell : table.cells)
        filled.insert(cell.city + QChar(0x1f) + cell.metric);
    QHash<QString, std::vector<ReviewItem>> unplacedOf;  // by place
    for (const UnplacedFigure &each : unplaced) {
        for (int index : catalog.metricsNamedIn(each.figure.label)) {
            const MetricDefinition &metric = catalog.metrics()[size_t(index)];
            // A word the metrics file excludes ("新增" before 会员) says it is not the metric.
            const bool excluded =
                std::any_of(metric.exclude.cbegin(), metric.exclude.cend(),
                            [&](const QString &word) { return each.figure.label.contains(word); });
            // A unit the metric takes (236对 of pairs is no count of organisations in 个).
            const bool unitTaken = metric.units.isEmpty()
                                       ? unitFamily(each.figure.unit) == unitFamily(metric.unit)
                                       : metric.units.contains(each.figure.unit);
            if (excluded || !unitTaken ||
                filled.contains(each.figure.city + QChar(0x1f) + metric.id))
                continue;
            ReviewItem item{ReviewItem::Reason::Unplaced, each.figure, each.anchor};
            item.cell.metric = metric.id;
            unplacedOf[each.figure.city].push_back(std::move(item));
            break;  // one item a figure: the first metric its label names
        }
    }
    if (unplacedOf.isEmpty())
        return cellItems;
    std::vector<ReviewItem> items;
    items.reserve(cellItems.size() + unplaced.size());
    // After each place's cells, its unplaced figures in the order they stand.
    auto next = cellItems.begin();
    for (const QString &city : table.cities) {
        for (; next != cellItems.end() && next->cell.city == city; ++next)
            items.push_back(std::move(*next));
        for (ReviewItem &item : unplacedOf[city])
            items.push_back(std::move(item));
    }
    for (; next != cellItems.end(); ++next)
        items.push_back(std::move(*next));
    return items;
}

}  // namespace reportlens
