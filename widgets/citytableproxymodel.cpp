#include "citytableproxymodel.h"

#include "engine/comparability.h"
#include "engine/placenames.h"
#include "engine/valueformat.h"
#include "items/cityfiguresmodel.h"
#include "items/citytablemodel.h"
#include "periodtext.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

CityTableProxyModel::CityTableProxyModel(QObject *parent) : QIdentityProxyModel(parent) {
    // Connected first, so that the scales are read again before any view asks.
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_rowScales.clear(); });
    connect(this, &QAbstractItemModel::dataChanged, this, [this] { m_rowScales.clear(); });
}

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
    allCellsChanged();
}

void CityTableProxyModel::setPerYear(bool perYear) {
    if (m_perYear == perYear)
        return;
    m_perYear = perYear;
    allCellsChanged();
}

void CityTableProxyModel::allCellsChanged() {
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        // The row headers say what the numbers are, and which rows mix periods.
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

bool CityTableProxyModel::comparableAsShown(const QModelIndex &source) const {
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    const TableCell *cell = table ? table->cellAt(source) : nullptr;
    if (!cell || cell->otherUnitFamily)
        return false;
    if (!cell->otherPeriod)
        return true;
    // Per year, flows of different periods compare as rates.
    const MetricDefinition *metric = table->metricAt(source.row());
    double perYear = 0;
    return m_perYear && metric && !metric->level &&
           perYearValue(cell->value, cell->period, false, &perYear);
}

std::optional<double> CityTableProxyModel::shownValue(const QModelIndex &source) const {
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    const TableCell *cell = table ? table->cellAt(source) : nullptr;
    if (!cell || cell->otherUnitFamily)
        return std::nullopt;
    double value = cell->value;
    if (m_perYear) {
        const MetricDefinition *metric = table->metricAt(source.row());
        if (!perYearValue(cell->value, cell->period, metric && metric->level, &value))
            return std::nullopt;
    }
    if (!m_perMember)
        return value;
    // Members are a level: never divided by years.
    const std::optional<double> members = table->table().membersOf(cell->city);
    if (!members)
        return std::nullopt;
    return value / *members;
}

QString CityTableProxyModel::columnPeriod(int sourceColumn) const {
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    if (!table)
        return {};
    std::map<QString, int> periods;  // ordered: on a tie the latest
    for (int row = 0; row < table->rowCount(); ++row) {
        const TableCell *cell = table->cellAt(table->index(row, sourceColumn));
        if (cell && !cell->period.isEmpty())
            ++periods[cell->period];
    }
    QString most;
    int count = 0;
    for (const auto &[period, times] : periods) {
        if (times >= count) {
            count = times;
            most = period;
        }
    }
    return most;
}

// Heat shading per row: the larger a city's value among the cities, the deeper the colour.
// Only values that compare with the row take part.
QColor CityTableProxyModel::heatColor(const QModelIndex &source) const {
    const auto comparableValue = [this](const QModelIndex &cell) -> std::optional<double> {
        return comparableAsShown(cell) ? shownValue(cell) : std::nullopt;
    };
    const std::optional<double> value = comparableValue(source);
    if (!value)
        return {};
    double lowest = *value;
    double highest = *value;
    for (int column = 0; column < sourceModel()->columnCount(); ++column) {
        const std::optional<double> other =
            comparableValue(sourceModel()->index(source.row(), column));
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

int CityTableProxyModel::perMemberScale(int sourceRow) const {
    if (const auto cached = m_rowScales.constFind(sourceRow); cached != m_rowScales.constEnd())
        return *cached;
    double largest = 0;
    for (int column = 0; column < sourceModel()->columnCount(); ++column) {
        if (const std::optional<double> value = shownValue(sourceModel()->index(sourceRow, column)))
            largest = std::max(largest, std::fabs(*value));
    }
    return m_rowScales[sourceRow] = ValueFormat::perMemberScale(largest);
}

QString CityTableProxyModel::cellText(const QModelIndex &source) const {
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    const TableCell *cell = table ? table->cellAt(source) : nullptr;
    if (!cell)
        return {};
    QString text;
    if (cell->otherUnitFamily) {
        // A candidate: shown as stated, in brackets, never as the row's value.
        text = u"(%1)"_s.arg(
            ValueFormat::display(cell->value, cell->unit, cell->qualifier, m_english));
    } else if (m_perMember || m_perYear) {
        const std::optional<double> value = shownValue(source);
        if (!value)
            return u"—"_s;
        // Per member at the row's scale of members (the header names it).
        const int scale = m_perMember ? perMemberScale(source.row()) : 1;
        text = ValueFormat::display(*value * scale, cell->unit, cell->qualifier, m_english);
    } else {
        text = ValueFormat::display(cell->value, cell->unit, cell->qualifier, m_english);
    }
    // The period, where it is not the one the place's column heads.
    if (cell->period != columnPeriod(source.column()))
        text += cell->period.isEmpty() ? tr(" (period not stated)")
                                       : u" (%1)"_s.arg(PeriodText::display(cell->period));
    // Marks: other candidate figures exist (*); a user's correction is in play (✎); the
    // period is not the row's (≠).
    if (cell->alternatives > 0)
        text += u" *"_s;
    if (cell->corrected)
        text += u" ✎"_s;
    if (!cell->otherUnitFamily && !comparableAsShown(source))
        text += u" ≠"_s;
    return text;
}

QString CityTableProxyModel::cellToolTip(const QModelIndex &source) const {
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    const TableCell *cell = table ? table->cellAt(source) : nullptr;
    if (!cell)
        return tr("No figure for this metric in this city's reports");
    QStringList lines;
    if (cell->otherUnitFamily)
        lines.append(tr("A candidate, not a value of this row:"));
    // In English the number as the table reads it first; the report's words after it.
    lines.append(
        m_english ? tr("%1 (as written: %2)")
                        .arg(ValueFormat::display(cell->value, cell->unit, cell->qualifier, true),
                             cell->raw)
                  : cell->raw);
    lines.append(u"“%1”"_s.arg(cell->sentence));
    lines.append(cell->reportTitle.isEmpty() ? cell->path
                                             : u"%1 — %2"_s.arg(cell->reportTitle, cell->path));
    lines.append(cell->period.isEmpty() ? tr("Period: not stated in the report")
                                        : tr("Period: %1").arg(PeriodText::display(cell->period)));
    const MetricDefinition *metric = table->metricAt(source.row());
    if (metric && !cell->comparable())
        lines.append(
            tr("Not comparable: %1").arg(comparabilityNote(*cell, *metric, &PeriodText::display)));
    if (metric && m_perYear && !metric->level)
        lines.append(cell->otherUnitFamily || !shownValue(source)
                         ? tr("Per year: none (the period's years are not known)")
                         : tr("Per year: the total divided by the period's years"));
    // Until the candidates are counted (on a large database, a moment after the table shows),
    // only whether there are others is known.
    lines.append(cell->alternativesCounted
                     ? tr("Other candidate figures: %1").arg(cell->alternatives)
                     : tr("Other candidate figures: counting…"));
    return lines.join(u'\n');
}

QString CityTableProxyModel::rowPeriods(int sourceRow) const {
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    if (!table)
        return {};
    bool mixed = false;
    QStringList periods;
    for (int column = 0; column < table->columnCount(); ++column) {
        const QModelIndex source = table->index(sourceRow, column);
        const TableCell *cell = table->cellAt(source);
        if (!cell || cell->otherUnitFamily)
            continue;
        mixed = mixed || !comparableAsShown(source);
        periods.append(u"%1 %2"_s.arg(
            PlaceNames::display(cell->city, m_english),
            cell->period.isEmpty() ? tr("period not stated") : PeriodText::display(cell->period)));
    }
    return mixed ? periods.join(tr(", ")) : QString();
}

QVariant CityTableProxyModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    const bool hasFigure = source.data(CityTableModel::HasFigureRole).toBool();
    switch (role) {
        case Qt::DisplayRole:
            return hasFigure ? QVariant(cellText(source)) : QVariant();
        case Qt::BackgroundRole: {
            const QColor color = heatColor(source);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        case Qt::ForegroundRole:
            // A candidate in grey; a figure of another period than its row's in brown.
            if (!hasFigure || comparableAsShown(source))
                return {};
            return QBrush(source.data(CityTableModel::OtherUnitFamilyRole).toBool()
                              ? QColor(120, 120, 120)
                              : QColor(160, 82, 0));
        case Qt::FontRole:
            if (source.data(CityTableModel::OtherUnitFamilyRole).toBool()) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            return cellToolTip(source);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QIdentityProxyModel::data(index, role);
    }
}

QVariant CityTableProxyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    auto *table = qobject_cast<CityTableModel *>(sourceModel());
    if (orientation == Qt::Horizontal && table &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QString city = QIdentityProxyModel::headerData(section, orientation).toString();
        const QString period = columnPeriod(section);
        if (role == Qt::ToolTipRole) {
            QString tip =
                period.isEmpty()
                    ? tr("%1: the reports do not state the period of most figures").arg(city)
                    : tr("%1: most figures cover %2").arg(city, PeriodText::display(period));
            // Reports of other periods are kept; the chooser above the table shows them.
            const QStringList others = table->table().otherPeriods.value(city);
            if (!others.isEmpty()) {
                QStringList shown;
                for (const QString &other : others)
                    shown.append(PeriodText::display(other));
                tip += u'\n' + tr("Also reports of %1: choose them with “Reports” above the table")
                                   .arg(QLocale().createSeparatedList(shown));
            }
            return tip;
        }
        const QString name = PlaceNames::display(city, m_english);
        QString periodLine = PeriodText::display(period);
        // Reports of other periods left out by the chooser: counted under the period shown.
        if (const qsizetype others = table->table().otherPeriods.value(city).size(); others > 0)
            periodLine = tr("%1 (+%n other period(s))", nullptr, int(others))
                             .arg(period.isEmpty() ? tr("period not stated") : periodLine);
        return periodLine.isEmpty() ? name : u"%1\n%2"_s.arg(name, periodLine);
    }
    if (orientation == Qt::Vertical && table &&
        (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const MetricDefinition *metric = table->metricAt(section);
        if (!metric)
            return {};
        const QString periods = rowPeriods(section);
        if (role == Qt::ToolTipRole) {
            QString tip = u"%1 / %2 (%3)"_s.arg(metric->nameZh, metric->nameEn, metric->id);
            tip += u'\n' + (metric->level ? tr("A level reached at the end of the period")
                                          : tr("Counted over the period"));
            if (!periods.isEmpty())
                tip += u'\n' + tr("Not comparable as shown: the periods differ (%1)").arg(periods);
            return tip;
        }
        // What the numbers now are: the unit, per member (at the row's scale), per year.
        QString unit = m_english ? ValueFormat::englishUnitName(metric->unit) : metric->unit;
        if (m_perMember) {
            const QString members = ValueFormat::perMembers(perMemberScale(section), m_english);
            unit = unit.isEmpty() ? members
                                  : (m_english ? u"%1 %2"_s : u"%1，%2"_s).arg(unit, members);
        }
        if (m_perYear && !metric->level)
            unit = tr("%1 a year").arg(unit);
        QString name = m_english ? metric->nameEn : metric->nameZh;
        if (!unit.isEmpty())
            name = (m_english ? u"%1 (%2)"_s : u"%1（%2）"_s).arg(name, unit);
        return periods.isEmpty() ? name : u"≠ "_s + name;
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

CityFiguresProxyModel::CityFiguresProxyModel(QObject *parent) : QIdentityProxyModel(parent) {}

void CityFiguresProxyModel::setEnglishNames(bool english,
                                            const std::vector<MetricDefinition> &metrics) {
    m_english = english;
    m_metricNamesEn.clear();
    for (const MetricDefinition &metric : metrics)
        m_metricNamesEn.insert(metric.id, metric.nameEn);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

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
    if (index.column() == CityFiguresModel::ValueColumn && role == Qt::DisplayRole) {
        const double value = source.data(CityFiguresModel::ValueRole).toDouble();
        return m_english ? ValueFormat::english(value) : ValueFormat::chinese(value);
    }
    // An English reader sees no 人 or 元: the unit in words (a count of things has none).
    if (m_english && index.column() == CityFiguresModel::UnitColumn && role == Qt::DisplayRole)
        return ValueFormat::englishUnitName(source.data().toString());
    if (m_english && index.column() == CityFiguresModel::MetricColumn && role == Qt::DisplayRole)
        return m_metricNamesEn.value(source.data(CityFiguresModel::MetricRole).toString(),
                                     source.data().toString());
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

}  // namespace reportlens
