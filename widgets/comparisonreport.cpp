#include "comparisonreport.h"

#include "reportcomposer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

namespace {
const QString kWenQuanYi = u"WenQuanYi Micro Hei"_s;
constexpr int kDefaultCharts = 6;
}  // namespace

ComparisonReport::Choice ComparisonReport::choose(const CityTable &table,
                                                  const ReportOptions &options) {
    Choice choice;
    for (const QString &city : table.cities) {
        if (options.cities.isEmpty() || options.cities.contains(city))
            choice.cities.append(city);
    }
    auto placesWith = [&](const QString &metric) {
        int places = 0;
        for (const QString &city : std::as_const(choice.cities))
            places += table.cell(city, metric) ? 1 : 0;
        return places;
    };
    for (const MetricDefinition &metric : table.metrics) {
        const bool chosen = options.metrics.isEmpty() || options.metrics.contains(metric.id);
        if (chosen && (!options.metrics.isEmpty() || placesWith(metric.id) > 0))
            choice.metrics.append(metric.id);
    }
    // Charts in the table's order; by default only those that compare at least two places.
    for (const QString &metric : std::as_const(choice.metrics)) {
        if (options.charts ? options.charts->contains(metric) && placesWith(metric) > 0
                           : choice.charts.size() < kDefaultCharts && placesWith(metric) >= 2)
            choice.charts.append(metric);
    }
    return choice;
}

ComparisonReport::ComparisonReport(const CityTable &table, const ReportOptions &options,
                                   std::vector<Correction> corrections)
    : m_table(table)
    , m_options(options)
    , m_corrections(std::move(corrections))
    , m_choice(choose(table, options)) {}

QString ComparisonReport::defaultTitle() {
    return QCoreApplication::translate("reportlens::ComparisonReport",
                                       "Comparison of trade-union work reports");
}

QString ComparisonReport::title() const {
    return m_options.title.trimmed().isEmpty() ? defaultTitle() : m_options.title.trimmed();
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

QPageLayout ComparisonReport::pageLayout() const {
    return QPageLayout(QPageSize(m_options.paper), m_options.orientation, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

int ComparisonReport::print(QPagedPaintDevice *device) const {
    ReportComposer composer(device, m_table, m_options, m_corrections);
    composer.setTitle(title());
    composer.compose(m_choice.cities, m_choice.metrics, m_choice.charts);
    return composer.paint();
}

bool ComparisonReport::writePdf(const QString &path, QString *error) const {
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(pageLayout());
    writer.setTitle(title());
    writer.setCreator(u"ReportLens"_s);
    const int pages = print(&writer);
    if (pages == 0 || !QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        *error = QCoreApplication::translate("reportlens::ComparisonReport",
                                             "%1: the PDF could not be written")
                     .arg(path);
        return false;
    }
    return true;
}

}  // namespace reportlens
