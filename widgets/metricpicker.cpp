#include "metricpicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

constexpr int kMetricIdRole = Qt::UserRole;

}  // namespace

MetricPicker::MetricPicker(const QString &presetsKey, bool english, QWidget *parent)
    : QWidget(parent)
    , m_presetsKey(presetsKey)
    , m_english(english)
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_presets(new QComboBox(this)) {
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);  // a group stays while a metric of it matches
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::ToolTipRole);  // both names and the id
    m_search->setPlaceholderText(tr("Find a metric"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &MetricPicker::setFilterText);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setMinimumSize(420, 360);
    connect(m_model, &QStandardItemModel::itemChanged, this, &MetricPicker::itemChanged);

    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("&None"), this);
    all->setToolTip(tr("Tick every metric the search shows"));
    none->setToolTip(tr("Untick every metric the search shows"));
    connect(all, &QPushButton::clicked, this, [this] { checkShown(true); });
    connect(none, &QPushButton::clicked, this, [this] { checkShown(false); });
    m_presets->setToolTip(tr("Tick a set of metrics kept under a name"));
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && applyPreset(m_presets->itemText(index)))
            emit checkedMetricsChanged(checkedMetrics());
        m_presets->setCurrentIndex(0);
    });
    auto *save = new QPushButton(tr("&Keep as…"), this);
    save->setToolTip(tr("Keep the ticked metrics under a name, to tick them again later"));
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Keep the ticked metrics"), tr("Name:"),
                                                   QLineEdit::Normal, QString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            savePreset(name);
    });
    refreshPresets();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch();
    buttons->addWidget(m_presets);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

MetricPicker *MetricPicker::inMenu(QToolButton *button, const QString &presetsKey, bool english) {
    auto *menu = new QMenu(button);
    auto *picker = new MetricPicker(presetsKey, english, menu);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(picker);
    menu->addAction(action);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    // The search has the keyboard as soon as the list opens.
    connect(menu, &QMenu::aboutToShow, picker, [picker] { picker->m_search->setFocus(); });
    return picker;
}

void MetricPicker::setMetrics(const std::vector<MetricDefinition> &metrics,
                              const std::vector<MetricGroup> &groups) {
    const QStringList checked = checkedMetrics();
    m_updating = true;
    m_model->clear();
    QHash<QString, QStandardItem *> groupItems;
    for (const MetricDefinition &metric : metrics) {
        QStandardItem *&group = groupItems[metric.group];
        if (!group) {
            QString name = metric.group;
            for (const MetricGroup &known : groups) {
                if (known.id == metric.group)
                    name = m_english ? known.nameEn : known.nameZh;
            }
            group = new QStandardItem(name);
            group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            group->setCheckable(true);
            group->setCheckState(Qt::Unchecked);  // follows its metrics (updateGroupState)
            group->setToolTip(name);
            m_model->appendRow(group);
        }
        const QString name = m_english ? metric.nameEn : metric.nameZh;
        auto *item = new QStandardItem(u"%1 (%2)"_s.arg(name, metric.unit));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckable(true);
        item->setData(metric.id, kMetricIdRole);
        // What the search looks in: both names and the id.
        item->setToolTip(u"%1 · %2 · %3"_s.arg(metric.nameZh, metric.nameEn, metric.id));
        item->setCheckState(checked.contains(metric.id) ? Qt::Checked : Qt::Unchecked);
        group->appendRow(item);
    }
    updateGroupStates();
    m_updating = false;
    m_view->expandAll();
}

QStringList MetricPicker::checkedMetrics() const {
    QStringList ids;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QStandardItem *group = m_model->item(g);
        for (int m = 0; m < group->rowCount(); ++m) {
            if (group->child(m)->checkState() == Qt::Checked)
                ids.append(group->child(m)->data(kMetricIdRole).toString());
        }
    }
    return ids;
}

QStandardItem *MetricPicker::metricItem(const QString &id) const {
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *group = m_model->item(g);
        for (int m = 0; m < group->rowCount(); ++m) {
            if (group->child(m)->data(kMetricIdRole).toString() == id)
                return group->child(m);
        }
    }
    return nullptr;
}

void MetricPicker::setCheckedMetrics(const QStringList &ids) {
    m_updating = true;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *group = m_model->item(g);
        for (int m = 0; m < group->rowCount(); ++m) {
            QStandardItem *item = group->child(m);
            item->setCheckState(ids.contains(item->data(kMetricIdRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
        }
    }
    updateGroupStates();
    m_updating = false;
}

void MetricPicker::setMetricChecked(const QString &id, bool checked) {
    if (QStandardItem *item = metricItem(id))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void MetricPicker::checkShown(bool checked) {
    const QStringList before = checkedMetrics();
    m_updating = true;
    for (int g = 0; g < m_filter->rowCount(); ++g) {
        const QModelIndex group = m_filter->index(g, 0);
        for (int m = 0; m < m_filter->rowCount(group); ++m) {
            m_model->itemFromIndex(m_filter->mapToSource(m_filter->index(m, 0, group)))
                ->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateGroupStates();
    m_updating = false;
    if (checkedMetrics() != before)
        emit checkedMetricsChanged(checkedMetrics());
}

void MetricPicker::setFilterText(const QString &text) {
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setFilterFixedString(text);
    m_view->expandAll();
}

void MetricPicker::itemChanged(QStandardItem *item) {
    if (m_updating)
        return;
    m_updating = true;
    QStandardItem *group = item->parent();
    if (!group) {
        // A group ticked or unticked: all its metrics with it.
        group = item;
        if (group->checkState() != Qt::PartiallyChecked) {
            for (int m = 0; m < group->rowCount(); ++m)
                group->child(m)->setCheckState(group->checkState());
        }
    }
    updateGroupState(group);
    m_updating = false;
    emit checkedMetricsChanged(checkedMetrics());
}

void MetricPicker::updateGroupState(QStandardItem *group) {
    int checked = 0;
    for (int m = 0; m < group->rowCount(); ++m)
        checked += group->child(m)->checkState() == Qt::Checked;
    group->setCheckState(checked == 0                   ? Qt::Unchecked
                         : checked == group->rowCount() ? Qt::Checked
                                                        : Qt::PartiallyChecked);
}

void MetricPicker::updateGroupStates() {
    for (int g = 0; g < m_model->rowCount(); ++g)
        updateGroupState(m_model->item(g));
}

QStringList MetricPicker::presetNames() const {
    QSettings settings;
    settings.beginGroup(m_presetsKey);
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void MetricPicker::savePreset(const QString &name) {
    QSettings settings;
    settings.beginGroup(m_presetsKey);
    settings.setValue(name, checkedMetrics());
    refreshPresets();
}

bool MetricPicker::applyPreset(const QString &name) {
    QSettings settings;
    settings.beginGroup(m_presetsKey);
    if (!settings.contains(name))
        return false;
    setCheckedMetrics(settings.value(name).toStringList());
    return true;
}

void MetricPicker::refreshPresets() {
    m_presets->clear();
    m_presets->addItem(tr("Presets…"));
    m_presets->addItems(presetNames());
    m_presets->setEnabled(m_presets->count() > 1);
}

}  // namespace reportlens
