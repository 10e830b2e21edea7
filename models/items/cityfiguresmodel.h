// A city's figures as a tree: metric groups (in the metrics file's order, then the figures
// no metric took) with the figures under them, each with its report's section.
#pragma once

#include "engine/correction.h"
#include "engine/document.h"
#include "engine/metriccatalog.h"

#include <QAbstractItemModel>
#include <QJsonObject>

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
        PeriodColumn,  // its own period, or its report's
        TargetColumn,  // planned, not reported
        SectionColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ValueRole = Qt::UserRole,
        PathRole,
        StartRole,  // code points
        EndRole,
        IsGroupRole,
        RejectedRole,
        CorrectedRole,
        OwnPeriodRole,  // true where the figure's sentence names another period than the report's
        TargetRole,
        MetricRole,  // the metric's id
    };
    Q_ENUM(Role)

    enum class Grouping { ByMetricGroup, BySection };

    explicit CityFiguresModel(QObject *parent = nullptr);
    void setDocuments(const MetricCatalog &catalog, std::vector<Document> documents);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
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
    // Value, unit and label can be edited in place: an edit is stored in the model (shown as
    // corrected) and asks for the correction that records it.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void correctionRequested(const reportlens::Document &document, const reportlens::Figure &figure,
                             reportlens::CorrectionKind kind, const QJsonObject &values);

private:
    void regroup();

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
    MetricCatalog m_catalog;
    Grouping m_grouping = Grouping::ByMetricGroup;
};

}  // namespace reportlens
