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
        PeriodRole,               // the engine's form ("2018-2022"); empty when not known
        ComparableRole,           // false: another unit family than the metric's, or period
        OtherUnitFamilyRole,      // counted in another unit family than its metric's
        OtherPeriodRole,          // about another period than its row is compared for
        RowPeriodRole,            // the period (a level: the year) its row is compared for
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
    // The cell at a source index, or null where no figure fills it.
    const TableCell *cellAt(const QModelIndex &index) const;

private:
    CityTable m_table;
    std::vector<std::vector<int>> m_cellIndex;  // [row][column] -> index in cells, or -1
};

}  // namespace reportlens
