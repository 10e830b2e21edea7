// Presentation of the city table: metric names with units in the row headers, values
// formatted for a Chinese reader, the source figure and sentence in the tooltip.
#pragma once

#include <QIdentityProxyModel>

namespace reportlens {

class CityTableProxyModel : public QIdentityProxyModel {
    Q_OBJECT

public:
    explicit CityTableProxyModel(QObject *parent = nullptr);

    void setEnglishNames(bool english);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool m_english = false;
};

class FigureListProxyModel : public QIdentityProxyModel {
    Q_OBJECT

public:
    explicit FigureListProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

}  // namespace reportlens
