// What in a city table needs a person: cells filled from a figure of another unit family than
// the metric's, cells other figures compete for, and cells filled with low confidence (the
// metric taken from the figure's topic or surroundings rather than its own label); and empty
// cells for which a figure's own label names the metric (in a unit it takes) although the engine
// did not place it (a part, a target or a repeat it ruled out, or too unsure). A cell a user
// already chose or corrected has been looked at and is left out.
#pragma once

#include "engine/citytable.h"
#include "engine/correction.h"
#include "engine/metriccatalog.h"

#include <vector>

namespace reportlens {

struct ReviewItem {
    enum class Reason { OtherUnit, Competing, LowConfidence, Unplaced };

    Reason reason = Reason::LowConfidence;
    TableCell cell;       // an Unplaced figure's: the cell it could fill, with its own figure
    FigureAnchor figure;  // Unplaced: the figure, for placing it or leaving it out
};

// A figure of the table's reports that took no metric (ReportStore::unplacedFigures).
struct UnplacedFigure {
    TableCell figure;  // metric empty
    FigureAnchor anchor;
};

class ReviewQueue {
public:
    // Below this confidence (of 1000) a filled cell asks for a look: the metric's words were not
    // in the figure's own label.
    static constexpr int kSureScore = 800;

    // In the table's order (place, then metric); one item per cell, for its first reason.
    static std::vector<ReviewItem> itemsOf(const CityTable &table);
    // The same, and after each place's cells the unplaced figures whose label names a metric
    // of the catalogue (of its unit family) whose cell the place has empty.
    static std::vector<ReviewItem> itemsOf(const CityTable &table, const MetricCatalog &catalog,
                                           const std::vector<UnplacedFigure> &unplaced);
};

}  // namespace reportlens
