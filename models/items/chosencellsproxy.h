// The compare table with only the cities (columns) and metrics (rows) the user chose: the
// ones hidden in the view's choosers are filtered out.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace reportlens {

class ChosenCellsProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ChosenCellsProxy(QObject *parent = nullptr);

    // Cities by name, metrics by id.
    void choose(const QStringList &hiddenCities, const QStringList &hiddenMetrics);
    QStringList hiddenCities() const { return m_hiddenCities; }
    QStringList hiddenMetrics() const { return m_hiddenMetrics; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    QStringList m_hiddenCities;
    QStringList m_hiddenMetrics;
};

}  // namespace reportlens
