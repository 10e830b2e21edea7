// Presentation of the city table (metric names with units in the row headers, values in the
// reader's language, the source figure and sentence in the tooltip) and of a city's figures.
#pragma once

#include "engine/document.h"
#include "engine/metriccatalog.h"

#include <QColor>
#include <QHash>
#include <QIdentityProxyModel>

#include <optional>
#include <vector>

namespace reportlens {

class CityTableProxyModel : public QIdentityProxyModel {
    Q_OBJECT

public:
    explicit CityTableProxyModel(QObject *parent = nullptr);

    void setEnglishNames(bool english);
    // Values divided by the city's union members (the members metric).
    void setPerMember(bool perMember);
    bool perMember() const { return m_perMember; }
    // A flow's total divided by the years of its period (a level is left as it is).
    void setPerYear(bool perYear);
    bool perYear() const { return m_perYear; }
    // The number a cell shows (per year, per member when switched on), if it has one that
    // compares with its row: a figure of another unit family than the metric's is a candidate,
    // shown but not a value of the row; a flow with no known period has no value per year.
    std::optional<double> shownValue(const QModelIndex &sourceIndex) const;
    // Whether the cell compares with its row as shown: its unit family is the metric's, and its
    // period the row's (or, per year, a flow's period is known).
    bool comparableAsShown(const QModelIndex &sourceIndex) const;
    // The period most of a place's figures cover (the column's), in the engine's form.
    QString columnPeriod(int sourceColumn) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QColor heatColor(const QModelIndex &sourceIndex) const;
    QString cellText(const QModelIndex &sourceIndex) const;
    QString cellToolTip(const QModelIndex &sourceIndex) const;
    // What the row's cells cover, when they differ ("泉州市 2018–2022年, 三明市 …"); empty when
    // the row compares as shown.
    QString rowPeriods(int sourceRow) const;
    // Per member, the row's values read per 1, 100, 1,000 or 10,000 members.
    int perMemberScale(int sourceRow) const;
    void allCellsChanged();

    bool m_english = false;
    bool m_perMember = false;
    bool m_perYear = false;
    // Each row's per-member scale, read once per change of the table or the switches: every
    // cell's text asks for it, and working it out walks the row.
    mutable QHash<int, int> m_rowScales;
};

// Presentation of a city's figures: translated headers, values, units and metric names in the
// reader's language, qualifiers in words, rejected figures struck through and corrected ones in
// italics.
class CityFiguresProxyModel : public QIdentityProxyModel {
    Q_OBJECT

public:
    explicit CityFiguresProxyModel(QObject *parent = nullptr);

    // English: values with digit groups ("727,000"), units in words ("people"), the metrics'
    // English names (taken from metrics); otherwise as a Chinese reader writes them ("72.7万").
    void setEnglishNames(bool english, const std::vector<MetricDefinition> &metrics);

    // A qualifier in words, as the figures and the figure menu show it.
    static QString qualifierText(Qualifier qualifier);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool m_english = false;
    QHash<QString, QString> m_metricNamesEn;  // by id
};

}  // namespace reportlens
