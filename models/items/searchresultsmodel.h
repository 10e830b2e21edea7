// The sentences a search found, with their report and figures.
#pragma once

#include "engine/records.h"

#include <QAbstractListModel>

namespace reportlens {

class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole,
        StartRole,  // code points: the sentence's first figure, or the sentence
        EndRole,
        CityRole,
        SentenceRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(QObject *parent = nullptr);
    void setHits(std::vector<SearchHit> hits);
    const std::vector<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<SearchHit> m_hits;
};

}  // namespace reportlens
