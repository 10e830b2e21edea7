#include "figurelistmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

FigureListModel::FigureListModel(QObject *parent) : QAbstractTableModel(parent) {}

void FigureListModel::appendRows(int documentIndex) {
    const Document &document = m_documents[size_t(documentIndex)];
    for (size_t f = 0; f < document.figures.size(); ++f)
        m_rows.push_back({documentIndex, int(f)});
}

void FigureListModel::setDocuments(std::vector<Document> documents) {
    beginResetModel();
    m_documents = std::move(documents);
    m_rows.clear();
    for (size_t d = 0; d < m_documents.size(); ++d)
        appendRows(int(d));
    endResetModel();
}

void FigureListModel::addDocument(Document document) {
    if (document.figures.empty()) {
        m_documents.push_back(std::move(document));
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(document.figures.size()) - 1);
    m_documents.push_back(std::move(document));
    appendRows(int(m_documents.size()) - 1);
    endInsertRows();
}

const Document *FigureListModel::documentAt(const QModelIndex &index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_documents[size_t(m_rows[size_t(index.row())].document)];
}

const Figure *FigureListModel::figureAt(const QModelIndex &index) const {
    const Document *document = documentAt(index);
    return document ? &document->figures[size_t(m_rows[size_t(index.row())].figure)] : nullptr;
}

int FigureListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row row = m_rows[size_t(index.row())];
    const Document &document = m_documents[size_t(row.document)];
    const Figure &figure = document.figures[size_t(row.figure)];
    switch (role) {
        case ValueRole:
            return figure.value;
        case PathRole:
            return document.path;
        case StartRole:
            return qint64(document.codePointOffset(figure.start));
        case EndRole:
            return qint64(document.codePointOffset(figure.end));
        case SentenceRole:
            return document.sentences[size_t(figure.sentence)].text;
        case MetricIdRole:
            return figure.metric;
        case SortRole:
            if (index.column() == ValueColumn)
                return figure.value;
            break;
        case FigureIdRole:
            return figure.id;
        case RejectedRole:
            return figure.rejected;
        case CorrectedRole:
            return figure.corrected || figure.userAdded;
        case DocumentRole:
            return row.document;
        case FigureIndexRole:
            return row.figure;
        case Qt::DisplayRole:
            break;
        default:
            return {};
    }
    switch (Column(index.column())) {
        case CityColumn:
            return document.city;
        case RawColumn:
            return figure.raw;
        case ValueColumn:
            return figure.value;
        case UnitColumn:
            return figure.unit;
        case QualifierColumn:
            return qualifierName(figure.qualifier);
        case LabelColumn:
            return figure.label;
        case MetricColumn:
            return figure.metric;
        case SentenceColumn:
            return document.sentences[size_t(figure.sentence)].text;
        case ColumnCount:
            break;
    }
    return {};
}

QVariant FigureListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // Column keys; the view layer turns them into translated titles.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const keys[] = {"city",      "raw",   "value",  "unit",
                                       "qualifier", "label", "metric", "sentence"};
    return section >= 0 && section < ColumnCount ? QVariant(QString::fromLatin1(keys[section]))
                                                 : QVariant();
}

}  // namespace reportlens
