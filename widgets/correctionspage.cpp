#include "correctionspage.h"

#include "correctiontext.h"
#include "items/correctionlogmodel.h"

#include <QBrush>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CorrectionLogProxyModel::CorrectionLogProxyModel(std::vector<MetricDefinition> metrics,
                                                 bool english, QObject *parent)
    : QSortFilterProxyModel(parent), m_metrics(std::move(metrics)), m_english(english) {}

void CorrectionLogProxyModel::setPlaceFilter(const QString &place) {
    if (m_place == place)
        return;
    m_place = place;
    invalidateFilter();
}

void CorrectionLogProxyModel::setMetricFilter(const QString &metric) {
    if (m_metric == metric)
        return;
    m_metric = metric;
    invalidateFilter();
}

bool CorrectionLogProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &parent) const {
    const QModelIndex source = sourceModel()->index(sourceRow, 0, parent);
    return (m_place.isEmpty() || source.data(CorrectionLogModel::PlaceRole) == m_place) &&
           (m_metric.isEmpty() || source.data(CorrectionLogModel::MetricRole) == m_metric);
}

QVariant CorrectionLogProxyModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    const bool reverted = source.data(CorrectionLogModel::RevertedRole).toBool();
    if (role == Qt::ForegroundRole && reverted)
        return QBrush(QColor(130, 130, 130));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QSortFilterProxyModel::data(index, role);
    switch (CorrectionLogModel::Column(index.column())) {
        case CorrectionLogModel::WhenColumn:
            return QLocale().toString(
                source.data(CorrectionLogModel::CreatedRole).toDateTime().toLocalTime(),
                QLocale::ShortFormat);
        case CorrectionLogModel::ActionColumn:
            return CorrectionText::action(
                CorrectionKind(source.data(CorrectionLogModel::KindRole).toInt()));
        case CorrectionLogModel::PlaceColumn: {
            const QString place = source.data(CorrectionLogModel::PlaceRole).toString();
            return place.isEmpty() ? tr("(place unknown)") : place;
        }
        case CorrectionLogModel::MetricColumn: {
            const QString metric = source.data(CorrectionLogModel::MetricRole).toString();
            return metric.isEmpty() ? QString()
                                    : CorrectionText::metricName(metric, m_metrics, m_english);
        }
        case CorrectionLogModel::ValuesColumn: {
            auto *log = qobject_cast<CorrectionLogModel *>(sourceModel());
            const CorrectionLogEntry *entry = log ? log->entryAt(source.row()) : nullptr;
            return entry ? CorrectionText::values(entry->correction, m_metrics, m_english)
                         : QString();
        }
        case CorrectionLogModel::StateColumn: {
            // Who reverted or restored it, and when, from schema 6 on.
            const QString by = source.data(CorrectionLogModel::RevertedByRole).toString();
            const QDateTime at = source.data(CorrectionLogModel::RevertedAtRole).toDateTime();
            if (by.isEmpty() || !at.isValid())
                return reverted ? tr("reverted") : tr("in effect");
            const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
            return reverted ? tr("reverted by %1, %2").arg(by, when)
                            : tr("restored by %1, %2").arg(by, when);
        }
        case CorrectionLogModel::FigureColumn:
            if (role == Qt::ToolTipRole)
                return source.data(CorrectionLogModel::PathRole);
            break;
        default:
            break;
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant CorrectionLogProxyModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    switch (CorrectionLogModel::Column(section)) {
        case CorrectionLogModel::WhenColumn:
            return tr("When");
        case CorrectionLogModel::AuthorColumn:
            return tr("Who");
        case CorrectionLogModel::ActionColumn:
            return tr("Correction");
        case CorrectionLogModel::PlaceColumn:
            return tr("Place");
        case CorrectionLogModel::MetricColumn:
            return tr("Metric");
        case CorrectionLogModel::FigureColumn:
            return tr("Figure");
        case CorrectionLogModel::ValuesColumn:
            return tr("Set to");
        case CorrectionLogModel::StateColumn:
            return tr("State");
        case CorrectionLogModel::ColumnCount:
            break;
    }
    return {};
}

CorrectionsPage::CorrectionsPage(CorrectionLogModel *log, std::vector<MetricDefinition> metrics,
                                 bool english, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_shown(new CorrectionLogProxyModel(metrics, english, this))
    , m_metrics(std::move(metrics))
    , m_english(english)
    , m_place(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this)) {
    m_shown->setSourceModel(m_log);
    m_view->setObjectName(u"correctionsView"_s);
    m_view->setModel(m_shown);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // What was set takes the room left; the state stays narrow at the end.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CorrectionLogModel::ValuesColumn,
                                                     QHeaderView::Stretch);

    m_place->setObjectName(u"correctionsPlace"_s);
    m_metric->setObjectName(u"correctionsMetric"_s);
    m_metric->addItem(tr("All metrics"), QString());
    for (const MetricDefinition &metric : m_metrics)
        m_metric->addItem(m_english ? metric.nameEn : metric.nameZh, metric.id);
    setPlaces({});
    connect(m_place, &QComboBox::currentIndexChanged, this,
            [this] { m_shown->setPlaceFilter(m_place->currentData().toString()); });
    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this] { m_shown->setMetricFilter(m_metric->currentData().toString()); });
    m_revert->setToolTip(
        tr("Revert the chosen correction, or restore a reverted one (it stays in "
           "the log either way; Ctrl+Z undoes this too)"));
    connect(m_revert, &QPushButton::clicked, this, &CorrectionsPage::revertCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CorrectionsPage::updateButton);
    // After a reload or a revert: the button says what it will do to the current entry.
    connect(m_shown, &QAbstractItemModel::modelReset, this, &CorrectionsPage::updateButton);
    connect(m_shown, &QAbstractItemModel::layoutChanged, this, &CorrectionsPage::updateButton);
    connect(m_shown, &QAbstractItemModel::dataChanged, this, &CorrectionsPage::updateButton);
    connect(m_shown, &QAbstractItemModel::rowsInserted, this, &CorrectionsPage::updateButton);
    connect(m_shown, &QAbstractItemModel::rowsRemoved, this, &CorrectionsPage::updateButton);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit sourceRequested(index.data(CorrectionLogModel::PathRole).toString());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Place:"), this));
    bar->addWidget(m_place);
    bar->addWidget(new QLabel(tr("Metric:"), this));
    bar->addWidget(m_metric);
    bar->addWidget(m_revert);
    bar->addStretch();
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    updateButton();
}

void CorrectionsPage::setPlaces(const QStringList &places) {
    const QString chosen = m_place->currentData().toString();
    const QSignalBlocker blocker(m_place);
    m_place->clear();
    m_place->addItem(tr("All places"), QString());
    for (const QString &place : places)
        m_place->addItem(place, place);
    m_place->setCurrentIndex(std::max(0, m_place->findData(chosen)));
    m_shown->setPlaceFilter(m_place->currentData().toString());
}

void CorrectionsPage::updateButton() {
    const QModelIndex current = m_view->currentIndex();
    m_revert->setEnabled(current.isValid());
    m_revert->setText(current.data(CorrectionLogModel::RevertedRole).toBool() ? tr("&Restore")
                                                                              : tr("&Revert"));
    m_count->setText(tr("%1 of %2 corrections").arg(m_shown->rowCount()).arg(m_log->rowCount()));
}

void CorrectionsPage::revertCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const bool revert = !current.data(CorrectionLogModel::RevertedRole).toBool();
    const QString metric = current.data(CorrectionLogModel::MetricRole).toString();
    const QString step = CorrectionText::step(
        CorrectionKind(current.data(CorrectionLogModel::KindRole).toInt()),
        current.data(CorrectionLogModel::PlaceRole).toString(),
        metric.isEmpty() ? QString() : CorrectionText::metricName(metric, m_metrics, m_english),
        current.data(CorrectionLogModel::RawRole).toString());
    emit revertRequested(current.data(CorrectionLogModel::IdRole).toLongLong(), revert,
                         revert ? tr("revert: %1").arg(step) : tr("restore: %1").arg(step));
}

}  // namespace reportlens
