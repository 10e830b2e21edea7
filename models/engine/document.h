// The data the engine produces for one report: its text, sentences and figures.
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace reportlens {

enum class Qualifier { Exact, Approx, Over, Under };
// Every qualifier, in the order names are looked up and choices offered.
inline constexpr Qualifier kQualifiers[] = {Qualifier::Exact, Qualifier::Approx, Qualifier::Over,
                                            Qualifier::Under};

// The name stored and written out ("exact", "approx", "over", "under").
QString qualifierName(Qualifier qualifier);
bool qualifierFromName(QStringView name, Qualifier *qualifier);

// A run of a logical (rejoined) text that stands at one place in the document.
struct TextPiece {
    qsizetype logicalStart = 0;
    qsizetype documentStart = 0;
    qsizetype length = 0;
};

// Maps positions in text rejoined from several document runs back to the document.
class PieceMap {
public:
    void append(qsizetype logicalStart, qsizetype documentStart, qsizetype length);
    // Document position of the character at logicalPos (0 <= logicalPos < length()).
    qsizetype documentPosition(qsizetype logicalPos) const;
    // Document range [start, end) spanned by the logical range [from, to), to > from.
    std::pair<qsizetype, qsizetype> documentRange(qsizetype from, qsizetype to) const;
    // The part of this map covering logical [from, to), rebased to start at 0.
    PieceMap slice(qsizetype from, qsizetype to) const;
    const std::vector<TextPiece> &pieces() const { return m_pieces; }
    qsizetype length() const;

private:
    std::vector<TextPiece> m_pieces;
};

enum class PassageKind { Prose, Heading, Caption, Byline };

struct Sentence {
    QString text;  // rejoined: captions and page breaks inside it are left out
    // The text in Simplified script, position for position, that words are matched on; shares
    // text's data when the sentence has no Traditional character. Null: not made yet.
    QString matchText;
    PassageKind kind = PassageKind::Prose;

    // matchText, or made from text when the sentence did not come through LayoutRepair.
    QString forMatching() const;
    PieceMap pieces;
    qsizetype documentStart = 0;  // UTF-16 positions in Document::text, end exclusive
    qsizetype documentEnd = 0;
};

struct Figure {
    QString raw;
    double value = 0;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    QString label;
    QString metric;  // empty: no metric
    int sentence = -1;
    qsizetype sentenceStart = 0;  // UTF-16 positions in the sentence text
    qsizetype sentenceEnd = 0;
    qsizetype start = 0;  // UTF-16 positions in Document::text, end exclusive
    qsizetype end = 0;
    int metricScore = 0;  // the metric's confidence, 0–1000; picks the table's figure
    QString period;       // its own period ("2019", "..2022"), or empty: the document's
    bool target = false;  // planned, not reported: never fills a table cell

    // Set when the figure comes from the database (ReportStore).
    qint64 id = 0;
    bool rejected = false;   // the user said it is no figure
    bool corrected = false;  // the user changed a field
    bool userAdded = false;  // the user added it
    qint64 chosen = 0;       // the correction that chose it to fill its cell, or 0
};

struct Document {
    QString path;
    QString title;
    QString city;       // the place, written in full (厦门市, 通化市二道江区), or empty
    QString placeCode;  // its GB/T 2260 code in the gazetteer, or empty
    QString encoding;
    QString period;  // the years it reports on ("2018-2022", "2024", "2024H1"), or empty
    QString text;    // decoded, BOM removed
    std::vector<Sentence> sentences;
    std::vector<Figure> figures;

    // Positions of surrogate pairs in text, so that offsets can be given in code points.
    std::vector<qsizetype> surrogatePairs;

    QString contentHash;  // set by the store: SHA-256 of the decoded text
    qint64 id = 0;        // set by the store

    // Converts a UTF-16 position in text to a Unicode code point offset, and back.
    qsizetype codePointOffset(qsizetype utf16Pos) const;
    qsizetype utf16Offset(qsizetype codePoints) const;
    void indexSurrogatePairs();
};

}  // namespace reportlens
