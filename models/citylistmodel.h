// The places in the database with how many reports and figures each has.
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace reportlens {

struct CitySummary {
    QString city;
    int documents = 0;
    int figures = 0;
};

class CityListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CityColumn, DocumentsColumn, FiguresColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { CityRole = Qt::UserRole + 1 };

    explicit CityListModel(QObject *parent = nullptr);
    void setCities(std::vector<CitySummary> cities);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CitySummary> m_cities;
};

}  // namespace reportlens
