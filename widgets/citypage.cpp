#include "citypage.h"

#include "citytableproxymodel.h"
#include "figuremenu.h"
#include "items/cityfiguresmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CityPage::CityPage(CityFiguresModel *figures, const std::vector<MetricDefinition> &metrics,
                   Prompts *prompts, QWidget *parent)
    : QWidget(parent)
    , m_figures(figures)
    , m_metrics(metrics)
    , m_prompts(prompts)
    , m_presentation(new CityFiguresProxyModel(this))
    , m_chooser(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_view(new QTreeView(this)) {
    m_presentation->setSourceModel(m_figures);
    m_view->setObjectName(u"cityView"_s);
    m_view->setModel(m_presentation);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    connect(m_view, &QTreeView::activated, this, &CityPage::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CityPage::showFigureMenu);
    connect(m_figures, &QAbstractItemModel::modelReset, this, &CityPage::expand);
    // An edit in place asks for its correction once the editor has closed: recording it
    // reloads the model the editor belongs to.
    connect(m_figures, &CityFiguresModel::correctionRequested, this,
            [this](const Document &document, const Figure &figure, CorrectionKind kind,
                   const QJsonObject &values) {
                QTimer::singleShot(0, this, [this, document, figure, kind, values] {
                    emit correctionRequested(document, figure, kind, values);
                });
            });

    m_grouping->addItem(tr("Grouped by metric group"));
    m_grouping->addItem(tr("Grouped by the report's sections"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_figures->setGrouping(index == 0 ? CityFiguresModel::Grouping::ByMetricGroup
                                          : CityFiguresModel::Grouping::BySection);
    });
    connect(m_chooser, &QComboBox::textActivated, this, &CityPage::cityChosen);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("City:"), this));
    bar->addWidget(m_chooser, 1);
    bar->addWidget(m_grouping);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    expand();
}

void CityPage::setEnglishNames(bool english) {
    m_presentation->setEnglishNames(english, m_metrics);
    expand();  // the columns as wide as what they now show
}

void CityPage::setCities(const QStringList &cities) {
    const QString shown = m_chooser->currentText();
    m_chooser->clear();
    m_chooser->addItems(cities);
    m_chooser->setCurrentText(shown);
}

void CityPage::setCurrentCity(const QString &city) {
    m_chooser->setCurrentText(city);
}

// Every group open, and the columns as wide as what they show.
void CityPage::expand() {
    m_view->expandAll();
    for (int column = 0; column < CityFiguresModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
}

void CityPage::activate(const QModelIndex &index) {
    if (!index.isValid() || index.data(CityFiguresModel::IsGroupRole).toBool())
        return;
    emit figureActivated(index.data(CityFiguresModel::PathRole).toString(),
                         index.data(CityFiguresModel::StartRole).toLongLong(),
                         index.data(CityFiguresModel::EndRole).toLongLong());
}

FigureMenu *CityPage::figureMenu(const QModelIndex &index, QWidget *parent) {
    const QModelIndex source = m_presentation->mapToSource(index);
    const Figure *figure = m_figures->figureAt(source);
    const Document *document = m_figures->documentAt(source);
    if (!figure || !document)
        return nullptr;
    auto *menu = new FigureMenu(*document, *figure, m_metrics, m_prompts, parent);
    connect(menu, &FigureMenu::correctionRequested, this, &CityPage::correctionRequested);
    return menu;
}

void CityPage::showFigureMenu(const QPoint &position) {
    const std::unique_ptr<FigureMenu> menu(figureMenu(m_view->indexAt(position), this));
    if (menu)
        menu->exec(m_view->viewport()->mapToGlobal(position));
}

}  // namespace reportlens
