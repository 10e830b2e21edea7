#include "items/reviewmodel.h"

namespace reportlens {

ReviewModel::ReviewModel(QObject *parent) : QAbstractListModel(parent) {}

void ReviewModel::setItems(std::vector<ReviewItem> items) {
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const ReviewItem *ReviewModel::itemAt(int row) const {
    return row >= 0 && size_t(row) < m_items.size() ? &m_items[size_t(row)] : nullptr;
}

int ReviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem &item = m_items[size_t(index.row())];
    const TableCell &cell = item.cell;
    switch (role) {
        case Qt::DisplayRole:
        case RawRole:
            return cell.raw;
        case ReasonRole:
            return int(item.reason);
        case CityRole:
            return cell.city;
        case MetricRole:
            return cell.metric;
        case ValueRole:
            return cell.value;
        case UnitRole:
            return cell.unit;
        case QualifierRole:
            return qualifierName(cell.qualifier);
        case SentenceRole:
            return cell.sentence;
        case PathRole:
            return cell.path;
        case StartRole:
            return qint64(cell.start);
        case EndRole:
            return qint64(cell.end);
        case ScoreRole:
            return cell.score;
        case AlternativesRole:
            return cell.alternatives;
        default:
            return {};
    }
}

QHash<int, QByteArray> ReviewModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ReasonRole, "reason");
    names.insert(CityRole, "city");
    names.insert(MetricRole, "metric");
    names.insert(ValueRole, "value");
    names.insert(UnitRole, "unit");
    names.insert(QualifierRole, "qualifier");
    names.insert(RawRole, "raw");
    names.insert(SentenceRole, "sentence");
    names.insert(PathRole, "path");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(ScoreRole, "score");
    names.insert(AlternativesRole, "alternatives");
    return names;
}

}  // namespace reportlens
