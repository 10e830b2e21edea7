#include "engine/reportdate.h"

#include "engine/chinesescript.h"
#include "engine/textchars.h"
#include "engine/timecues.h"
#include "engine/yearcues.h"

#include <algorithm>

namespace reportlens {
namespace {

constexpr size_t kHeadSentences = 6;      // a page's date line stands at its top
constexpr qsizetype kDatelineReach = 80;  // "中国甘肃网1月11日讯" opens the first paragraph

QChar at(QStringView text, qsizetype i) {
    return i >= 0 && i < text.size() ? text.at(i) : QChar();
}

int digitAt(QStringView text, qsizetype i) {
    const char16_t c = at(text, i).unicode();
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'０' && c <= u'９')
        return c - u'０';
    return -1;
}

// Reads up to maxDigits digits from *i on; -1 when none.
int digitsAfter(QStringView text, qsizetype *i, int maxDigits) {
    int value = -1;
    for (int n = 0; n < maxDigits && digitAt(text, *i) >= 0; ++n, ++*i)
        value = std::max(value, 0) * 10 + digitAt(text, *i);
    return value;
}

// Reads up to maxDigits digits ending before *end, moving *end back to their start.
int digitsBefore(QStringView text, qsizetype *end, int maxDigits) {
    qsizetype start = *end;
    while (start > 0 && *end - start < maxDigits && digitAt(text, start - 1) >= 0)
        --start;
    if (start == *end)
        return -1;
    qsizetype i = start;
    const int value = digitsAfter(text, &i, maxDigits);
    *end = start;
    return value;
}

bool plausible(const ReferenceDate &date) {
    return date.year >= 1990 && date.year <= 2100 && date.month >= 1 && date.month <= 12 &&
           date.day >= 0 && date.day <= 31;
}

// A full date at i: 2023年07月20日, 2021-08-02, 2021/8/2, 2021.08.02; or a month in brackets,
// (2024-01).
bool dateAt(QStringView text, qsizetype i, ReferenceDate *date) {
    if (digitAt(text, i - 1) >= 0)
        return false;
    qsizetype j = i;
    ReferenceDate found;
    found.year = digitsAfter(text, &j, 4);
    const QChar separator = at(text, j);
    if (j - i != 4 || !QStringView(u"年-/.－").contains(separator))
        return false;
    ++j;
    found.month = digitsAfter(text, &j, 2);
    if (separator == u'年') {
        if (at(text, j) != u'月')
            return false;
    } else if (at(text, j) != separator) {
        const bool bracketed = QStringView(u"(（").contains(at(text, i - 1)) &&
                               QStringView(u")）").contains(at(text, j));
        *date = found;
        return bracketed && plausible(found);
    }
    ++j;
    found.day = digitsAfter(text, &j, 2);
    if (found.day < 1 || (separator == u'年' && at(text, j) != u'日'))
        return false;
    *date = found;
    return plausible(found);
}

// The first full date in text, and where it ends.
bool firstDate(QStringView text, ReferenceDate *date, qsizetype *start, qsizetype *end) {
    for (qsizetype i = 0; i + 6 <= text.size(); ++i) {
        if (digitAt(text, i) >= 0 && dateAt(text, i, date)) {
            *start = i;
            *end = i + 7;
            while (*end < text.size() && !isInlineSpace(text.at(*end)) &&
                   (digitAt(text, *end) >= 0 ||
                    QStringView(u"年月日-/.－)）").contains(text.at(*end))))
                ++*end;
            return true;
        }
    }
    return false;
}

// A page's date line: the date alone ("2023年07月20日"), with its time, source or author
// ("2019年02月12日09:59 来源:《工人日报》", "发布日期: 2021-08-02 14:04:58"), or a month in
// brackets after a title ("(2024-01)"); not a dated event ("2016年1月25日,市总印发……") nor a
// related link ("2024-01-11政协会议召开").
bool dateLine(const QString &sentence, ReferenceDate *date) {
    qsizetype start = 0;
    qsizetype end = 0;
    if (!firstDate(sentence, date, &start, &end))
        return false;
    if (date->day == 0)
        return true;
    const QString text = ChineseScript::simplified(sentence);
    static constexpr QStringView kStampWords[] = {u"来源", u"发布", u"日期", u"时间",
                                                  u"编辑", u"作者", u"浏览", u"阅读",
                                                  u"点击", u"字号", u"责编", u"星期"};
    for (const QStringView word : kStampWords) {
        if (text.contains(word))
            return true;
    }
    // A speech's date under its title ("——2024年1月22日在省人民代表大会上"), or a meeting's
    // ("2023年7月19日,省工会第十四次代表大会在武汉开幕"): the occasion of the report.
    if (text.sliced(end).startsWith(u'在'))
        return true;
    const qsizetype clauseStop = end < text.size() ? clauseEnd(text, end + 1) : end;
    const QStringView clause = QStringView(text).sliced(end, clauseStop - end);
    for (const QStringView opens : {u"开幕", u"召开", u"闭幕", u"举行"}) {
        if (clause.contains(opens) && (clause.contains(u"大会") || clause.contains(u"会议")))
            return true;
    }
    int letters = 0;  // beside the date, only a time and punctuation
    for (qsizetype i = 0; i < text.size(); ++i) {
        if ((i < start || i >= end) && text.at(i).isLetter())
            ++letters;
    }
    return letters <= 2;
}

// A news dateline, "1月11日讯" or "南京9月3日电": the month and day, and the year if given.
bool datelineIn(QStringView text, ReferenceDate *date) {
    const qsizetype reach = std::min(text.size(), kDatelineReach);
    for (qsizetype i = 1; i < reach; ++i) {
        if (text.at(i) != u'日' || !QStringView(u"讯电").contains(at(text, i + 1)))
            continue;
        qsizetype end = i;
        ReferenceDate found;
        found.day = digitsBefore(text, &end, 2);
        if (found.day < 1 || at(text, end - 1) != u'月')
            continue;
        --end;
        found.month = digitsBefore(text, &end, 2);
        if (at(text, end - 1) == u'年') {
            --end;
            found.year = digitsBefore(text, &end, 4);
        }
        if (found.year <= 0)
            found.year = 0;
        const bool yearFits = found.year == 0 || (found.year >= 1990 && found.year <= 2100);
        if (!yearFits || found.month < 1 || found.month > 12 || found.day > 31)
            continue;
        *date = found;
        return true;
    }
    return false;
}

// The year of an event the report calls recent: "日前,由……主办的2023年……活动", "近日,2025年第二期
// ……发布". The year stands in the clause of the word, or in the next one when the word
// stands alone ("近日,").
int recentEventYear(const QString &sentence) {
    static constexpr QStringView kRecent[] = {u"日前", u"近日", u"近期", u"今天",
                                              u"今日", u"昨天", u"昨日"};
    for (const QStringView word : kRecent) {
        const qsizetype found = sentence.indexOf(word);
        if (found < 0)
            continue;
        const QString text = ChineseScript::simplified(sentence);
        const qsizetype from = found + word.size();
        qsizetype to = clauseEnd(text, from);
        if (to == from && to < text.size())
            to = clauseEnd(text, to + 1);
        for (qsizetype i = from; i < to; ++i) {
            qsizetype end = i;
            const int year = text.at(i) == u'年' ? digitsBefore(text, &end, 4) : -1;
            // 近日召开2023年度工作总结会: that year is the one reviewed, not the present one.
            const QStringView after = QStringView(text).sliced(i + 1);
            if (year >= 1990 && year <= 2100 && i - end == 4 && !after.startsWith(u'度') &&
                !after.startsWith(u"工作") && !after.startsWith(u"总结"))
                return year;
        }
    }
    return 0;
}

// Whether the clause around pos plans rather than reports ("力争2025年……", "将于2025年").
bool plannedClause(QStringView text, qsizetype pos) {
    const qsizetype begin = clauseStart(text, pos);
    qsizetype end = clauseEnd(text, pos);
    if (end == pos + 1 && end < text.size())  // "2025年,全市将……": the next clause says
        end = clauseEnd(text, end + 1);
    std::vector<TimeCue> cues;
    TimeCueScanner::scan(text.sliced(begin, end - begin), cues);
    return std::any_of(cues.begin(), cues.end(), [](const TimeCue &cue) {
        return cue.kind == TimeCue::Kind::Plan || cue.kind == TimeCue::Kind::Future;
    });
}

}  // namespace

ReferenceDate ReportDate::find(const std::vector<Sentence> &sentences) {
    ReferenceDate date;
    const size_t head = std::min(sentences.size(), kHeadSentences);
    for (size_t s = 0; s < head; ++s) {
        const Sentence &sentence = sentences[s];
        if (dateLine(sentence.text, &date))
            return date;
        date = ReferenceDate();
        if (sentence.kind == PassageKind::Prose &&
            datelineIn(ChineseScript::simplified(sentence.text), &date))
            break;
    }
    if (date.month > 0 && date.year == 0) {
        // The page's own date, written in full elsewhere (its related links) on the same day.
        for (const Sentence &sentence : sentences) {
            for (qsizetype i = 0; i + 8 <= sentence.text.size(); ++i) {
                ReferenceDate full;
                if (digitAt(sentence.text, i) >= 0 && dateAt(sentence.text, i, &full) &&
                    full.month == date.month && full.day == date.day)
                    return full;
            }
        }
    }
    if (date.year > 0)
        return date;
    for (const Sentence &sentence : sentences) {
        if (const int year = recentEventYear(sentence.text)) {
            ReferenceDate recent;
            recent.year = year;
            recent.yearInferred = true;
            return recent;
        }
    }
    return date.month > 0 ? date : ReferenceDate();
}

int ReportDate::latestYearNamed(const std::vector<Sentence> &sentences) {
    int latest = 0;
    for (const Sentence &sentence : sentences) {
        QString text;  // Simplified, made at its first year
        for (qsizetype i = 4; i < sentence.text.size(); ++i) {
            if (sentence.text.at(i) != u'年' || digitAt(sentence.text, i - 1) < 0)
                continue;
            if (text.isNull())
                text = ChineseScript::simplified(sentence.text);
            TimeCue cue;
            if (!YearCues::find(text, i, &cue))
                continue;
            int year = 0;
            if (cue.kind == TimeCue::Kind::Year || cue.kind == TimeCue::Kind::SinceYear)
                year = cue.year;
            else if (cue.kind == TimeCue::Kind::YearSpan)
                year = cue.endYear;
            else if (cue.kind == TimeCue::Kind::UpToYear && text.at(cue.start) == u'截')
                year = cue.year;
            if (year > latest && !plannedClause(text, i))
                latest = year;
        }
    }
    return latest;
}

}  // namespace reportlens
