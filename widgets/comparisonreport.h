// The printed comparison report: title, date, the cities, the table, charts, and a numbered
// citation for every number (its report and source sentence). A4, on PDF or a printer, with
// page numbers; pagination keeps every line whole.
#pragma once

#include "engine/citytable.h"

#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace reportlens {

struct ReportOptions {
    QStringList cities;   // empty: all
    QStringList metrics;  // empty: those with at least one figure among the cities
    bool english = false;
    int charts = 6;  // charts for the first metrics that at least two cities have
};

class ComparisonReport {
public:
    ComparisonReport(const CityTable &table, const ReportOptions &options);

    // The document as it will print (charts drawn by the same routine as the screen's).
    std::unique_ptr<QTextDocument> document() const;
    void print(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error) const;

    // The CJK family the PDF embeds: WenQuanYi Micro Hei where it is installed, whose text
    // copies out of a PDF as written (Noto CJK's comes back as Kangxi radicals, ⼯ for 工).
    // Empty when no CJK family is installed.
    static QString embeddedFontFamily();
    static bool embedsWenQuanYi();

    QStringList cities() const { return m_cities; }
    QStringList metrics() const { return m_metrics; }

private:
    QString tr(const char *text) const;

    CityTable m_table;
    ReportOptions m_options;
    QStringList m_cities;
    QStringList m_metrics;
};

}  // namespace reportlens
