#include "citylistmodel.h"

namespace reportlens {

CityListModel::CityListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CityListModel::setCities(std::vector<CitySummary> cities) {
    beginResetModel();
    m_cities = std::move(cities);
    endResetModel();
}

int CityListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_cities.size());
}

int CityListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CityListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const CitySummary &city = m_cities[size_t(index.row())];
    if (role == CityRole)
        return city.city;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
        case CityColumn:
            return city.city;
        case DocumentsColumn:
            return city.documents;
        case FiguresColumn:
            return city.figures;
        case ColumnCount:
            break;
    }
    return {};
}

QVariant CityListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // Column keys; the view layer turns them into translated titles.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const keys[] = {"city", "documents", "figures"};
    return section >= 0 && section < ColumnCount ? QVariant(QString::fromLatin1(keys[section]))
                                                 : QVariant();
}

}  // namespace reportlens
