#include "comparepage.h"

#include "citytableproxymodel.h"
#include "items/chosencellsproxy.h"
#include "items/citytablemodel.h"
#include "metricpicker.h"
#include "periodtext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

ComparePage::ComparePage(CityTableProxyModel *table, CandidateLookup candidates, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_candidates(std::move(candidates))
    , m_chosen(new ChosenCellsProxy(this))
    // The bar's widgets are made first: tests and the window find the choosers in this order.
    , m_chooseCities(new QToolButton(this))
    , m_chooseMetrics(new QToolButton(this))
    , m_metricPicker(MetricPicker::inMenu(m_chooseMetrics, u"compare/metricPresets"_s, false))
    , m_chooseReports(new QComboBox(this))
    , m_perMember(new QCheckBox(tr("&Per member"), this))
    , m_perYear(new QCheckBox(tr("Per &year"), this))
    , m_view(new QTableView(this)) {
    m_chosen->setSourceModel(m_table);
    m_view->setObjectName(u"compareView"_s);
    m_view->setModel(m_chosen);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A double click or Enter, as the platform activates items (doubleClicked as well would
    // ask for the source twice).
    connect(m_view, &QTableView::activated, this, &ComparePage::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ComparePage::showCellMenu);

    m_perMember->setToolTip(tr("Each value divided by the city's union members"));
    connect(m_perMember, &QCheckBox::toggled, m_table, &CityTableProxyModel::setPerMember);
    m_perYear->setToolTip(
        tr("A total over several years divided by its years (levels, such as "
           "members, are left as they are)"));
    connect(m_perYear, &QCheckBox::toggled, m_table, &CityTableProxyModel::setPerYear);
    m_chooseReports->setObjectName(u"reportChooser"_s);
    m_chooseReports->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooseReports->setToolTip(
        tr("Which reports fill the table: each place's latest (an annual report of 2024 before "
           "2023's), all of them (each cell the best figure of any period), or those of one "
           "period"));
    setReportPeriods({});
    connect(m_chooseReports, &QComboBox::activated, this, [this](int index) {
        const std::optional<ReportSelection> chosen =
            ReportSelection::parse(m_chooseReports->itemData(index).toString());
        if (!chosen || *chosen == m_reports)
            return;
        m_reports = *chosen;
        emit reportSelectionChanged();
    });
    m_chooseCities->setText(tr("Cities ▾"));
    m_chooseCities->setPopupMode(QToolButton::InstantPopup);
    m_chooseCities->setMenu(new QMenu(m_chooseCities));
    m_chooseMetrics->setText(tr("Metrics ▾"));
    // The metrics not ticked are hidden; the list stays open while the user ticks.
    connect(m_metricPicker, &MetricPicker::checkedMetricsChanged, this,
            [this](const QStringList &checked) {
                m_hiddenMetrics.clear();
                for (const MetricDefinition &metric : m_metrics) {
                    if (!checked.contains(metric.id))
                        m_hiddenMetrics.append(metric.id);
                }
                m_chosen->choose(m_hiddenCities, m_hiddenMetrics);
            });
    auto *legend =
        new QLabel(tr("* other candidate figures   ✎ corrected   ≠ another period than its row   "
                      "(grey) another unit: a candidate   darker: larger in its row"),
                   this);
    // Wraps rather than widening the window: in English it is wider than a 1600-pixel screen
    // leaves beside the controls and the source panel.
    legend->setWordWrap(true);
    legend->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_chooseCities);
    bar->addWidget(m_chooseMetrics);
    auto *reportsLabel = new QLabel(tr("&Reports:"), this);
    reportsLabel->setBuddy(m_chooseReports);
    bar->addWidget(reportsLabel);
    bar->addWidget(m_chooseReports);
    bar->addWidget(m_perMember);
    bar->addWidget(m_perYear);
    bar->addStretch();
    bar->addWidget(legend, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

void ComparePage::setChoices(const QStringList &cities,
                             const std::vector<MetricDefinition> &metrics,
                             const std::vector<MetricGroup> &groups) {
    QMenu *cityMenu = m_chooseCities->menu();
    cityMenu->clear();
    for (const QString &city : cities) {
        QAction *action = cityMenu->addAction(city);
        action->setCheckable(true);
        action->setChecked(!m_hiddenCities.contains(city));
        connect(action, &QAction::toggled, this,
                [this, city](bool shown) { setShown(&m_hiddenCities, city, shown); });
    }
    m_metrics = metrics;
    m_metricPicker->setMetrics(metrics, groups);
    m_metricPicker->setCheckedMetrics(shownMetrics());
}

QStringList ComparePage::shownMetrics() const {
    QStringList shown;
    for (const MetricDefinition &metric : m_metrics) {
        if (!m_hiddenMetrics.contains(metric.id))
            shown.append(metric.id);
    }
    return shown;
}

void ComparePage::setShown(QStringList *hidden, const QString &name, bool shown) {
    if (shown)
        hidden->removeAll(name);
    else if (!hidden->contains(name))
        hidden->append(name);
    m_chosen->choose(m_hiddenCities, m_hiddenMetrics);
}

void ComparePage::setHidden(const QStringList &cities, const QStringList &metrics) {
    m_hiddenCities = cities;
    m_hiddenMetrics = metrics;
    // The choosers show the choice without each action choosing again.
    for (QAction *action : m_chooseCities->menu()->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(!cities.contains(action->text()));
    }
    m_metricPicker->setCheckedMetrics(shownMetrics());
    m_chosen->choose(m_hiddenCities, m_hiddenMetrics);
}

QStringList ComparePage::hiddenCities() const {
    return m_hiddenCities;
}

QStringList ComparePage::hiddenMetrics() const {
    return m_hiddenMetrics;
}

bool ComparePage::perMember() const {
    return m_perMember->isChecked();
}

void ComparePage::setPerMember(bool perMember) {
    m_perMember->setChecked(perMember);
}

void ComparePage::setReportSelection(const ReportSelection &selection) {
    m_reports = selection;
    const int index = m_chooseReports->findData(selection.toString());
    if (index >= 0)
        m_chooseReports->setCurrentIndex(index);
}

void ComparePage::setReportPeriods(const QStringList &periods) {
    m_chooseReports->clear();
    m_chooseReports->addItem(tr("Latest of each place"), u"latest"_s);
    m_chooseReports->addItem(tr("All (best figure of any period)"), u"all"_s);
    for (const QString &period : periods)
        m_chooseReports->addItem(PeriodText::display(period), period);
    // A period no report has any more (its reports removed or corrected) stays chosen, shown.
    if (m_reports.kind == ReportSelection::Kind::OnePeriod && !periods.contains(m_reports.period))
        m_chooseReports->addItem(PeriodText::display(m_reports.period), m_reports.period);
    setReportSelection(m_reports);
}

bool ComparePage::perYear() const {
    return m_perYear->isChecked();
}

void ComparePage::setPerYear(bool perYear) {
    m_perYear->setChecked(perYear);
}

void ComparePage::saveSettings(QSettings *settings) const {
    settings->setValue(u"compare/hiddenCities"_s, m_hiddenCities);
    settings->setValue(u"compare/hiddenMetrics"_s, m_hiddenMetrics);
    settings->setValue(u"compare/perMember"_s, perMember());
    settings->setValue(u"compare/perYear"_s, perYear());
    settings->setValue(u"compare/reports"_s, m_reports.toString());
}

void ComparePage::restoreSettings(const QSettings &settings) {
    setHidden(settings.value(u"compare/hiddenCities"_s).toStringList(),
              settings.value(u"compare/hiddenMetrics"_s).toStringList());
    setPerMember(settings.value(u"compare/perMember"_s, false).toBool());
    setPerYear(settings.value(u"compare/perYear"_s, false).toBool());
    setReportSelection(ReportSelection::parse(settings.value(u"compare/reports"_s).toString())
                           .value_or(ReportSelection()));
}

void ComparePage::activate(const QModelIndex &index) {
    if (!index.data(CityTableModel::HasFigureRole).toBool())
        return;
    emit figureActivated(index.data(CityTableModel::PathRole).toString(),
                         index.data(CityTableModel::StartRole).toLongLong(),
                         index.data(CityTableModel::EndRole).toLongLong());
}

bool ComparePage::activateFirstFigure() {
    for (int row = 0; row < m_chosen->rowCount(); ++row) {
        for (int column = 0; column < m_chosen->columnCount(); ++column) {
            const QModelIndex index = m_chosen->index(row, column);
            if (index.data(CityTableModel::HasFigureRole).toBool()) {
                m_view->setCurrentIndex(index);
                activate(index);
                return true;
            }
        }
    }
    return false;
}

QMenu *ComparePage::cellMenu(const QModelIndex &index, QWidget *parent) {
    auto *menu = new QMenu(parent);
    const QString city = index.data(CityTableModel::CityRole).toString();
    const QString metric = index.data(CityTableModel::MetricIdRole).toString();
    QMenu *choose = menu->addMenu(tr("Fill the cell with…"));
    const std::vector<CellCandidate> candidates =
        m_candidates && index.isValid() ? m_candidates(city, metric) : std::vector<CellCandidate>();
    for (const CellCandidate &candidate : candidates) {
        QAction *action =
            choose->addAction(u"%1 — %2"_s.arg(candidate.anchor.raw, candidate.label.left(40)));
        action->setCheckable(true);
        action->setChecked(candidate.filling);
        connect(action, &QAction::triggered, this, [this, anchor = candidate.anchor, metric] {
            emit candidateChosen(anchor, metric);
        });
    }
    choose->setEnabled(!choose->isEmpty());
    QAction *source =
        menu->addAction(tr("Show the source"), this,
                        [this, index = QPersistentModelIndex(index)] { activate(index); });
    source->setEnabled(index.data(CityTableModel::HasFigureRole).toBool());
    return menu;
}

void ComparePage::showCellMenu(const QPoint &position) {
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const std::unique_ptr<QMenu> menu(cellMenu(index, this));
    menu->exec(m_view->viewport()->mapToGlobal(position));
}

}  // namespace reportlens
