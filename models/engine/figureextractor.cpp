#include "engine/figureextractor.h"

#include "engine/chinesescript.h"
#include "engine/figurelabeler.h"
#include "engine/figurevocabulary.h"
#include "engine/numbergrammar.h"
#include "engine/textchars.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

namespace Words = FigureVocabulary;

bool isAsciiLetter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'ａ' && u <= u'ｚ') ||
           (u >= u'Ａ' && u <= u'Ｚ');
}

bool isDash(QChar c) {
    return c == u'-' || c == u'—' || c == u'–' || c == u'－' || c == u'~' || c == u'～' ||
           c == u'至';
}

// Code-like neighbours: "1+X", "6+2", "5G", "“6·18”", "8:30", "No.3".
bool isCodeNeighbour(QChar c) {
    return isAsciiLetter(c) || c == u'+' || c == u'＋' || c == u'·' || c == u'・' || c == u'/' ||
           c == u'#' || c == u'@' || c == u'_' || c == u'=' || c == u'*' || c == u'×';
}

bool isOpeningQuote(QChar c) {
    return c == u'“' || c == u'「' || c == u'『';
}
bool isClosingQuote(QChar c) {
    return c == u'”' || c == u'」' || c == u'』';
}

// Short quoted names ("“12351”服务热线", "“四个100”", "“6·18”") and book titles hold
// slogans, codes and titles, not figures.
std::vector<std::pair<qsizetype, qsizetype>> protectedRanges(QStringView text) {
    std::vector<std::pair<qsizetype, qsizetype>> ranges;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'《') {
            const qsizetype close = text.indexOf(u'》', i + 1);
            if (close > 0) {
                ranges.push_back({i, close + 1});
                i = close;
            }
        } else if (isOpeningQuote(c)) {
            qsizetype close = i + 1;
            while (close < n && close - i <= 13 && !isClosingQuote(text.at(close)))
                ++close;
            if (close < n && isClosingQuote(text.at(close)) && close - i - 1 <= 12) {
                ranges.push_back({i, close + 1});
                i = close;
            }
        }
    }
    return ranges;
}

struct Candidate {
    qsizetype start = 0;  // including a prefix qualifier
    qsizetype end = 0;
    ExactNumber number;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
};

// Finds the figures of one sentence. Numbers are read in the text as written; words
// (qualifiers, units, followers) on its Simplified shadow, which has the same positions.
class SentenceScanner {
public:
    SentenceScanner(QStringView text, QStringView match, PassageKind kind)
        : m_text(text), m_match(match), m_kind(kind), m_protected(protectedRanges(match)) {}

    std::vector<Candidate> scan() {
        std::vector<Candidate> found;
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = m_text.at(i);
            NumberToken token;
            if (NumberGrammar::isArabicDigit(c)) {
                NumberGrammar::parseArabic(m_text, i, &token);
                i = finish(token, found);
            } else if ((c == u'百' || c == u'千') &&
                       (startsWithAt(m_text, i, u"百分之") || startsWithAt(m_text, i, u"千分之"))) {
                i = fraction(i, found);
            } else if (NumberGrammar::isChineseNumeralChar(c)) {
                if (NumberGrammar::parseChinese(m_text, i, &token)) {
                    if (startsWithAt(m_text, token.end, u"分之"))
                        i = fraction(i, found);
                    else
                        i = finish(token, found);
                } else {
                    i += NumberGrammar::chineseRunLength(m_text, i);
                }
            } else {
                ++i;
            }
        }
        return found;
    }

private:
    bool isProtected(qsizetype pos) const {
        for (const auto &range : m_protected) {
            if (pos >= range.first && pos < range.second)
                return true;
        }
        return false;
    }

    // "百分之五十", "三分之一", "千分之五": a share, given in per cent.
    qsizetype fraction(qsizetype start, std::vector<Candidate> &found) {
        NumberToken denominator;
        if (!NumberGrammar::parseChinese(m_text, start, &denominator))
            return start + 1;
        const qsizetype afterDenominator = denominator.end;
        if (!startsWithAt(m_text, afterDenominator, u"分之"))
            return start + 1;
        const qsizetype numeratorPos = afterDenominator + 2;
        NumberToken numerator;
        const bool parsed = numeratorPos < m_text.size() &&
                            (NumberGrammar::isArabicDigit(m_text.at(numeratorPos))
                                 ? NumberGrammar::parseArabic(m_text, numeratorPos, &numerator)
                                 : NumberGrammar::parseChinese(m_text, numeratorPos, &numerator));
        const double denominatorValue = denominator.number.toDouble();
        if (!parsed || denominatorValue <= 0 || isProtected(start))
            return numeratorPos;
        Candidate candidate;
        candidate.start = start;
        candidate.end = numerator.end;
        const double share = numerator.number.toDouble() / denominatorValue * 100.0;
        if (!(share >= 0 && share < 1e12))
            return numeratorPos;  // "三分之九九九…": no share a report states
        // Keep per-cent values exact where they are ("百分之五十" is 50, not 50.000…01).
        candidate.number =
            denominatorValue == 100 ? numerator.number : ExactNumber{qint64(share * 1e6 + 0.5), -6};
        candidate.unit = u"%"_s;
        candidate.qualifier = Words::prefixQualifier(m_match, start, &candidate.start);
        takeSuffixQualifier(&candidate);
        found.push_back(candidate);
        return candidate.end;
    }

    void takeSuffixQualifier(Candidate *candidate) const {
        qsizetype length = 0;
        const Qualifier qualifier = Words::suffixQualifier(m_match, candidate->end, &length);
        candidate->end += length;
        if (length > 0 && candidate->qualifier == Qualifier::Exact)
            candidate->qualifier = qualifier;
    }

    // Completes a number into a figure (or not) and returns where scanning goes on.
    qsizetype finish(const NumberToken &token, std::vector<Candidate> &found) {
        const qsizetype n = m_text.size();
        qsizetype pos = token.end;
        const qsizetype resume = std::max(pos, token.start + 1);

        if (isProtected(token.start))
            return resume;
        const QChar before = token.start > 0 ? m_text.at(token.start - 1) : QChar();
        // Ordinals: "第十四届", "第十三名"; codes: "1+X", "No.5"; spans: "1953—2020".
        if (before == u'第' || isCodeNeighbour(before) || before == u'.' || before == u'．')
            return resume;
        if (isDash(before) && token.start >= 2 &&
            NumberGrammar::digitValue(m_text.at(token.start - 2)) >= 0)
            return resume;
        if (pos < n) {
            const QChar after = m_text.at(pos);
            if (isCodeNeighbour(after))
                return resume;
            if (isDash(after) && pos + 1 < n && NumberGrammar::digitValue(m_text.at(pos + 1)) >= 0)
                return resume;
        }
        // A section number opening a heading: "3 职工群众获得感……", "1、组织建设".
        if (m_kind == PassageKind::Heading && token.start == 0 && !token.chinese && pos < n &&
            (isInlineSpace(m_text.at(pos)) || m_text.at(pos) == u'、' || m_text.at(pos) == u'.'))
            return resume;
        // Sessions are named with a Chinese numeral and 届, 第 or not: "市十七届人大四次会议".
        if (token.chinese && startsWithAt(m_match, pos, u"届"))
            return resume;

        Candidate candidate;
        candidate.number = token.number;
        candidate.qualifier = Words::prefixQualifier(m_match, token.start, &candidate.start);

        // 余/多 between the number and its multiplier or unit: "200多万条", "300余场".
        auto takeApproximation = [&]() {
            if (pos < n && (m_match.at(pos) == u'余' || m_match.at(pos) == u'多')) {
                qsizetype unitLength = 0;
                int power = 0;
                const bool followed = NumberGrammar::multiplierAt(m_text, pos + 1, &power) > 0 ||
                                      !Words::unitAt(m_match, pos + 1, &unitLength).isEmpty();
                if (followed || !token.chinese) {
                    ++pos;
                    candidate.qualifier = Qualifier::Over;
                    return true;
                }
            }
            return false;
        };
        takeApproximation();
        int power = 0;
        bool hasMultiplier = token.hasPlaceMultiplier;
        // "1955 万元": a space may stand between the digits and their multiplier.
        const qsizetype multiplierPos =
            !token.chinese && pos + 1 < n && isInlineSpace(m_text.at(pos)) &&
                    NumberGrammar::multiplierAt(m_text, pos + 1, &power) > 0
                ? pos + 1
                : pos;
        if (const qsizetype length = NumberGrammar::multiplierAt(m_text, multiplierPos, &power)) {
            // "十万" after a Chinese numeral was already read as part of the numeral.
            candidate.number = candidate.number.scaled(power);
            pos = multiplierPos + length;
            hasMultiplier = true;
            takeApproximation();
        }

        // Chinese numerals without a place are names and slogans ("两个确立", "三种精神",
        // "一会三研判"), but a count in prose with its measure word ("建立五处工驿站"); a bare
        // "百"/"千"/"万" is a figure only after a qualifier ("超百万").
        bool countedInProse = false;
        if (token.chinese) {
            if (token.bareLeadingPlace && candidate.start == token.start)
                return resume;
            if (!token.hasPlaceMultiplier && !token.usesTen) {
                qsizetype length = 0;
                const QString unit = Words::unitAt(m_match, pos, &length);
                countedInProse = token.number.toDouble() >= 2 && Words::isCountingMeasureWord(unit);
                if (!countedInProse)
                    return resume;
            }
        }

        qsizetype unitPos = pos;
        if (unitPos < n && isInlineSpace(m_text.at(unitPos)))
            ++unitPos;  // "1.5万 项"
        if (Words::isNonFigureFollower(m_match, unitPos))
            return resume;
        qsizetype unitLength = 0;
        QString unit = Words::unitAt(m_match, unitPos, &unitLength);
        if (!unit.isEmpty()) {
            pos = unitPos + unitLength;
            // "户(次)" / "人（次）": the bracketed 次 folds into the unit.
            if (pos + 2 < n && (m_text.at(pos) == u'(' || m_text.at(pos) == u'（') &&
                m_text.at(pos + 1) == u'次' &&
                (m_text.at(pos + 2) == u')' || m_text.at(pos + 2) == u'）')) {
                unit += u'次';
                pos += 3;
            }
        } else {
            if (token.chinese && !token.hasPlaceMultiplier && !countedInProse)
                return resume;  // "十佳", "十查十改"
            if (!hasMultiplier)
                return resume;  // "1263机关", "12351", "2017金秋助学"
            unit = Words::impliedUnit(m_match, pos);
            if (unit.isEmpty())
                return resume;
        }
        candidate.end = pos;
        candidate.unit = unit;
        takeSuffixQualifier(&candidate);
        found.push_back(candidate);
        return candidate.end;
    }

    QStringView m_text;
    QStringView m_match;
    PassageKind m_kind;
    std::vector<std::pair<qsizetype, qsizetype>> m_protected;
};

// A figure stating a fall is negative (figures.md, Sign): "下降11.2%", and each item of
// "分别下降16%和36%", which shares the verb of the item before it.
void applySigns(QStringView match, std::vector<Figure> &figures, size_t firstIndex) {
    for (size_t k = firstIndex; k < figures.size(); ++k) {
        Figure &figure = figures[k];
        const qsizetype clauseBegin = clauseStart(match, figure.sentenceStart);
        const Figure *previous = k > firstIndex ? &figures[k - 1] : nullptr;
        bool falls = false;
        if (previous && previous->sentenceEnd > clauseBegin &&
            Words::onlyJoinsListItems(match, previous->sentenceEnd, figure.sentenceStart)) {
            falls = previous->value < 0;
        } else {
            const qsizetype from = previous && previous->sentenceEnd > clauseBegin
                                       ? previous->sentenceEnd
                                       : clauseBegin;
            falls = Words::statesFall(match, from, figure.sentenceStart);
        }
        if (falls && figure.value > 0)
            figure.value = -figure.value;
    }
}

}  // namespace

QString FigureExtractor::unitAt(QStringView text, qsizetype pos, qsizetype *length) {
    return Words::unitAt(text, pos, length);
}

void FigureExtractor::extract(const Sentence &sentence, int sentenceIndex,
                              std::vector<Figure> &figures) {
    const QString match = sentence.forMatching();
    SentenceScanner scanner(sentence.text, match, sentence.kind);
    const std::vector<Candidate> candidates = scanner.scan();
    if (candidates.empty())
        return;
    const size_t firstIndex = figures.size();
    for (const Candidate &candidate : candidates) {
        // Beyond 10^16 a double no longer holds every integer: no report's figure is that
        // large, and an overflow would fill a cell with "inf".
        const double value = candidate.number.toDouble();
        if (!std::isfinite(value) || std::fabs(value) >= 1e16)
            continue;
        Figure figure;
        figure.raw = sentence.text.sliced(candidate.start, candidate.end - candidate.start);
        figure.value = value;
        figure.unit = candidate.unit;
        figure.qualifier = candidate.qualifier;
        figure.sentence = sentenceIndex;
        figure.sentenceStart = candidate.start;
        figure.sentenceEnd = candidate.end;
        const auto range = sentence.pieces.documentRange(candidate.start, candidate.end);
        figure.start = range.first;
        figure.end = range.second;
        figures.push_back(std::move(figure));
    }
    applySigns(match, figures, firstIndex);
    FigureLabeler::assign(sentence.text, match, figures, firstIndex);
}

std::vector<Figure> FigureExtractor::extractFromText(const QString &text, PassageKind kind) {
    Sentence sentence;
    sentence.text = text;
    sentence.kind = kind;
    sentence.pieces.append(0, 0, text.size());
    sentence.documentEnd = text.size();
    std::vector<Figure> figures;
    extract(sentence, 0, figures);
    return figures;
}

}  // namespace reportlens
