#include "engine/figurelabeler.h"

#include "engine/chinesescript.h"
#include "engine/figurevocabulary.h"
#include "engine/textchars.h"

#include <QStringList>

#include <algorithm>

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

QStringView trimLabelPart(QStringView part, LabelSide side) {
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
                // The first-character test keeps Qt's out-of-line compare off the hot path.
                if (part.size() > word.size() && part.front() == word.front() &&
                    part.startsWith(word)) {
                    part = part.sliced(word.size());
                    stripped = true;
                }
            }
        }
    }
    return part;
}

// Strips the leading connectives ("其中", "共", …) found on the Simplified shadow from the
// matching part as written.
QString trimmed(QStringView text, QStringView match, qsizetype from, qsizetype to, LabelSide side) {
    const QStringView shadow = trimLabelPart(match.sliced(from, to - from), side);
    if (shadow.isEmpty())
        return {};
    // The trimmed part is a run of the slice, at the same place in the text as written.
    const qsizetype offset = shadow.data() - match.data();
    return text.sliced(offset, shadow.size()).toString();
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
        // With no figure after it in the clause, a 、 joins nouns of its object ("参加技术比武、
        // 岗位练兵等活动"), not list items.
        const bool lastInClause =
            k + 1 >= count || figures[k + 1].sentenceStart >= clauseEnd(match, figure.sentenceEnd);
        bool quoted = false;
        while (rightEnd < rightLimit && rightEnd - figure.sentenceEnd < 24 &&
               !isClauseBoundary(match.at(rightEnd)) &&
               (quoted || lastInClause || match.at(rightEnd) != u'、')) {
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

namespace {

constexpr qsizetype kContextChars = 16;

// "今年上半年", "五年来", "2021年": a time, not a topic; "据统计", "同时", "另外": words that
// carry a report along, not a topic.
bool isTopic(QStringView clause) {
    static constexpr QStringView discourse[] = {u"据统计",   u"据了解", u"据悉", u"同时", u"另外",
                                                u"此外",     u"其中",   u"目前", u"当前", u"总之",
                                                u"与此同时", u"一是",   u"二是", u"三是"};
    if (clause.isEmpty() ||
        (clause.size() <= 8 &&
         (clause.contains(u'年') || clause.contains(u'月') || clause.endsWith(u'来'))))
        return false;
    return std::none_of(std::begin(discourse), std::end(discourse),
                        [&](QStringView word) { return clause == word; });
}

// A short sentence's last clause ("5年来,抓实建功立业活动。" is about 抓实建功立业活动), without
// its punctuation or a list's bullet.
QString contextPhrase(QStringView phrase) {
    while (!phrase.isEmpty() && (isClauseBoundary(phrase.back()) || phrase.back() == u'。'))
        phrase.chop(1);
    phrase = phrase.sliced(clauseStart(phrase, phrase.size()));
    return trimLabelPart(phrase.right(kContextChars), LabelSide::BeforeFigure).toString();
}

}  // namespace

void addContext(Document &document, const MetricCatalog &catalog) {
    std::vector<Figure> &figures = document.figures;
    // Contexts come from the labels as the clauses give them, so they are found first.
    std::vector<QString> contexts(figures.size());
    std::vector<QString> purposes(figures.size());
    QString match;
    int matchSentence = -1;
    for (size_t f = 0; f < figures.size(); ++f) {
        const Figure &figure = figures[f];
        const QString label = ChineseScript::simplified(figure.label);
        if (label.isEmpty())
            continue;
        const Sentence &sentence = document.sentences[size_t(figure.sentence)];
        if (matchSentence != figure.sentence) {
            match = sentence.forMatching();
            matchSentence = figure.sentence;
        }
        const QStringView text = sentence.text;
        qsizetype segment = figure.sentenceStart;
        while (segment > 0 && match.at(segment - 1) != u'；' && match.at(segment - 1) != u';' &&
               figure.sentenceStart - segment < 400)
            --segment;
        size_t first = f;
        while (first > 0 && figures[first - 1].sentence == figure.sentence &&
               figures[first - 1].sentenceStart >= segment)
            --first;
        // A 、-list item's words are its own.
        if (f > first && QStringView(match)
                             .sliced(figures[f - 1].sentenceEnd,
                                     figure.sentenceStart - figures[f - 1].sentenceEnd)
                             .contains(u'、'))
            continue;
        // The segment's topic: a short clause before its first figure that is neither a time
        // nor a word carrying the report along ("其中,夏送清凉,共投入资金…").
        QString context;
        const qsizetype firstClause = clauseStart(match, figures[first].sentenceStart);
        for (qsizetype at = segment; at < firstClause; at = clauseEnd(match, at) + 1) {
            const qsizetype end = clauseEnd(match, at);
            const QStringView words =
                trimLabelPart(QStringView(match).sliced(at, end - at), LabelSide::BeforeFigure);
            if (words.size() <= 10 && isTopic(words)) {
                context = trimmed(text, match, at, end, LabelSide::BeforeFigure);
            } else {
                // A scene: "全市工会系统在送温暖活动中" is about 送温暖活动.
                const qsizetype in = QStringView(match).sliced(at, end - at).indexOf(u'在');
                if (in >= 0 && match.at(end - 1) == u'中' && end - at - in - 2 <= 8)
                    context = text.sliced(at + in + 1, end - at - in - 2).toString();
            }
        }
        const bool namesItsOwn = catalog.namesAMetric(label);
        if (namesItsOwn && label.size() <= 3)
            context.clear();  // "会员": the word says it all
        if (!context.isEmpty() || namesItsOwn) {
            // The topic holds for every figure of the segment; a label naming a metric needs
            // nothing else.
        } else if (f > first && catalog.continuesPreviousClause(label) &&
                   figures[f - 1].label.size() <= 10) {
            context = figures[f - 1].label;  // the statement a clause of reach continues
        } else if (segment == 0 && figure.sentence > 0) {
            // "冬送温暖。筹集1461万元,走访企业954家": a short sentence before names the topic.
            const Sentence &previous = document.sentences[size_t(figure.sentence - 1)];
            const bool previousHasFigures =
                first > 0 && figures[first - 1].sentence == figure.sentence - 1;
            if (previous.kind == PassageKind::Prose && previous.text.size() <= 20 &&
                !previousHasFigures && isTopic(contextPhrase(previous.text)))
                context = contextPhrase(previous.text);
        }
        if (context.isEmpty() && !namesItsOwn && f > first && label.size() <= 6) {
            // What the clause before says after its last figure is the activity the figure
            // belongs to ("…翻斗车2辆开展清雪行动,投入资金1.9万元"); else the figure before says
            // it ("救助患妇科癌症女职工51人,救助金额76.5万元").
            const Figure &previous = figures[f - 1];
            const qsizetype previousEnd = clauseEnd(match, previous.sentenceEnd);
            const QString activity =
                trimmed(text, match, previous.sentenceEnd, previousEnd, LabelSide::AfterFigure);
            context = activity.size() >= 2 && previousEnd < clauseStart(match, figure.sentenceStart)
                          ? activity
                          : previous.label;
        }
        contexts[f] = context.right(kContextChars);
        // Money is labelled by what it was for when the label says only how it came or went
        // ("筹集资金1259.4万元,开展金秋助学,…"): the clause after it, up to the next figure.
        if (figure.unit == u"元" && label.size() <= 6) {
            const qsizetype next = clauseEnd(match, figure.sentenceEnd);
            if (next < match.size() && match.at(next) != u'；' && match.at(next) != u';' &&
                match.at(next) != u'。') {
                qsizetype end = clauseEnd(match, next + 1);
                if (f + 1 < figures.size() && figures[f + 1].sentence == figure.sentence)
                    end = std::min(end, figures[f + 1].sentenceStart);
                // A short clause before the next figure is that figure's label, not a purpose.
                const bool nextFigureLabel = end - next - 1 <= 4 && f + 1 < figures.size() &&
                                             figures[f + 1].sentence == figure.sentence &&
                                             end == figures[f + 1].sentenceStart;
                if (!nextFigureLabel)
                    purposes[f] = trimmed(text, match, next + 1, end, LabelSide::AfterFigure)
                                      .left(kContextChars * 2);
            }
        }
    }
    for (size_t f = 0; f < figures.size(); ++f) {
        if (!contexts[f].isEmpty() && !figures[f].label.contains(contexts[f]))
            figures[f].label = u'(' + contexts[f] + u')' + figures[f].label;
        if (!purposes[f].isEmpty())
            figures[f].label += u'(' + purposes[f] + u')';
    }
}

}  // namespace reportlens::FigureLabeler
