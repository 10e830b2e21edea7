// Tells which place a report is about (a city, or a county, district or province when the
// report is about one) from the place names in its title and text, written in full.
#pragma once

#include "layout.h"

#include <QString>

#include <vector>

namespace reportlens {

class CityDetector {
public:
    static QString detect(const std::vector<Passage> &passages);
};

}  // namespace reportlens
