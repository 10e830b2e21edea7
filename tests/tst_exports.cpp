// Exports as a user gets them: chart PNG and SVG, the table as CSV, the comparison report as
// PDF (read back with pdftotext), pinyin place names, and the chart and report commands.
#include "citychartview.h"
#include "comparabletext.h"
#include "comparisonreport.h"
#include "engine/input/reportfiles.h"
#include "engine/placenames.h"
#include "engine/valueformat.h"
#include "periodtext.h"
#include "seedhelpers.h"
#include "services/export/csvexport.h"
#include "services/export/outputwriter.h"
#include "services/importer.h"
#include "services/reparser.h"
#include "storage/reportstore.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

const QStringList kCities = {u"泉州市"_s, u"三明市"_s, u"商洛市"_s, u"漳州市"_s, u"肇庆市"_s};

}  // namespace

class TestExports : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pinyin_data();
    void pinyin();
    void pngHasTheSizeAskedForAndIsNotBlank_data();
    void pngHasTheSizeAskedForAndIsNotBlank();
    void svgParsesAndHoldsTheCities();
    void svgIsSizedAndReadByOtherRenderers();
    void csvForSpreadsheets();
    void trendPerYear_data();
    void trendPerYear();
    void pdfReportCitesEveryNumber();
    void commands();
    void reportEmbedsWenQuanYiInEveryLocale_data();
    void reportEmbedsWenQuanYiInEveryLocale();

private:
    QTemporaryDir m_dir;
    CityTable m_table;
    QString m_db;
};

void TestExports::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"exports.sqlite"_s);
    DatabaseLocation location;
    location.sqlitePath = m_db;
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    const ReportParser parser;
    int reparsed = 0;
    QVERIFY2(Reparser(&store, &parser).bringInLine(&reparsed, &error), qPrintable(error));
    Importer importer(&store, &parser);
    QStringList problems;
    QCOMPARE(
        importer.run(ReportFiles::expand({QStringLiteral(REPORTLENS_SEEDS_DIR)}, &problems)).added,
        5);
    m_table = store.cityTable(MetricCatalog::builtIn());
    QCOMPARE(m_table.cities, kCities);
}

void TestExports::pinyin_data() {
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("latin");
    QTest::newRow("Zhangzhou") << u"漳州市"_s << u"Zhangzhou"_s;
    QTest::newRow("Shangluo") << u"商洛市"_s << u"Shangluo"_s;
    QTest::newRow("Quanzhou") << u"泉州市"_s << u"Quanzhou"_s;
    QTest::newRow("Sanming") << u"三明市"_s << u"Sanming"_s;
    QTest::newRow("Zhaoqing") << u"肇庆市"_s << u"Zhaoqing"_s;
    QTest::newRow("a province") << u"海南省"_s << u"Hainan"_s;
    QTest::newRow("a county") << u"尤溪县"_s << u"Youxi"_s;
}

void TestExports::pinyin() {
    QFETCH(QString, place);
    QFETCH(QString, latin);
    QCOMPARE(PlaceNames::pinyin(place), latin);
    QCOMPARE(PlaceNames::display(place, true), place + u' ' + latin);
    QCOMPARE(PlaceNames::display(place, false), place);
}

void TestExports::pngHasTheSizeAskedForAndIsNotBlank_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<bool>("english");
    QTest::newRow("default 1600x1000 at 2x") << QSize(1600, 1000) << 192 << false;
    QTest::newRow("small at 1x, English") << QSize(640, 400) << 96 << true;
    QTest::newRow("tall at 3x") << QSize(900, 1600) << 288 << false;
}

void TestExports::pngHasTheSizeAskedForAndIsNotBlank() {
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(bool, english);
    const QString path = m_dir.filePath(u"chart.png"_s);
    ChartOptions options;
    options.metrics = {u"members"_s};
    options.english = english;
    QString error;
    QVERIFY2(ChartRenderer::savePng(path, m_table, options, size, dpi, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), size);
    // Not blank: many pixels are not the white background, and there are many colours
    // (bars, text, antialiasing).
    qsizetype inked = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            inked += pixel != qRgb(255, 255, 255) && pixel != qRgba(255, 255, 255, 255) ? 1 : 0;
        }
    }
    QVERIFY2(inked * 4 * 100 > qsizetype(size.width()) * size.height() * 3, "under 3% inked");
    QVERIFY(colours.size() > 20);

    QString badError;
    QVERIFY(!ChartRenderer::savePng(path, m_table, options, QSize(10, 10), dpi, &badError));
    QVERIFY(badError.contains(path));
}

void TestExports::svgParsesAndHoldsTheCities() {
    const QString path = m_dir.filePath(u"chart.svg"_s);
    ChartOptions options;
    options.metrics = {u"union_orgs"_s, u"members"_s};
    QString error;
    QVERIFY2(ChartRenderer::saveSvg(path, m_table, options, QSize(1200, 800), 192, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"svg")
            svgRoot = true;
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svgRoot);
    // The cities that have either metric: all but 三明 and 泉州 lack both.
    for (const QString &city : {u"漳州市"_s, u"商洛市"_s, u"肇庆市"_s})
        QVERIFY2(text.contains(city), qPrintable(city));
}

// The SVG is as wide in millimetres as the PNG in inches (1600 px at 192 dpi: 211.7 mm, not
// 564 mm with tiny text), names CJK families after Qt's, and rsvg-convert draws its Chinese
// title as Qt does (a renderer without the families drew the title without its Chinese).
void TestExports::svgIsSizedAndReadByOtherRenderers() {
    const QString path = m_dir.filePath(u"sized.svg"_s);
    ChartOptions options;
    options.metrics = {u"members"_s};
    QString error;
    QVERIFY2(ChartRenderer::saveSvg(path, m_table, options, QSize(1600, 1000), 192, &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY2(svg.contains(u"width=\"211.667mm\""_s), qPrintable(svg.left(300)));
    QVERIFY(svg.contains(u"viewBox=\"0 0 800 500\""_s));
    static const QRegularExpression family(u"font-family=\"([^\"]*)\""_s);
    int families = 0;
    for (auto it = family.globalMatch(svg); it.hasNext(); ++families)
        QVERIFY(it.next().captured(1).contains(u"'WenQuanYi Micro Hei'"_s));
    QVERIFY(families > 0);

    // The title band as rsvg-convert and as Qt draw it: ink in the same places.
    const QString rendered = m_dir.filePath(u"sized-rsvg.png"_s);
    QProcess rsvg;
    rsvg.start(u"rsvg-convert"_s, {u"-w"_s, u"800"_s, u"-h"_s, u"500"_s, u"-b"_s, u"white"_s,
                                   u"-o"_s, rendered, path});
    QVERIFY2(rsvg.waitForFinished(60000) && rsvg.exitCode() == 0,
             qPrintable(QString::fromUtf8(rsvg.readAllStandardError())));
    const QImage byRsvg = QImage(rendered).convertToFormat(QImage::Format_Grayscale8);
    QImage byQt(800, 500, QImage::Format_Grayscale8);
    byQt.fill(Qt::white);
    {
        QSvgRenderer renderer(path);
        QPainter painter(&byQt);
        renderer.render(&painter);
    }
    const auto inkAt = [](const QImage &image, int x, int y) {
        for (int dy = 0; dy < 4; ++dy)
            for (int dx = 0; dx < 4; ++dx)
                if (qGray(image.pixel(x + dx, y + dy)) < 128)
                    return true;
        return false;
    };
    int both = 0;
    int either = 0;
    for (int y = 0; y < 40; y += 4) {  // the title
        for (int x = 0; x < 800; x += 4) {
            const bool a = inkAt(byRsvg, x, y);
            const bool b = inkAt(byQt, x, y);
            both += a && b;
            either += a || b;
        }
    }
    QVERIFY2(either > 10, "no title drawn");
    QVERIFY2(both * 2 >= either, qPrintable(u"%1 of %2 blocks alike"_s.arg(both).arg(either)));
}

void TestExports::csvForSpreadsheets() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExport::writeCityTable(m_table, kCities, {u"union_orgs"_s, u"members"_s}, false, &buffer);
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    // Each place: its value, qualifier, period and why it does not compare, if it does not.
    QStringList header{u"指标"_s, u"单位"_s};
    for (const QString &city : kCities)
        header << city << city + u" 限定"_s << city + u" 期间"_s << city + u" 不可比"_s;
    QCOMPARE(lines[0], header.join(u','));
    const QStringList orgs = lines[1].split(u',');
    QCOMPARE(orgs.mid(0, 2), (QStringList{u"工会组织数"_s, u"个"_s}));
    QCOMPARE(orgs.mid(2, 8), QStringList(8));  // 泉州 and 三明 state none
    QCOMPARE(orgs.mid(10, 3), (QStringList{u"4092"_s, QString(), u"2018-2022"_s}));
    QVERIFY(orgs.at(13).isEmpty());  // 商洛's compares with the row
    QCOMPARE(orgs.at(14), u"9092"_s);
    QVERIFY2(orgs.at(17).contains(u"not stated"_s), qPrintable(orgs.at(17)));  // 漳州's period
    QCOMPARE(orgs.mid(18, 3), (QStringList{u"5397"_s, QString(), u"2014-2018"_s}));
    QVERIFY2(orgs.at(21).contains(u"2018"_s), qPrintable(orgs.at(21)));  // stands at 2018
    QCOMPARE(lines[2].split(u',').at(14), u"727000"_s);
}

// The trend's export: a flow's value per year of its period, a level or a running total none.
void TestExports::trendPerYear_data() {
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("period");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("perYear");  // as the CSV writes it; empty: none
    QTest::newRow("a flow of one year") << u"workers_trained"_s << u"2024"_s << 5000.0 << u"5000"_s;
    QTest::newRow("a flow over five years")
        << u"workers_trained"_s << u"2018-2022"_s << 5000.0 << u"1000"_s;
    QTest::newRow("a flow of half a year doubled")
        << u"workers_trained"_s << u"2024H1"_s << 5000.0 << u"10000"_s;
    QTest::newRow("a running total has no years")
        << u"workers_trained"_s << u"..2022"_s << 5000.0 << QString();
    QTest::newRow("a level is not divided")
        << u"members"_s << u"2018-2022"_s << 5000.0 << QString();
}

void TestExports::trendPerYear() {
    QFETCH(QString, metric);
    QFETCH(QString, period);
    QFETCH(double, value);
    QFETCH(QString, perYear);
    TrendPoint point;
    point.city = u"三亚市"_s;
    point.period = period;
    point.value = value;
    point.unit = u"人次"_s;
    point.raw = u"5000人次"_s;
    point.sentence = u"培训职工5000人次，"_s;
    point.path = u"/reports/三亚.txt"_s;
    const MetricCatalog &catalog = MetricCatalog::builtIn();
    const MetricDefinition &definition = catalog.metrics()[size_t(catalog.indexOf(metric))];
    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    TrendWriter::write(definition, {point}, OutputFormat::Csv, &csv);
    QVERIFY(csv.data().startsWith("\xEF\xBB\xBF"));  // spreadsheet programs read it as UTF-8
    const QStringList lines = QString::fromUtf8(csv.data().mid(3)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             u"city,metric,period,value,unit,qualifier,per_year,raw,sentence,path,start,end"_s);
    QCOMPARE(lines.at(1).split(u',').mid(0, 8),
             QStringList({u"三亚市"_s, metric, period, u"5000"_s, u"人次"_s, u"exact"_s, perYear,
                          u"5000人次"_s}));
    const QJsonObject json = TrendWriter::trendToJson(definition, {point});
    const QJsonValue jsonPerYear = json[u"points"_s][0][u"per_year"_s];
    QCOMPARE(jsonPerYear.isNull(), perYear.isEmpty());
    if (!perYear.isEmpty())
        QCOMPARE(jsonPerYear.toDouble(), perYear.toDouble());
    QCOMPARE(json[u"metric"_s][u"measure"_s].toString(), definition.level ? u"level"_s : u"flow"_s);
}

void TestExports::pdfReportCitesEveryNumber() {
    const QString pdftotext = QStringLiteral(REPORTLENS_TEST_PDFTOTEXT);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (Debian's poppler-utils) is needed");
    const QString path = m_dir.filePath(u"report.pdf"_s);
    ReportOptions options;  // all five cities, every metric they have
    const ComparisonReport report(m_table, options);
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    QProcess process;
    process.start(pdftotext, {path, u"-"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = comparable(QString::fromUtf8(process.readAllStandardOutput()));
    for (const QString &city : kCities)
        QVERIFY2(text.contains(city), qPrintable(city));
    int cited = 0;
    for (const TableCell &cell : m_table.cells) {
        // The number as the table prints it, and the sentence it came from.
        const QString value =
            comparable(ValueFormat::withUnit(cell.value, cell.unit, cell.qualifier));
        QVERIFY2(text.contains(value), qPrintable(value));
        QVERIFY2(text.contains(comparable(cell.sentence)), qPrintable(cell.sentence));
        ++cited;
    }
    QVERIFY(cited > 80);
    QVERIFY(text.contains(u"[%1]"_s.arg(cited)));  // the last citation's number
    // Each citation names the period its figure covers, and says why one does not compare.
    QVERIFY(text.contains(comparable(PeriodText::display(u"2018-2022"_s))));
    QVERIFY(text.contains(comparable(PeriodText::display(u"2012-2016"_s))));
    QVERIFY(text.contains(comparable(u"period not stated"_s)));
    QVERIFY(text.contains(comparable(u"Not comparable:"_s)));
}

void TestExports::commands() {
    const QString exe = QStringLiteral(REPORTLENS_EXECUTABLE);
    auto run = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);  // headless, as on a server
        environment.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(environment);
        process.start(exe, arguments);
        process.waitForFinished(120000);
        return process.exitCode();
    };
    const QString png = m_dir.filePath(u"cli.png"_s);
    QCOMPARE(
        run({u"chart"_s, u"--metric"_s, u"members"_s, u"--cities"_s, u"漳州市,肇庆市"_s,
             u"--size"_s, u"800x500"_s, u"--dpi"_s, u"96"_s, u"--db"_s, m_db, u"--out"_s, png}),
        0);
    QCOMPARE(QImage(png).size(), QSize(800, 500));
    const QString svg = m_dir.filePath(u"cli.svg"_s);
    QCOMPARE(run({u"chart"_s, u"--metric"_s, u"members"_s, u"--db"_s, m_db, u"--out"_s, svg}), 0);
    QVERIFY(QFileInfo(svg).size() > 1000);
    const QString pdf = m_dir.filePath(u"cli.pdf"_s);
    QCOMPARE(run({u"report"_s, u"--cities"_s, u"漳州市,肇庆市"_s, u"--metrics"_s,
                  u"union_orgs,members"_s, u"--lang"_s, u"en"_s, u"--db"_s, m_db, u"--out"_s, pdf}),
             0);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    // An empty database gets the bundled sample first.
    const QString fresh = m_dir.filePath(u"fresh.sqlite"_s);
    QCOMPARE(run({u"chart"_s, u"--metric"_s, u"members"_s, u"--db"_s, fresh, u"--out"_s, png}), 0);
    // Bad arguments: exit status 2.
    QCOMPARE(run({u"chart"_s, u"--metric"_s, u"members"_s, u"--db"_s, m_db, u"--out"_s,
                  m_dir.filePath(u"chart.gif"_s)}),
             2);
    QCOMPARE(
        run({u"chart"_s, u"--metric"_s, u"no_such_metric"_s, u"--db"_s, m_db, u"--out"_s, png}), 2);
    QCOMPARE(run({u"report"_s, u"--lang"_s, u"fr"_s, u"--db"_s, m_db, u"--out"_s, pdf}), 2);
}

void TestExports::reportEmbedsWenQuanYiInEveryLocale_data() {
    QTest::addColumn<QString>("lang");
    QTest::newRow("C locale") << u"C.UTF-8"_s;
    // fontconfig names the family 文泉驿微米黑 here, which Qt 6.4 does not resolve from
    // "WenQuanYi Micro Hei" until its font database is filled.
    QTest::newRow("Chinese locale, where fontconfig names the font in Chinese") << u"zh_CN.UTF-8"_s;
}

void TestExports::reportEmbedsWenQuanYiInEveryLocale() {
    QFETCH(QString, lang);
    const QString pdf = m_dir.filePath(u"locale-%1.pdf"_s.arg(lang));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, lang);
    environment.remove(u"LC_ALL"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REPORTLENS_EXECUTABLE),
                  {u"report"_s, u"--db"_s, m_db, u"--out"_s, pdf});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QProcess fonts;
    fonts.start(QStringLiteral(REPORTLENS_TEST_PDFFONTS), {pdf});
    QVERIFY(fonts.waitForFinished(60000));
    const QString listed = QString::fromUtf8(fonts.readAllStandardOutput());
    QVERIFY2(listed.contains(u"WenQuanYi"_s), qPrintable(listed));
    QVERIFY2(!listed.contains(u"Noto"_s), qPrintable(listed));
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
