#include "citytableproxymodel.h"

#include "engine/placenames.h"
#include "engine/valueformat.h"
#include "items/cityfiguresmodel.h"
#include "items/citylistmodel.h"
#include "items/citytablemodel.h"
#include "periodtext.h"

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
    // Both headers change: pinyin beside the cities, English metric names.
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void CityTableProxyModel::setPerMember(bool perMember) {
    if (m_perMember == perMember)
        return;
    m_perMember = perMember;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

std::optional<double> CityTableProxyModel::shownValue(const QModelIndex &source) const {
    if (!source.data(CityTableModel::HasFigureRole).toBool())
        return std::nullopt;
    const double value = source.data(CityTableModel::ValueRole).toDouble();
    if (!m_perMember)
        return value;
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    const std::optional<double> members =
        table ? table->table().membersOf(source.data(CityTableModel::CityRole).toString())
              : std::nullopt;
    if (!members)
        return std::nullopt;
    return value / *members;
}

// Heat shading per row: the larger a city's value among the cities, the deeper the colour.
QColor CityTableProxyModel::heatColor(const QModelIndex &source) const {
    const std::optional<double> value = shownValue(source);
    if (!value)
        return {};
    double lowest = *value;
    double highest = *value;
    for (int column = 0; column < sourceModel()->columnCount(); ++column) {
        const std::optional<double> other = shownValue(sourceModel()->index(source.row(), column));
        if (other) {
            lowest = std::min(lowest, *other);
            highest = std::max(highest, *other);
        }
    }
    const double share = highest > lowest ? (*value - lowest) / (highest - lowest) : 0.5;
    const QColor low(255, 255, 255);
    const QColor high(110, 160, 225);
    return QColor::fromRgbF(low.redF() + (high.redF() - low.redF()) * share,
                            low.greenF() + (high.greenF() - low.greenF()) * share,
                            low.blueF() + (high.blueF() - low.blueF()) * share);
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
            const QString unit = source.data(CityTableModel::UnitRole).toString();
            QString text;
            if (m_perMember) {
                const std::optional<double> value = shownValue(source);
                if (!value)
                    return u"—"_s;
                text = QString::number(*value, 'g', 3) + unit + u"/人"_s;
            } else {
                text = ValueFormat::withUnit(source.data(CityTableModel::ValueRole).toDouble(),
                                             unit, qualifier);
            }
            // Marks: other candidate figures exist (*); a user's correction is in play (✎).
            if (source.data(CityTableModel::AlternativesRole).toInt() > 0)
                text += u" *"_s;
            if (source.data(CityTableModel::CorrectedRole).toBool())
                text += u" ✎"_s;
            return text;
        }
        case Qt::BackgroundRole: {
            const QColor color = heatColor(source);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        case Qt::ToolTipRole:
            if (!hasFigure)
                return tr("No figure for this metric in this city's reports");
            // Until the candidates are counted (on a large database, a moment after the
            // table shows), only whether there are others is known.
            if (!source.data(CityTableModel::AlternativesCountedRole).toBool())
                return tr("%1\n“%2”\n%3 (other candidate figures: counting…)")
                    .arg(source.data(CityTableModel::RawRole).toString(),
                         source.data(CityTableModel::SentenceRole).toString(),
                         source.data(CityTableModel::PathRole).toString());
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
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && m_english)
        return PlaceNames::display(
            QIdentityProxyModel::headerData(section, orientation, role).toString(), true);
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

CityFiguresProxyModel::CityFiguresProxyModel(QObject *parent) : QIdentityProxyModel(parent) {}

QVariant CityFiguresProxyModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    if (source.data(CityFiguresModel::IsGroupRole).toBool()) {
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QIdentityProxyModel::data(index, role);
    }
    if (index.column() == CityFiguresModel::TargetColumn && role == Qt::DisplayRole)
        return source.data(CityFiguresModel::TargetRole).toBool() ? tr("planned") : QString();
    if (index.column() == CityFiguresModel::PeriodColumn && role == Qt::DisplayRole)
        return PeriodText::display(source.data().toString());
    if (index.column() == CityFiguresModel::PeriodColumn && role == Qt::ToolTipRole)
        return source.data(CityFiguresModel::OwnPeriodRole).toBool()
                   ? tr("The figure's own period, named in its sentence")
                   : tr("The report's period");
    if (index.column() == CityFiguresModel::PeriodColumn && role == Qt::FontRole &&
        source.data(CityFiguresModel::OwnPeriodRole).toBool()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (index.column() == CityFiguresModel::ValueColumn && role == Qt::DisplayRole)
        return ValueFormat::chinese(source.data(CityFiguresModel::ValueRole).toDouble());
    if (index.column() == CityFiguresModel::ValueColumn && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == CityFiguresModel::QualifierColumn && role == Qt::DisplayRole) {
        Qualifier qualifier = Qualifier::Exact;
        qualifierFromName(source.data().toString(), &qualifier);
        return qualifierText(qualifier);
    }
    if (role == Qt::FontRole) {
        // Rejected figures are struck through, corrected and added ones in italics.
        QFont font;
        font.setStrikeOut(source.data(CityFiguresModel::RejectedRole).toBool());
        font.setItalic(source.data(CityFiguresModel::CorrectedRole).toBool());
        return font;
    }
    return QIdentityProxyModel::data(index, role);
}

QString CityFiguresProxyModel::qualifierText(Qualifier qualifier) {
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
    return {};
}

QVariant CityFiguresProxyModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (CityFiguresModel::Column(section)) {
        case CityFiguresModel::LabelColumn:
            return tr("Label");
        case CityFiguresModel::RawColumn:
            return tr("As written");
        case CityFiguresModel::ValueColumn:
            return tr("Value");
        case CityFiguresModel::UnitColumn:
            return tr("Unit");
        case CityFiguresModel::QualifierColumn:
            return tr("Qualifier");
        case CityFiguresModel::MetricColumn:
            return tr("Metric");
        case CityFiguresModel::PeriodColumn:
            return tr("Period");
        case CityFiguresModel::TargetColumn:
            return tr("Target");
        case CityFiguresModel::SectionColumn:
            return tr("Section of the report");
        case CityFiguresModel::ColumnCount:
            break;
    }
    return {};
}

CityListProxyModel::CityListProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale()) {
    setFilterKeyColumn(CityListModel::CityColumn);
}

QVariant CityListProxyModel::data(const QModelIndex &index, int role) const {
    if (role == Qt::DisplayRole && index.column() == CityListModel::CityColumn &&
        index.data(CityListModel::CityRole).toString().isEmpty())
        return tr("(place unknown: right-click to set it)");
    if (role == Qt::DisplayRole && index.column() == CityListModel::LevelColumn) {
        switch (PlaceLevel(index.data(CityListModel::LevelRole).toInt())) {
            case PlaceLevel::Province:
                return tr("Province", "level of a place");
            case PlaceLevel::City:
                return tr("City", "level of a place");
            case PlaceLevel::County:
                return tr("County or district", "level of a place");
            case PlaceLevel::Unknown:
                return QString();
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

void CityListProxyModel::setProvinceFilter(const QString &province) {
    if (m_province == province)
        return;
    m_province = province;
    invalidateFilter();
}

void CityListProxyModel::setLevelFilter(int level) {
    if (m_level == level)
        return;
    m_level = level;
    invalidateFilter();
}

bool CityListProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex place = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_province.isEmpty() && place.data(CityListModel::ProvinceRole).toString() != m_province)
        return false;
    if (m_level != kAllLevels && place.data(CityListModel::LevelRole).toInt() != m_level)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool CityListProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const int column = left.column();
    if (column == CityListModel::DocumentsColumn || column == CityListModel::FiguresColumn ||
        column == CityListModel::LevelColumn)
        return left.data().toInt() < right.data().toInt();
    // ICU's collation for the UI language (QCollator), not the process's LC_COLLATE. By
    // province, the places of one province stay together, in their own order.
    auto place = [](const QModelIndex &index) {
        return index.data(CityListModel::CityRole).toString();
    };
    if (column == CityListModel::ProvinceColumn) {
        const int byProvince = m_collator.compare(left.data().toString(), right.data().toString());
        if (byProvince != 0)
            return byProvince < 0;
        return m_collator.compare(place(left), place(right)) < 0;
    }
    return m_collator.compare(place(left), place(right)) < 0;
}

QVariant CityListProxyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    switch (CityListModel::Column(section)) {
        case CityListModel::CityColumn:
            return tr("Place");
        case CityListModel::ProvinceColumn:
            return tr("Province");
        case CityListModel::LevelColumn:
            return tr("Level");
        case CityListModel::DocumentsColumn:
            return tr("Reports");
        case CityListModel::FiguresColumn:
            return tr("Figures");
        case CityListModel::ColumnCount:
            break;
    }
    return {};
}

}  // namespace reportlens
