#include "items/citytablemodel.h"

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CityTableModel::CityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CityTableModel::setTable(const CityTable &table) {
    beginResetModel();
    m_table = table;
    m_cellIndex.assign(m_table.metrics.size(), std::vector<int>(size_t(m_table.cities.size()), -1));
    for (size_t i = 0; i < m_table.cells.size(); ++i) {
        const TableCell &cell = m_table.cells[i];
        const qsizetype column = m_table.cities.indexOf(cell.city);
        for (size_t row = 0; row < m_table.metrics.size(); ++row) {
            if (m_table.metrics[row].id == cell.metric && column >= 0)
                m_cellIndex[row][size_t(column)] = int(i);
        }
    }
    endResetModel();
}

void CityTableModel::setCandidateCounts(const std::vector<CandidateCount> &counts) {
    m_table.setCandidateCounts(counts);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {AlternativesRole, AlternativesCountedRole});
}

int CityTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_table.metrics.size());
}

int CityTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_table.cities.size());
}

const TableCell *CityTableModel::cellAt(const QModelIndex &index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const int cell = m_cellIndex[size_t(index.row())][size_t(index.column())];
    return cell >= 0 ? &m_table.cells[size_t(cell)] : nullptr;
}

const MetricDefinition *CityTableModel::metricAt(int row) const {
    return row >= 0 && size_t(row) < m_table.metrics.size() ? &m_table.metrics[size_t(row)]
                                                            : nullptr;
}

QVariant CityTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
        case MetricIdRole:
            return m_table.metrics[size_t(index.row())].id;
        case CityRole:
            return m_table.cities.at(index.column());
        case HasFigureRole:
            return cellAt(index) != nullptr;
        default:
            break;
    }
    const TableCell *cell = cellAt(index);
    if (!cell)
        return {};
    switch (role) {
        case Qt::DisplayRole:
        case ValueRole:
            return cell->value;
        case UnitRole:
            return cell->unit;
        case QualifierRole:
            return qualifierName(cell->qualifier);
        case RawRole:
            return cell->raw;
        case LabelRole:
            return cell->label;
        case SentenceRole:
            return cell->sentence;
        case PathRole:
            return cell->path;
        case StartRole:
            return qint64(cell->start);
        case EndRole:
            return qint64(cell->end);
        case AlternativesRole:
            return cell->alternatives;
        case AlternativesCountedRole:
            return cell->alternativesCounted;
        case PeriodRole:
            return cell->period;
        case ComparableRole:
            return cell->comparable();
        case OtherUnitFamilyRole:
            return cell->otherUnitFamily;
        case OtherPeriodRole:
            return cell->otherPeriod;
        case RowPeriodRole:
            return cell->rowPeriod;
        case CorrectedRole:
            return cell->corrected;
        default:
            return {};
    }
}

QVariant CityTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_table.cities.size()
                   ? QVariant(m_table.cities.at(section))
                   : QVariant();
    const MetricDefinition *metric = metricAt(section);
    return metric ? QVariant(metric->id) : QVariant();
}

QHash<int, QByteArray> CityTableModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(UnitRole, "unit");
    names.insert(QualifierRole, "qualifier");
    names.insert(RawRole, "raw");
    names.insert(LabelRole, "label");
    names.insert(SentenceRole, "sentence");
    names.insert(PathRole, "path");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(AlternativesRole, "alternatives");
    names.insert(MetricIdRole, "metricId");
    names.insert(CityRole, "city");
    names.insert(HasFigureRole, "hasFigure");
    names.insert(CorrectedRole, "corrected");
    names.insert(AlternativesCountedRole, "alternativesCounted");
    names.insert(PeriodRole, "period");
    names.insert(ComparableRole, "comparable");
    names.insert(OtherUnitFamilyRole, "otherUnitFamily");
    names.insert(OtherPeriodRole, "otherPeriod");
    names.insert(RowPeriodRole, "rowPeriod");

    return names;
}

}  // namespace reportlens
