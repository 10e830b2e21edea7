// Tells which place a report is about: the place of the federation whose work it reports (a
// city, or a province, county or district), found by the gazetteer's full and short names in the
// report's title, lead, bylines and body, in Simplified or Traditional script.
#pragma once

#include "engine/gazetteer.h"
#include "engine/layout.h"

#include <QString>

#include <vector>

namespace reportlens {

struct DetectedPlace {
    QString name;  // as the figures spec writes it: 厦门市, 通化市二道江区, 湖北省, 天津市
    QString code;  // GB/T 2260: 350200
    Gazetteer::Level level = Gazetteer::Level::City;
    QString parentName;  // the full name of the place above (福建省, 通化市); empty for a province
    QString provinceName;  // the province it lies in; a province's own name
    bool isEmpty() const { return name.isEmpty(); }
};

class PlaceDetector {
public:
    // Empty when the text names no place, or none that wins over the rest.
    static DetectedPlace detect(const std::vector<Passage> &passages);
    // A report says whose it is near its start; its first so many characters are read.
    static constexpr qsizetype kReadChars = 20000;
};

}  // namespace reportlens
