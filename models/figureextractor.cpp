#include "figureextractor.h"

#include "numbergrammar.h"
#include "textchars.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

struct UnitSpelling {
    QStringView written;
    QStringView normal;
};

// Measure words and units, longest first so that 人次 wins over 人. Traditional forms map
// to the simplified unit so that figures compare across reports.
constexpr UnitSpelling kUnits[] = {
    {u"个百分点", u"个百分点"},
    {u"平方公里", u"平方公里"},
    {u"平方米", u"平方米"},
    {u"立方米", u"立方米"},
    {u"人民币", u"元"},
    {u"人次", u"人次"},
    {u"户次", u"户次"},
    {u"戶次", u"户次"},
    {u"场次", u"场次"},
    {u"場次", u"场次"},
    {u"家次", u"家次"},
    {u"件次", u"件次"},
    {u"批次", u"批次"},
    {u"车次", u"车次"},
    {u"班次", u"班次"},
    {u"架次", u"架次"},
    {u"课时", u"课时"},
    {u"学时", u"学时"},
    {u"公里", u"公里"},
    {u"千米", u"千米"},
    {u"公斤", u"公斤"},
    {u"千克", u"千克"},
    {u"平米", u"平方米"},
    {u"美元", u"美元"},
    {u"元", u"元"},
    {u"圆", u"元"},
    {u"人", u"人"},
    {u"名", u"名"},
    {u"户", u"户"},
    {u"戶", u"户"},
    {u"家", u"家"},
    {u"个", u"个"},
    {u"個", u"个"},
    {u"场", u"场"},
    {u"場", u"场"},
    {u"项", u"项"},
    {u"項", u"项"},
    {u"件", u"件"},
    {u"份", u"份"},
    {u"期", u"期"},
    {u"册", u"册"},
    {u"冊", u"册"},
    {u"吨", u"吨"},
    {u"噸", u"吨"},
    {u"条", u"条"},
    {u"條", u"条"},
    {u"起", u"起"},
    {u"所", u"所"},
    {u"座", u"座"},
    {u"处", u"处"},
    {u"處", u"处"},
    {u"支", u"支"},
    {u"批", u"批"},
    {u"篇", u"篇"},
    {u"部", u"部"},
    {u"张", u"张"},
    {u"張", u"张"},
    {u"台", u"台"},
    {u"辆", u"辆"},
    {u"輛", u"辆"},
    {u"本", u"本"},
    {u"届", u"届"},
    {u"屆", u"届"},
    {u"种", u"种"},
    {u"種", u"种"},
    {u"类", u"类"},
    {u"類", u"类"},
    {u"位", u"位"},
    {u"对", u"对"},
    {u"對", u"对"},
    {u"组", u"组"},
    {u"組", u"组"},
    {u"间", u"间"},
    {u"間", u"间"},
    {u"套", u"套"},
    {u"亩", u"亩"},
    {u"畝", u"亩"},
    {u"米", u"米"},
    {u"次", u"次"},
    {u"例", u"例"},
    {u"宗", u"宗"},
    {u"笔", u"笔"},
    {u"筆", u"笔"},
    {u"单", u"单"},
    {u"片", u"片"},
    {u"栋", u"栋"},
    {u"棟", u"栋"},
    {u"%", u"%"},
    {u"％", u"%"},
    {u"‰", u"‰"},
};

// After a number these make it a date, time, age, duration or name, not a figure.
constexpr QStringView kNonFigureFollowers[] = {
    u"年",   u"月",       u"日", u"号",   u"號",   u"时",   u"時",   u"点", u"點",     u"分钟",
    u"秒",   u"周年",     u"岁", u"歲",   u"世纪", u"后",   u"後",   u"大", u"个春秋", u"个年头",
    u"个月", u"个工作日", u"天", u"小时", u"周",   u"届中", u"星级", u"G",
};

struct PrefixQualifier {
    QStringView word;
    Qualifier qualifier;
};

constexpr PrefixQualifier kPrefixQualifiers[] = {
    {u"不超过", Qualifier::Under}, {u"超过", Qualifier::Over},   {u"多于", Qualifier::Over},
    {u"超", Qualifier::Over},      {u"逾", Qualifier::Over},     {u"将近", Qualifier::Approx},
    {u"接近", Qualifier::Approx},  {u"大约", Qualifier::Approx}, {u"近", Qualifier::Approx},
    {u"约", Qualifier::Approx},    {u"不到", Qualifier::Under},  {u"不足", Qualifier::Under},
    {u"少于", Qualifier::Under},   {u"过", Qualifier::Over},
};

struct SuffixQualifier {
    QStringView word;
    Qualifier qualifier;
};

constexpr SuffixQualifier kSuffixQualifiers[] = {
    {u"以上", Qualifier::Over},   {u"以下", Qualifier::Under},  {u"以内", Qualifier::Under},
    {u"左右", Qualifier::Approx}, {u"上下", Qualifier::Approx},
};

// Nouns that make a number of people plain when no measure word follows ("两百万职工").
constexpr QStringView kPeopleNouns[] = {u"职工",   u"工人", u"会员", u"农民工", u"劳动者",
                                        u"志愿者", u"人员", u"群众", u"员工",   u"党员"};
// Words that make a number of money plain ("投入180多万开展……").
constexpr QStringView kMoneyWords[] = {u"投入", u"筹集", u"资金",   u"经费",   u"发放", u"补助",
                                       u"金额", u"捐",   u"款",     u"慰问金", u"效益", u"费用",
                                       u"拨付", u"募集", u"救助金", u"补贴",   u"奖金", u"投资"};

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

// Inline comparisons: these run at every number and the words are one to four characters.
bool startsWithAt(QStringView text, qsizetype pos, QStringView word) {
    if (pos < 0 || pos + word.size() > text.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (text.at(pos + k) != word.at(k))
            return false;
    }
    return true;
}

bool endsWithAt(QStringView text, qsizetype end, QStringView word) {
    return startsWithAt(text, end - word.size(), word);
}

struct Candidate {
    qsizetype start = 0;  // including a prefix qualifier
    qsizetype end = 0;
    ExactNumber number;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
};

class SentenceScanner {
public:
    SentenceScanner(QStringView text, PassageKind kind)
        : m_text(text), m_kind(kind), m_protected(protectedRanges(text)) {}

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
        qsizetype afterDenominator = start;
        if (NumberGrammar::parseChinese(m_text, start, &denominator)) {
            afterDenominator = denominator.end;
        } else {
            return start + 1;
        }
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
        candidate.qualifier = prefixQualifier(start, &candidate.start);
        suffixQualifier(&candidate);
        found.push_back(candidate);
        return candidate.end;
    }

    Qualifier prefixQualifier(qsizetype numberStart, qsizetype *rawStart) const {
        for (const PrefixQualifier &prefix : kPrefixQualifiers) {
            if (!endsWithAt(m_text, numberStart, prefix.word))
                continue;
            const qsizetype wordStart = numberStart - prefix.word.size();
            // "要约", "节约", "签约", "预约", "合约": 约 ending a word is no approximation.
            if (prefix.word == u"约" && wordStart > 0 &&
                QStringView(u"要节签预合契公条制缔守履违解").contains(m_text.at(wordStart - 1)))
                continue;
            if (prefix.word == u"过" || prefix.word == u"近" || prefix.word == u"超") {
                // "通过", "经过", "最近", "附近", "高超": part of a word, not a qualifier.
                if (wordStart > 0) {
                    const QChar before = m_text.at(wordStart - 1);
                    static constexpr QStringView notQualifying =
                        u"通经超越度不跨走看做办错路最附将接";
                    if (prefix.word != u"超" && notQualifying.contains(before))
                        continue;
                    if (prefix.word == u"超" && before == u'高')
                        continue;
                }
            }
            *rawStart = wordStart;
            return prefix.qualifier;
        }
        *rawStart = numberStart;
        return Qualifier::Exact;
    }

    void suffixQualifier(Candidate *candidate) const {
        for (const SuffixQualifier &suffix : kSuffixQualifiers) {
            if (startsWithAt(m_text, candidate->end, suffix.word)) {
                candidate->end += suffix.word.size();
                if (candidate->qualifier == Qualifier::Exact)
                    candidate->qualifier = suffix.qualifier;
                return;
            }
        }
    }

    bool isNonFigureFollower(qsizetype pos) const {
        for (QStringView follower : kNonFigureFollowers) {
            if (startsWithAt(m_text, pos, follower))
                return true;
        }
        return false;
    }

    // The unit the sentence makes plain for a number with no measure word after it.
    QString impliedUnit(qsizetype numberEnd) const {
        const qsizetype end = clauseEnd(m_text, numberEnd);
        const QStringView after =
            m_text.sliced(numberEnd, std::min<qsizetype>(end - numberEnd, 12));
        for (QStringView noun : kPeopleNouns) {
            if (after.startsWith(noun))
                return u"人"_s;
        }
        const qsizetype start = clauseStart(m_text, numberEnd);
        const QStringView clause = m_text.sliced(start, end - start);
        for (QStringView word : kMoneyWords) {
            if (clause.contains(word))
                return u"元"_s;
        }
        for (QStringView noun : kPeopleNouns) {
            if (after.contains(noun))
                return u"人"_s;
        }
        return {};
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

        Candidate candidate;
        candidate.number = token.number;
        candidate.qualifier = prefixQualifier(token.start, &candidate.start);

        // 余/多 between the number and its multiplier or unit: "200多万条", "300余场".
        auto takeApproximation = [&]() {
            if (pos < n &&
                (m_text.at(pos) == u'余' || m_text.at(pos) == u'多' || m_text.at(pos) == u'餘')) {
                qsizetype unitLength = 0;
                int power = 0;
                const bool followed =
                    NumberGrammar::multiplierAt(m_text, pos + 1, &power) > 0 ||
                    !FigureExtractor::unitAt(m_text, pos + 1, &unitLength).isEmpty();
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
        if (const qsizetype length = NumberGrammar::multiplierAt(m_text, pos, &power)) {
            // "十万" after a Chinese numeral was already read as part of the numeral.
            candidate.number = candidate.number.scaled(power);
            pos += length;
            hasMultiplier = true;
            takeApproximation();
        }

        // Chinese numerals without a place are names and slogans ("两个确立", "三种精神",
        // "一会三研判"); a bare "百"/"千"/"万" is a figure only after a qualifier ("超百万").
        if (token.chinese) {
            if (token.bareLeadingPlace && candidate.start == token.start)
                return resume;
            if (!token.hasPlaceMultiplier && !token.usesTen)
                return resume;
        }

        qsizetype unitPos = pos;
        if (unitPos < n && isInlineSpace(m_text.at(unitPos)))
            ++unitPos;  // "1.5万 项"
        if (isNonFigureFollower(unitPos))
            return resume;
        qsizetype unitLength = 0;
        QString unit = FigureExtractor::unitAt(m_text, unitPos, &unitLength);
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
            if (token.chinese && !token.hasPlaceMultiplier)
                return resume;  // "十佳", "十查十改"
            if (!hasMultiplier)
                return resume;  // "1263机关", "12351", "2017金秋助学"
            unit = impliedUnit(pos);
            if (unit.isEmpty())
                return resume;
        }
        candidate.end = pos;
        candidate.unit = unit;
        suffixQualifier(&candidate);
        found.push_back(candidate);
        return candidate.end;
    }

    QStringView m_text;
    PassageKind m_kind;
    std::vector<std::pair<qsizetype, qsizetype>> m_protected;
};

// Leading words that join a clause to what went before rather than say what is counted.
constexpr QStringView kLeadingConnectives[] = {
    u"其中", u"另外", u"此外", u"并且", u"共计", u"总计", u"累计", u"合计", u"先后",
    u"分别", u"同时", u"全年", u"共",   u"并",   u"还",   u"已",   u"和",   u"及",
    u"与",   u"为",   u"对",   u"向",   u"、",   u"的",   u"等",
};

enum class LabelSide { BeforeFigure, AfterFigure };

QString trimLabelPart(QStringView part, LabelSide side) {
    auto isTrimmable = [](QChar c) {
        return isInlineSpace(c) || c == u'、' || c == u'“' || c == u'”' || c == u'"' || c == u'—' ||
               c == u'-' || c == u'…';
    };
    while (!part.isEmpty() && isTrimmable(part.front()))
        part = part.sliced(1);
    while (!part.isEmpty() && isTrimmable(part.back()))
        part.chop(1);
    if (side == LabelSide::AfterFigure) {
        // "81.93万人次的职工": only the particle goes; "共享职工之家" keeps its 共.
        if (part.size() > 1 && part.startsWith(u'的'))
            part = part.sliced(1);
    } else {
        bool stripped = true;
        while (stripped && !part.isEmpty()) {
            stripped = false;
            for (QStringView word : kLeadingConnectives) {
                if (part.size() > word.size() && part.startsWith(word)) {
                    part = part.sliced(word.size());
                    stripped = true;
                }
            }
        }
    }
    return part.toString();
}

void assignLabels(QStringView text, std::vector<Figure> &figures, size_t firstIndex) {
    const size_t count = figures.size();
    for (size_t k = firstIndex; k < count; ++k) {
        Figure &figure = figures[k];
        const qsizetype clauseBegin = clauseStart(text, figure.sentenceStart);
        const bool followsFigureInClause =
            k > firstIndex && figures[k - 1].sentenceEnd > clauseBegin;
        qsizetype leftBegin = followsFigureInClause ? figures[k - 1].sentenceEnd : clauseBegin;
        // "28个医生休息室、46个“共享职工之家”": what stands before the 、 counts the previous
        // figure; only what follows it labels this one.
        const bool listItem =
            followsFigureInClause &&
            text.sliced(leftBegin, figure.sentenceStart - leftBegin).contains(u'、');
        if (listItem)
            leftBegin = text.lastIndexOf(u'、', figure.sentenceStart - 1) + 1;
        qsizetype leftStart = std::max(leftBegin, figure.sentenceStart - 30);
        QString left = trimLabelPart(text.sliced(leftStart, figure.sentenceStart - leftStart),
                                     LabelSide::BeforeFigure);

        qsizetype rightEnd = figure.sentenceEnd;
        const qsizetype rightLimit = k + 1 < count ? figures[k + 1].sentenceStart : text.size();
        while (rightEnd < rightLimit && rightEnd - figure.sentenceEnd < 16 &&
               !isClauseBoundary(text.at(rightEnd)) && text.at(rightEnd) != u'、')
            ++rightEnd;
        QString right = trimLabelPart(
            text.sliced(figure.sentenceEnd, rightEnd - figure.sentenceEnd), LabelSide::AfterFigure);

        // "全国级21个、省级49个": a short list item takes the head of its list.
        if (listItem && left.size() <= 2) {
            size_t head = k - 1;
            while (head > firstIndex && figures[head - 1].sentenceEnd > clauseBegin)
                --head;
            if (head != k && !figures[head].label.isEmpty() && !left.isEmpty())
                left = figures[head].label + u'、' + left;
        }
        figure.label = left.isEmpty() ? right : (right.isEmpty() ? left : left + right);
    }
}

}  // namespace

QString FigureExtractor::unitAt(QStringView text, qsizetype pos, qsizetype *length) {
    *length = 0;
    if (pos >= text.size())
        return {};
    for (const UnitSpelling &unit : kUnits) {
        if (startsWithAt(text, pos, unit.written)) {
            *length = unit.written.size();
            return unit.normal.toString();
        }
    }
    return {};
}

void FigureExtractor::extract(const Sentence &sentence, int sentenceIndex,
                              std::vector<Figure> &figures) {
    SentenceScanner scanner(sentence.text, sentence.kind);
    const std::vector<Candidate> candidates = scanner.scan();
    if (candidates.empty())
        return;
    const size_t firstIndex = figures.size();
    for (const Candidate &candidate : candidates) {
        Figure figure;
        figure.raw = sentence.text.sliced(candidate.start, candidate.end - candidate.start);
        figure.value = candidate.number.toDouble();
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
    assignLabels(sentence.text, figures, firstIndex);
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
