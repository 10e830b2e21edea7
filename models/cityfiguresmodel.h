// A city's figures as a tree: metric groups (in the metrics file's order, then the figures
// no metric took) with the figures under them, each with its report's section.
#pragma once

#include "document.h"
#include "metriccatalog.h"

#include <QAbstractItemModel>

#include <vector>

namespace reportlens {

class CityFiguresModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        RawColumn,
        ValueColumn,
        UnitColumn,
        QualifierColumn,
        MetricColumn,
        SectionColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ValueRole = Qt::UserRole + 1,
        PathRole,
        StartRole,  // code points
        EndRole,
        IsGroupRole,
        RejectedRole,
        CorrectedRole,
    };

    explicit CityFiguresModel(QObject *parent = nullptr);
    void setDocuments(const MetricCatalog &catalog, std::vector<Document> documents);
    const Document *documentAt(const QModelIndex &index) const;
    const Figure *figureAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        int document;
        int figure;
        QString metricName;
        QString section;
    };
    struct Group {
        QString name;
        std::vector<Entry> entries;
    };
    std::vector<Document> m_documents;
    std::vector<Group> m_groups;
};

}  // namespace reportlens
