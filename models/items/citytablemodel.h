// Item model over a CityTable: one row per metric, one column per city. Raw data only;
// names, units in headers and number formatting belong to the view layer.
#pragma once

#include "engine/citytable.h"

#include <QAbstractTableModel>

namespace reportlens {

class CityTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole,
        UnitRole,
        QualifierRole,
        RawRole,
        LabelRole,
        SentenceRole,
        PathRole,
        StartRole,
        EndRole,
        AlternativesRole,
        MetricIdRole,
        CityRole,
        HasFigureRole,
        CorrectedRole,
        AlternativesCountedRole,  // false: AlternativesRole is 1 for "one or more"
    };
    Q_ENUM(Role)

    explicit CityTableModel(QObject *parent = nullptr);

    void setTable(const CityTable &table);
    // The cells' candidates counted (CityTable::setCandidateCounts); the cells change in place.
    void setCandidateCounts(const std::vector<CandidateCount> &counts);
    const CityTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The metric definition of a row (for the view layer's headers).
    const MetricDefinition *metricAt(int row) const;

private:
    const TableCell *cellAt(const QModelIndex &index) const;

    CityTable m_table;
    std::vector<std::vector<int>> m_cellIndex;  // [row][column] -> index in cells, or -1
};

}  // namespace reportlens
