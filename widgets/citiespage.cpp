#include "citiespage.h"

#include "citylistproxymodel.h"
#include "citytableproxymodel.h"
#include "engine/citytable.h"
#include "engine/placenames.h"
#include "items/citylistmodel.h"
#include "prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CitiesPage::CitiesPage(CityListModel *list, bool english, Prompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_prompts(prompts ? prompts : Prompts::dialogs())
    , m_english(english)
    , m_places(new CityListProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_province(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_byProvince(new QCheckBox(tr("Group by &province"), this))
    , m_view(new QTableView(this)) {
    m_places->setSourceModel(m_list);
    m_view->setObjectName(u"citiesView"_s);
    m_view->setModel(m_places);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CityListModel::CityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CitiesPage::showPlaceMenu);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit cityChosen(index.data(CityListModel::CityRole).toString());
    });

    m_filter->setPlaceholderText(tr("Filter places"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_places,
            &QSortFilterProxyModel::setFilterFixedString);
    // Places by province and by level (provinces, cities, counties and districts).
    m_province->setObjectName(u"cityProvince"_s);
    connect(m_province, &QComboBox::currentIndexChanged, this,
            [this] { m_places->setProvinceFilter(m_province->currentData().toString()); });
    connect(m_list, &QAbstractItemModel::modelReset, this, &CitiesPage::listProvinces);
    listProvinces();
    m_level->setObjectName(u"cityLevel"_s);
    m_level->addItem(tr("All levels"), CityListProxyModel::kAllLevels);
    m_level->addItem(tr("Provinces"), int(PlaceLevel::Province));
    m_level->addItem(tr("Cities"), int(PlaceLevel::City));
    m_level->addItem(tr("Counties and districts"), int(PlaceLevel::County));
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_places->setLevelFilter(m_level->currentData().toInt()); });
    connect(m_byProvince, &QCheckBox::toggled, this, [this](bool grouped) {
        m_view->sortByColumn(grouped ? CityListModel::ProvinceColumn : CityListModel::CityColumn,
                             Qt::AscendingOrder);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_province);
    bar->addWidget(m_level);
    bar->addWidget(m_byProvince);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

// The provinces to choose from, in the UI language's order; the choice is kept.
void CitiesPage::listProvinces() {
    const QString chosen = m_province->currentData().toString();
    QStringList provinces = m_list->provinces();
    sortCities(&provinces);
    const QSignalBlocker blocker(m_province);
    m_province->clear();
    m_province->addItem(tr("All provinces"), QString());
    for (const QString &name : std::as_const(provinces))
        m_province->addItem(PlaceNames::display(name, m_english), name);
    m_province->setCurrentIndex(std::max(0, m_province->findData(chosen)));
    m_places->setProvinceFilter(m_province->currentData().toString());
}

QMenu *CitiesPage::placeMenu(const QModelIndex &index, QWidget *parent) {
    if (!index.isValid() || !index.data(CityListModel::CityRole).toString().isEmpty())
        return nullptr;
    // Reports whose place the engine could not tell: the user names it.
    auto *menu = new QMenu(parent);
    menu->addAction(tr("Set the place…"), this, [this] {
        const std::optional<QString> place = m_prompts->text(
            this, tr("Set the place"),
            tr("The city, county or province these reports are about (e.g. 漳州市)"), QString());
        if (place && !place->trimmed().isEmpty())
            emit unknownPlaceNamed(place->trimmed());
    });
    return menu;
}

void CitiesPage::showPlaceMenu(const QPoint &position) {
    const std::unique_ptr<QMenu> menu(placeMenu(m_view->indexAt(position), this));
    if (menu)
        menu->exec(m_view->viewport()->mapToGlobal(position));
}

}  // namespace reportlens
