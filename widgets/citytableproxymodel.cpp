#include "citytableproxymodel.h"

#include "citytablemodel.h"
#include "figurelistmodel.h"
#include "valueformat.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CityTableProxyModel::CityTableProxyModel(QObject *parent) : QIdentityProxyModel(parent) {}

void CityTableProxyModel::setEnglishNames(bool english) {
    if (m_english == english)
        return;
    m_english = english;
    if (rowCount() > 0)
        headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QVariant CityTableProxyModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    const bool hasFigure = source.data(CityTableModel::HasFigureRole).toBool();
    switch (role) {
        case Qt::DisplayRole: {
            if (!hasFigure)
                return {};
            Qualifier qualifier = Qualifier::Exact;
            qualifierFromName(source.data(CityTableModel::QualifierRole).toString(), &qualifier);
            QString text =
                ValueFormat::withUnit(source.data(CityTableModel::ValueRole).toDouble(),
                                      source.data(CityTableModel::UnitRole).toString(), qualifier);
            // A mark for cells whose report gives other candidate figures for the metric.
            if (source.data(CityTableModel::AlternativesRole).toInt() > 0)
                text += u" *"_s;
            return text;
        }
        case Qt::ToolTipRole:
            if (!hasFigure)
                return tr("No figure for this metric in this city's reports");
            return tr("%1\n“%2”\n%3 (%4 other candidate figures)")
                .arg(source.data(CityTableModel::RawRole).toString(),
                     source.data(CityTableModel::SentenceRole).toString(),
                     source.data(CityTableModel::PathRole).toString())
                .arg(source.data(CityTableModel::AlternativesRole).toInt());
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QIdentityProxyModel::data(index, role);
    }
}

QVariant CityTableProxyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    if (orientation == Qt::Vertical && table &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const MetricDefinition *metric = table->metricAt(section);
        if (!metric)
            return {};
        const QString name = m_english ? metric->nameEn : metric->nameZh;
        if (role == Qt::ToolTipRole)
            return u"%1 / %2 (%3)"_s.arg(metric->nameZh, metric->nameEn, metric->id);
        return metric->unit.isEmpty() ? name : u"%1（%2）"_s.arg(name, metric->unit);
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

FigureListProxyModel::FigureListProxyModel(QObject *parent) : QIdentityProxyModel(parent) {}

QVariant FigureListProxyModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    if (index.column() == FigureListModel::ValueColumn && role == Qt::DisplayRole)
        return ValueFormat::chinese(mapToSource(index).data(FigureListModel::ValueRole).toDouble());
    if (index.column() == FigureListModel::ValueColumn && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == FigureListModel::QualifierColumn && role == Qt::DisplayRole) {
        Qualifier qualifier = Qualifier::Exact;
        qualifierFromName(mapToSource(index).data().toString(), &qualifier);
        switch (qualifier) {
            case Qualifier::Exact:
                return tr("exact");
            case Qualifier::Approx:
                return tr("about");
            case Qualifier::Over:
                return tr("over");
            case Qualifier::Under:
                return tr("under");
        }
    }
    if (role == Qt::FontRole) {
        // Rejected figures are struck through, corrected and added ones in italics.
        const QModelIndex source = mapToSource(index);
        QFont font;
        font.setStrikeOut(source.data(FigureListModel::RejectedRole).toBool());
        font.setItalic(source.data(FigureListModel::CorrectedRole).toBool());
        return font;
    }
    if (role == Qt::ToolTipRole)
        return mapToSource(index).data(FigureListModel::SentenceRole);
    return QIdentityProxyModel::data(index, role);
}

QVariant FigureListProxyModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (FigureListModel::Column(section)) {
        case FigureListModel::CityColumn:
            return tr("City");
        case FigureListModel::RawColumn:
            return tr("As written");
        case FigureListModel::ValueColumn:
            return tr("Value");
        case FigureListModel::UnitColumn:
            return tr("Unit");
        case FigureListModel::QualifierColumn:
            return tr("Qualifier");
        case FigureListModel::LabelColumn:
            return tr("Label");
        case FigureListModel::MetricColumn:
            return tr("Metric");
        case FigureListModel::SentenceColumn:
            return tr("Sentence");
        case FigureListModel::ColumnCount:
            break;
    }
    return {};
}

}  // namespace reportlens
