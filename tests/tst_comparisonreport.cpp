// The comparison report as an editor reads it: the PDF of the seeds and of a generated database of
// 50 places × 45 metrics, read back with pdftotext and pdfinfo (Debian's poppler-utils): text
// inside the margins, the header on every table page, numbers whole and cited, the sources
// naming report, place, period and sentence; and the layout and pagination underneath.
#include "comparabletext.h"
#include "comparisonreport.h"
#include "engine/gazetteer.h"
#include "engine/metriccatalog.h"
#include "engine/placenames.h"
#include "engine/reportparser.h"
#include "engine/valueformat.h"
#include "reportflow.h"
#include "reporttablelayout.h"
#include "storage/databaselocation.h"
#include "storage/reportstore.h"
#include "uilanguage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

CityTable seedsTable() {
    const ReportParser parser;
    CityTableBuilder builder(MetricCatalog::builtIn());
    const QDir seeds(QStringLiteral(REPORTLENS_SEEDS_DIR));
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        Document document;
        QString error;
        if (parser.parseFile(seeds.filePath(name), &document, &error))
            builder.addDocument(document);
    }
    return builder.table();
}

// The metrics file of a user who added five metrics with long names to the built-in 40.
bool writeMetricsFile(const QString &path) {
    QFile builtIn(MetricCatalog::builtInPath());
    if (!builtIn.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonArray metrics = root.value(u"metrics"_s).toArray();
    for (int extra = 1; extra <= 5; ++extra) {
        metrics.append(QJsonObject{
            {u"id"_s, u"custom_%1"_s.arg(extra)},
            {u"group"_s, u"organisation"_s},
            {u"name_zh"_s, u"职工服务阵地建设覆盖的新就业形态劳动者%1"_s.arg(extra)},
            {u"name_en"_s, u"New-form workers reached by service stations, scheme %1"_s.arg(extra)},
            {u"unit"_s, u"人"_s},
            {u"units"_s, QJsonArray{u"人"_s}},
            {u"keywords"_s, QJsonArray{u"新就业形态劳动者%1"_s.arg(extra)}}});
    }
    root.insert(u"metrics"_s, metrics);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
}

// 50 real places (the gazetteer's first two cities of each province) and the 45 metrics: every
// cell filled but a few, values over six orders of magnitude, some of a five-year period.
CityTable fiftyPlaces(const std::vector<MetricDefinition> &metrics) {
    CityTable table;
    table.metrics = metrics;
    QHash<QString, int> perProvince;
    for (const Gazetteer::Place &place : Gazetteer::instance().places()) {
        if (place.level != Gazetteer::Level::City || place.parent < 0 ||
            perProvince[place.code.left(2)]++ >= 2 || table.cities.size() >= 50)
            continue;
        table.cities.append(place.name);
    }
    sortCities(&table.cities);
    int n = 0;
    for (const QString &city : std::as_const(table.cities)) {
        for (const MetricDefinition &metric : table.metrics) {
            if (++n % 37 == 0)
                continue;  // no figure
            TableCell cell;
            cell.city = city;
            cell.metric = metric.id;
            cell.unit = metric.units.value(0, metric.unit);
            cell.value = double((n * 7919) % 9973 + 1) * std::pow(10.0, n % 5);
            cell.qualifier = n % 11 == 0 ? Qualifier::Over : Qualifier::Exact;
            cell.raw = ValueFormat::display(cell.value, cell.unit, cell.qualifier, false);
            cell.label = metric.nameZh;
            cell.sentence = u"全市%1%2，同比增长%3%。"_s.arg(metric.nameZh, cell.raw).arg(n % 17);
            cell.path = u"https://gh.example.cn/%1/2024.html"_s.arg((n - 1) / 45);
            cell.reportTitle = u"%1总工会2024年工作报告"_s.arg(city);
            cell.reportPeriod = u"2024"_s;
            cell.period = n % 13 == 0 ? u"2020-2024"_s : u"2024"_s;
            table.cells.push_back(cell);
        }
    }
    return table;
}

// The 50 places' reports, one a place, stored in a database of their own with the figures
// above, and the table read back as the window and `reportlens report` read it.
CityTable fiftyPlacesFromADatabase(const QString &folder, QString *error) {
    const QString metricsPath = folder + u"/metrics.json"_s;
    MetricCatalog catalog;
    if (!writeMetricsFile(metricsPath) || !catalog.loadFromFile(metricsPath, error))
        return {};
    const CityTable generated = fiftyPlaces(catalog.metrics());
    DatabaseLocation location;
    location.sqlitePath = folder + u"/fifty.sqlite"_s;
    ReportStore store;
    if (!store.open(location, error))
        return {};
    for (const QString &city : generated.cities) {
        Document document;
        for (const TableCell &cell : generated.cells) {
            if (cell.city != city)
                continue;
            document.path = cell.path;
            document.title = cell.reportTitle;
            Sentence sentence;
            sentence.text = cell.sentence;
            sentence.documentStart = document.text.size();
            document.text += cell.sentence;
            sentence.documentEnd = document.text.size();
            Figure figure;
            figure.raw = cell.raw;
            figure.value = cell.value;
            figure.unit = cell.unit;
            figure.qualifier = cell.qualifier;
            figure.label = cell.label;
            figure.metric = cell.metric;
            figure.metricScore = 900;
            figure.period = cell.period == cell.reportPeriod ? QString() : cell.period;
            figure.sentence = int(document.sentences.size());
            figure.sentenceStart = cell.sentence.indexOf(cell.raw);
            figure.sentenceEnd = figure.sentenceStart + cell.raw.size();
            figure.start = sentence.documentStart + figure.sentenceStart;
            figure.end = sentence.documentStart + figure.sentenceEnd;
            document.sentences.push_back(sentence);
            document.figures.push_back(figure);
        }
        document.city = city;
        document.period = u"2024"_s;
        document.encoding = u"UTF-8"_s;
        document.indexSurrogatePairs();
        if (!store.storeDocument(document, error))
            return {};
    }
    return store.cityTable(catalog);
}

struct Entry {
    QString place, metric, value;
};

}  // namespace

class TestComparisonReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tableLayout_data();
    void tableLayout();
    void pagesKeepBlocksWholeAndRepeatHeaders();
    void pdfAnEditorAccepts_data();
    void pdfAnEditorAccepts();
    void optionsChooseTitleChartsAndPaper();
    void correctedValuesAreMarkedAndExplained();

private:
    QTemporaryDir m_dir;
    CityTable m_seeds;
    CityTable m_fifty;
};

void TestComparisonReport::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStringLiteral(REPORTLENS_TEST_PDFTOTEXT).isEmpty(),
             "pdftotext (Debian's poppler-utils) is needed");
    m_seeds = seedsTable();
    QCOMPARE(m_seeds.cities.size(), 5);
    QString error;
    m_fifty = fiftyPlacesFromADatabase(m_dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_fifty.cities.size(), 50);
    QCOMPARE(qsizetype(m_fifty.cells.size()), 50 * 45 - 50 * 45 / 37);  // every 37th left empty
    QCOMPARE(m_fifty.metrics.size(), size_t(45));
}

void TestComparisonReport::tableLayout_data() {
    QTest::addColumn<int>("places");
    QTest::addColumn<qreal>("valueWidth");
    QTest::addColumn<bool>("placesAsColumns");
    QTest::addColumn<int>("bands");
    QTest::newRow("five places fit as columns") << 5 << 60.0 << true << 1;
    QTest::newRow("twelve narrow places still fit as columns") << 12 << 40.0 << true << 1;
    QTest::newRow("fifty places become rows, metrics in bands") << 50 << 60.0 << false << 4;
    QTest::newRow("wide values make more bands") << 50 << 120.0 << false << 7;
}

void TestComparisonReport::tableLayout() {
    QFETCH(int, places);
    QFETCH(qreal, valueWidth);
    ReportTableMeasures measures;
    measures.pageWidth = 800;
    measures.padding = 2;
    measures.narrowestColumn = 30;
    for (int place = 0; place < places; ++place) {
        measures.placeWidth.append(50);
        measures.placeMinWidth.append(30);
    }
    for (int metric = 0; metric < 40; ++metric) {
        measures.metricWidth.append(metric % 2 ? 220 : 90);
        measures.metricMinWidth.append(45);
        measures.valueWidth.append(QList<qreal>(places, valueWidth));
    }
    const ReportTableLayout layout = ReportTableLayout::arrange(measures);
    QTEST(layout.placesAsColumns, "placesAsColumns");
    QTEST(int(layout.bands.size()), "bands");
    QList<int> shown;
    for (const ReportTableBand &band : layout.bands) {
        QVERIFY(band.width(layout.rowHeaderWidth) <= measures.pageWidth + 0.01);
        for (qsizetype i = 0; i < band.columns.size(); ++i) {
            // A column holds its widest value with its padding: a number is never wrapped.
            QVERIFY(band.columnWidths[i] >= valueWidth + 2 * measures.padding - 0.01);
            shown.append(band.columns[i]);
        }
    }
    // Every column once, in order.
    QCOMPARE(shown.size(), layout.placesAsColumns ? places : 40);
    for (qsizetype i = 0; i < shown.size(); ++i)
        QCOMPARE(shown[i], int(i));
}

void TestComparisonReport::pagesKeepBlocksWholeAndRepeatHeaders() {
    ReportFlow flow;
    const int heading = flow.add({10, {}, -1, true, false});
    const int header = flow.add({20, {}, -1, true, false});
    QList<int> rows;
    for (int i = 0; i < 25; ++i)
        rows.append(flow.add({9, {}, header, false, false}));
    const int sources = flow.add({10, {}, -1, false, true});
    const std::vector<ReportFlow::Page> pages = flow.paginate(100);
    // 100 high: heading, header and 7 rows (the 8th would pass the foot); then a header
    // and 8 rows a page; the sources on a page of their own.
    QCOMPARE(int(pages.size()), 5);
    QCOMPARE(pages[0].first().block, heading);
    for (size_t page = 0; page + 1 < pages.size(); ++page) {
        qreal bottom = 0;
        for (const ReportFlow::Placed &placed : pages[page])
            bottom = std::max(bottom, placed.y + flow.block(placed.block).height);
        QVERIFY(bottom <= 100);
        const int first = page == 0 ? 1 : 0;
        QCOMPARE(pages[page][first].block, header);
        QCOMPARE(pages[page][first + 1].block, rows[page == 0 ? 0 : 7 + int(page - 1) * 8]);
    }
    QCOMPARE(pages.back().size(), 1);
    QCOMPARE(pages.back().first().block, sources);
    // A heading is never the last thing on a page.
    ReportFlow tight;
    tight.add({95, {}, -1, false, false});
    const int lonely = tight.add({4, {}, -1, true, false});
    tight.add({10, {}, -1, false, false});
    QCOMPARE(tight.paginate(100)[1].first().block, lonely);
}

void TestComparisonReport::pdfAnEditorAccepts_data() {
    QTest::addColumn<bool>("fifty");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("mostTablePages");
    QTest::newRow("seeds in Chinese") << false << u"zh_CN"_s << 3;
    QTest::newRow("seeds in English") << false << u"en"_s << 3;
    QTest::newRow("50 places × 45 metrics in Chinese") << true << u"zh_CN"_s << 12;
    QTest::newRow("50 places × 45 metrics in English") << true << u"en"_s << 12;
}

void TestComparisonReport::pdfAnEditorAccepts() {
    QFETCH(bool, fifty);
    QFETCH(QString, language);
    QFETCH(int, mostTablePages);
    const UiLanguage scope{QLocale(language)};
    const CityTable &table = fifty ? m_fifty : m_seeds;
    ReportOptions options;
    options.english = language == u"en";
    const QString path = m_dir.filePath(u"%1-%2.pdf"_s.arg(fifty ? 50 : 5).arg(language));
    const ComparisonReport report(table, options);
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    // scripts/report-samples.sh keeps them for docs/samples.
    const QString samples = qEnvironmentVariable("REPORTLENS_REPORT_SAMPLES");
    if (!samples.isEmpty()) {
        QFile::remove(samples + u'/' + QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, samples + u'/' + QFileInfo(path).fileName()));
    }

    // A4 landscape.
    const QString info = run(QStringLiteral(REPORTLENS_TEST_PDFINFO), {path});
    QVERIFY2(info.contains(QRegularExpression(u"Page size:\\s+842 x 595 pts \\(A4\\)"_s)),
             qPrintable(info));
    const int pageCount = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
    QVERIFY(pageCount > 1);

    // Every word inside the 12 mm margins (34 pt), on every page.
    const QString boxes =
        run(QStringLiteral(REPORTLENS_TEST_PDFTOTEXT), {u"-bbox"_s, path, u"-"_s});
    const QRegularExpression word(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"_s);
    int words = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext(); ++words) {
        const QRegularExpressionMatch match = it.next();
        const qreal margin = 34.0 - 0.5;
        QVERIFY2(match.captured(1).toDouble() >= margin && match.captured(2).toDouble() >= margin &&
                     match.captured(3).toDouble() <= 842 - margin &&
                     match.captured(4).toDouble() <= 595 - margin,
                 qPrintable(match.captured(0)));
    }
    QVERIFY(words > 500);

    // The pages as text; the table's pages run to where the charts (or sources) begin.
    const QStringList pages =
        run(QStringLiteral(REPORTLENS_TEST_PDFTOTEXT), {u"-layout"_s, path, u"-"_s}).split(u'\f');
    const QString charts = QCoreApplication::translate("reportlens::ComparisonReport", "Charts");
    const QString sources = QCoreApplication::translate("reportlens::ComparisonReport", "Sources");
    const QString corner =
        QCoreApplication::translate("reportlens::ComparisonReport", fifty ? "Place" : "Metric");
    int lastTablePage = -1;
    int sourcesPage = -1;
    for (int page = 0; page < pages.size(); ++page) {
        const QStringList lines = pages[page].split(u'\n');
        bool cited = false;  // a citation above the heading: the table ends on its page
        for (const QString &line : lines) {
            if (line.trimmed() == charts && lastTablePage < 0)
                lastTablePage = cited ? page : page - 1;
            cited = cited || line.contains(QRegularExpression(u"\\[\\d+\\]"_s));
            if (line.trimmed() == sources && sourcesPage < 0)
                sourcesPage = page;
        }
    }
    QVERIFY(sourcesPage > 0);
    if (lastTablePage < 0)
        lastTablePage = sourcesPage;  // no charts: the sources page may hold the table's end
    QVERIFY2(lastTablePage + 1 <= mostTablePages, qPrintable(QString::number(lastTablePage + 1)));
    QVERIFY(sourcesPage >= lastTablePage);  // the sources follow the table
    QString tableText;
    for (int page = 0; page <= lastTablePage; ++page) {
        // The header on every page of the table.
        QVERIFY2(QRegularExpression(u"^\\s*%1\\s"_s.arg(QRegularExpression::escape(corner)),
                                    QRegularExpression::MultilineOption)
                     .match(pages[page])
                     .hasMatch(),
                 qPrintable(u"page %1 has no header"_s.arg(page + 1)));
        for (const QString &line : pages[page].split(u'\n'))
            tableText += comparable(line) + u'\n';
    }

    // The sources: "[n] place · metric · value (period)", then the report and the sentence.
    QString sourceText;
    for (int page = sourcesPage; page < pages.size(); ++page)
        sourceText += pages[page];
    const QString flatSources = comparable(sourceText);
    QHash<int, Entry> entries;
    const QRegularExpression entry(u"^\\[(\\d+)\\] (.+?) · (.+?) · (.+?)( \\(|（)"_s,
                                   QRegularExpression::MultilineOption);
    for (auto it = entry.globalMatch(sourceText); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        entries.insert(match.captured(1).toInt(),
                       {match.captured(2), match.captured(3), match.captured(4)});
    }
    const QStringList cities = report.cities();
    int cells = 0;
    for (const QString &city : cities) {
        for (const QString &metricId : report.metrics()) {
            const TableCell *cell = table.cell(city, metricId);
            if (!cell)
                continue;
            ++cells;
            const QString value =
                ValueFormat::display(cell->value, cell->unit, cell->qualifier, options.english);
            // The value whole on one line of the table, with its marks and citation.
            const QRegularExpression cited(
                u"%1\\*?†?\\[(\\d+)\\]"_s.arg(QRegularExpression::escape(comparable(value))));
            bool found = false;
            for (auto it = cited.globalMatch(tableText); it.hasNext() && !found;) {
                const int n = it.next().captured(1).toInt();
                const Entry source = entries.value(n);
                const auto metric =
                    std::find_if(table.metrics.begin(), table.metrics.end(),
                                 [&](const MetricDefinition &m) { return m.id == metricId; });
                found = source.place == PlaceNames::display(city, options.english) &&
                        source.metric == (options.english ? metric->nameEn : metric->nameZh) &&
                        source.value == value;
            }
            QVERIFY2(found, qPrintable(u"%1 %2 %3"_s.arg(city, metricId, value)));
            QVERIFY2(flatSources.contains(comparable(cell->sentence)), qPrintable(cell->sentence));
            QVERIFY(!cell->reportTitle.isEmpty());  // read with the cell, from the database too
            QVERIFY2(flatSources.contains(comparable(cell->reportTitle)),
                     qPrintable(cell->reportTitle));
        }
    }
    QCOMPARE(entries.size(), cells);
    QVERIFY(cells > (fifty ? 2000 : 100));
}

void TestComparisonReport::optionsChooseTitleChartsAndPaper() {
    ReportOptions options;
    options.title = u"闽粤陕三省五市工会数字"_s;
    options.notes = u"数字取自各市总工会最新一份工作报告。"_s;
    options.charts = QStringList{u"members"_s};
    options.orientation = QPageLayout::Portrait;
    options.paper = QPageSize::A3;
    options.cities = {u"泉州市"_s, u"漳州市"_s};
    const ComparisonReport report(m_seeds, options);
    QCOMPARE(report.chartMetrics(), QStringList{u"members"_s});
    QCOMPARE(report.cities(), QStringList({u"泉州市"_s, u"漳州市"_s}));
    const QString path = m_dir.filePath(u"options.pdf"_s);
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    const QString info = run(QStringLiteral(REPORTLENS_TEST_PDFINFO), {path});
    QVERIFY2(info.contains(u"842 x 1191 pts (A3)"_s), qPrintable(info));
    QVERIFY2(info.contains(u"Title:           闽粤陕三省五市工会数字"_s), qPrintable(info));
    const QString text = comparable(run(QStringLiteral(REPORTLENS_TEST_PDFTOTEXT), {path, u"-"_s}));
    QVERIFY(text.startsWith(comparable(options.title)));
    QVERIFY(text.contains(comparable(options.notes)));
    QVERIFY(!text.contains(u"商洛市"_s));  // only the places chosen
    // No charts at all when none are asked for.
    options.charts = QStringList();
    QVERIFY(ComparisonReport(m_seeds, options).chartMetrics().isEmpty());
    QCOMPARE(ComparisonReport(m_seeds, ReportOptions()).chartMetrics().size(), 6);
}

void TestComparisonReport::correctedValuesAreMarkedAndExplained() {
    CityTable table = m_seeds;
    auto cell = std::find_if(table.cells.begin(), table.cells.end(), [](const TableCell &c) {
        return c.city == u"漳州市" && c.metric == u"members";
    });
    QVERIFY(cell != table.cells.end());
    cell->corrected = true;
    cell->value = 730000;
    Correction correction;
    correction.kind = CorrectionKind::SetValue;
    correction.anchor.documentPath = cell->path;
    correction.anchor.start = cell->start;
    correction.anchor.end = cell->end;
    correction.anchor.raw = cell->raw;
    correction.values = QJsonObject{{u"value"_s, 730000}};
    correction.author = u"王编辑"_s;
    correction.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30));
    const UiLanguage scope{QLocale(u"en"_s)};
    ReportOptions options;
    options.english = true;
    options.charts = QStringList();
    const QString path = m_dir.filePath(u"corrected.pdf"_s);
    QString error;
    QVERIFY2(ComparisonReport(table, options, {correction}).writePdf(path, &error),
             qPrintable(error));
    const QString text = run(QStringLiteral(REPORTLENS_TEST_PDFTOTEXT), {path, u"-"_s});
    const QRegularExpressionMatch marked =
        QRegularExpression(u"730,000 people \\*†?\\[(\\d+)\\]"_s).match(text);
    QVERIFY2(marked.hasMatch(), qPrintable(text.left(3000)));
    const QString flat = comparable(text);
    QVERIFY(flat.contains(comparable(
        u"[%1] 漳州市 Zhangzhou · Union members · 730,000 people"_s.arg(marked.captured(1)))));
    QVERIFY2(flat.contains(comparable(u"* Corrected by 王编辑 on 11/2/26"_s)), qPrintable(text));
    QVERIFY(flat.contains(comparable(u"the report reads “72.7万人”"_s)));
}

QTEST_MAIN(TestComparisonReport)
#include "tst_comparisonreport.moc"
