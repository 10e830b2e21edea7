#include "items/correctionlogmodel.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CorrectionLogModel::CorrectionLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void CorrectionLogModel::setEntries(std::vector<CorrectionLogEntry> entries) {
    // Newest first: what the user did last is what they look for.
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.correction.id > b.correction.id;
    });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void CorrectionLogModel::setReverted(qint64 id, bool reverted) {
    const int row = rowOf(id);
    if (row < 0 || m_entries[size_t(row)].correction.reverted == reverted)
        return;
    m_entries[size_t(row)].correction.reverted = reverted;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const CorrectionLogEntry *CorrectionLogModel::entryAt(int row) const {
    return row >= 0 && size_t(row) < m_entries.size() ? &m_entries[size_t(row)] : nullptr;
}

int CorrectionLogModel::rowOf(qint64 id) const {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [id](const auto &entry) { return entry.correction.id == id; });
    return it == m_entries.end() ? -1 : int(it - m_entries.begin());
}

int CorrectionLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CorrectionLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorrectionLogModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const CorrectionLogEntry &entry = m_entries[size_t(index.row())];
    const Correction &correction = entry.correction;
    switch (role) {
        case IdRole:
            return correction.id;
        case KindRole:
            return int(correction.kind);
        case RevertedRole:
            return correction.reverted;
        case RevertedByRole:
            return correction.revertedBy;
        case RevertedAtRole:
            return correction.revertedAt;
        case PlaceRole:
            return entry.place;
        case MetricRole:
            return correction.values.value(u"metric"_s).toString();
        case RawRole:
            return correction.anchor.raw;
        case PathRole:
            return correction.anchor.documentPath;
        case CreatedRole:
            return correction.createdAt;
        case AuthorRole:
            return correction.author;
        case ValuesRole:
            return correction.values;
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (Column(index.column())) {
        case WhenColumn:
            return correction.createdAt;
        case AuthorColumn:
            return correction.author;
        case ActionColumn:
            return correctionKindName(correction.kind);
        case PlaceColumn:
            return entry.place;
        case MetricColumn:
            return correction.values.value(u"metric"_s).toString();
        case FigureColumn:
            return correction.anchor.raw;
        case ValuesColumn:
            return correction.values;
        case StateColumn:
            return correction.reverted;
        case ColumnCount:
            break;
    }
    return {};
}

QHash<int, QByteArray> CorrectionLogModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(RevertedRole, "reverted");
    names.insert(RevertedByRole, "revertedBy");
    names.insert(RevertedAtRole, "revertedAt");
    names.insert(PlaceRole, "place");
    names.insert(MetricRole, "metric");
    names.insert(RawRole, "raw");
    names.insert(PathRole, "path");
    names.insert(CreatedRole, "created");
    names.insert(AuthorRole, "author");
    names.insert(ValuesRole, "values");
    return names;
}

}  // namespace reportlens
