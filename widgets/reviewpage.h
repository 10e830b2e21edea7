// The Review view: the table's cells that need a person (ReviewQueue), one at a time, with the
// sentence and its figure marked and the figures that compete for the cell. One key decides:
// A accepts the figure that fills the cell, R rejects it (the next candidate fills it), 1–9
// picks that candidate instead; for a figure whose label names the metric of an empty cell, A
// places it there and R leaves it unplaced; the queue then moves on to the next item by itself. The
// page shows and asks; the app records the correction and reloads.
#pragma once

#include "engine/metriccatalog.h"
#include "engine/records.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace reportlens {

class ReviewModel;

class ReviewPage : public QWidget {
    Q_OBJECT

public:
    using CandidateLookup =
        std::function<std::vector<CellCandidate>(const QString &city, const QString &metric)>;

    // queue is not owned (the window's).
    ReviewPage(ReviewModel *queue, CandidateLookup candidates,
               std::vector<MetricDefinition> metrics, bool english, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QTextBrowser *sentence() const { return m_sentence; }
    QListWidget *candidates() const { return m_candidates; }

    // The decisions, as the keys and buttons make them.
    void acceptCurrent();
    void rejectCurrent();
    void pickCandidate(int number);  // 1-based, as the list numbers them

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // The candidate is to fill the cell of metric; text names the step for undo.
    void chosen(const reportlens::FigureAnchor &candidate, const QString &metric,
                const QString &text);
    // The figure is not a figure (or not this cell's): rejected.
    void rejected(const reportlens::FigureAnchor &figure, const QString &text);
    // An unplaced figure does not count the metric its label names: it stays without one.
    void leftUnplaced(const reportlens::FigureAnchor &figure, const QString &text);
    void sourceRequested(const QString &path, qint64 start, qint64 end);

private:
    void showCurrent();
    void queueReset();
    QString metricName(const QString &id) const;

    ReviewModel *m_queue;  // not owned
    CandidateLookup m_lookup;
    std::vector<MetricDefinition> m_metrics;
    bool m_english = false;
    std::vector<CellCandidate> m_shownCandidates;  // of the current item, the filling one first
    int m_lastRow = 0;  // where the queue was, so that it moves on after a decision
    QListView *m_list;
    QLabel *m_reason;
    QTextBrowser *m_sentence;
    QListWidget *m_candidates;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QLabel *m_count;
};

}  // namespace reportlens
