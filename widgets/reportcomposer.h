// Makes the comparison report's blocks for one paint device (measured with its fonts) and
// draws its pages: the title block, the table in bands, the charts, the sources.
#pragma once

#include "comparisonreport.h"
#include "reportflow.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>

#include <memory>

class QPagedPaintDevice;

namespace reportlens {

class ReportComposer {
    Q_DECLARE_TR_FUNCTIONS(reportlens::ComparisonReport)

public:
    ReportComposer(QPagedPaintDevice *device, const CityTable &table, const ReportOptions &options,
                   const std::vector<Correction> &corrections);
    ~ReportComposer();

    void setTitle(const QString &title) { m_title = title; }
    void compose(const QStringList &cities, const QStringList &metrics, const QStringList &charts);
    // Draws every page; returns their count (0 when the device cannot be painted on).
    int paint();

private:
    struct Citation {
        const TableCell *cell = nullptr;
        const MetricDefinition *metric = nullptr;
    };

    void addParagraph(const QString &text, const QFont &font, qreal spaceAfter,
                      bool keepWithNext = false);
    void addTitleBlock(const QStringList &cities, const QStringList &metrics);
    void addTable(const QStringList &cities, const QStringList &metrics);
    void addCharts(const QStringList &cities, const QStringList &charts);
    void addSources();

    const MetricDefinition *metric(const QString &id) const;
    QString metricHeader(const MetricDefinition &metric) const;
    QString placeName(const QString &city) const;
    QString placePeriod(const QString &city, const QStringList &metrics) const;
    // A place's header as a row: its name and its report's period.
    QString rowHeaderOf(const QString &city, const QStringList &metrics) const;
    QString valueText(const TableCell &cell) const;
    QString markText(const TableCell &cell, int citation) const;
    QString correctionNote(const TableCell &cell) const;

    QPagedPaintDevice *m_device;
    ReportText m_text;
    const CityTable &m_table;
    const ReportOptions &m_options;
    const std::vector<Correction> &m_corrections;
    QString m_title;
    QFont m_body, m_small, m_cellFont, m_mark, m_heading, m_titleFont;
    qreal m_width = 0;       // the body's, in device pixels
    qreal m_bodyHeight = 0;  // the page's less the footer
    ReportFlow m_flow;
    std::vector<Citation> m_citations;
    mutable QHash<QString, QString> m_placePeriods;  // city: its report's period, as written
};

}  // namespace reportlens
