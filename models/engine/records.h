// What the store gives back, as plain values: the item models show them and the command line
// prints them, and neither needs storage for it.
#pragma once

#include "engine/correction.h"
#include "engine/document.h"

#include <QString>

#include <vector>

namespace reportlens {

struct DocumentSummary {
    qint64 id = 0;
    QString path;
    QString title;
    QString city;
    QString contentHash;
    int figureCount = 0;
};

// A figure that could fill a city's cell for a metric.
struct CellCandidate {
    FigureAnchor anchor;
    double value = 0;
    QString unit;
    QString label;
    bool filling = false;  // the one the table shows
};

struct SearchHit {
    qint64 documentId = 0;
    QString path;
    QString city;
    QString title;
    QString sentence;
    qint64 start = 0;  // code points in the document
    qint64 end = 0;
    std::vector<Figure> figures;  // the sentence's figures, corrections applied
};

}  // namespace reportlens
