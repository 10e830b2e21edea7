// A checklist of metrics that stays open while the user ticks: grouped as the metrics file
// groups them, searchable by either name or id, All and None for what the search shows, and
// named presets of ticked metrics remembered in the settings. It sits in a tool button's menu
// (inMenu) so that it opens like one, but a tick does not close it.
#pragma once

#include "engine/metriccatalog.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace reportlens {

class MetricPicker : public QWidget {
    Q_OBJECT

public:
    // presetsKey: where the presets are kept in QSettings ("compare/metricPresets").
    MetricPicker(const QString &presetsKey, bool english, QWidget *parent = nullptr);

    // The button's menu becomes the picker (the menu owns it).
    static MetricPicker *inMenu(QToolButton *button, const QString &presetsKey, bool english);

    // The metrics listed, under their groups; what was ticked stays ticked.
    void setMetrics(const std::vector<MetricDefinition> &metrics,
                    const std::vector<MetricGroup> &groups);
    QStringList checkedMetrics() const;  // ids, in the metrics file's order
    // English names from the next setMetrics on.
    void setEnglish(bool english) { m_english = english; }
    // Ticks these and unticks the others, without signalling.
    void setCheckedMetrics(const QStringList &ids);
    // As the user ticks or unticks one (for tests and the keyboard alike).
    void setMetricChecked(const QString &id, bool checked);
    // What the search shows gets ticked (All) or unticked (None).
    void checkShown(bool checked);
    void setFilterText(const QString &text);

    QTreeView *view() const { return m_view; }
    QComboBox *presetChooser() const { return m_presets; }
    // Keeps the ticked metrics under a name, and ticks a kept set again.
    void savePreset(const QString &name);
    bool applyPreset(const QString &name);
    QStringList presetNames() const;

signals:
    // The user changed what is ticked.
    void checkedMetricsChanged(const QStringList &ids);

private:
    void itemChanged(QStandardItem *item);
    // A group's tick says whether all, some or none of its metrics are ticked.
    void updateGroupState(QStandardItem *group);
    void updateGroupStates();
    void refreshPresets();
    QStandardItem *metricItem(const QString &id) const;

    QString m_presetsKey;
    bool m_english = false;
    bool m_updating = false;  // changes made here, not by the user: no signal
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QComboBox *m_presets;
};

}  // namespace reportlens
