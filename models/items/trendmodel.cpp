#include "items/trendmodel.h"

namespace reportlens {

TrendModel::TrendModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrendModel::setTrend(const QString &metric, std::vector<TrendPoint> points) {
    beginResetModel();
    m_metric = metric;
    m_points = std::move(points);
    endResetModel();
}

int TrendModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_points.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const TrendPoint &point = m_points[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
            case PlaceColumn:
                role = CityRole;
                break;
            case PeriodColumn:
                role = PeriodRole;
                break;
            case ValueColumn:
                role = ValueRole;
                break;
            case UnitColumn:
                role = UnitRole;
                break;
            case QualifierColumn:
                role = QualifierRole;
                break;
            case FigureColumn:
                role = RawRole;
                break;
            case ColumnCount:
                return {};
        }
    }
    switch (role) {
        case CityRole:
            return point.city;
        case PeriodRole:
            return point.period;
        case ValueRole:
            return point.value;
        case UnitRole:
            return point.unit;
        case QualifierRole:
            return qualifierName(point.qualifier);
        case RawRole:
            return point.raw;
        case SentenceRole:
            return point.sentence;
        case PathRole:
            return point.path;
        case StartRole:
            return qint64(point.start);
        case EndRole:
            return qint64(point.end);
        default:
            return {};
    }
}

QHash<int, QByteArray> TrendModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CityRole, "city");
    names.insert(PeriodRole, "period");
    names.insert(ValueRole, "value");
    names.insert(UnitRole, "unit");
    names.insert(QualifierRole, "qualifier");
    names.insert(RawRole, "raw");
    names.insert(SentenceRole, "sentence");
    names.insert(PathRole, "path");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    return names;
}

}  // namespace reportlens
