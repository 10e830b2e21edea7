#include "searchpage.h"

#include "items/searchresultsmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

SearchPage::SearchPage(SearchResultsModel *results, QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_results(new QListView(this)) {
    m_problem->setObjectName(u"searchProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_query->setObjectName(u"searchEdit"_s);
    m_query->setPlaceholderText(tr("Search all sentences (Enter)"));
    m_query->setClearButtonEnabled(true);
    connect(m_query, &QLineEdit::returnPressed, this,
            [this] { emit searchRequested(m_query->text()); });
    m_results->setModel(results);
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        emit figureActivated(index.data(SearchResultsModel::PathRole).toString(),
                             index.data(SearchResultsModel::StartRole).toLongLong(),
                             index.data(SearchResultsModel::EndRole).toLongLong());
    });
    // One click opens a sentence, whatever the platform's activation.
    connect(m_results, &QListView::clicked, m_results, &QListView::activated);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_problem);
    layout->addWidget(m_results);
}

void SearchPage::setProblem(const QString &message) {
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString SearchPage::problem() const {
    return m_problem->text();
}

QString SearchPage::query() const {
    return m_query->text();
}

void SearchPage::setQuery(const QString &text) {
    m_query->setText(text);
}

void SearchPage::search(const QString &text) {
    m_query->setText(text);
    emit searchRequested(text);
}

void SearchPage::focusQuery() {
    m_query->setFocus();
    m_query->selectAll();
}

}  // namespace reportlens
