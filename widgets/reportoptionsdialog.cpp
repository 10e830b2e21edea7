#include "reportoptionsdialog.h"

#include "engine/placenames.h"
#include "metricpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

namespace {
constexpr int kPlaceRole = Qt::UserRole;
}  // namespace

ReportOptionsDialog::ReportOptionsDialog(const CityTable &table,
                                         const std::vector<MetricGroup> &groups,
                                         const ReportOptions &initial, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_title(new QLineEdit(this))
    , m_places(new QStandardItemModel(this))
    , m_placeList(new QListView(this))
    , m_metrics(new MetricPicker(u"report/metricPresets"_s, initial.english, this))
    , m_charts(new MetricPicker(u"report/chartPresets"_s, initial.english, this))
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Report options"));

    m_title->setText(initial.title);
    m_title->setPlaceholderText(ComparisonReport::defaultTitle());
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("A3"), int(QPageSize::A3));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(initial.paper))));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(int(initial.orientation))));
    m_notes->setPlainText(initial.notes);
    m_notes->setPlaceholderText(
        tr("Printed under the title: where the figures come from, "
           "what to read with care"));
    auto *layoutPage = new QWidget(this);
    auto *form = new QFormLayout(layoutPage);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Notes:"), m_notes);

    for (const QString &city : table.cities) {
        auto *item = new QStandardItem(PlaceNames::display(city, initial.english));
        item->setData(city, kPlaceRole);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(initial.cities.isEmpty() || initial.cities.contains(city)
                                ? Qt::Checked
                                : Qt::Unchecked);
        m_places->appendRow(item);
    }
    m_placeList->setModel(m_places);
    auto *placesPage = new QWidget(this);
    auto *all = new QPushButton(tr("&All"), placesPage);
    auto *none = new QPushButton(tr("&None"), placesPage);
    connect(all, &QPushButton::clicked, this, [this] { checkAllPlaces(true); });
    connect(none, &QPushButton::clicked, this, [this] { checkAllPlaces(false); });
    auto *placeButtons = new QHBoxLayout;
    placeButtons->addWidget(all);
    placeButtons->addWidget(none);
    placeButtons->addStretch();
    auto *placesLayout = new QVBoxLayout(placesPage);
    placesLayout->addWidget(m_placeList);
    placesLayout->addLayout(placeButtons);

    m_metrics->setMetrics(table.metrics, groups);
    QStringList metricIds;
    for (const MetricDefinition &metric : table.metrics)
        metricIds.append(metric.id);
    m_allMetrics = metricIds.size();
    m_metrics->setCheckedMetrics(initial.metrics.isEmpty() ? metricIds : initial.metrics);
    m_charts->setMetrics(table.metrics, groups);
    m_charts->setCheckedMetrics(initial.charts ? *initial.charts
                                               : ComparisonReport::choose(table, initial).charts);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(layoutPage, tr("Page"));
    tabs->addTab(placesPage, tr("Places"));
    tabs->addTab(m_metrics, tr("Metrics"));
    tabs->addTab(m_charts, tr("Charts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No report without a place or a metric.
    auto enableOk = [this, buttons] {
        bool anyPlace = false;
        for (int row = 0; row < m_places->rowCount(); ++row)
            anyPlace = anyPlace || m_places->item(row)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(anyPlace && !m_metrics->checkedMetrics().isEmpty());
    };
    connect(m_places, &QStandardItemModel::itemChanged, this, enableOk);
    connect(m_metrics, &MetricPicker::checkedMetricsChanged, this, enableOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

void ReportOptionsDialog::checkAllPlaces(bool checked) {
    for (int row = 0; row < m_places->rowCount(); ++row)
        m_places->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

ReportOptions ReportOptionsDialog::options() const {
    ReportOptions options = m_initial;
    options.title = m_title->text().trimmed();
    options.notes = m_notes->toPlainText().trimmed();
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.cities.clear();
    for (int row = 0; row < m_places->rowCount(); ++row) {
        if (m_places->item(row)->checkState() == Qt::Checked)
            options.cities.append(m_places->item(row)->data(kPlaceRole).toString());
    }
    // Every metric ticked: those the places have, no empty rows.
    options.metrics = m_metrics->checkedMetrics();
    if (options.metrics.size() == m_allMetrics)
        options.metrics.clear();
    options.charts = m_charts->checkedMetrics();
    return options;
}

}  // namespace reportlens
