#include "items/searchresultsmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(std::vector<SearchHit> hits) {
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            return u"%1　%2"_s.arg(hit.city, hit.sentence);
        case PathRole:
            return hit.path;
        case StartRole:
            // The sentence's first figure, or the sentence itself when it has none.
            return hit.figures.empty() ? hit.start : qint64(hit.figures.front().start);
        case EndRole:
            return hit.figures.empty() ? hit.end : qint64(hit.figures.front().end);
        case CityRole:
            return hit.city;
        case SentenceRole:
            return hit.sentence;
        default:
            return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(CityRole, "city");
    names.insert(SentenceRole, "sentence");
    return names;
}

}  // namespace reportlens
