// The comparable metrics (metrics.md), loaded from a metrics file (resources/metrics.json or
// the user's own), and the classifier that matches figures to them. Classification is driven
// by the file only: ids, names, units, keywords and exclusions all come from it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace reportlens {

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
    QString unit;                       // display unit
    QStringList units;                  // figure units accepted
    std::vector<QStringList> keywords;  // alternatives; each needs all of its parts
    QStringList exclude;
};

struct MetricMatch {
    int metricIndex = -1;  // into MetricCatalog::metrics(); -1: no metric
    int score = 0;
};

// What the classifier looks at for one figure.
struct FigureContext {
    QStringView label;   // the figure's label
    QStringView clause;  // the clause the figure stands in
    QStringView topic;   // the sentence before the figure, back to the previous ；
    QStringView leadIn;  // a short sentence just before ("冬送温暖。"), or empty
    QStringView after;   // the sentence after the figure, up to the next figure or ；
    QStringView unit;
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

    const std::vector<MetricDefinition> &metrics() const { return m_metrics; }
    const std::vector<MetricGroup> &groups() const { return m_groups; }
    int indexOf(QStringView id) const;
    bool isEmpty() const { return m_metrics.empty(); }

    MetricMatch classify(const FigureContext &context) const;
    // True when a figure's label opens with a verb of reach ("惠及一线职工"): its clause
    // counts who or what the previous clause's activity reached, so that clause is its topic.
    bool continuesPreviousClause(QStringView label) const;

private:
    void buildIndex();

    std::vector<MetricGroup> m_groups;
    std::vector<MetricDefinition> m_metrics;
    QStringList m_globalExclude;
    QStringList m_reachVerbs;

    struct Index;
    // Immutable once built, so copies of a catalogue share it.
    std::shared_ptr<const Index> m_index;
};

}  // namespace reportlens
