// Recovers the logical text of a newspaper page dump: classifies lines as prose, headings,
// captions and bylines, and rejoins prose cut by page breaks or by captions standing
// between the halves of a sentence.
#pragma once

#include "engine/document.h"

#include <QStringView>

#include <vector>

namespace reportlens {

struct Passage {
    PassageKind kind = PassageKind::Prose;
    QString text;  // logical text: rejoined, with the page-break and caption gaps left out
    PieceMap pieces;
};

class LayoutRepair {
public:
    static std::vector<Passage> passages(QStringView text);
    // The block kind a single line would get on its own (exposed for tests).
    static PassageKind classifyLine(QStringView line);
    // Splits a passage into sentences (Chinese and ASCII sentence-final punctuation, with
    // closing quotes and brackets kept on the sentence they close).
    // No sentence is longer (in UTF-16 units): longer runs without a full stop are cut after
    // a clause mark. The reports' longest sentences have about 300 characters.
    static constexpr qsizetype kLongestSentence = 1000;
    static std::vector<Sentence> sentences(const Passage &passage);
    // The headline of the report: the first heading-like block of some length near the top.
    static QString title(const std::vector<Passage> &passages);
};

}  // namespace reportlens
