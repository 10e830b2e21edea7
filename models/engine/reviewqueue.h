// What in a city table needs a person: cells filled from a figure of another unit family than
// the metric's, cells other figures compete for, and cells filled with low confidence (the
// metric taken from the figure's topic or surroundings rather than its own label). A cell a
// user already chose or corrected has been looked at and is left out.
#pragma once

#include "engine/citytable.h"

#include <vector>

namespace reportlens {

struct ReviewItem {
    enum class Reason { OtherUnit, Competing, LowConfidence };

    Reason reason = Reason::LowConfidence;
    TableCell cell;
};

class ReviewQueue {
public:
    // Below this confidence (of 1000) a filled cell asks for a look: the metric's words were not
    // in the figure's own label.
    static constexpr int kSureScore = 800;

    // In the table's order (place, then metric); one item per cell, for its first reason.
    static std::vector<ReviewItem> itemsOf(const CityTable &table);
};

}  // namespace reportlens
