// Item model over the review queue (ReviewQueue::itemsOf): one row per cell that needs a
// person. Raw data only; the view layer writes it in words.
#pragma once

#include "engine/reviewqueue.h"

#include <QAbstractListModel>

namespace reportlens {

class ReviewModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ReasonRole = Qt::UserRole,  // ReviewItem::Reason as an int
        CityRole,
        MetricRole,
        ValueRole,
        UnitRole,
        QualifierRole,
        RawRole,
        SentenceRole,
        PathRole,
        StartRole,  // code points in the report
        EndRole,
        ScoreRole,
        AlternativesRole,
    };
    Q_ENUM(Role)

    explicit ReviewModel(QObject *parent = nullptr);

    void setItems(std::vector<ReviewItem> items);
    const ReviewItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<ReviewItem> m_items;
};

}  // namespace reportlens
