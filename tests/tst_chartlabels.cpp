// Charts that fit, with 5 places or 50, in Chinese or English: every place's name drawn whole
// (no "…"), inside the chart and clear of its neighbours; many places as bars across, largest
// at the top; English units and numbers; a footer naming the sources' periods; PNGs of exactly
// the size asked; the window's chart growing taller (and scrolling) with the places.
#include "chartfixtures.h"
#include "chartlabels.h"
#include "charttext.h"
#include "citychartview.h"
#include "engine/placenames.h"
#include "seedhelpers.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;
using namespace chartfixtures;

namespace {

// The text items a user sees in the scene: Qt Charts' and ReportLens's, whichever class.
struct Drawn {
    QString text;
    QRectF rect;  // in the scene
    QGraphicsItem *item;
};

QList<Drawn> drawnTexts(const QGraphicsScene *scene) {
    QList<Drawn> drawn;
    for (QGraphicsItem *item : scene->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            drawn.append({text->toPlainText(), text->sceneBoundingRect(), item});
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            drawn.append({simple->text(), simple->sceneBoundingRect(), item});
    }
    return drawn;
}

// The drawn item that holds a place's name (and its romanisation, in English), if any.
const Drawn *placeLabel(const QList<Drawn> &drawn, const QString &city, bool english) {
    for (const Drawn &text : drawn) {
        if (text.text.contains(city) &&
            (!english || text.text.contains(PlaceNames::pinyin(city))) &&
            !text.text.contains(u"No figure"_s))
            return &text;
    }
    return nullptr;
}

}  // namespace

class TestChartLabels : public QObject {
    Q_OBJECT

private slots:
    void namesDrawnWhole_data();
    void namesDrawnWhole();
    void pngHasTheSizeAsked_data();
    void pngHasTheSizeAsked();
    void defaultHeightGrowsWithThePlaces_data();
    void defaultHeightGrowsWithThePlaces();
    void unitsInTheReadersLanguage_data();
    void unitsInTheReadersLanguage();
    void acrossOnlyTheUnusualPeriodIsNamed_data();
    void acrossOnlyTheUnusualPeriodIsNamed();
    void footerNamesTheSources_data();
    void footerNamesTheSources();
    void severalMetricsNamedWhole_data();
    void severalMetricsNamedWhole();
    void windowChartGrowsWithThePlaces_data();
    void windowChartGrowsWithThePlaces();
};

void TestChartLabels::namesDrawnWhole_data() {
    QTest::addColumn<int>("places");
    QTest::addColumn<bool>("english");
    QTest::addColumn<bool>("askedHorizontal");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<bool>("expectHorizontal");
    // The sizes of a 1200-pixel-wide PNG at 192 dpi (laid out at half) and of a window.
    QTest::newRow("5 long names, Chinese, 600x400: too long to stand under bars, across")
        << 5 << false << false << QSizeF(600, 400) << true;
    QTest::newRow("5 long names, English, 600x400: across")
        << 5 << true << false << QSizeF(600, 400) << true;
    QTest::newRow("5 places, English, horizontal bars asked for, 1000x600")
        << 5 << true << true << QSizeF(1000, 600) << true;
    QTest::newRow("5 places, Chinese, 1000x600: vertical, names under the bars")
        << 5 << false << false << QSizeF(1000, 600) << false;
    QTest::newRow("5 places, English, 1000x600: vertical, name, romanisation, period stacked")
        << 5 << true << false << QSizeF(1000, 600) << false;
    QTest::newRow("12 places, Chinese, still vertical, 1400x700")
        << 12 << false << false << QSizeF(1400, 700) << false;
    QTest::newRow("12 places, English, 1000x600: across, names too long")
        << 12 << true << false << QSizeF(1000, 600) << true;
    QTest::newRow("50 places, Chinese, across by count, 600x900")
        << 50 << false << false << QSizeF(600, 900) << true;
    QTest::newRow("50 places, English, across by count, 600x900")
        << 50 << true << false << QSizeF(600, 900) << true;
    QTest::newRow("50 places, English, squeezed into 800x500 (smaller font)")
        << 50 << true << false << QSizeF(800, 500) << true;
}

void TestChartLabels::namesDrawnWhole() {
    QFETCH(int, places);
    QFETCH(bool, english);
    QFETCH(bool, askedHorizontal);
    QFETCH(QSizeF, size);
    QFETCH(bool, expectHorizontal);
    const CityTable table = placesTable(places);
    ChartOptions options = membersChart(english);
    options.horizontal = askedHorizontal;
    const ChartData data = ChartRenderer::data(table, options);
    QCOMPARE(data.cities.size(), places);
    QCOMPARE(ChartRenderer::drawnHorizontal(data, options, size.width()), expectHorizontal);
    QGraphicsScene scene;
    QChart *chart = ChartRenderer::layOut(&scene, data, options, size);
    // Qt Charts' own category labels, which it elides, are not shown.
    auto *axis = qobject_cast<QBarCategoryAxis *>(
        chart->axes(expectHorizontal ? Qt::Vertical : Qt::Horizontal).value(0));
    QVERIFY(axis);
    QVERIFY(!axis->labelsVisible());

    const QList<Drawn> drawn = drawnTexts(&scene);
    QVERIFY(drawn.size() > places);
    const QRectF chartRect = chart->geometry().adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const Drawn &text : drawn) {
        QVERIFY2(!text.text.contains(u'…') && !text.text.contains(u"..."_s), qPrintable(text.text));
        QVERIFY2(chartRect.contains(text.rect), qPrintable(u"outside the chart: "_s + text.text));
    }
    // Every place once, whole, in the order of the bars: down from the largest when across,
    // left to right otherwise; no two names overlapping.
    QList<const Drawn *> labels;
    for (const QString &city : data.cities) {
        const Drawn *label = placeLabel(drawn, city, english);
        QVERIFY2(label, qPrintable(u"not drawn whole: "_s + city));
        labels.append(label);
    }
    for (qsizetype i = 1; i < labels.size(); ++i) {
        const QRectF &before = labels[i - 1]->rect;
        const QRectF &after = labels[i]->rect;
        QVERIFY2(expectHorizontal ? before.center().y() < after.center().y()
                                  : before.center().x() < after.center().x(),
                 qPrintable(labels[i]->text));
        // Rows at least a character high apart; names under bars side by side.
        const int pixels = dynamic_cast<QGraphicsTextItem *>(labels[i]->item)->font().pixelSize();
        QVERIFY2(expectHorizontal ? after.center().y() - before.center().y() >= pixels
                                  : before.right() <= after.left() + 0.5,
                 qPrintable(labels[i - 1]->text + u" overlaps "_s + labels[i]->text));
    }
    // The bars in the labels' order: each label beside (or under) its place's bar.
    const QList<QBarSet *> sets =
        qobject_cast<QAbstractBarSeries *>(chart->series().first())->barSets();
    for (int bar = 0; bar < sets.first()->count(); ++bar) {
        const int place = ChartRenderer::placeOfBar(expectHorizontal, places, bar);
        const QPointF end = chart->mapToPosition(
            expectHorizontal ? QPointF(sets.first()->at(bar), bar) : QPointF(bar, 0),
            chart->series().first());
        const QRectF &label = labels[place]->rect;
        QVERIFY2(expectHorizontal ? label.top() <= end.y() && end.y() <= label.bottom()
                                  : label.left() <= end.x() && end.x() <= label.right(),
                 qPrintable(labels[place]->text));
    }
    // Readable: no smaller than the smallest label font.
    const auto *first = dynamic_cast<QGraphicsTextItem *>(labels.first()->item);
    QVERIFY(first);
    QVERIFY2(first->font().pixelSize() >= ChartLabels::kSmallestPixels,
             qPrintable(QString::number(first->font().pixelSize())));
}

void TestChartLabels::pngHasTheSizeAsked_data() {
    QTest::addColumn<int>("places");
    QTest::addColumn<bool>("english");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("5 places, Chinese, 1200x800 at 2x") << 5 << false << QSize(1200, 800) << 192;
    QTest::newRow("5 places, English, 1200x800 at 2x") << 5 << true << QSize(1200, 800) << 192;
    QTest::newRow("50 places, Chinese, 1200x1800 at 2x") << 50 << false << QSize(1200, 1800) << 192;
    QTest::newRow("50 places, English, 1200x1800 at 2x") << 50 << true << QSize(1200, 1800) << 192;
    QTest::newRow("50 places, English, squeezed into 1600x1000")
        << 50 << true << QSize(1600, 1000) << 192;
    QTest::newRow("50 places, Chinese, 640x400 at 1x") << 50 << false << QSize(640, 400) << 96;
}

void TestChartLabels::pngHasTheSizeAsked() {
    QFETCH(int, places);
    QFETCH(bool, english);
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // REPORTLENS_CHART_SAMPLES=DIR keeps the pictures, to be looked at.
    const QString folder = qEnvironmentVariableIsSet("REPORTLENS_CHART_SAMPLES")
                               ? qEnvironmentVariable("REPORTLENS_CHART_SAMPLES")
                               : dir.path();
    const QString path = u"%1/chart-%2-%3-%4x%5.png"_s.arg(folder)
                             .arg(places)
                             .arg(english ? u"en"_s : u"zh"_s)
                             .arg(size.width())
                             .arg(size.height());
    const CityTable table = placesTable(places);
    ChartOptions options = membersChart(english);
    QString error;
    QVERIFY2(ChartRenderer::savePng(path, table, options, size, dpi, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), size);
    // Ink in the top, middle and bottom thirds: the bars and names fill the picture.
    for (int third = 0; third < 3; ++third) {
        int inked = 0;
        for (int y = third * size.height() / 3; y < (third + 1) * size.height() / 3; y += 3) {
            for (int x = 0; x < size.width(); x += 3)
                inked += qGray(image.pixel(x, y)) < 200;
        }
        QVERIFY2(inked > 200, qPrintable(u"third %1: %2"_s.arg(third).arg(inked)));
    }
}

// The height reportlens chart takes without --size: enough for every name at full size.
void TestChartLabels::defaultHeightGrowsWithThePlaces_data() {
    QTest::addColumn<int>("places");
    QTest::addColumn<bool>("english");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<int>("atMost");
    QTest::newRow("5 places, Chinese: the default 1000 is enough") << 5 << false << 0 << 1000;
    QTest::newRow("5 places, English: the default 1000 is enough") << 5 << true << 0 << 1000;
    QTest::newRow("50 places, Chinese: taller") << 50 << false << 2000 << 4000;
    QTest::newRow("50 places, English: taller") << 50 << true << 2000 << 4000;
}

void TestChartLabels::defaultHeightGrowsWithThePlaces() {
    QFETCH(int, places);
    QFETCH(bool, english);
    QFETCH(int, atLeast);
    QFETCH(int, atMost);
    const CityTable table = placesTable(places);
    const ChartOptions options = membersChart(english);
    const int height = ChartRenderer::preferredHeight(table, options, 1600, 192);
    QVERIFY2(height >= atLeast && height <= atMost, qPrintable(QString::number(height)));
    // At that height (laid out at half, for 192 dpi) the names keep their full size.
    const ChartData data = ChartRenderer::data(table, options);
    QGraphicsScene scene;
    ChartRenderer::layOut(&scene, data, options, QSizeF(800, std::max(500, height / 2)));
    const QList<Drawn> drawn = drawnTexts(&scene);  // the label points into it
    const Drawn *label = placeLabel(drawn, data.cities.first(), english);
    QVERIFY(label);
    QCOMPARE(dynamic_cast<QGraphicsTextItem *>(label->item)->font().pixelSize(),
             int(ChartLabels::kFullPixels));
}

void TestChartLabels::unitsInTheReadersLanguage_data() {
    QTest::addColumn<QString>("metric");
    QTest::addColumn<bool>("perMember");
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("axisTitle");
    QTest::addColumn<QString>("chartTitle");
    QTest::addColumn<QString>("firstValue");
    QTest::newRow("members in 万, Chinese")
        << u"members"_s << false << false << u"万人"_s << u"会员数（万人）"_s << u"72.7万"_s;
    QTest::newRow("members in people, English") << u"members"_s << false << true << u"people"_s
                                                << u"Union members (people)"_s << u"727,000"_s;
    QTest::newRow("funds in million yuan, English")
        << u"golden_autumn_funds"_s << false << true << u"million yuan"_s
        << u"Golden Autumn school-aid funds (million yuan)"_s << u"9.34 million"_s;
    QTest::newRow("funds per member in yuan, English")
        << u"golden_autumn_funds"_s << true << true << u"yuan per member"_s
        << u"Golden Autumn school-aid funds (yuan per member)"_s << u"15.33"_s;
    QTest::newRow("funds per member, Chinese")
        << u"golden_autumn_funds"_s << true << false << u"元/人"_s << u"金秋助学资金（元/人）"_s
        << u"15.33"_s;
}

void TestChartLabels::unitsInTheReadersLanguage() {
    QFETCH(QString, metric);
    QFETCH(bool, perMember);
    QFETCH(bool, english);
    QFETCH(QString, axisTitle);
    QFETCH(QString, chartTitle);
    QFETCH(QString, firstValue);
    const CityTable table = pagefixtures::cityTable();
    ChartOptions options;
    options.metrics = {metric};
    options.perMember = perMember;
    options.english = english;
    const ChartData data = ChartRenderer::data(table, options);
    QGraphicsScene scene;
    QChart *chart = ChartRenderer::layOut(&scene, data, options, QSizeF(800, 500));
    auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(values);
    QCOMPARE(values->titleText(), axisTitle);
    const QList<Drawn> drawn = drawnTexts(&scene);
    QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(),
                        [&](const Drawn &text) { return text.text == chartTitle; }));
    const bool valueDrawn = std::any_of(drawn.cbegin(), drawn.cend(),
                                        [&](const Drawn &text) { return text.text == firstValue; });
    QVERIFY2(valueDrawn, qPrintable(firstValue));
    if (!english)
        return;
    // No Chinese unit or multiplier anywhere but in the place names.
    static const QRegularExpression chinese(u"[万亿人元名个]"_s);
    for (const Drawn &text : drawn) {
        QString rest = text.text;
        for (const QString &city : table.cities)
            rest.remove(city);
        QVERIFY2(!rest.contains(chinese), qPrintable(text.text));
    }
}

// Beside bars across, a place names its period only where it is not most places' (the footer
// says that one); with no period of most places, every place names its own.
void TestChartLabels::acrossOnlyTheUnusualPeriodIsNamed_data() {
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("label");
    QTest::newRow("50 places: 2023 is most places', unsaid") << 50 << u"漳州市"_s << u"漳州市"_s;
    QTest::newRow("50 places: 2018–2022 is named")
        << 50 << u"乌鲁木齐市"_s << u"乌鲁木齐市 · 2018–2022"_s;
    QTest::newRow("2 places, 2 periods: each named, 2023")
        << 2 << u"漳州市"_s << u"漳州市 · 2023"_s;
    QTest::newRow("2 places, 2 periods: each named, not stated")
        << 2 << u"西双版纳傣族自治州"_s << u"西双版纳傣族自治州 · period not stated"_s;
}

void TestChartLabels::acrossOnlyTheUnusualPeriodIsNamed() {
    QFETCH(int, places);
    QFETCH(QString, city);
    QFETCH(QString, label);
    const CityTable table = placesTable(places);
    ChartOptions options = membersChart(false);
    options.horizontal = true;
    const ChartData data = ChartRenderer::data(table, options);
    QGraphicsScene scene;
    ChartRenderer::layOut(&scene, data, options, QSizeF(800, 1200));
    const QList<Drawn> drawn = drawnTexts(&scene);
    const bool found = std::any_of(drawn.cbegin(), drawn.cend(),
                                   [&](const Drawn &text) { return text.text == label; });
    QVERIFY2(found, qPrintable(label));
    QCOMPARE(ChartText::places(data, options).across.value(data.cities.indexOf(city)), label);
}

void TestChartLabels::footerNamesTheSources_data() {
    QTest::addColumn<int>("places");
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("sources");
    QTest::addColumn<QString>("noFigure");
    QTest::newRow("5 places, Chinese") << 5 << false
                                       << u"Sources: reports of 2023 (3 places); "_s
                                          u"2018–2022 (1); period not stated (1)"_s
                                       << u"No figure: 三沙市"_s;
    QTest::newRow("50 places, English") << 50 << true
                                        << u"Sources: reports of 2023 (42 places); 2018–2022 "_s
                                           u"(7); period not stated (1)"_s
                                        << u"No figure: 三沙市 Sansha"_s;
}

void TestChartLabels::footerNamesTheSources() {
    QFETCH(int, places);
    QFETCH(bool, english);
    QFETCH(QString, sources);
    QFETCH(QString, noFigure);
    const CityTable table = placesTable(places);
    ChartOptions options = membersChart(english);
    const ChartData data = ChartRenderer::data(table, options);
    QGraphicsScene scene;
    QChart *chart = ChartRenderer::layOut(&scene, data, options, QSizeF(600, 900));
    const QList<Drawn> drawn = drawnTexts(&scene);
    const auto footer = std::find_if(drawn.cbegin(), drawn.cend(), [](const Drawn &text) {
        return text.text.startsWith(u"Sources:"_s);
    });
    QVERIFY(footer != drawn.cend());
    const QStringList lines = footer->text.split(u'\n');
    QCOMPARE(lines.value(0), sources);
    QVERIFY2(lines.contains(noFigure), qPrintable(footer->text));
    QVERIFY2(lines.contains(u"(lighter bars: about, over or under a value, not exact)"_s),
             qPrintable(footer->text));
    // Under the plot and the axis, inside the chart.
    QVERIFY(footer->rect.top() > chart->plotArea().bottom());
    QVERIFY(footer->rect.bottom() <= chart->geometry().bottom());
}

// Grouped bars over the seeds: the title names each metric after its bars' colour (Qt's legend,
// which elides, is hidden), and nothing drawn is cut.
void TestChartLabels::severalMetricsNamedWhole_data() {
    QTest::addColumn<bool>("english");
    QTest::addColumn<bool>("horizontal");
    QTest::addColumn<QString>("title");
    QTest::newRow("Chinese, vertical")
        << false << false << u"■ 金秋助学资金   ■ 夏送清凉资金 （万元）"_s;
    QTest::newRow("English, vertical")
        << true << false
        << u"■ Golden Autumn school-aid funds   ■ Summer-cooling funds (million yuan)"_s;
    QTest::newRow("English, across")
        << true << true
        << u"■ Golden Autumn school-aid funds   ■ Summer-cooling funds (million yuan)"_s;
}

void TestChartLabels::severalMetricsNamedWhole() {
    QFETCH(bool, english);
    QFETCH(bool, horizontal);
    QFETCH(QString, title);
    const CityTable table = seedTable(seedDocuments());
    ChartOptions options;
    options.metrics = {u"golden_autumn_funds"_s, u"summer_cooling_funds"_s};
    options.english = english;
    options.horizontal = horizontal;
    const ChartData data = ChartRenderer::data(table, options);
    QCOMPARE(data.series.size(), size_t(2));
    QGraphicsScene scene;
    QChart *chart = ChartRenderer::layOut(&scene, data, options, QSizeF(600, 400));
    QVERIFY(!chart->legend()->isVisible());
    // Spaces as drawn: non-breaking ones keep a mark with its name.
    QCOMPARE(ChartLabels::of(chart)->title().replace(QChar(0xa0), u' '), title);
    const QList<Drawn> drawn = drawnTexts(&scene);
    for (const Drawn &text : drawn) {
        QVERIFY2(!text.text.contains(u'…'), qPrintable(text.text));
        QVERIFY2(chart->geometry().adjusted(-0.5, -0.5, 0.5, 0.5).contains(text.rect),
                 qPrintable(text.text));
    }
    for (const QString &city : data.cities)
        QVERIFY2(placeLabel(drawn, city, english), qPrintable(city));
}

void TestChartLabels::windowChartGrowsWithThePlaces_data() {
    QTest::addColumn<int>("places");
    QTest::addColumn<bool>("english");
    QTest::addColumn<bool>("grows");
    QTest::newRow("5 places, Chinese: as tall as the view") << 5 << false << false;
    QTest::newRow("5 places, English: as tall as the view") << 5 << true << false;
    QTest::newRow("50 places, Chinese: taller, scrolls") << 50 << false << true;
    QTest::newRow("50 places, English: taller, scrolls") << 50 << true << true;
}

void TestChartLabels::windowChartGrowsWithThePlaces() {
    QFETCH(int, places);
    QFETCH(bool, english);
    QFETCH(bool, grows);
    const CityTable table = placesTable(places);
    CityChartView view;
    view.resize(900, 500);
    view.setEnglishNames(english);
    view.setMetrics({u"members"_s});
    view.setTable(table);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qreal shown = view.viewport()->height();
    QCOMPARE(view.chart()->size().width(), qreal(view.viewport()->width()));
    if (grows) {
        QVERIFY2(view.chart()->size().height() > 2 * shown,
                 qPrintable(QString::number(view.chart()->size().height())));
        QVERIFY(view.verticalScrollBar()->maximum() > 0);
    } else {
        QCOMPARE(view.chart()->size().height(), shown);
    }
    // At full size: every name whole, in the labels' full font.
    const QList<Drawn> drawn = drawnTexts(view.scene());
    for (const QString &city : view.chartData().cities) {
        const Drawn *label = placeLabel(drawn, city, english);
        QVERIFY2(label, qPrintable(city));
        if (grows) {
            QCOMPARE(dynamic_cast<QGraphicsTextItem *>(label->item)->font().pixelSize(),
                     int(ChartLabels::kFullPixels));
        }
    }
    for (const Drawn &text : drawn)
        QVERIFY2(!text.text.contains(u'…'), qPrintable(text.text));
}

QTEST_MAIN(TestChartLabels)
#include "tst_chartlabels.moc"
