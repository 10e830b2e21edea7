#include "engine/sentencejudge.h"

#include "engine/chinesescript.h"
#include "engine/figurevocabulary.h"
#include "engine/period.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

int confidenceOf(const MetricMatch &match, bool whole) {
    int confidence = 0;
    switch (match.where) {
        case MetricMatch::Where::Label:
            confidence = 900;
            break;
        case MetricMatch::Where::Before:
            confidence = 650 + std::clamp(match.score - 580, -150, 100) / 2;
            break;
        case MetricMatch::Where::LeadIn:
            confidence = 600;
            break;
        case MetricMatch::Where::After:
            confidence = 520;
            break;
    }
    return std::min(1000, confidence + (whole ? 100 : 0));
}

// People, person-times and money for them, not sites or events: the metrics a narrower group
// narrows (a job fair for migrant workers is still a job fair).
bool countsPeopleOrTheirMoney(const MetricDefinition &metric) {
    return std::any_of(metric.units.begin(), metric.units.end(), [](const QString &unit) {
        return unit == u"人" || unit == u"名" || unit == u"人次" || unit == u"元";
    });
}

}  // namespace

SentenceJudge::SentenceJudge(const MetricCatalog &catalog, const Document &document,
                             const QStringList &placeNames, size_t firstFigure)
    : m_catalog(catalog)
    , m_document(document)
    , m_placeNames(placeNames)
    , m_first(firstFigure)
    , m_end(firstFigure)
    , m_sentence(document.figures[firstFigure].sentence)
    , m_text(document.sentences[size_t(m_sentence)].forMatching())
    , m_shape(m_text)
    , m_cues(m_text)
    , m_hits(catalog.wordsIn(m_text)) {
    const std::vector<Figure> &figures = document.figures;
    while (m_end < figures.size() && figures[m_end].sentence == m_sentence)
        ++m_end;
    m_provinceReport = std::any_of(placeNames.begin(), placeNames.end(), [](const QString &name) {
        return name.endsWith(u"省") || name.endsWith(u"自治区");
    });
    const QStringView text = m_text;
    // The sentence opens by setting up a body and gives no figure of its own there.
    const qsizetype firstClauseEnd = m_shape.firstClauseEnd();
    m_opensWithBody = figures[m_first].sentenceStart >= firstClauseEnd &&
                      StatementCues::setsUpBody(text.first(firstClauseEnd));
    // Clauses that set the scene of one instance ("在首届职工优秀创新成果评选活动中"), once.
    for (qsizetype at = 0; at < text.size(); at = m_shape.clauseEnd(at) + 1) {
        const QStringView clause = text.sliced(at, m_shape.clauseEnd(at) - at);
        if (StatementCues::setsScene(clause) && StatementCues::namesSingleInstance(clause))
            m_instanceScenes.push_back(at);
    }
}

SentenceJudge::Place SentenceJudge::placeOf(size_t f) const {
    const std::vector<Figure> &figures = m_document.figures;
    const Figure &figure = figures[f];
    Place place;
    // Clauses and topics are cut at kTopicReach: one endless line costs no more per figure.
    place.clauseBegin =
        std::max(m_shape.clauseStart(figure.sentenceStart), figure.sentenceStart - kTopicReach);
    place.clauseFinish =
        std::min(m_shape.clauseEnd(figure.sentenceEnd), figure.sentenceEnd + kTopicReach);
    place.topicBegin = std::min(
        place.clauseBegin,
        std::max(m_shape.segmentStart(figure.sentenceStart), figure.sentenceStart - kTopicReach));
    // The segment's first figure, found by its position (figures are in sentence order).
    auto first = std::lower_bound(
        figures.begin() + qsizetype(m_first), figures.begin() + qsizetype(f), place.topicBegin,
        [](const Figure &candidate, qsizetype at) { return candidate.sentenceStart < at; });
    place.topicFigure = size_t(first - figures.begin());
    return place;
}

std::optional<size_t> SentenceJudge::wholeOf(size_t f, const Place &place) const {
    // A part (其中…) is never the metric of its whole, nor narrower than the whole's scope
    // ("吸收会员7.26万人,其中农民工会员3.84万人" counts new members only).
    const std::vector<Figure> &figures = m_document.figures;
    const qsizetype partAt = m_cues.lastPartWord(place.topicBegin, figures[f].sentenceStart);
    if (partAt < 0)
        return std::nullopt;
    for (size_t g = f; g > place.topicFigure; --g) {
        if (figures[g - 1].sentenceEnd <= partAt)
            return g - 1;
    }
    return std::nullopt;
}

FigureContext SentenceJudge::contextOf(size_t f, const Place &place, const QString &label,
                                       bool changeOnly, const std::optional<size_t> &whole,
                                       QString *leadIn) const {
    const std::vector<Figure> &figures = m_document.figures;
    const Figure &figure = figures[f];
    const QStringView text = m_text;
    FigureContext context;
    context.label = label;
    context.unit = figure.unit;
    context.placeNames = m_placeNames;
    context.sentence = text;
    context.hits = &m_hits;
    // Exclusions hold for the clause up to the figure: what follows it in a list is another
    // item's ("获评全国五一劳动奖章3名、全国工人先锋号2个").
    context.clause = {place.clauseBegin, figure.sentenceEnd};
    // An item of a 分别 list ("城镇、农村居民人均可支配收入分别增长5.5%、7.7%") has its own
    // words as its label, and the other items' words are no exclusion of it.
    if (text.sliced(place.clauseBegin, figure.sentenceStart - place.clauseBegin).contains(u"分别"))
        context.clause = {figure.sentenceStart, figure.sentenceStart};

    // The topic is what the ；segment says before the clause of its first figure: "夏送清凉,共
    // 投入资金5600多万元,慰问职工70多万人次" gives both figures 夏送清凉, while in "338家工会驿站,
    // 89个“妈妈小屋”" the stations lend nothing to the figures after them. A clause opening with
    // a verb of reach ("…疗养活动489期,惠及一线职工1.8万人次") takes the clauses before it.
    qsizetype topicEnd = m_shape.clauseStart(figures[place.topicFigure].sentenceStart);
    const bool continuesClause = m_catalog.continuesPreviousClause(label);
    if (continuesClause)
        topicEnd = std::max(topicEnd, place.clauseBegin);
    topicEnd = std::max(topicEnd, place.topicBegin);
    context.topic = {place.topicBegin, topicEnd};
    // Words earlier in its own clause set the scene too ("夏送清凉活动中为1270人送去价值4.8万元
    // 的清凉物资"), unless the figure is a 、-list item, whose words are its own.
    const bool listItem =
        f > m_first && figures[f - 1].sentenceStart >= place.clauseBegin &&
        text.sliced(figures[f - 1].sentenceEnd, figure.sentenceStart - figures[f - 1].sentenceEnd)
            .contains(u'、');
    if (!listItem)
        context.near = {std::max(topicEnd, place.clauseBegin), figure.sentenceStart};
    else  // an item's exclusions are its own: "大国工匠5人、…、荆楚工匠509人"
        context.clause.begin = text.lastIndexOf(u'、', figure.sentenceStart - 1) + 1;

    // Money is labelled by what it was for, which may follow it ("筹集资金4100万元,深入高温作业
    // ……"); a count says what it counts before it.
    if (figure.unit == u"元") {
        qsizetype afterEnd = figure.sentenceEnd;
        const qsizetype limit = std::min(text.size(), figure.sentenceEnd + kTopicReach);
        while (afterEnd < limit && text.at(afterEnd) != u'；' && text.at(afterEnd) != u';' &&
               text.at(afterEnd) != u'、')
            ++afterEnd;
        if (f + 1 < m_end)
            afterEnd = std::min(afterEnd, figures[f + 1].sentenceStart);
        context.after = {figure.sentenceEnd, afterEnd};
    }
    // "冬送温暖。筹集1461万元……", "精细谋划,有序推进两节送温暖工作。走访慰问…": a short sentence
    // with no figure before names the topic; "理赔8436人次,共1830万元": a figure with no words
    // of its own continues the one before.
    if (place.topicBegin == 0 && m_sentence > 0) {
        const Sentence &previous = m_document.sentences[size_t(m_sentence - 1)];
        const bool previousHasFigures =
            m_first > 0 && figures[m_first - 1].sentence == m_sentence - 1;
        if (previous.kind == PassageKind::Prose && previous.text.size() <= 20 &&
            !previousHasFigures)
            *leadIn = previous.forMatching();
    }
    // A change names what changed in the clause before ("地区生产总值达到5.37万亿元,增长4.3%").
    if ((label.size() <= 1 || changeOnly) && f > m_first)
        *leadIn = ChineseScript::simplified(figures[f - 1].label);
    context.leadIn = *leadIn;

    // Exclusions also hold for whom the segment says it is ("为劳模购二次医保…,疗休养303人次"),
    // for the counted statement a clause of reach continues ("新组建企业工会420家,涵盖企业法人
    // 单位1016家"), and for the whole a part belongs to.
    const qsizetype openingEnd = m_shape.clauseEnd(place.topicBegin);
    if (!StatementCues::beneficiaryClause(
             text.sliced(place.topicBegin, openingEnd - place.topicBegin))
             .isEmpty())
        context.scope.push_back({place.topicBegin, openingEnd});
    if (continuesClause && f > m_first && place.clauseBegin > 0) {
        const qsizetype previousClause = m_shape.clauseStart(place.clauseBegin - 1);
        if (figures[f - 1].sentenceStart >= previousClause &&
            figures[f - 1].sentenceStart < place.clauseBegin)
            context.scope.push_back({previousClause, place.clauseBegin});
    }
    if (whole)
        context.scope.push_back({m_shape.clauseStart(figures[*whole].sentenceStart),
                                 m_shape.clauseEnd(figures[*whole].sentenceEnd)});
    return context;
}

void SentenceJudge::judge(std::vector<MetricJudgement> &judgements) const {
    const std::vector<Figure> &figures = m_document.figures;
    for (size_t f = m_first; f < m_end; ++f) {
        const Figure &figure = figures[f];
        MetricJudgement &judgement = judgements[f];
        // Nothing counts in its unit ("届", "%" in most files): no metric, nothing to rule out.
        if (!m_catalog.someMetricTakes(figure.unit))
            continue;
        const Place place = placeOf(f);
        const QString label = ChineseScript::simplified(figure.label);
        const std::optional<size_t> whole = wholeOf(f, place);
        QString leadIn;
        const bool changeOnly = StatementCues::statesOnlyAChange(label);
        const FigureContext context = contextOf(f, place, label, changeOnly, whole, &leadIn);
        std::vector<int> namedInLabel;
        const std::vector<MetricMatch> matches = m_catalog.matches(context, &namedInLabel);
        const bool statesWhole = m_cues.namesWhole(place.topicBegin, place.clauseFinish);
        for (const MetricMatch &match : matches) {
            // A label that names what it counts takes nothing from its topic; a part only
            // what its own words name, never its whole's metric.
            if (!namedInLabel.empty() && match.where != MetricMatch::Where::Label)
                break;
            if (whole && (match.where != MetricMatch::Where::Label ||
                          judgements[*whole].metricIndex == match.metricIndex))
                continue;
            // A change is not the quantity that changed: its metric counts the change in
            // words of its own ("地区生产总值…增长" is GDP growth, never GDP).
            if (changeOnly && !match.wordInLabel)
                continue;
            judgement.metricIndex = match.metricIndex;
            judgement.local = match.local;
            judgement.namedInLabel = match.where == MetricMatch::Where::Label;
            judgement.confidence = confidenceOf(match, statesWhole);
            judgement.statesWhole = m_cues.namesWhole(place.clauseBegin, place.clauseFinish);
            break;
        }
        judgeStatement(f, place, label, whole, namedInLabel, judgement);
    }
}

void SentenceJudge::judgeStatement(size_t f, const Place &place, const QString &label,
                                   const std::optional<size_t> &whole,
                                   const std::vector<int> &namedInLabel,
                                   MetricJudgement &judgement) const {
    const std::vector<Figure> &figures = m_document.figures;
    const Figure &figure = figures[f];
    const QStringView text = m_text;
    const QStringView clause =
        text.sliced(place.clauseBegin, place.clauseFinish - place.clauseBegin);
    // Two activities counted at once are the whole of neither; only metrics counting in the
    // figure's unit matter ("竞赛3500场" and "参赛职工" name two metrics, one activity).
    if (StatementCues::joinsTwoActivities(label) && sameUnitMetrics(namedInLabel, figure.unit) >= 2)
        judgement.ruledOut = true;
    // One instance: in its clause (a part: anywhere in its segment), or a clause before it
    // sets the scene of one ("在首届职工优秀创新成果评选活动中,参评的267项…").
    const bool instanceScene =
        std::any_of(m_instanceScenes.begin(), m_instanceScenes.end(),
                    [&](qsizetype at) { return at >= place.topicBegin && at < place.clauseBegin; });
    if (m_cues.namesSingleInstance(whole ? place.topicBegin : place.clauseBegin,
                                   place.clauseFinish) ||
        instanceScene)
        judgement.ruledOut = judgement.singleEvent = true;
    if (m_cues.namesUnfinishedWork(place.topicBegin, place.clauseFinish))
        judgement.ruledOut = true;
    // Another body's work: one the sentence sets up, or a counted subject ("全市30家市级产业
    // 工人技能培训基地共培训职工160多万人次").
    if (m_opensWithBody && !m_cues.namesWhole(place.clauseBegin, place.clauseFinish))
        judgement.ruledOut = true;
    if (f > m_first) {
        const Figure &previous = figures[f - 1];
        if (previous.sentenceStart >= place.clauseBegin &&
            !FigureVocabulary::onlyJoinsListItems(text, previous.sentenceEnd,
                                                  figure.sentenceStart) &&
            StatementCues::isCountedSubject(
                text.sliced(place.clauseBegin, previous.sentenceStart - place.clauseBegin),
                previous.unit))
            judgement.ruledOut = true;
    }
    if ((f == m_first || figures[f - 1].sentenceStart < place.clauseBegin) &&
        StatementCues::countsNamedItems(
            text.sliced(place.clauseBegin, figure.sentenceStart - place.clauseBegin)))
        judgement.ruledOut = true;
    if (judgement.metricIndex >= 0) {
        const MetricDefinition &metric = m_catalog.metrics()[size_t(judgement.metricIndex)];
        // A group named by the segment's opening clause, when it states no figure of its own,
        // narrows the clauses after it ("大力推进新就业形态劳动者建会入会工作,…,吸纳会员5万多人").
        const qsizetype openingEnd = m_shape.clauseEnd(place.topicBegin);
        const bool openingSetsScene =
            openingEnd < place.clauseBegin && figures[place.topicFigure].sentenceStart > openingEnd;
        if (openingSetsScene && countsPeopleOrTheirMoney(metric) &&
            StatementCues::narrowedToSubgroup(
                text.sliced(place.topicBegin, openingEnd - place.topicBegin), m_catalog.subgroups(),
                metric))
            judgement.ruledOut = true;
        if (StatementCues::namesOneLevel(label, metric) ||
            StatementCues::namesSpecialKind(label, metric))
            judgement.ruledOut = true;
        // A local title a city recommends ("推荐“八闽工匠”") is a higher level's honour; a
        // province's own title is its local name ("荆楚工匠").
        if (judgement.local && !m_provinceReport && clause.contains(u"推荐"))
            judgement.ruledOut = true;
    }
    if (figure.target)
        judgement.ruledOut = true;
    // A figure of another period than the report's ("去年", "2019年" in a five-year review)
    // is not the report's whole; a level reached by its end or later (截至目前) is.
    Period own;
    if (!m_document.period.isEmpty() && !figure.period.isEmpty() &&
        Period::parse(figure.period, &own) && !own.cumulative && figure.period != m_document.period)
        judgement.ruledOut = true;
}

int SentenceJudge::sameUnitMetrics(const std::vector<int> &metricIndexes,
                                   const QString &unit) const {
    int count = 0;
    for (int m : metricIndexes) {
        const QStringList &units = m_catalog.metrics()[size_t(m)].units;
        count += units.isEmpty() || units.contains(unit) ? 1 : 0;
    }
    return count;
}

}  // namespace reportlens
