// The comparable metrics (metrics.md), loaded from a metrics file (resources/metrics.json or
// the user's own), and the classifier that matches figures to them. Classification is driven
// by the file only: ids, names, units, keywords and exclusions all come from it.
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace reportlens {

struct MetricWordIndex;

struct MetricGroup {
    QString id;
    QString nameZh;
    QString nameEn;
};

struct MetricDefinition {
    QString id;
    QString group;
    QString nameZh;
    QString nameEn;
    QString unit;       // display unit
    QStringList units;  // figure units accepted
    // Alternatives; each needs all of its parts. A part may hold {place} (the report's place:
    // "{place}工匠" is 泉州工匠 in 泉州's report) or {local} (a two-character local title
    // that is no level and no word the metric excludes: "荆楚工匠", "河东工匠").
    std::vector<QStringList> keywords;
    QStringList exclude;
    // A level reached at the end of a period (members, organisations, facilities: "measure":
    // "level"), not a flow over it (people trained, money paid: the default); a level is not
    // divided by years, and compares by the year it was reached.
    bool level = false;
};

struct MetricMatch {
    // Where the metric's words stand: in the figure's label, in the sentence before it (its
    // clause or topic), in a short sentence before that, or after the figure.
    enum class Where { Label, Before, LeadIn, After };
    int metricIndex = -1;  // into MetricCatalog::metrics(); -1: no metric
    int score = 0;         // higher is surer
    Where where = Where::Label;
    bool local = false;        // matched through {local}: a local title, not the place's own name
    bool wordInLabel = false;  // some word of the keyword stands in the figure's own label
};

// The metrics file's words found in one text, in one pass: where each occurrence starts.
struct WordHits {
    std::vector<std::pair<qsizetype, int>> at;  // position, word id; by position
};

// A range [begin, end) of a text.
struct TextRange {
    qsizetype begin = 0;
    qsizetype end = 0;
    bool isEmpty() const { return end <= begin; }
};

// What the classifier looks at for one figure, all in Simplified characters. The label and the
// lead-in are texts of their own; the rest are ranges of the sentence, whose words are found
// once for all its figures.
struct FigureContext {
    QStringView label;   // the figure's label
    QStringView leadIn;  // a short sentence just before ("冬送温暖。"), or empty
    QStringView unit;
    // The names of the report's place ("泉州市", "泉州"), for keywords with {place}.
    QStringList placeNames;

    QStringView sentence;
    const WordHits *hits = nullptr;  // the sentence's words
    TextRange clause;                // the clause the figure stands in
    // What the sentence says before the figure: back to the previous ；(topic) and its own
    // clause up to it (near); the nearer a word, the surer.
    TextRange topic;
    TextRange near;
    TextRange after;  // the sentence after the figure, up to the next figure or ；
    // More text whose words exclude a metric: the clause of the whole a part belongs to.
    std::vector<TextRange> scope;
};

class MetricCatalog {
public:
    // Parses a metrics file's contents; on failure returns false with the reason.
    bool loadFromJson(const QByteArray &json, QString *error);
    // Loads a metrics file; errors name the file.
    bool loadFromFile(const QString &path, QString *error);
    // The metrics shipped with ReportLens (resources/metrics.json, compiled in).
    static const MetricCatalog &builtIn();
    static QString builtInPath();

    // SHA-256 of the metrics file the catalogue was loaded from, but for lines that only say
    // whether a metric is a flow or a level: a changed file asks for stored documents to be
    // classified again.
    QByteArray sourceHash() const { return m_sourceHash; }
    const std::vector<MetricDefinition> &metrics() const { return m_metrics; }

    const std::vector<MetricGroup> &groups() const { return m_groups; }
    int indexOf(QStringView id) const;
    bool isEmpty() const { return m_metrics.empty(); }

    // The metrics file's words in a text (a sentence), for FigureContext::hits.
    WordHits wordsIn(QStringView text) const;
    // The best match, or none.
    MetricMatch classify(const FigureContext &context) const;
    // Every metric the context matches, surest first.
    // namedInLabel, when given: metricsNamedIn(context.label), found on the way.
    std::vector<MetricMatch> matches(const FigureContext &context,
                                     std::vector<int> *namedInLabel = nullptr) const;
    // True when every word of some metric's keyword stands in the label, whatever its unit or
    // exclusions: the label names what it counts ("涵盖企业法人单位"), and it takes no other
    // metric from its topic.
    bool namesAMetric(QStringView label) const { return !metricsNamedIn(label).empty(); }
    // False when no metric counts in the unit: a figure in it needs no alignment at all.
    bool someMetricTakes(const QString &unit) const;
    // The metrics (indexes, ascending, each once) whose keywords stand whole in the label.
    std::vector<int> metricsNamedIn(QStringView label) const;
    // True when a figure's label opens with a verb of reach ("惠及一线职工"): its clause
    // counts who or what the previous clause's activity reached, so that clause is its topic.
    bool continuesPreviousClause(QStringView label) const;
    // Groups narrower than the workers a metric counts ("农民工", "劳模"): a figure whose
    // sentence names one counts that group only, unless the metric's own words name it.
    const QStringList &subgroups() const { return m_subgroups; }

private:
    std::vector<MetricGroup> m_groups;
    std::vector<MetricDefinition> m_metrics;
    QStringList m_globalExclude;
    QStringList m_reachVerbs;
    QStringList m_subgroups;
    QByteArray m_sourceHash;

    // Immutable once built, so copies of a catalogue share it.
    std::shared_ptr<const MetricWordIndex> m_index;
};

}  // namespace reportlens
