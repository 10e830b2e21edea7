#include "comparisonreport.h"

#include "citychartview.h"
#include "engine/comparability.h"
#include "engine/placenames.h"
#include "engine/valueformat.h"
#include "periodtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

ComparisonReport::ComparisonReport(const CityTable &table, const ReportOptions &options)
    : m_table(table), m_options(options) {
    for (const QString &city : table.cities) {
        if (options.cities.isEmpty() || options.cities.contains(city))
            m_cities.append(city);
    }
    for (const MetricDefinition &metric : table.metrics) {
        const bool chosen = options.metrics.isEmpty() || options.metrics.contains(metric.id);
        bool present = false;
        for (const QString &city : std::as_const(m_cities))
            present = present || table.cell(city, metric.id);
        if (chosen && (present || !options.metrics.isEmpty()))
            m_metrics.append(metric.id);
    }
}

QString ComparisonReport::tr(const char *text) const {
    return QCoreApplication::translate("reportlens::ComparisonReport", text);
}

namespace {
const QString kWenQuanYi = u"WenQuanYi Micro Hei"_s;
}

QString ComparisonReport::embeddedFontFamily() {
    // Qt 6.4 resolves a family name against fontconfig's names only once the database is
    // filled: in a Chinese locale, where fontconfig calls it 文泉驿微米黑, hasFamily("WenQuanYi
    // Micro Hei") is false if it is the process's first font question.
    QFontDatabase::families();
    for (const QString &family : {kWenQuanYi, u"Noto Sans CJK SC"_s, u"Noto Serif CJK SC"_s}) {
        if (QFontDatabase::hasFamily(family))
            return family;
    }
    return {};
}

bool ComparisonReport::embedsWenQuanYi() {
    return embeddedFontFamily() == kWenQuanYi;
}

std::unique_ptr<QTextDocument> ComparisonReport::document() const {
    auto document = std::make_unique<QTextDocument>();
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QString family = embeddedFontFamily();
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(
        u"h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14px; }"
        " table { border-collapse: collapse; } td, th { padding: 3px; }"
        " th { background-color: #e8eef8; } .cite { font-size: 7pt; color: #555; }"
        " .source { margin-bottom: 4px; }"_s);

    const bool english = m_options.english;
    const QLocale locale =
        english ? QLocale(QLocale::English) : QLocale(QLocale::Chinese, QLocale::China);
    auto metricName = [&](const MetricDefinition &metric) {
        return english ? metric.nameEn : metric.nameZh;
    };
    QString html;
    html += u"<h1>%1</h1>"_s.arg(tr("Comparison of trade-union work reports").toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(locale.toString(QDate::currentDate(), QLocale::LongFormat));
    QStringList cityNames;
    for (const QString &city : m_cities)
        cityNames.append(PlaceNames::display(city, english).toHtmlEscaped());
    html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Cities:").toHtmlEscaped(),
                                         cityNames.join(english ? u", "_s : u"、"_s));

    // The table: every number carries the number of its citation.
    struct Citation {
        const TableCell *cell;
        QString metric;
    };
    std::vector<Citation> citations;
    html += u"<h2>%1</h2>"_s.arg(tr("The figures").toHtmlEscaped());
    html += u"<table border=\"1\" cellspacing=\"0\" width=\"100%\"><tr><th>%1</th>"_s.arg(
        tr("Metric").toHtmlEscaped());
    for (const QString &city : cityNames)
        html += u"<th>%1</th>"_s.arg(city);
    html += u"</tr>"_s;
    for (const QString &metricId : m_metrics) {
        const auto definition =
            std::find_if(m_table.metrics.begin(), m_table.metrics.end(),
                         [&](const MetricDefinition &m) { return m.id == metricId; });
        if (definition == m_table.metrics.end())
            continue;
        // The unit in the reader's language: 人 is "people" in English, 元 "yuan".
        const QString unit = !english ? definition->unit
                             : definition->unit == u"元"
                                 ? u"yuan"_s
                                 : ValueFormat::englishUnit(definition->unit);
        html += (unit.isEmpty() ? u"<tr><td>%1</td>"_s
                 : english      ? u"<tr><td>%1 (%2)</td>"_s
                                : u"<tr><td>%1（%2）</td>"_s)
                    .arg(metricName(*definition).toHtmlEscaped(), unit.toHtmlEscaped());
        for (const QString &city : m_cities) {
            const TableCell *cell = m_table.cell(city, metricId);
            if (!cell) {
                html += u"<td></td>"_s;
                continue;
            }
            citations.push_back({cell, metricName(*definition)});
            html += u"<td align=\"right\">%1<sup class=\"cite\">[%2]</sup></td>"_s
                        .arg(ValueFormat::display(cell->value, cell->unit, cell->qualifier, english)
                                 .toHtmlEscaped())
                        .arg(citations.size());
        }
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;

    // Charts, drawn by the same routine as the screen's and the PNG export's.
    int charts = 0;
    for (const QString &metricId : m_metrics) {
        if (charts >= m_options.charts)
            break;
        int cities = 0;
        for (const QString &city : m_cities)
            cities += m_table.cell(city, metricId) ? 1 : 0;
        if (cities < 2)
            continue;
        ChartOptions options;
        options.metrics = {metricId};
        options.cities = m_cities;
        options.english = english;
        const QImage image = ChartRenderer::image(m_table, options, QSize(1600, 900), 192);
        const QUrl name(u"chart%1.png"_s.arg(charts));
        document->addResource(QTextDocument::ImageResource, name, image);
        if (charts == 0)
            html += u"<h2>%1</h2>"_s.arg(tr("Charts").toHtmlEscaped());
        html += u"<p align=\"center\"><img src=\"%1\" width=\"560\"></p>"_s.arg(name.toString());
        ++charts;
    }

    // Sources: for every number, the report and the sentence it came from.
    html += u"<h2>%1</h2>"_s.arg(tr("Sources").toHtmlEscaped());
    for (size_t i = 0; i < citations.size(); ++i) {
        const TableCell &cell = *citations[i].cell;
        // The period the figure covers, and why it does not compare, where it does not.
        const QString period =
            cell.period.isEmpty() ? tr("period not stated") : PeriodText::display(cell.period);
        const MetricDefinition *metric = nullptr;
        for (const MetricDefinition &candidate : m_table.metrics) {
            if (candidate.id == cell.metric)
                metric = &candidate;
        }
        const QString note =
            metric && !cell.comparable()
                ? u"<br>"_s + tr("Not comparable: %1")
                                  .arg(comparabilityNote(cell, *metric, &PeriodText::display))
                                  .toHtmlEscaped()
                : QString();
        html +=
            u"<p class=\"source\">[%1] %2 · %3：%4（%5） — %6，%7<br>“%8”%9</p>"_s.arg(i + 1).arg(
                PlaceNames::display(cell.city, english).toHtmlEscaped(),
                citations[i].metric.toHtmlEscaped(), cell.raw.toHtmlEscaped(),
                period.toHtmlEscaped(), QFileInfo(cell.path).fileName().toHtmlEscaped(),
                tr("characters %1–%2").arg(cell.start).arg(cell.end).toHtmlEscaped(),
                cell.sentence.toHtmlEscaped(), note);
    }
    document->setHtml(html);
    return document;
}

void ComparisonReport::print(QPagedPaintDevice *device) const {
    // The document keeps no page size of its own, so QTextDocument::print lays it out on
    // the device's pages line by line and numbers them.
    document()->print(device);
}

bool ComparisonReport::writePdf(const QString &path, QString *error) const {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Comparison of trade-union work reports"));
    writer.setCreator(u"ReportLens"_s);
    print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        *error = tr("%1: the PDF could not be written").arg(path);
        return false;
    }
    return true;
}

}  // namespace reportlens
