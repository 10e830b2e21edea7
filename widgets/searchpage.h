// The Search view: a query over every report's sentences, asked for when the user presses
// Enter (the app runs it and gives the results model the hits); a sentence clicked asks for
// its source.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace reportlens {

class SearchResultsModel;

class SearchPage : public QWidget {
    Q_OBJECT

public:
    // results is not owned (the window's, which its exports read too).
    explicit SearchPage(SearchResultsModel *results, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultsView() const { return m_results; }
    QString query() const;
    void setQuery(const QString &text);
    // Edit → Find: the query focused, all of it selected to type over.
    void focusQuery();
    // A search from outside the page: the query shown and asked for, as if typed.
    void search(const QString &text);
    // Why the last search failed, or why searches are slow (the index cannot be used),
    // shown above the results; empty hides it.
    void setProblem(const QString &message);
    QString problem() const;

signals:
    void searchRequested(const QString &text);
    void figureActivated(const QString &path, qint64 start, qint64 end);

private:
    QLineEdit *m_query;
    QLabel *m_problem;
    QListView *m_results;
};

}  // namespace reportlens
