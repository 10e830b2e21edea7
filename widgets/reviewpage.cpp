#include "reviewpage.h"

#include "correctiontext.h"
#include "engine/valueformat.h"
#include "items/reviewmodel.h"

#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// The queue as listed: place, metric and the figure, and why it asks for a look.
class ReviewListProxy : public QIdentityProxyModel {
public:
    explicit ReviewListProxy(std::function<QString(const QString &)> metricName, QObject *parent)
        : QIdentityProxyModel(parent), m_metricName(std::move(metricName)) {}

    QVariant data(const QModelIndex &index, int role) const override {
        if (role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        return u"%1 · %2 · %3 — %4"_s.arg(
            source.data(ReviewModel::CityRole).toString(),
            m_metricName(source.data(ReviewModel::MetricRole).toString()),
            source.data(ReviewModel::RawRole).toString(), reason(source));
    }

    static QString reason(const QModelIndex &source) {
        switch (ReviewItem::Reason(source.data(ReviewModel::ReasonRole).toInt())) {
            case ReviewItem::Reason::OtherUnit:
                return ReviewPage::tr("another unit than the metric's: a candidate only");
            case ReviewItem::Reason::Competing:
                return ReviewPage::tr("other figures compete for the cell");
            case ReviewItem::Reason::LowConfidence:
                return ReviewPage::tr("filled with low confidence (%1 of 1000)")
                    .arg(source.data(ReviewModel::ScoreRole).toInt());
            case ReviewItem::Reason::Unplaced:
                return ReviewPage::tr("its label names the metric; not placed");
        }
        return {};
    }

private:
    std::function<QString(const QString &)> m_metricName;
};

// The sentence with the figure marked, as HTML.
QString markedSentence(const QString &sentence, const QString &raw) {
    const qsizetype at = raw.isEmpty() ? -1 : sentence.indexOf(raw);
    if (at < 0)
        return sentence.toHtmlEscaped();
    return sentence.left(at).toHtmlEscaped() +
           u"<span style=\"background-color:#ffd966; font-weight:bold\">%1</span>"_s.arg(
               raw.toHtmlEscaped()) +
           sentence.mid(at + raw.size()).toHtmlEscaped();
}

}  // namespace

ReviewPage::ReviewPage(ReviewModel *queue, CandidateLookup candidates,
                       std::vector<MetricDefinition> metrics, bool english, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_lookup(std::move(candidates))
    , m_metrics(std::move(metrics))
    , m_english(english)
    , m_list(new QListView(this))
    , m_reason(new QLabel(this))
    , m_sentence(new QTextBrowser(this))
    , m_candidates(new QListWidget(this))
    , m_accept(new QPushButton(tr("Accept (A)"), this))
    , m_reject(new QPushButton(tr("Reject (R)"), this))
    , m_count(new QLabel(this)) {
    auto *shown = new ReviewListProxy([this](const QString &id) { return metricName(id); }, this);
    shown->setSourceModel(m_queue);
    m_list->setObjectName(u"reviewList"_s);
    m_list->setModel(shown);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);

    m_reason->setWordWrap(true);
    m_sentence->setObjectName(u"reviewSentence"_s);
    m_candidates->setObjectName(u"reviewCandidates"_s);
    m_accept->setToolTip(tr("The figure that fills the cell is right: keep it"));
    m_reject->setToolTip(
        tr("Not this cell's figure: reject it (the next candidate fills the cell)"));

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::showCurrent);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &ReviewPage::queueReset);
    connect(m_accept, &QPushButton::clicked, this, &ReviewPage::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPage::rejectCurrent);
    connect(m_candidates, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pickCandidate(m_candidates->row(item) + 1); });
    // One key a decision, wherever the focus is on the page.
    const auto key = [this](const QKeySequence &sequence, std::function<void()> action) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, std::move(action));
    };
    key(QKeySequence(Qt::Key_A), [this] { acceptCurrent(); });
    key(QKeySequence(Qt::Key_R), [this] { rejectCurrent(); });
    for (int number = 1; number <= 9; ++number)
        key(QKeySequence(Qt::Key(Qt::Key_0 + number)), [this, number] { pickCandidate(number); });

    auto *detail = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(new QLabel(tr("1–9: pick that candidate instead"), detail));
    buttons->addStretch();
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_reason);
    detailLayout->addWidget(m_sentence, 2);
    detailLayout->addWidget(new QLabel(tr("Figures that could fill the cell:"), detail));
    detailLayout->addWidget(m_candidates, 1);
    detailLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    queueReset();
}

void ReviewPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    showCurrent();
}

QString ReviewPage::metricName(const QString &id) const {
    return CorrectionText::metricName(id, m_metrics, m_english);
}

void ReviewPage::queueReset() {
    const int rows = m_queue->rowCount();
    m_count->setText(rows == 0 ? tr("Nothing to review: every cell is sure, or has been looked at")
                               : tr("%1 to review").arg(rows));
    // The item decided on is gone: the one after it takes its place.
    if (rows > 0)
        m_list->setCurrentIndex(m_list->model()->index(std::min(m_lastRow, rows - 1), 0));
    showCurrent();
}

void ReviewPage::showCurrent() {
    const QModelIndex current = m_list->currentIndex();
    m_accept->setEnabled(current.isValid());
    m_reject->setEnabled(current.isValid());
    m_candidates->clear();
    m_shownCandidates.clear();
    if (!current.isValid()) {
        m_reason->clear();
        m_sentence->clear();
        return;
    }
    m_lastRow = current.row();
    const QModelIndex source =
        static_cast<QIdentityProxyModel *>(m_list->model())->mapToSource(current);
    m_reason->setText(u"<b>%1 · %2</b> — %3"_s.arg(
        source.data(ReviewModel::CityRole).toString().toHtmlEscaped(),
        metricName(source.data(ReviewModel::MetricRole).toString()).toHtmlEscaped(),
        ReviewListProxy::reason(source).toHtmlEscaped()));
    m_sentence->setHtml(markedSentence(source.data(ReviewModel::SentenceRole).toString(),
                                       source.data(ReviewModel::RawRole).toString()));
    // The source panel follows the queue while it is shown, for the paragraph around the
    // sentence.
    if (isVisible())
        emit sourceRequested(source.data(ReviewModel::PathRole).toString(),
                             source.data(ReviewModel::StartRole).toLongLong(),
                             source.data(ReviewModel::EndRole).toLongLong());
    const ReviewItem *item = m_queue->itemAt(source.row());
    const bool unplaced = item && item->reason == ReviewItem::Reason::Unplaced;
    if (unplaced) {
        // The figure itself is the one candidate: A places it, R leaves it out.
        m_shownCandidates = {
            {item->figure, item->cell.value, item->cell.unit, item->cell.label, false}};
    } else if (m_lookup) {
        m_shownCandidates = m_lookup(source.data(ReviewModel::CityRole).toString(),
                                     source.data(ReviewModel::MetricRole).toString());
    }
    m_accept->setText(unplaced ? tr("Place it (A)") : tr("Accept (A)"));
    m_reject->setText(unplaced ? tr("Leave it out (R)") : tr("Reject (R)"));
    for (size_t i = 0; i < m_shownCandidates.size(); ++i) {
        const CellCandidate &candidate = m_shownCandidates[i];
        m_candidates->addItem(u"%1. %2 — %3%4"_s.arg(i + 1).arg(
            candidate.anchor.raw, candidate.label,
            candidate.filling ? tr(" (fills the cell)") : QString()));
    }
}

void ReviewPage::acceptCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_shownCandidates.empty())
        return;
    const CellCandidate &filling = m_shownCandidates.front();
    const QString metric = current.data(ReviewModel::MetricRole).toString();
    emit chosen(filling.anchor, metric,
                CorrectionText::step(CorrectionKind::ChooseForCell,
                                     current.data(ReviewModel::CityRole).toString(),
                                     metricName(metric), filling.anchor.raw));
}

void ReviewPage::rejectCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || m_shownCandidates.empty())
        return;
    const CellCandidate &filling = m_shownCandidates.front();
    const QModelIndex source =
        static_cast<QIdentityProxyModel *>(m_list->model())->mapToSource(current);
    if (const ReviewItem *item = m_queue->itemAt(source.row());
        item && item->reason == ReviewItem::Reason::Unplaced) {
        emit leftUnplaced(filling.anchor,
                          CorrectionText::step(CorrectionKind::SetMetric,
                                               current.data(ReviewModel::CityRole).toString(),
                                               QString(), filling.anchor.raw));
        return;
    }
    emit rejected(
        filling.anchor,
        CorrectionText::step(CorrectionKind::Reject, current.data(ReviewModel::CityRole).toString(),
                             metricName(current.data(ReviewModel::MetricRole).toString()),
                             filling.anchor.raw));
}

void ReviewPage::pickCandidate(int number) {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || number < 1 || size_t(number) > m_shownCandidates.size())
        return;
    const CellCandidate &picked = m_shownCandidates[size_t(number - 1)];
    const QString metric = current.data(ReviewModel::MetricRole).toString();
    emit chosen(picked.anchor, metric,
                CorrectionText::step(CorrectionKind::ChooseForCell,
                                     current.data(ReviewModel::CityRole).toString(),
                                     metricName(metric), picked.anchor.raw));
}

}  // namespace reportlens
