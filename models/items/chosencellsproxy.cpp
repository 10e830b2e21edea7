#include "items/chosencellsproxy.h"

#include "items/citytablemodel.h"

namespace reportlens {

ChosenCellsProxy::ChosenCellsProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void ChosenCellsProxy::choose(const QStringList &hiddenCities, const QStringList &hiddenMetrics) {
    if (m_hiddenCities == hiddenCities && m_hiddenMetrics == hiddenMetrics)
        return;
    m_hiddenCities = hiddenCities;
    m_hiddenMetrics = hiddenMetrics;
    invalidateFilter();
}

bool ChosenCellsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !m_hiddenMetrics.contains(index.data(CityTableModel::MetricIdRole).toString());
}

bool ChosenCellsProxy::filterAcceptsColumn(int sourceColumn,
                                           const QModelIndex &sourceParent) const {
    // The city itself, not the header (which in English carries pinyin too); the header only
    // when the table has no rows to ask.
    QString city = sourceModel()
                       ->index(0, sourceColumn, sourceParent)
                       .data(CityTableModel::CityRole)
                       .toString();
    if (city.isEmpty())
        city = sourceModel()->headerData(sourceColumn, Qt::Horizontal).toString();
    return !m_hiddenCities.contains(city);
}

}  // namespace reportlens
