#include "items/citylistmodel.h"

#include "engine/gazetteer.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CityListModel::CityListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CityListModel::setCities(std::vector<CitySummary> cities) {
    beginResetModel();
    m_cities.clear();
    const Gazetteer &gazetteer = Gazetteer::instance();
    for (CitySummary &summary : cities) {
        Row row{std::move(summary), {}, PlaceLevel::Unknown};
        if (const Gazetteer::Place *place = gazetteer.byFullName(row.summary.city)) {
            if (const Gazetteer::Place *province = gazetteer.province(*place))
                row.province = gazetteer.fullName(*province);
            // A municipality (天津市) is a city as its reports speak of it.
            row.level = Gazetteer::isMunicipality(*place)            ? PlaceLevel::City
                        : place->level == Gazetteer::Level::Province ? PlaceLevel::Province
                        : place->level == Gazetteer::Level::City     ? PlaceLevel::City
                                                                     : PlaceLevel::County;
        }
        m_cities.push_back(std::move(row));
    }
    endResetModel();
}

QStringList CityListModel::provinces() const {
    QStringList names;
    QSet<QString> seen;
    for (const Row &row : m_cities) {
        if (!row.province.isEmpty() && !seen.contains(row.province)) {
            seen.insert(row.province);
            names.append(row.province);
        }
    }
    return names;
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
    const Row &row = m_cities[size_t(index.row())];
    switch (role) {
        case CityRole:
            return row.summary.city;
        case ProvinceRole:
            return row.province;
        case LevelRole:
            return int(row.level);
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (Column(index.column())) {
        case CityColumn:
            return row.summary.city;
        case ProvinceColumn:
            return row.province;
        case LevelColumn:
            return int(row.level);  // the view layer names it
        case DocumentsColumn:
            return row.summary.documents;
        case FiguresColumn:
            return row.summary.figures;
        case ColumnCount:
            break;
    }
    return {};
}

QVariant CityListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // Column keys; the view layer turns them into translated titles.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const keys[] = {"city", "province", "level", "documents", "figures"};
    return section >= 0 && section < ColumnCount ? QVariant(QString::fromLatin1(keys[section]))
                                                 : QVariant();
}

QHash<int, QByteArray> CityListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CityRole, "city");
    names.insert(ProvinceRole, "province");
    names.insert(LevelRole, "level");
    return names;
}

}  // namespace reportlens
