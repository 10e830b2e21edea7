// Finds the figures of a sentence (figures.md): the number, its multiplier, qualifier and
// unit (stated or implied), and the label that says what is counted. Leaves out what the
// spec says is not a figure: dates, ordinals, congress names, heading numbers, slogans,
// codes and hotlines, durations.
#pragma once

#include "engine/document.h"

#include <QStringView>

#include <vector>

namespace reportlens {

class FigureExtractor {
public:
    // Appends the figures of the sentence; their document positions come from its pieces.
    static void extract(const Sentence &sentence, int sentenceIndex, std::vector<Figure> &figures);
    // Convenience for tests: the figures of a single prose sentence standing alone.
    static std::vector<Figure> extractFromText(const QString &sentence,
                                               PassageKind kind = PassageKind::Prose);
    // The unit that starts at pos (longest match), normalised ("戶" -> "户"); its length in
    // *length. Empty when none.
    static QString unitAt(QStringView text, qsizetype pos, qsizetype *length);
};

}  // namespace reportlens
