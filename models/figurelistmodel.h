// Item model listing the figures of a set of documents, one row per figure.
#pragma once

#include "document.h"

#include <QAbstractTableModel>

#include <vector>

namespace reportlens {

class FigureListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CityColumn,
        RawColumn,
        ValueColumn,
        UnitColumn,
        QualifierColumn,
        LabelColumn,
        MetricColumn,
        SentenceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ValueRole = Qt::UserRole + 1,
        PathRole,
        StartRole,  // code points in the document text
        EndRole,
        SentenceRole,
        MetricIdRole,
        SortRole,         // the value for the value column, the text elsewhere
        FigureIdRole,     // the database id (0 for figures not from a database)
        RejectedRole,     // the user said it is no figure
        CorrectedRole,    // the user changed it, or added it
        DocumentRole,     // index into documents()
        FigureIndexRole,  // index into that document's figures
    };
    Q_ENUM(Role)

    explicit FigureListModel(QObject *parent = nullptr);

    // Replaces everything (a wholesale load).
    void setDocuments(std::vector<Document> documents);
    // Adds one document's figures at the end.
    void addDocument(Document document);
    const std::vector<Document> &documents() const { return m_documents; }
    // The document and figure of a row, or nullptrs.
    const Document *documentAt(const QModelIndex &index) const;
    const Figure *figureAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int document;
        int figure;
    };
    void appendRows(int documentIndex);

    std::vector<Document> m_documents;
    std::vector<Row> m_rows;
};

}  // namespace reportlens
