#include "trendpage.h"

#include "engine/comparability.h"
#include "engine/period.h"
#include "engine/placenames.h"
#include "engine/valueformat.h"
#include "items/trendmodel.h"
#include "periodtext.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPen>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// Each object a chart series for a place carries: what it draws, and whose it is.
const char *const kPlaceProperty = "reportlensPlace";
const char *const kSpanProperty = "reportlensSpan";

// The points as listed: periods and values in words.
class TrendPointsProxy : public QIdentityProxyModel {
public:
    TrendPointsProxy(bool english, QObject *parent)
        : QIdentityProxyModel(parent), m_english(english) {}

    QVariant data(const QModelIndex &index, int role) const override {
        const QModelIndex source = mapToSource(index);
        if (role == Qt::ToolTipRole)
            return source.data(TrendModel::SentenceRole);
        if (role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        switch (TrendModel::Column(index.column())) {
            case TrendModel::PlaceColumn:
                return PlaceNames::display(source.data(TrendModel::CityRole).toString(), m_english);
            case TrendModel::PeriodColumn:
                return PeriodText::display(source.data(TrendModel::PeriodRole).toString());
            case TrendModel::ValueColumn: {
                Qualifier qualifier = Qualifier::Exact;
                qualifierFromName(source.data(TrendModel::QualifierRole).toString(), &qualifier);
                return ValueFormat::withUnit(source.data(TrendModel::ValueRole).toDouble(),
                                             source.data(TrendModel::UnitRole).toString(),
                                             qualifier);
            }
            default:
                return QIdentityProxyModel::data(index, role);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QIdentityProxyModel::headerData(section, orientation, role);
        switch (TrendModel::Column(section)) {
            case TrendModel::PlaceColumn:
                return TrendPage::tr("Place");
            case TrendModel::PeriodColumn:
                return TrendPage::tr("Period");
            case TrendModel::ValueColumn:
                return TrendPage::tr("Value");
            case TrendModel::UnitColumn:
                return TrendPage::tr("Unit");
            case TrendModel::QualifierColumn:
                return TrendPage::tr("Qualifier");
            case TrendModel::FigureColumn:
                return TrendPage::tr("As written");
            case TrendModel::ColumnCount:
                break;
        }
        return {};
    }

private:
    bool m_english = false;
};

}  // namespace

TrendPage::TrendPage(TrendModel *trend, std::vector<MetricDefinition> metrics, bool english,
                     QWidget *parent)
    : QWidget(parent)
    , m_trend(trend)
    , m_metrics(std::move(metrics))
    , m_english(english)
    , m_metric(new QComboBox(this))
    , m_places(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_points(new QTableView(this)) {
    m_metric->setObjectName(u"trendMetric"_s);
    for (const MetricDefinition &metric : m_metrics)
        m_metric->addItem(m_english ? metric.nameEn : metric.nameZh, metric.id);
    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this] { emit metricChosen(m_metric->currentData().toString()); });
    m_places->setText(tr("Places ▾"));
    m_places->setPopupMode(QToolButton::InstantPopup);
    m_places->setMenu(new QMenu(m_places));
    m_note->setWordWrap(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    auto *shown = new TrendPointsProxy(m_english, this);
    shown->setSourceModel(m_trend);
    m_points->setModel(shown);
    m_points->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_points->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_points->horizontalHeader()->setStretchLastSection(true);
    connect(m_points, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit sourceRequested(index.data(TrendModel::PathRole).toString(),
                             index.data(TrendModel::StartRole).toLongLong(),
                             index.data(TrendModel::EndRole).toLongLong());
    });
    connect(m_trend, &QAbstractItemModel::modelReset, this, &TrendPage::rebuild);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Metric:"), this));
    bar->addWidget(m_metric);
    bar->addWidget(m_places);
    bar->addWidget(m_note, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_points);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    rebuild();
}

void TrendPage::setHiddenPlaces(const QStringList &places) {
    m_hidden = places;
    rebuild();
}

int TrendPage::pointCount(const QString &place) const {
    int count = 0;
    for (QAbstractSeries *series : m_chart->chart()->series()) {
        if (series->property(kPlaceProperty).toString() == place &&
            !series->property(kSpanProperty).toBool())
            count += int(static_cast<QLineSeries *>(series)->count());
    }
    return count;
}

int TrendPage::spanCount(const QString &place) const {
    int count = 0;
    for (QAbstractSeries *series : m_chart->chart()->series())
        count += series->property(kPlaceProperty).toString() == place &&
                 series->property(kSpanProperty).toBool();
    return count;
}

void TrendPage::rebuild() {
    const QString metricId = m_trend->metric();
    const MetricDefinition *metric = nullptr;
    for (const MetricDefinition &candidate : m_metrics) {
        if (candidate.id == metricId)
            metric = &candidate;
    }
    if (metric && m_metric->currentData().toString() != metricId) {
        const QSignalBlocker blocker(m_metric);
        m_metric->setCurrentIndex(m_metric->findData(metricId));
    }
    // The places chooser lists the places with points; the user's choice is kept.
    std::map<QString, std::vector<const TrendPoint *>> byPlace;
    for (const TrendPoint &point : m_trend->points())
        byPlace[point.city].push_back(&point);
    QMenu *menu = m_places->menu();
    menu->clear();
    for (const auto &[place, points] : byPlace) {
        QAction *action = menu->addAction(PlaceNames::display(place, m_english));
        action->setCheckable(true);
        action->setChecked(!m_hidden.contains(place));
        connect(action, &QAction::toggled, this, [this, place = place](bool shown) {
            if (shown)
                m_hidden.removeAll(place);
            else if (!m_hidden.contains(place))
                m_hidden.append(place);
            rebuild();
        });
    }

    auto *chart = new QChart;
    auto *years = new QValueAxis;
    auto *values = new QValueAxis;
    years->setLabelFormat(u"%d"_s);
    years->setTitleText(tr("Year"));
    bool anySpan = false;
    int firstYear = 0;
    int lastYear = 0;
    double highest = 0;
    int colour = 0;
    static const QColor palette[] = {QColor(31, 119, 180),  QColor(255, 127, 14),
                                     QColor(44, 160, 44),   QColor(214, 39, 40),
                                     QColor(148, 103, 189), QColor(140, 86, 75)};
    for (const auto &[place, points] : byPlace) {
        if (m_hidden.contains(place))
            continue;
        const QColor color = palette[colour++ % std::size(palette)];
        auto *line = new QLineSeries;
        line->setName(PlaceNames::display(place, m_english));
        line->setProperty(kPlaceProperty, place);
        line->setPointsVisible(true);
        line->setMarkerSize(9);
        line->setColor(color);
        std::map<double, double> dots;  // year -> value, in order
        for (const TrendPoint *point : points) {
            Period period;
            if (!Period::parse(point->period, &period) || period.endYear <= 0)
                continue;  // a running total with no year: no place on the axis
            const bool span = !(metric && metric->level) && period.yearCount() > 1;
            firstYear = firstYear == 0
                            ? (span ? period.startYear : period.endYear)
                            : std::min(firstYear, span ? period.startYear : period.endYear);
            lastYear = std::max(lastYear, period.endYear);
            if (!span) {
                dots[period.endYear] = point->value;
                highest = std::max(highest, point->value);
                continue;
            }
            // A total over several years: its value per year across the years it covers.
            double perYear = 0;
            perYearValue(point->value, point->period, false, &perYear);
            auto *segment = new QLineSeries;
            segment->setProperty(kPlaceProperty, place);
            segment->setProperty(kSpanProperty, true);
            segment->append(period.startYear, perYear);
            segment->append(period.endYear, perYear);
            QPen pen(color, 3, Qt::DashLine);
            segment->setPen(pen);
            chart->addSeries(segment);
            segment->attachAxis(years);
            anySpan = true;
            highest = std::max(highest, perYear);
        }
        for (const auto &[year, value] : dots)
            line->append(year, value);
        chart->addSeries(line);
    }
    chart->addAxis(years, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        if (series->attachedAxes().isEmpty())
            series->attachAxis(years);
        series->attachAxis(values);
    }
    // Span segments are named by their place's line: one legend entry a place.
    for (QAbstractSeries *series : chart->series()) {
        if (series->property(kSpanProperty).toBool())
            for (QLegendMarker *marker : chart->legend()->markers(series))
                marker->setVisible(false);
    }
    if (firstYear > 0) {
        // Ticks on whole years, a year of room either side.
        const int span = lastYear - firstYear + 2;
        const int step = span <= 12 ? 1 : (span + 11) / 12;
        years->setRange(firstYear - 1, firstYear - 1 + ((span + step - 1) / step) * step);
        years->setTickCount((span + step - 1) / step + 1);
    }
    values->setRange(0, highest > 0 ? highest * 1.1 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(u"%.0f"_s);
    const QString unit = metric ? metric->unit : QString();
    values->setTitleText(anySpan ? tr("%1 (spans: a year's share of a total)").arg(unit) : unit);
    chart->setTitle(metric ? (m_english ? metric->nameEn : metric->nameZh) : QString());
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_note->setText(anySpan ? tr("Dashed: a total over several years, drawn across them at its "
                                 "value per year")
                            : QString());
}

}  // namespace reportlens
