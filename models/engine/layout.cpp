#include "engine/layout.h"

#include "engine/chinesescript.h"
#include "engine/numbergrammar.h"

#include "engine/textchars.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

struct Block {
    qsizetype start = 0;  // position of the trimmed line in the document
    QStringView text;
    PassageKind kind = PassageKind::Prose;
};

bool isSentenceFinal(QChar c) {
    switch (c.unicode()) {
        case u'。':
        case u'！':
        case u'？':
        case u'!':
        case u'?':
        case u'；':
        case u';':
        case u'…':
            return true;
        default:
            return false;
    }
}

bool isCloser(QChar c) {
    switch (c.unicode()) {
        case u'”':
        case u'’':
        case u'"':
        case u'」':
        case u'』':
        case u'）':
        case u')':
        case u'】':
        case u'》':
            return true;
        default:
            return false;
    }
}

// True when the block ends a sentence (closing quotes and brackets looked through).
bool endsSentence(QStringView text) {
    qsizetype i = text.size() - 1;
    while (i >= 0 && isCloser(text.at(i)))
        --i;
    return i >= 0 && isSentenceFinal(text.at(i));
}

bool hasClausePunctuation(QStringView text) {
    for (QChar c : text) {
        switch (c.unicode()) {
            case u'，':
            case u',':
            case u'。':
            case u'；':
            case u';':
            case u'、':
                return true;
            default:
                break;
        }
    }
    return false;
}

// "二、2023年主要目标", "（三）强化技能培训": a section number of Chinese numerals, then 、 or
// inside brackets.
bool startsWithSectionNumber(QStringView text) {
    qsizetype i = 0;
    const bool bracketed = text.startsWith(u'(') || text.startsWith(u'（');
    if (bracketed)
        ++i;
    const qsizetype digits = i;
    while (i < text.size() && i - digits < 3 && NumberGrammar::isChineseNumeralChar(text.at(i)))
        ++i;
    if (i == digits || i >= text.size())
        return false;
    return bracketed ? text.at(i) == u')' || text.at(i) == u'）' : text.at(i) == u'、';
}

bool startsWithCaptionMark(QStringView text) {
    static const char16_t marks[] = u"▲►◄▶◀△▽▼■◆●★☆";
    return !text.isEmpty() &&
           std::u16string_view(marks).find(text.front().unicode()) != std::u16string_view::npos;
}

bool isPhotoCredit(QStringView text) {
    return text.endsWith(u"摄") || text.endsWith(u"/图") || text.endsWith(u"供图") ||
           text.contains(u"/摄") || text.contains(u"图为") || text.startsWith(u"（图") ||
           text.startsWith(u"(图");
}

bool isByline(QStringView text) {
    static const QStringView markers[] = {u"记者", u"通讯员", u"文/图", u"本报讯", u"编辑"};
    if (text.size() > 40 || hasClausePunctuation(text))
        return false;
    if (text.startsWith(u'□') || text.startsWith(u'■'))
        return true;
    for (QStringView marker : markers) {
        if (text.contains(marker))
            return true;
    }
    // "(汤茂松)": an author's name in brackets closing the piece.
    return (text.startsWith(u'(') || text.startsWith(u'（')) && text.size() <= 8;
}

// A short line that is a phrase or two separated by spaces reads as a headline.
bool hasSpacedPhrases(QStringView text) {
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (isInlineSpace(text.at(i)) && !isInlineSpace(text.at(i - 1)))
            return true;
    }
    return false;
}

}  // namespace

// Classifies one line on its own. A short line with commas but no full stop is either a
// photo caption or the first half of a sentence cut by the page; *ambiguous tells which
// lines need their neighbours to decide.
static PassageKind classifyBlock(QStringView line, bool *ambiguous) {
    *ambiguous = false;
    if (line.startsWith(u'#'))
        return PassageKind::Heading;
    if (isByline(line))
        return PassageKind::Byline;
    if (startsWithCaptionMark(line) || (line.size() <= 80 && isPhotoCredit(line)))
        return PassageKind::Caption;
    if (endsSentence(line))
        return PassageKind::Prose;
    if (line.size() <= 40 && startsWithSectionNumber(line))
        return PassageKind::Heading;
    const bool isShort = line.size() <= 60;
    if (!isShort)
        return PassageKind::Prose;
    // "——注重工会源头参与", "3 职工群众获得感……", "听党话 跟党走 坚定不移谋发展".
    if (line.startsWith(u"——") || hasSpacedPhrases(line) || !hasClausePunctuation(line))
        return line.size() <= 40 || hasSpacedPhrases(line) ? PassageKind::Heading
                                                           : PassageKind::Caption;
    *ambiguous = true;
    return PassageKind::Caption;
}

PassageKind LayoutRepair::classifyLine(QStringView line) {
    bool ambiguous = false;
    return classifyBlock(line, &ambiguous);
}

std::vector<Passage> LayoutRepair::passages(QStringView text) {
    std::vector<Block> blocks;
    qsizetype lineStart = 0;
    const qsizetype n = text.size();
    while (lineStart <= n) {
        qsizetype lineEnd = lineStart;
        while (lineEnd < n && text.at(lineEnd) != u'\n' && text.at(lineEnd) != u'\u2029' &&
               text.at(lineEnd) != u'\u2028')
            ++lineEnd;
        qsizetype b = lineStart;
        qsizetype e = lineEnd;
        while (b < e && isInlineSpace(text.at(b)))
            ++b;
        while (e > b && isInlineSpace(text.at(e - 1)))
            --e;
        if (e > b) {
            Block block;
            block.start = b;
            block.text = text.sliced(b, e - b);
            bool ambiguous = false;
            block.kind = classifyBlock(block.text, &ambiguous);
            // Right after a sentence cut mid-way it is a caption in the gap; elsewhere it
            // is prose that the page cut.
            if (ambiguous && (blocks.empty() || blocks.back().kind != PassageKind::Prose ||
                              endsSentence(blocks.back().text)))
                block.kind = PassageKind::Prose;
            blocks.push_back(block);
        }
        lineStart = lineEnd + 1;
    }

    std::vector<Passage> result;
    std::vector<bool> consumed(blocks.size(), false);
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (consumed[i])
            continue;
        const Block &first = blocks[i];
        Passage passage;
        passage.kind = first.kind;
        passage.text = first.text.toString();
        passage.pieces.append(0, first.start, first.text.size());
        if (first.kind == PassageKind::Heading) {
            // "# 标题" and "### 标题": the markdown marks are not part of the heading.
            qsizetype hashes = 0;
            while (hashes < passage.text.size() &&
                   (passage.text.at(hashes) == u'#' || isInlineSpace(passage.text.at(hashes))))
                ++hashes;
            passage.pieces = passage.pieces.slice(hashes, passage.text.size());
            passage.text.remove(0, hashes);
        }
        if (first.kind == PassageKind::Prose) {
            // A prose block that stops mid-sentence continues in the next prose block,
            // across any captions and bylines the page put between them (not across a
            // heading, which starts a new section).
            size_t last = i;
            while (!endsSentence(blocks[last].text)) {
                size_t next = last + 1;
                while (next < blocks.size() && next - last <= 8 &&
                       (blocks[next].kind == PassageKind::Caption ||
                        blocks[next].kind == PassageKind::Byline))
                    ++next;
                if (next >= blocks.size() || blocks[next].kind != PassageKind::Prose ||
                    consumed[next])
                    break;
                QStringView continuation = blocks[next].text;
                qsizetype skip = 0;
                // A list item split by a page break: "- 职工之家……" continues "探索建设数字".
                if (continuation.startsWith(u"- ") || continuation.startsWith(u"• "))
                    skip = 2;
                passage.pieces.append(passage.text.size(), blocks[next].start + skip,
                                      continuation.size() - skip);
                passage.text += continuation.sliced(skip);
                consumed[next] = true;
                last = next;
            }
        }
        result.push_back(std::move(passage));
    }
    return result;
}

namespace {

// Where to cut text in (from, limit]: after the last clause mark, else between two characters
// that are not parts of a number, else at limit (never inside a surrogate pair).
qsizetype clauseCut(const QString &text, qsizetype from, qsizetype limit) {
    const qsizetype half = from + (limit - from) / 2;
    for (qsizetype i = limit; i > half; --i) {
        const char16_t c = text.at(i - 1).unicode();
        if (c == u'，' || c == u'；' || c == u'、' || c == u'：' || c == u';')
            return i;
    }
    auto inNumber = [](QChar c) { return c.isDigit() || c == u'.' || c == u','; };
    for (qsizetype i = limit; i > limit - 100 && i > from + 1; --i) {
        if (!inNumber(text.at(i - 1)) && !inNumber(text.at(i)) && !text.at(i).isLowSurrogate())
            return i;
    }
    return text.at(limit).isLowSurrogate() ? limit - 1 : limit;
}

}  // namespace

std::vector<Sentence> LayoutRepair::sentences(const Passage &passage) {
    std::vector<Sentence> result;
    const QString &text = passage.text;
    const qsizetype n = text.size();
    // Read once per passage; most reports have no Traditional character, and then each
    // sentence's matchText is its text.
    const QString match =
        ChineseScript::hasTraditional(text) ? ChineseScript::simplified(text) : QString();
    auto addPiece = [&](qsizetype from, qsizetype to) {
        while (from < to && isInlineSpace(text.at(from)))
            ++from;
        while (to > from && isInlineSpace(text.at(to - 1)))
            --to;
        if (to <= from)
            return;
        Sentence sentence;
        sentence.kind = passage.kind;
        sentence.text = text.sliced(from, to - from);
        sentence.matchText = match.isNull() ? sentence.text : match.sliced(from, to - from);
        sentence.pieces = passage.pieces.slice(from, to);
        const auto range = sentence.pieces.documentRange(0, to - from);
        sentence.documentStart = range.first;
        sentence.documentEnd = range.second;
        result.push_back(std::move(sentence));
    };
    // A "sentence" longer than any a report writes (a page with no full stop, a pasted table)
    // is cut after a clause mark, so that what each figure carries and what is scanned around
    // it stays bounded: the work grows with the text, not with its square.
    auto addSentence = [&](qsizetype from, qsizetype to) {
        while (to - from > LayoutRepair::kLongestSentence) {
            const qsizetype cut = clauseCut(text, from, from + LayoutRepair::kLongestSentence);
            addPiece(from, cut);
            from = cut;
        }
        addPiece(from, to);
    };
    if (passage.kind != PassageKind::Prose) {
        addSentence(0, n);
        return result;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        // ；separates clauses of one sentence in these reports, not sentences.
        if (c != u'。' && c != u'！' && c != u'？' && c != u'!' && c != u'?')
            continue;
        qsizetype end = i + 1;
        while (end < n && (isSentenceFinal(text.at(end)) || isCloser(text.at(end))))
            ++end;
        addSentence(start, end);
        start = end;
        i = end - 1;
    }
    addSentence(start, n);
    return result;
}

QString LayoutRepair::title(const std::vector<Passage> &passages) {
    const size_t lookAhead = std::min<size_t>(passages.size(), 5);
    for (size_t i = 0; i < lookAhead; ++i) {
        const Passage &passage = passages[i];
        if (passage.kind == PassageKind::Heading && passage.text.size() >= 8)
            return passage.text;
    }
    for (size_t i = 0; i < lookAhead; ++i) {
        if (passages[i].kind != PassageKind::Byline)
            return passages[i].text.left(80);
    }
    return {};
}

}  // namespace reportlens
