#include "figurelabeler.h"

#include "figurevocabulary.h"
#include "textchars.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::FigureLabeler {
namespace {

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

// Strips the leading connectives ("其中", "共", …) found on the Simplified shadow from the
// matching part as written.
QString trimmed(QStringView text, QStringView match, qsizetype from, qsizetype to, LabelSide side) {
    const QString shadow = trimLabelPart(match.sliced(from, to - from), side);
    if (shadow.isEmpty())
        return {};
    // The trimmed part is a run of the slice: find where it starts there.
    const qsizetype offset = match.sliced(from, to - from).indexOf(shadow);
    return text.sliced(from + offset, shadow.size()).toString();
}

// "城镇、农村居民人均可支配收入分别增长3.4%、5.2%": the items before 分别 and the figures after
// it pair up in order. Returns false when the counts differ or there is no such list.
bool distributeList(QStringView text, QStringView match, std::vector<Figure> &figures, size_t first,
                    size_t last) {
    const Figure &head = figures[first];
    const qsizetype clauseBegin = clauseStart(match, head.sentenceStart);
    const qsizetype respectively =
        match.sliced(clauseBegin, head.sentenceStart - clauseBegin).lastIndexOf(u"分别");
    if (respectively < 0)
        return false;
    const qsizetype subjectEnd = clauseBegin + respectively;
    const QString verb =
        trimmed(text, match, subjectEnd + 2, head.sentenceStart, LabelSide::AfterFigure);
    // The items, split at 、 and 和 (as written, at the shadow's positions).
    std::vector<std::pair<qsizetype, qsizetype>> items;
    qsizetype itemStart = clauseBegin;
    for (qsizetype i = clauseBegin; i <= subjectEnd; ++i) {
        if (i == subjectEnd || match.at(i) == u'、' || match.at(i) == u'和' ||
            match.at(i) == u'与') {
            if (i > itemStart)
                items.push_back({itemStart, i});
            itemStart = i + 1;
        }
    }
    const size_t count = last - first + 1;
    if (items.size() != count || count < 2)
        return false;
    // "农村居民人均可支配收入": the last item is as long as the one before it; the rest of it is
    // what all of them share ("居民人均可支配收入").
    const auto lastItem = items.back();
    const qsizetype itemLength = items[items.size() - 2].second - items[items.size() - 2].first;
    QString shared;
    if (lastItem.second - lastItem.first > itemLength)
        shared =
            text.sliced(lastItem.first + itemLength, lastItem.second - lastItem.first - itemLength)
                .toString();
    for (size_t k = 0; k < count; ++k) {
        const auto item = items[k];
        QString label = trimmed(text, match, item.first, item.second, LabelSide::BeforeFigure);
        if (k + 1 < count)
            label += shared;
        figures[first + k].label = label + verb;
    }
    return true;
}

void assignInClause(QStringView text, QStringView match, std::vector<Figure> &figures,
                    size_t firstIndex) {
    const size_t count = figures.size();
    for (size_t k = firstIndex; k < count; ++k) {
        Figure &figure = figures[k];
        const qsizetype clauseBegin = clauseStart(match, figure.sentenceStart);
        const bool followsFigureInClause =
            k > firstIndex && figures[k - 1].sentenceEnd > clauseBegin;
        qsizetype leftBegin = followsFigureInClause ? figures[k - 1].sentenceEnd : clauseBegin;
        // "28个医生休息室、46个“共享职工之家”": what stands before the 、 counts the previous
        // figure; only what follows it labels this one.
        const bool listItem =
            followsFigureInClause &&
            match.sliced(leftBegin, figure.sentenceStart - leftBegin).contains(u'、');
        if (listItem)
            leftBegin = match.lastIndexOf(u'、', figure.sentenceStart - 1) + 1;
        qsizetype leftStart = std::max(leftBegin, figure.sentenceStart - 30);
        QString left =
            trimmed(text, match, leftStart, figure.sentenceStart, LabelSide::BeforeFigure);

        // The words after it: a verb and its object ("37万余人(次)参与“人人持证、技能社会”职工
        // 职业技能培训"); a 、 inside quotes is part of a name, not a list.
        qsizetype rightEnd = figure.sentenceEnd;
        const qsizetype rightLimit = k + 1 < count ? figures[k + 1].sentenceStart : text.size();
        bool quoted = false;
        while (rightEnd < rightLimit && rightEnd - figure.sentenceEnd < 24 &&
               !isClauseBoundary(match.at(rightEnd)) && (quoted || match.at(rightEnd) != u'、')) {
            if (match.at(rightEnd) == u'“')
                quoted = true;
            else if (match.at(rightEnd) == u'”')
                quoted = false;
            ++rightEnd;
        }
        QString right = trimmed(text, match, figure.sentenceEnd, rightEnd, LabelSide::AfterFigure);

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

void assign(QStringView text, QStringView match, std::vector<Figure> &figures, size_t firstIndex) {
    assignInClause(text, match, figures, firstIndex);
    // 分别 lists: a run of figures in one clause joined only by list words.
    for (size_t first = firstIndex; first < figures.size();) {
        size_t last = first;
        while (last + 1 < figures.size() &&
               clauseStart(match, figures[last + 1].sentenceStart) ==
                   clauseStart(match, figures[first].sentenceStart) &&
               FigureVocabulary::onlyJoinsListItems(match, figures[last].sentenceEnd,
                                                    figures[last + 1].sentenceStart))
            ++last;
        if (last > first)
            distributeList(text, match, figures, first, last);
        first = last + 1;
    }
}

}  // namespace reportlens::FigureLabeler
