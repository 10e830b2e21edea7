#include "engine/document.h"

#include "engine/chinesescript.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

QString Sentence::forMatching() const {
    return matchText.size() == text.size() && !matchText.isNull() ? matchText
                                                                  : ChineseScript::simplified(text);
}

QString qualifierName(Qualifier qualifier) {
    switch (qualifier) {
        case Qualifier::Exact:
            return u"exact"_s;
        case Qualifier::Approx:
            return u"approx"_s;
        case Qualifier::Over:
            return u"over"_s;
        case Qualifier::Under:
            return u"under"_s;
    }
    return u"exact"_s;
}

bool qualifierFromName(QStringView name, Qualifier *qualifier) {
    for (Qualifier q : kQualifiers) {
        if (name == qualifierName(q)) {
            *qualifier = q;
            return true;
        }
    }
    return false;
}

void PieceMap::append(qsizetype logicalStart, qsizetype documentStart, qsizetype length) {
    if (length <= 0)
        return;
    if (!m_pieces.empty()) {
        TextPiece &last = m_pieces.back();
        // Merge contiguous runs so that a plain paragraph stays one piece.
        if (last.logicalStart + last.length == logicalStart &&
            last.documentStart + last.length == documentStart) {
            last.length += length;
            return;
        }
    }
    m_pieces.push_back({logicalStart, documentStart, length});
}

qsizetype PieceMap::documentPosition(qsizetype logicalPos) const {
    auto it = std::upper_bound(
        m_pieces.begin(), m_pieces.end(), logicalPos,
        [](qsizetype pos, const TextPiece &piece) { return pos < piece.logicalStart; });
    if (it == m_pieces.begin())
        return m_pieces.empty() ? logicalPos : m_pieces.front().documentStart;
    --it;
    return it->documentStart + (logicalPos - it->logicalStart);
}

std::pair<qsizetype, qsizetype> PieceMap::documentRange(qsizetype from, qsizetype to) const {
    return {documentPosition(from), documentPosition(to - 1) + 1};
}

PieceMap PieceMap::slice(qsizetype from, qsizetype to) const {
    PieceMap result;
    for (const TextPiece &piece : m_pieces) {
        const qsizetype begin = std::max(from, piece.logicalStart);
        const qsizetype end = std::min(to, piece.logicalStart + piece.length);
        if (begin < end)
            result.append(begin - from, piece.documentStart + (begin - piece.logicalStart),
                          end - begin);
    }
    return result;
}

qsizetype PieceMap::length() const {
    return m_pieces.empty() ? 0 : m_pieces.back().logicalStart + m_pieces.back().length;
}

qsizetype Document::codePointOffset(qsizetype utf16Pos) const {
    // Each pair before the position counts as one code point, not two.
    const auto before = std::lower_bound(surrogatePairs.begin(), surrogatePairs.end(), utf16Pos);
    return utf16Pos - (before - surrogatePairs.begin());
}

qsizetype Document::utf16Offset(qsizetype codePoints) const {
    // Every pair that starts before the target adds one UTF-16 unit.
    qsizetype units = codePoints;
    for (qsizetype pair : surrogatePairs) {
        if (pair >= units)
            break;
        ++units;
    }
    return units;
}

void Document::indexSurrogatePairs() {
    surrogatePairs.clear();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            surrogatePairs.push_back(i);
            ++i;
        }
    }
}

}  // namespace reportlens
