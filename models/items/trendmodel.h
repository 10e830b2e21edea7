// Item model over a metric's trend (ReportStore::trend): one row per place and period, by place
// and period. Raw data only; the view layer writes it in words and draws it.
#pragma once

#include "engine/citytable.h"

#include <QAbstractTableModel>

#include <vector>

namespace reportlens {

class TrendModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        PlaceColumn,
        PeriodColumn,
        ValueColumn,
        UnitColumn,
        QualifierColumn,
        FigureColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        CityRole = Qt::UserRole,
        PeriodRole,  // the engine's form ("2018-2022", "2024")
        ValueRole,
        UnitRole,
        QualifierRole,
        RawRole,
        SentenceRole,
        PathRole,
        StartRole,  // code points in the report
        EndRole,
    };
    Q_ENUM(Role)

    explicit TrendModel(QObject *parent = nullptr);

    // The metric's points (a wholesale load: reset).
    void setTrend(const QString &metric, std::vector<TrendPoint> points);
    const QString &metric() const { return m_metric; }
    const std::vector<TrendPoint> &points() const { return m_points; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_metric;
    std::vector<TrendPoint> m_points;
};

}  // namespace reportlens
