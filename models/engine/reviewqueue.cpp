#include "engine/reviewqueue.h"

namespace reportlens {

std::vector<ReviewItem> ReviewQueue::itemsOf(const CityTable &table) {
    std::vector<ReviewItem> items;
    for (const TableCell &cell : table.cells) {
        if (cell.corrected)
            continue;
        if (cell.otherUnitFamily)
            items.push_back({ReviewItem::Reason::OtherUnit, cell});
        else if (cell.alternatives > 0)
            items.push_back({ReviewItem::Reason::Competing, cell});
        else if (cell.score < kSureScore)
            items.push_back({ReviewItem::Reason::LowConfidence, cell});
    }
    return items;
}

}  // namespace reportlens
