#include "items/cityfiguresmodel.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// Internal ids: 0 for a group row, group index + 1 for the figures under it.
constexpr quintptr kGroupRow = 0;

}  // namespace

CityFiguresModel::CityFiguresModel(QObject *parent) : QAbstractItemModel(parent) {}

void CityFiguresModel::setDocuments(const MetricCatalog &catalog, std::vector<Document> documents) {
    beginResetModel();
    m_catalog = catalog;
    m_documents = std::move(documents);
    regroup();
    endResetModel();
}

void CityFiguresModel::setGrouping(Grouping grouping) {
    if (m_grouping == grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    regroup();
    endResetModel();
}

void CityFiguresModel::regroup() {
    m_groups.clear();
    QHash<QString, int> groupOfMetric;
    QHash<QString, QString> metricNames;
    if (m_grouping == Grouping::ByMetricGroup) {
        for (const MetricGroup &group : m_catalog.groups())
            m_groups.push_back({u"%1 %2"_s.arg(group.nameZh, group.nameEn), {}});
    }
    for (const MetricDefinition &metric : m_catalog.metrics()) {
        int group = -1;
        for (size_t g = 0; g < m_catalog.groups().size(); ++g) {
            if (m_catalog.groups()[g].id == metric.group)
                group = int(g);
        }
        groupOfMetric.insert(metric.id, group);
        metricNames.insert(metric.id, metric.nameZh);
    }
    const int unclassified = int(m_groups.size());
    if (m_grouping == Grouping::ByMetricGroup)
        m_groups.push_back({tr("Not a comparable metric"), {}});
    QHash<QString, int> groupOfSection;
    for (size_t d = 0; d < m_documents.size(); ++d) {
        const Document &document = m_documents[d];
        QString section;
        int lastSentence = -1;
        for (size_t f = 0; f < document.figures.size(); ++f) {
            const Figure &figure = document.figures[f];
            // The report's own section: the last heading before the figure.
            for (int s = lastSentence + 1; s <= figure.sentence; ++s) {
                if (document.sentences[size_t(s)].kind == PassageKind::Heading)
                    section = document.sentences[size_t(s)].text;
            }
            lastSentence = std::max(lastSentence, figure.sentence);
            const Entry entry{int(d), int(f), metricNames.value(figure.metric, figure.metric),
                              section};
            if (m_grouping == Grouping::BySection) {
                const QString name = section.isEmpty() ? document.title : section;
                auto it = groupOfSection.constFind(name);
                if (it == groupOfSection.constEnd()) {
                    it = groupOfSection.insert(name, int(m_groups.size()));
                    m_groups.push_back({name, {}});
                }
                m_groups[size_t(*it)].entries.push_back(entry);
                continue;
            }
            const int group = figure.metric.isEmpty()
                                  ? unclassified
                                  : groupOfMetric.value(figure.metric, unclassified);
            m_groups[size_t(group < 0 ? unclassified : group)].entries.push_back(entry);
        }
    }
    m_groups.erase(std::remove_if(m_groups.begin(), m_groups.end(),
                                  [](const Group &group) { return group.entries.empty(); }),
                   m_groups.end());
}

Qt::ItemFlags CityFiguresModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid() && index.internalId() != kGroupRow &&
        (index.column() == ValueColumn || index.column() == UnitColumn ||
         index.column() == LabelColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CityFiguresModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.internalId() == kGroupRow)
        return false;
    const Entry &entry = m_groups[index.internalId() - 1].entries[size_t(index.row())];
    Document &document = m_documents[size_t(entry.document)];
    Figure &figure = document.figures[size_t(entry.figure)];
    const Figure before = figure;  // the correction is anchored on the figure as it was
    CorrectionKind kind = CorrectionKind::SetValue;
    QJsonObject values;
    switch (Column(index.column())) {
        case ValueColumn: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || number == figure.value)
                return false;
            figure.value = number;
            values = {{u"value"_s, number}};
            break;
        }
        case UnitColumn:
            if (value.toString() == figure.unit)
                return false;
            figure.unit = value.toString();
            kind = CorrectionKind::SetUnit;
            values = {{u"unit"_s, figure.unit}};
            break;
        case LabelColumn:
            if (value.toString() == figure.label)
                return false;
            figure.label = value.toString();
            kind = CorrectionKind::SetLabel;
            values = {{u"label"_s, figure.label}};
            break;
        default:
            return false;
    }
    // The edit shows at once, marked as a correction, until the model is given the stored
    // figures again; the whole row changes since CorrectedRole holds for every column.
    figure.corrected = true;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit correctionRequested(document, before, kind, values);
    return true;
}

const Document *CityFiguresModel::documentAt(const QModelIndex &index) const {
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const Entry &entry = m_groups[index.internalId() - 1].entries[size_t(index.row())];
    return &m_documents[size_t(entry.document)];
}

const Figure *CityFiguresModel::figureAt(const QModelIndex &index) const {
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const Entry &entry = m_groups[index.internalId() - 1].entries[size_t(index.row())];
    return &m_documents[size_t(entry.document)].figures[size_t(entry.figure)];
}

QModelIndex CityFiguresModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    if (parent.internalId() != kGroupRow)
        return {};  // figures have no children
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CityFiguresModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int CityFiguresModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    return int(m_groups[size_t(parent.row())].entries.size());
}

int CityFiguresModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant CityFiguresModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (index.internalId() == kGroupRow) {
        if (role == IsGroupRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == LabelColumn) {
            const Group &group = m_groups[size_t(index.row())];
            return u"%1 (%2)"_s.arg(group.name).arg(group.entries.size());
        }
        return {};
    }
    const Entry &entry = m_groups[index.internalId() - 1].entries[size_t(index.row())];
    const Document &document = m_documents[size_t(entry.document)];
    const Figure &figure = document.figures[size_t(entry.figure)];
    switch (role) {
        case IsGroupRole:
            return false;
        case ValueRole:
            return figure.value;
        case PathRole:
            return document.path;
        case StartRole:
            return qint64(document.codePointOffset(figure.start));
        case EndRole:
            return qint64(document.codePointOffset(figure.end));
        case RejectedRole:
            return figure.rejected;
        case CorrectedRole:
            return figure.corrected || figure.userAdded;
        case OwnPeriodRole:
            return !figure.period.isEmpty();
        case TargetRole:
            return figure.target;
        case MetricRole:
            return figure.metric;
        case Qt::DisplayRole:
        case Qt::EditRole:
            break;
        default:
            return {};
    }
    switch (Column(index.column())) {
        case LabelColumn:
            return figure.label;
        case RawColumn:
            return figure.raw;
        case ValueColumn:
            return figure.value;
        case UnitColumn:
            return figure.unit;
        case QualifierColumn:
            return qualifierName(figure.qualifier);
        case MetricColumn:
            return entry.metricName;
        case PeriodColumn:
            return figure.period.isEmpty() ? document.period : figure.period;
        case TargetColumn:
            return figure.target;
        case SectionColumn:
            return entry.section;
        case ColumnCount:
            break;
    }
    return {};
}

QHash<int, QByteArray> CityFiguresModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ValueRole, "value");
    names.insert(PathRole, "path");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(IsGroupRole, "isGroup");
    names.insert(RejectedRole, "rejected");
    names.insert(CorrectedRole, "corrected");
    names.insert(OwnPeriodRole, "ownPeriod");
    names.insert(TargetRole, "target");
    names.insert(MetricRole, "metric");
    return names;
}

QVariant CityFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const keys[] = {"label",  "raw",    "value",  "unit",   "qualifier",
                                       "metric", "period", "target", "section"};
    return section >= 0 && section < ColumnCount ? QVariant(QString::fromLatin1(keys[section]))
                                                 : QVariant();
}

}  // namespace reportlens
