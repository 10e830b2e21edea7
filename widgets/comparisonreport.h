// The printed comparison report: title, the places, notes, the table laid out for its size
// (ReportTableLayout), the charts chosen, and the sources: every number cited by its report's
// title, place, period and file or address, with its whole sentence. One layout and one paint
// routine for PDF and print; pages of blocks that are never split (ReportFlow).
#pragma once

#include "engine/citytable.h"
#include "engine/correction.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPagedPaintDevice;

namespace reportlens {

struct ReportOptions {
    QString title;        // empty: the default title in the report's language
    QStringList cities;   // empty: all
    QStringList metrics;  // empty: those with at least one figure among the cities
    // Metric ids to chart; nullopt: the first six metrics that at least two places have.
    std::optional<QStringList> charts;
    bool english = false;
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QString notes;  // printed under the title
};

class ComparisonReport {
public:
    // corrections: the log, for explaining corrected values (the reverted ones are skipped).
    ComparisonReport(const CityTable &table, const ReportOptions &options,
                     std::vector<Correction> corrections = {});

    // The paper, orientation and margins the options ask for.
    QPageLayout pageLayout() const;
    // Lays the report out on the device's pages as they are and draws it; returns the count
    // of pages. A PDF takes pageLayout() first (writePdf); a printer the user's settings.
    int print(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error) const;

    // The CJK family the PDF embeds: WenQuanYi Micro Hei where it is installed, whose text
    // copies out of a PDF as written (Noto CJK's comes back as Kangxi radicals, ⼯ for 工).
    // Empty when no CJK family is installed.
    static QString embeddedFontFamily();
    static bool embedsWenQuanYi();
    static QString defaultTitle();

    // What the options choose of the table: its places, metrics and charts, in its order.
    struct Choice {
        QStringList cities;
        QStringList metrics;
        QStringList charts;
    };
    static Choice choose(const CityTable &table, const ReportOptions &options);

    QString title() const;
    QStringList cities() const { return m_choice.cities; }
    QStringList metrics() const { return m_choice.metrics; }
    QStringList chartMetrics() const { return m_choice.charts; }

private:
    CityTable m_table;
    ReportOptions m_options;
    std::vector<Correction> m_corrections;
    Choice m_choice;
};

}  // namespace reportlens
