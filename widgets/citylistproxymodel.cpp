#include "citylistproxymodel.h"

#include "items/citylistmodel.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CityListProxyModel::CityListProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale()) {
    setFilterKeyColumn(CityListModel::CityColumn);
}

QVariant CityListProxyModel::data(const QModelIndex &index, int role) const {
    if (role == Qt::DisplayRole && index.column() == CityListModel::CityColumn &&
        index.data(CityListModel::CityRole).toString().isEmpty())
        return tr("(place unknown: right-click to set it)");
    if (role == Qt::DisplayRole && index.column() == CityListModel::LevelColumn) {
        switch (PlaceLevel(index.data(CityListModel::LevelRole).toInt())) {
            case PlaceLevel::Province:
                return tr("Province", "level of a place");
            case PlaceLevel::City:
                return tr("City", "level of a place");
            case PlaceLevel::County:
                return tr("County or district", "level of a place");
            case PlaceLevel::Unknown:
                return QString();
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

void CityListProxyModel::setProvinceFilter(const QString &province) {
    if (m_province == province)
        return;
    m_province = province;
    invalidateFilter();
}

void CityListProxyModel::setLevelFilter(int level) {
    if (m_level == level)
        return;
    m_level = level;
    invalidateFilter();
}

bool CityListProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex place = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_province.isEmpty() && place.data(CityListModel::ProvinceRole).toString() != m_province)
        return false;
    if (m_level != kAllLevels && place.data(CityListModel::LevelRole).toInt() != m_level)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool CityListProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const int column = left.column();
    if (column == CityListModel::DocumentsColumn || column == CityListModel::FiguresColumn ||
        column == CityListModel::LevelColumn)
        return left.data().toInt() < right.data().toInt();
    // ICU's collation for the UI language (QCollator), not the process's LC_COLLATE. By
    // province, the places of one province stay together, in their own order.
    auto place = [](const QModelIndex &index) {
        return index.data(CityListModel::CityRole).toString();
    };
    if (column == CityListModel::ProvinceColumn) {
        const int byProvince = m_collator.compare(left.data().toString(), right.data().toString());
        if (byProvince != 0)
            return byProvince < 0;
        return m_collator.compare(place(left), place(right)) < 0;
    }
    return m_collator.compare(place(left), place(right)) < 0;
}

QVariant CityListProxyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    switch (CityListModel::Column(section)) {
        case CityListModel::CityColumn:
            return tr("Place");
        case CityListModel::ProvinceColumn:
            return tr("Province");
        case CityListModel::LevelColumn:
            return tr("Level");
        case CityListModel::DocumentsColumn:
            return tr("Reports");
        case CityListModel::FiguresColumn:
            return tr("Figures");
        case CityListModel::ColumnCount:
            break;
    }
    return {};
}

}  // namespace reportlens
