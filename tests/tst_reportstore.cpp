// The storage suite. It runs against SQLite, and against a real PostgreSQL server when
// REPORTLENS_TEST_POSTGRES names one (ctest starts a throw-away cluster for that run).
#include "databasefixtures.h"
#include "engine/citytable.h"
#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"
#include "seedhelpers.h"
#include "services/importer.h"
#include "services/reparser.h"
#include "storage/reportstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

const QStringList kSeedPrefixes = {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s};

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestReportStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void reimportIsNoOp();
    void oddTextIsStoredAsWritten_data();
    void oddTextIsStoredAsWritten();
    void changedFileReplacesItsOldVersion();
    void largeFileIsImportedInParts();
    void tableFromStoreMatchesEngine();
    void corrections_data();
    void corrections();
    void correctionsSurviveReimportAndMetricsChange();
    void undoAndRedo();
    void addedFigureSurvivesReparse();
    void correctionsExportAndImport();
    void aDamagedCorrectionsLogIsNeverReadInPart();
    void search_data();
    void search();
    void cancelledImportLeavesNoPartialDocument();
    void killedImportLeavesNoPartialDocument();
    void refusesForeignDatabase();
    void aReadThatFailsNamesTheDatabase_data();
    void aReadThatFailsNamesTheDatabase();
    void refusesCorruptOrNewerSqlite_data();
    void refusesCorruptOrNewerSqlite();
    void olderSchemaUpgradesInPlace();
    void periodsAndTargetsAreStored();
    void periodAndTargetCorrections();
    void revertedPlaceAndPeriodAreTheEnginesAgain();

private:
    // A connection of another program to the store's database, named "other": what it does
    // the store did not do. Remove it with QSqlDatabase::removeDatabase("other").
    QSqlDatabase anotherProgramsConnection(const DatabaseLocation &location) const {
        return m_databases.anotherProgramsConnection(location, u"other"_s);
    }
    DatabaseLocation freshLocation() {
        ++m_counter;
        return m_databases.fresh();
    }
    static QString urlOf(const DatabaseLocation &location) {
        return TestDatabases::urlOf(location);
    }
    // Imports the seeds from a copy in the temporary folder; returns the store's documents.
    void importSeeds(ReportStore *store);
    const Figure *seedFigure(ReportStore &store, const QString &raw, Document *document);

    QTemporaryDir m_dir;
    TestDatabases m_databases;
    bool m_postgres = false;
    int m_counter = 0;
};

void TestReportStore::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_databases.init(&error), qPrintable(error));
    m_postgres = m_databases.postgres();
    qInfo("storage tests against %s at %s", m_postgres ? "PostgreSQL" : "SQLite",
          qPrintable(m_databases.describe()));
    QDir().mkpath(m_dir.filePath(u"seeds"_s));
    for (const QString &prefix : kSeedPrefixes) {
        const QString source = seedPath(prefix);
        QVERIFY(QFile::copy(source, m_dir.filePath(u"seeds/"_s + QFileInfo(source).fileName())));
    }
}

void TestReportStore::importSeeds(ReportStore *store) {
    const ReportParser parser;
    int reparsed = 0;
    QString error;
    QVERIFY2(Reparser(store, &parser).bringInLine(&reparsed, &error), qPrintable(error));
    Importer importer(store, &parser);
    QStringList problems;
    const Importer::Summary summary =
        importer.run(ReportFiles::expand({m_dir.filePath(u"seeds"_s)}, &problems));
    QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
    QCOMPARE(summary.added + summary.unchanged + summary.replaced, 5);
}

const Figure *TestReportStore::seedFigure(ReportStore &store, const QString &raw,
                                          Document *document) {
    for (const DocumentSummary &summary : store.documents()) {
        std::optional<Document> loaded = store.document(summary.id);
        if (!loaded)
            continue;
        for (const Figure &figure : loaded->figures) {
            if (figure.raw == raw) {
                *document = std::move(*loaded);
                for (const Figure &again : document->figures) {
                    if (again.raw == raw)
                        return &again;
                }
            }
        }
    }
    return nullptr;
}

namespace {

const TableCell *cellOf(const CityTable &table, const QString &city, const QString &metric) {
    return table.cell(city, metric);
}

}  // namespace

void TestReportStore::reimportIsNoOp() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), ReportStore::kLatestSchemaVersion);
    importSeeds(&store);
    const std::vector<DocumentSummary> before = store.documents();
    QCOMPARE(before.size(), size_t(5));

    const ReportParser parser;
    Importer importer(&store, &parser);
    QSignalSpy progress(&importer, &Importer::progress);
    QVERIFY(progress.isValid());
    QStringList problems;
    const Importer::Summary again =
        importer.run(ReportFiles::expand({m_dir.filePath(u"seeds"_s)}, &problems));
    QCOMPARE(again.unchanged, 5);
    QCOMPARE(again.added, 0);
    QCOMPARE(progress.count(), 5);
    QCOMPARE(progress.last().at(0).toInt(), 5);
    const std::vector<DocumentSummary> after = store.documents();
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[i].figureCount, before[i].figureCount);
    }
    QVERIFY(store.integrityProblems().isEmpty());
}

// What the sentences and figures of a report may hold comes back as it was written: on
// PostgreSQL a document's sentences and figures go in as array literals, where quotes,
// backslashes, braces, commas and the word NULL are special.
void TestReportStore::oddTextIsStoredAsWritten_data() {
    QTest::addColumn<QString>("sentence");
    QTest::newRow("double quotes") << u"他说\"会员12万人\"是真的。"_s;
    QTest::newRow("backslashes") << u"路径C:\\报告\\2022，会员12万人。"_s;
    QTest::newRow("braces and commas") << u"{会员},12万人,{NULL}。"_s;
    QTest::newRow("the word NULL alone") << u"NULL"_s;
    QTest::newRow("characters outside the BMP") << u"𠀀𪚥工会会员12万人😀。"_s;
    QTest::newRow("a single quote and a dollar") << u"It's $12万人 'quoted'。"_s;
}

void TestReportStore::oddTextIsStoredAsWritten() {
    QFETCH(QString, sentence);
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    const ReportParser parser;
    const QString text = u"漳州市总工会工作报告\n\n"_s + sentence + u"\n\n全市建成驿站338家。\n"_s;
    const Document parsed = parser.parseText(u"/made-up/odd.txt"_s, text, u"UTF-8"_s);
    QVERIFY(!parsed.figures.empty());
    QVERIFY2(store.storeDocument(parsed, &error), qPrintable(error));
    const std::optional<Document> stored = store.document(store.documents().front().id);
    QVERIFY(stored);
    QCOMPARE(stored->text, text);
    QCOMPARE(stored->sentences.size(), parsed.sentences.size());
    for (size_t i = 0; i < parsed.sentences.size(); ++i) {
        QCOMPARE(stored->sentences[i].text, parsed.sentences[i].text);
        QCOMPARE(stored->sentences[i].documentStart, parsed.sentences[i].documentStart);
    }
    QCOMPARE(stored->figures.size(), parsed.figures.size());
    for (size_t i = 0; i < parsed.figures.size(); ++i) {
        QCOMPARE(stored->figures[i].raw, parsed.figures[i].raw);
        QCOMPARE(stored->figures[i].value, parsed.figures[i].value);
        QCOMPARE(stored->figures[i].label, parsed.figures[i].label);
        QCOMPARE(stored->figures[i].metric, parsed.figures[i].metric);
        QCOMPARE(stored->figures[i].start, parsed.figures[i].start);
    }
    QCOMPARE(store.search(sentence.left(4)).size(), size_t(1));
}

void TestReportStore::changedFileReplacesItsOldVersion() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    const QString path = m_dir.filePath(u"changing.txt"_s);
    writeFile(path, u"漳州市总工会五年工作\n\n全市建成驿站338家。\n"_s.toUtf8());
    const ReportParser parser;
    Importer importer(&store, &parser);
    QCOMPARE(importer.run({path}).added, 1);
    writeFile(path, u"漳州市总工会五年工作\n\n全市建成驿站400家。\n"_s.toUtf8());
    QCOMPARE(importer.run({path}).replaced, 1);
    QCOMPARE(store.documentCount(), 1);
    const std::optional<Document> document = store.document(store.documents().front().id);
    QVERIFY(document);
    QCOMPARE(document->figures.size(), size_t(1));
    QCOMPARE(document->figures.front().value, 400.0);
    QVERIFY(store.integrityProblems().isEmpty());
    // The old version's sentences are gone from the search index too.
    QVERIFY(store.search(u"338家"_s).empty());
    QCOMPARE(store.search(u"400家"_s).size(), size_t(1));
}

void TestReportStore::largeFileIsImportedInParts() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    // The five seeds in one GB18030 file, "large" for an importer told that 20 KB is.
    QString text;
    for (const QString &prefix : kSeedPrefixes)
        text += seedText(prefix) + u"\n\n"_s;
    const QString path = m_dir.filePath(u"large-report.txt"_s);
    QStringEncoder toGb18030("GB18030");
    QVERIFY(toGb18030.isValid());
    const QByteArray bytes = toGb18030.encode(text);
    QVERIFY(!toGb18030.hasError());
    writeFile(path, bytes);
    QVERIFY(bytes.size() > 20000);

    const ReportParser parser;
    Importer importer(&store, &parser);
    importer.setLargeFileBytes(20000);
    importer.setPartChars(4000);
    QSignalSpy fileProgress(&importer, &Importer::fileProgress);
    QVERIFY(fileProgress.isValid());
    const Importer::Summary summary = importer.run({path});
    QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u'\n')));
    QCOMPARE(summary.failed, 0);
    const int parts = summary.added;
    QVERIFY(parts >= text.size() / 4000);
    QCOMPARE(store.documentCount(), parts);
    QVERIFY2(summary.warnings.join(u'\n').contains(u"read in %1 parts"_s.arg(parts)),
             qPrintable(summary.warnings.join(u'\n')));

    // Progress through the file, in bytes, forward only, to its end.
    QCOMPARE(fileProgress.count(), parts);
    for (const QList<QVariant> &report : std::as_const(fileProgress)) {
        QCOMPARE(report.at(0).toString(), path);
        QCOMPARE(report.at(2).toLongLong(), bytes.size());
    }
    QCOMPARE(fileProgress.last().at(1).toLongLong(), bytes.size());

    // Every part a document of its own, with the first part's place, the figures of the
    // whole text between them, and the search reaching the last of them.
    const Document whole = parser.parseText(path, text, u"GB18030"_s);
    // The file is taken as one report: its place and title are its beginning's.
    const Document first = parser.parseText(path, seedText(kSeedPrefixes.first()), u""_s);
    QVERIFY(!first.city.isEmpty());
    const std::vector<DocumentSummary> documents = store.documents();
    int figures = 0;
    QSet<QString> partPaths;
    for (const DocumentSummary &document : documents) {
        QVERIFY2(document.path.startsWith(path + u"#part-"_s), qPrintable(document.path));
        QCOMPARE(document.city, first.city);
        QVERIFY2(document.title.startsWith(first.title), qPrintable(document.title));
        figures += document.figureCount;
        partPaths.insert(document.path);
    }
    QCOMPARE(partPaths.size(), parts);
    QVERIFY(partPaths.contains(ReportParser::partPath(path, parts)));
    QCOMPARE(figures, int(whole.figures.size()));
    QCOMPARE(store.filesStoredInParts(), QSet<QString>{path});
    const QString lastSentence = whole.sentences.back().text;
    const std::vector<SearchHit> hits = store.search(lastSentence.left(12));
    QVERIFY(!hits.empty());

    // Again: nothing changes. Then a shorter file: its old later parts go.
    const Importer::Summary again = importer.run({path});
    QCOMPARE(again.unchanged, parts);
    QCOMPARE(again.added + again.replaced, 0);
    writeFile(path, toGb18030.encode(text.left(text.size() / 2)));
    const Importer::Summary shorter = importer.run({path});
    QCOMPARE(shorter.failed, 0);
    const int shorterParts = shorter.added + shorter.replaced + shorter.unchanged;
    QVERIFY(shorterParts < parts);
    QCOMPARE(store.documentCount(), shorterParts);
    QVERIFY(!store.documentIdForPath(ReportParser::partPath(path, parts)));
    // Small enough to read whole: one document again, the parts gone.
    importer.setLargeFileBytes(ReportParser::kLargeFileBytes);
    const Importer::Summary readWhole = importer.run({path});
    QCOMPARE(readWhole.failed, 0);
    QCOMPARE(store.documentCount(), 1);
    QVERIFY(store.documentIdForPath(path));
    QVERIFY(store.filesStoredInParts().isEmpty());
    QVERIFY(store.integrityProblems().isEmpty());
}

void TestReportStore::tableFromStoreMatchesEngine() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&store);
    CityTableBuilder builder(MetricCatalog::builtIn());
    const ReportParser parser;
    for (const QString &prefix : kSeedPrefixes) {
        Document document;
        QVERIFY(parser.parseFile(seedPath(prefix), &document, &error));
        builder.addDocument(document);
    }
    const CityTable expected = builder.table();
    const CityTable stored = store.cityTable(MetricCatalog::builtIn());
    QCOMPARE(stored.cities, expected.cities);
    QCOMPARE(stored.cells.size(), expected.cells.size());
    for (size_t i = 0; i < expected.cells.size(); ++i) {
        const TableCell &a = stored.cells[i];
        const TableCell &b = expected.cells[i];
        QCOMPARE(a.city + a.metric, b.city + b.metric);
        QCOMPARE(a.value, b.value);
        QCOMPARE(a.raw, b.raw);
        QCOMPARE(a.start, b.start);
        QCOMPARE(a.alternatives, b.alternatives);
        QCOMPARE(a.sentence, b.sentence);
    }
}

void TestReportStore::corrections_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("expectedRaw");  // the cell's figure afterwards, "" for empty
    QTest::addColumn<double>("expectedValue");

    QTest::newRow("reject empties the cell") << u"reject"_s << u"5397家"_s << QJsonObject{}
                                             << u"肇庆市"_s << u"union_orgs"_s << QString() << 0.0;
    QTest::newRow("change the value")
        << u"set_value"_s << u"5397家"_s << QJsonObject{{u"value"_s, 5400}} << u"肇庆市"_s
        << u"union_orgs"_s << u"5397家"_s << 5400.0;
    QTest::newRow("take a figure off its metric")
        << u"set_metric"_s << u"609204人"_s << QJsonObject{{u"metric"_s, QJsonValue::Null}}
        << u"肇庆市"_s << u"members"_s << QString() << 0.0;
    QTest::newRow("assign a figure to a metric")
        << u"set_metric"_s << u"100.2万人次"_s << QJsonObject{{u"metric"_s, u"workers_trained"_s}}
        << u"肇庆市"_s << u"workers_trained"_s << u"100.2万人次"_s << 1002000.0;
    QTest::newRow("choose the figure that fills a cell")
        << u"choose_for_cell"_s << u"21件"_s << QJsonObject{{u"metric"_s, u"disputes_mediated"_s}}
        << u"肇庆市"_s << u"disputes_mediated"_s << u"21件"_s << 21.0;
}

void TestReportStore::corrections() {
    QFETCH(QString, kind);
    QFETCH(QString, raw);
    QFETCH(QJsonObject, values);
    QFETCH(QString, city);
    QFETCH(QString, metric);
    QFETCH(QString, expectedRaw);
    QFETCH(double, expectedValue);

    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&store);
    Document document;
    const Figure *figure = seedFigure(store, raw, &document);
    QVERIFY2(figure, qPrintable(raw));
    Correction correction;
    correction.kind = *correctionKindFromName(kind);
    correction.anchor = FigureAnchor::of(document, *figure);
    correction.values = values;
    correction.author = u"test"_s;
    const qint64 id = store.addCorrection(correction, &error);
    QVERIFY2(id > 0, qPrintable(error));

    const CityTable table = store.cityTable(MetricCatalog::builtIn());
    const TableCell *cell = cellOf(table, city, metric);
    if (expectedRaw.isEmpty()) {
        QVERIFY2(!cell || cell->raw != raw, qPrintable(cell ? cell->raw : QString()));
    } else {
        QVERIFY(cell);
        QCOMPARE(cell->raw, expectedRaw);
        QCOMPARE(cell->value, expectedValue);
    }
    const std::vector<Correction> log = store.corrections();
    QCOMPARE(log.size(), size_t(1));
    QCOMPARE(log.front().id, id);
    QVERIFY(log.front().createdAt.isValid());
    QVERIFY(store.orphanedCorrections().empty());
}

void TestReportStore::correctionsSurviveReimportAndMetricsChange() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&store);
    Document document;
    const Figure *figure = seedFigure(store, u"5397家"_s, &document);
    QVERIFY(figure);
    Correction correction;
    correction.kind = CorrectionKind::SetValue;
    correction.anchor = FigureAnchor::of(document, *figure);
    correction.values = {{u"value"_s, 5400}};
    QVERIFY2(store.addCorrection(correction, &error) > 0, qPrintable(error));

    // The same content again: nothing changes, the correction holds.
    importSeeds(&store);
    QCOMPARE(cellOf(store.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"union_orgs"_s)->value,
             5400.0);

    // The file changes (a new first line shifts every offset): the correction follows its
    // figure into the new version.
    const QString path = document.path;
    writeFile(path, "\xE6\x9B\xB4\xE6\x96\xB0\xE7\x89\x88\n\n" + readFile(path));
    const ReportParser parser;
    Importer importer(&store, &parser);
    QCOMPARE(importer.run({path}).replaced, 1);
    const CityTable afterChange = store.cityTable(MetricCatalog::builtIn());
    const TableCell *cell = cellOf(afterChange, u"肇庆市"_s, u"union_orgs"_s);
    QVERIFY(cell);
    QCOMPARE(cell->value, 5400.0);
    QVERIFY(cell->start > correction.anchor.start);

    // Another metrics file: documents are parsed again, the correction is kept.
    MetricCatalog other;
    QVERIFY(other.loadFromJson(R"({"metrics": [{"id": "union_orgs", "name_zh": "工会组织",
        "name_en": "Unions", "unit": "个", "units": ["个", "家"], "keywords": ["工会组织"],
        "exclude": ["新建"]}]})",
                               &error));
    const ReportParser otherParser(other);
    int reparsed = 0;
    QVERIFY2(Reparser(&store, &otherParser).bringInLine(&reparsed, &error), qPrintable(error));
    QCOMPARE(reparsed, 5);
    const CityTable table = store.cityTable(other);
    QCOMPARE(table.metrics.size(), size_t(1));
    QCOMPARE(cellOf(table, u"肇庆市"_s, u"union_orgs"_s)->value, 5400.0);
    QVERIFY(store.orphanedCorrections().empty());
    QVERIFY(store.integrityProblems().isEmpty());
    writeFile(path, readFile(seedPath(u"004"_s)));
}

void TestReportStore::undoAndRedo() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&store);
    Document document;
    const Figure *figure = seedFigure(store, u"5397家"_s, &document);
    QVERIFY(figure);
    Correction reject;
    reject.kind = CorrectionKind::Reject;
    reject.anchor = FigureAnchor::of(document, *figure);
    const qint64 id = store.addCorrection(reject, &error);
    QVERIFY(id > 0);
    QVERIFY(!cellOf(store.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"union_orgs"_s));
    QVERIFY2(store.setCorrectionReverted(id, true, u"测试"_s, &error), qPrintable(error));
    QCOMPARE(cellOf(store.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"union_orgs"_s)->value,
             5397.0);
    QVERIFY2(store.setCorrectionReverted(id, false, u"测试"_s, &error), qPrintable(error));
    QVERIFY(!cellOf(store.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"union_orgs"_s));
    // Undone corrections stay in the log.
    QCOMPARE(store.corrections().size(), size_t(1));
}

void TestReportStore::addedFigureSurvivesReparse() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&store);
    Document document;
    QVERIFY(seedFigure(store, u"5397家"_s, &document));
    // "为千名环卫工人送体检": the engine leaves 千名 out; the user adds it.
    const qsizetype at = document.text.indexOf(u"千名环卫工人"_s);
    QVERIFY(at > 0);
    Correction add;
    add.kind = CorrectionKind::AddFigure;
    add.anchor = {document.contentHash, document.path, document.codePointOffset(at),
                  document.codePointOffset(at + 2), u"千名"_s};
    add.values = {{u"value"_s, 1000},
                  {u"unit"_s, u"名"_s},
                  {u"qualifier"_s, u"approx"_s},
                  {u"label"_s, u"送体检的环卫工人"_s},
                  {u"metric"_s, QJsonValue::Null}};
    QVERIFY2(store.addCorrection(add, &error) > 0, qPrintable(error));
    auto countAdded = [&] {
        const std::optional<Document> loaded = store.document(document.id);
        return std::count_if(loaded->figures.begin(), loaded->figures.end(),
                             [](const Figure &f) { return f.userAdded && f.raw == u"千名"; });
    };
    QCOMPARE(countAdded(), 1);
    const ReportParser parser;
    int reparsed = 0;
    QVERIFY2(Reparser(&store, &parser).reparseAll(&reparsed, &error), qPrintable(error));
    QCOMPARE(reparsed, 5);
    QCOMPARE(countAdded(), 1);
    QVERIFY(store.integrityProblems().isEmpty());
}

void TestReportStore::correctionsExportAndImport() {
    ReportStore first;
    QString error;
    QVERIFY2(first.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&first);
    Document document;
    const Figure *figure = seedFigure(first, u"5397家"_s, &document);
    QVERIFY(figure);
    Correction correction;
    correction.kind = CorrectionKind::SetLabel;
    correction.anchor = FigureAnchor::of(document, *figure);
    correction.values = {{u"label"_s, u"全市工会组织（核对过）"_s}};
    correction.author = u"analyst"_s;
    QVERIFY(first.addCorrection(correction, &error) > 0);
    const QJsonArray exported = first.exportCorrections();
    QCOMPARE(exported.size(), 1);

    ReportStore second;
    QVERIFY2(second.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&second);
    int added = 0;
    QVERIFY2(second.importCorrections(exported, &added, &error), qPrintable(error));
    QCOMPARE(added, 1);
    QVERIFY2(second.importCorrections(exported, &added, &error), qPrintable(error));
    QCOMPARE(added, 0);  // the same correction twice is one correction
    QCOMPARE(
        cellOf(second.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"union_orgs"_s)->label,
        u"全市工会组织（核对过）"_s);
    QCOMPARE(second.corrections().front().author, u"analyst"_s);

    QJsonArray broken = exported;
    QJsonObject bad = broken.first().toObject();
    bad.insert(u"kind"_s, u"explode"_s);
    broken.replace(0, bad);
    QVERIFY(!second.importCorrections(broken, &added, &error));
    QVERIFY2(error.contains(u"explode"_s), qPrintable(error));
}

// A log whose pages are damaged is refused whole, naming the database: a backup that holds a
// part of the log (the export said "exported 38 corrections" of 100,000) loses the rest.
void TestReportStore::aDamagedCorrectionsLogIsNeverReadInPart() {
    if (m_postgres)
        QSKIP("about SQLite's pages");
    const DatabaseLocation location = freshLocation();
    {
        ReportStore store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        // 3,000 corrections of a document that is not stored: kept, never applied.
        QJsonArray corrections;
        for (int i = 0; i < 3000; ++i) {
            Correction correction;
            correction.kind = CorrectionKind::SetLabel;
            correction.anchor = {QString(64, u'a'), u"gone.txt"_s, i, i + 4, u"12万人"_s};
            correction.values = {{u"label"_s, u"会员（核对过）第%1条"_s.arg(i)}};
            correction.author = u"analyst"_s;
            correction.createdAt = QDateTime::currentDateTimeUtc();
            corrections.append(correction.toJson());
        }
        int added = 0;
        QVERIFY2(store.importCorrections(corrections, &added, &error), qPrintable(error));
        QCOMPARE(added, 3000);
    }
    // Two leaf pages of the log, from its middle, overwritten.
    qint64 pageSize = 0;
    QList<qint64> leaves;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pages"_s);
        db.setDatabaseName(location.sqlitePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        pageSize = query.value(0).toLongLong();
        QVERIFY(
            query.exec(u"SELECT pageno FROM dbstat WHERE name = 'corrections'"
                       " AND pagetype = 'leaf' ORDER BY path"_s));
        while (query.next())
            leaves.append(query.value(0).toLongLong());
    }
    QSqlDatabase::removeDatabase(u"pages"_s);
    QVERIFY2(leaves.size() > 10, qPrintable(QString::number(leaves.size())));
    {
        QFile file(location.sqlitePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page : {leaves.at(leaves.size() / 3), leaves.at(leaves.size() / 2)}) {
            QVERIFY(file.seek((page - 1) * pageSize));
            QVERIFY(file.write(QByteArray(int(pageSize), '\xA5')) == pageSize);
        }
    }

    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    error.clear();
    QVERIFY(store.exportCorrections(&error).isEmpty());
    QVERIFY2(error.startsWith(location.describe() + u": "_s), qPrintable(error));
    error.clear();
    QVERIFY(store.corrections(&error).empty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(store.orphanedCorrections(&error).empty());
    QVERIFY(!error.isEmpty());
    // Importing checks for duplicates against the whole log: refused too, nothing added.
    int added = 0;
    QJsonArray one;
    Correction correction;
    correction.kind = CorrectionKind::Reject;
    correction.anchor = {QString(64, u'b'), u"other.txt"_s, 0, 4, u"12万人"_s};
    correction.createdAt = QDateTime::currentDateTimeUtc();
    one.append(correction.toJson());
    QVERIFY(!store.importCorrections(one, &added, &error));
    QCOMPARE(added, 0);
}

void TestReportStore::search_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minimumHits");
    QTest::addColumn<QString>("figureInFirstHit");
    QTest::newRow("words of a figure's sentence")
        << u"走访慰问困难职工家庭"_s << 1 << u"1.13万户(次)"_s;
    QTest::newRow("two characters, under the trigram length") << u"驿站"_s << 3 << QString();
    QTest::newRow("a figure itself") << u"5397家"_s << 1 << u"5397家"_s;
    QTest::newRow("a percent sign is no wildcard") << u"90%以上"_s << 1 << u"90%以上"_s;
    QTest::newRow("quotes inside the search") << u"“园区枫桥”"_s << 1 << QString();
    QTest::newRow("nothing") << u"不存在的词语组合"_s << 0 << QString();
}

void TestReportStore::search() {
    QFETCH(QString, text);
    QFETCH(int, minimumHits);
    QFETCH(QString, figureInFirstHit);
    ReportStore store;
    QString error;
    static DatabaseLocation location;
    static bool imported = false;
    if (!imported) {
        location = freshLocation();
        QVERIFY2(store.open(location, &error), qPrintable(error));
        importSeeds(&store);
        imported = true;
    } else {
        QVERIFY2(store.open(location, &error), qPrintable(error));
    }
    const std::vector<SearchHit> hits = store.search(text, 100, &error);
    QVERIFY2(int(hits.size()) >= minimumHits, qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (minimumHits == 0)
        QCOMPARE(hits.size(), size_t(0));
    for (const SearchHit &hit : hits)
        QVERIFY(hit.sentence.contains(text));
    if (!figureInFirstHit.isEmpty()) {
        const auto &figures = hits.front().figures;
        QVERIFY(std::any_of(figures.begin(), figures.end(),
                            [&](const Figure &f) { return f.raw == figureInFirstHit; }));
    }
}

void TestReportStore::cancelledImportLeavesNoPartialDocument() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    const QString folder = m_dir.filePath(u"cancel%1"_s.arg(m_counter));
    QDir().mkpath(folder);
    const QByteArray seed = readFile(seedPath(u"000"_s));
    QStringList files;
    for (int i = 0; i < 40; ++i) {
        files.append(folder + u"/r%1.txt"_s.arg(i));
        writeFile(files.last(), "# " + QByteArray::number(i) + "\n\n" + seed);
    }
    const ReportParser parser;
    Importer importer(&store, &parser);
    connect(&importer, &Importer::progress, &importer, [&](int done) {
        if (done == 3)
            importer.cancel();
    });
    const Importer::Summary summary = importer.run(files);
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.added, 3);
    QCOMPARE(store.documentCount(), 3);
    QVERIFY(store.integrityProblems().isEmpty());
}

void TestReportStore::killedImportLeavesNoPartialDocument() {
    const DatabaseLocation location = freshLocation();
    {
        ReportStore store;  // created up front, so that the kill lands in the import
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
    }
    const QString folder = m_dir.filePath(u"kill%1"_s.arg(m_counter));
    QDir().mkpath(folder);
    QByteArray seeds;
    for (const QString &prefix : kSeedPrefixes)
        seeds += readFile(seedPath(prefix));
    for (int i = 0; i < 1500; ++i)
        writeFile(folder + u"/r%1.txt"_s.arg(i, 4, 10, QChar(u'0')),
                  "# " + QByteArray::number(i) + "\n\n" + seeds);
    QProcess import;
    import.start(QStringLiteral(REPORTLENS_EXECUTABLE),
                 {u"import"_s, u"--db"_s, urlOf(location), folder});
    QVERIFY(import.waitForStarted());
    import.setReadChannel(QProcess::StandardError);
    // Killed as soon as it reports progress: mid-way through the import.
    QByteArray seen;
    while (!seen.contains("imported") && import.state() == QProcess::Running) {
        import.waitForReadyRead(60000);
        seen += import.readAllStandardError();
    }
    QVERIFY2(import.state() == QProcess::Running, seen.constData());
    import.kill();
    QVERIFY(import.waitForFinished());

    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    const qint64 stored = store.documentCount();
    QVERIFY(stored > 0);
    QVERIFY2(stored < 1500, "the import finished before it could be killed");
    const QStringList problems = store.integrityProblems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The search index catches up with what was committed: each report has the phrase once.
    QCOMPARE(qint64(store.search(u"走访慰问困难职工家庭"_s, 5000).size()), stored);
}

void TestReportStore::refusesForeignDatabase() {
    const DatabaseLocation location = freshLocation();
    {
        // Another program's database.
        QSqlDatabase other = anotherProgramsConnection(location);
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QSqlQuery query(other);
        QVERIFY(query.exec(u"CREATE TABLE invoices (id INTEGER, amount INTEGER)"_s));
        QVERIFY(query.exec(u"INSERT INTO invoices VALUES (1, 100)"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    const QByteArray before = m_postgres ? QByteArray() : readFile(location.sqlitePath);
    ReportStore store;
    QString error;
    QVERIFY(!store.open(location, &error));
    QVERIFY2(error.contains(u"invoices"_s) && error.contains(u"untouched"_s), qPrintable(error));
    QVERIFY(error.startsWith(location.describe()));
    if (!m_postgres)
        QCOMPARE(readFile(location.sqlitePath), before);
}

void TestReportStore::aReadThatFailsNamesTheDatabase_data() {
    QTest::addColumn<QString>("read");
    QTest::newRow("the documents") << u"documents"_s;
    QTest::newRow("one document") << u"document"_s;
    QTest::newRow("the city table") << u"cityTable"_s;
    QTest::newRow("a cell's candidates") << u"cellCandidates"_s;
    QTest::newRow("a search, for its sentences' figures") << u"search"_s;
}

void TestReportStore::aReadThatFailsNamesTheDatabase() {
    QFETCH(QString, read);
    const DatabaseLocation location = freshLocation();
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    importSeeds(&store);
    const qint64 id = store.documents().front().id;
    // Another program takes the figures away.
    {
        QSqlDatabase other = anotherProgramsConnection(location);
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        QVERIFY(QSqlQuery(other).exec(u"ALTER TABLE figures RENAME TO figures_gone"_s));
    }
    QSqlDatabase::removeDatabase(u"other"_s);

    bool empty = false;
    if (read == u"documents")
        empty = store.documents(&error).empty();
    else if (read == u"document")
        empty = !store.document(id, &error);
    else if (read == u"cityTable")
        empty =
            store.cityTable(MetricCatalog::builtIn(), CandidateCounting::All, &error).cells.empty();
    else if (read == u"cellCandidates")
        empty = store.cellCandidates(u"肇庆市"_s, u"union_orgs"_s, {}, &error).empty();
    else if (read == u"search")
        empty = store.search(u"走访慰问困难职工家庭"_s, 100, &error).empty();
    QVERIFY(empty);
    QVERIFY2(error.startsWith(location.describe() + u": "_s), qPrintable(error));
    QVERIFY2(error.contains(u"figures"_s), qPrintable(error));
}

void TestReportStore::refusesCorruptOrNewerSqlite_data() {
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a database at all")
        << QByteArray("name,value\n漳州市,9092\n") << u"not a SQLite database"_s;
    QByteArray corrupt("SQLite format 3\0", 16);
    corrupt.append(QByteArray(4080, '\xAB'));
    QTest::newRow("a corrupt SQLite file") << corrupt << u"not a readable database"_s;
}

void TestReportStore::refusesCorruptOrNewerSqlite() {
    if (m_postgres)
        QSKIP("about SQLite files");
    QFETCH(QByteArray, contents);
    QFETCH(QString, reason);
    const DatabaseLocation location = freshLocation();
    writeFile(location.sqlitePath, contents);
    ReportStore store;
    QString error;
    QVERIFY(!store.open(location, &error));
    QVERIFY2(error.startsWith(location.sqlitePath) && error.contains(reason), qPrintable(error));
    QCOMPARE(readFile(location.sqlitePath), contents);

    // A database from a newer ReportLens is refused too, and left as it was.
    const DatabaseLocation newer = freshLocation();
    QVERIFY2(store.open(newer, &error), qPrintable(error));
    store.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(newer.sqlitePath);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            u"UPDATE reportlens_meta SET value = '99' WHERE key = 'schema_version'"_s));
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    QVERIFY(!store.open(newer, &error));
    QVERIFY2(error.contains(u"newer ReportLens"_s), qPrintable(error));
}

void TestReportStore::olderSchemaUpgradesInPlace() {
    const DatabaseLocation location = freshLocation();
    QString error;
    {
        ReportStore old;
        QVERIFY2(old.open(location, &error, 1), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 1);
        importSeeds(&old);
    }
    ReportStore store;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), ReportStore::kLatestSchemaVersion);
    QCOMPARE(store.documentCount(), 5);
    QVERIFY(store.integrityProblems().isEmpty());
    // Version 2's search index covers what version 1 stored.
    QVERIFY(!store.search(u"走访慰问困难职工家庭"_s).empty());
    // Version 2 gave the old figures their city: the table reads them.
    const CityTable table = store.cityTable(MetricCatalog::builtIn());
    QCOMPARE(table.cities.size(), 5);
    QCOMPARE(cellOf(table, u"肇庆市"_s, u"union_orgs"_s)->value, 5397.0);
    // Version 3's periods come with the parse a newer engine asks for.
    const ReportParser parser;
    int reparsed = 0;
    QVERIFY2(Reparser(&store, &parser).bringInLine(&reparsed, &error), qPrintable(error));
    QCOMPARE(reparsed, 5);
    Document document;
    QVERIFY(seedFigure(store, u"609204人"_s, &document));
    QVERIFY(!document.period.isEmpty());
    QVERIFY(!cellOf(store.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"members"_s)
                 ->period.isEmpty());
}

void TestReportStore::periodsAndTargetsAreStored() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    // A report whose figures include targets and their own years, as the engine reads them.
    const QString path = m_dir.filePath(u"periods.txt"_s);
    writeFile(path,
              u"2023年07月20日\n\n湖北省总工会召开代表大会。过去5年,全省工会会员达到1100万人,"
              u"2019年新建工会组织500个。未来5年将培训职工300万人次。\n"_s.toUtf8());
    const ReportParser parser;
    Document parsed;
    QVERIFY2(parser.parseFile(path, &parsed, &error), qPrintable(error));
    Importer importer(&store, &parser);
    QCOMPARE(importer.run({path}).added, 1);
    const std::optional<Document> stored = store.document(*store.documentIdForPath(path));
    QVERIFY(stored);
    QCOMPARE(stored->period, parsed.period);
    QCOMPARE(stored->placeCode, parsed.placeCode);
    QVERIFY(!stored->placeCode.isEmpty());
    QCOMPARE(stored->figures.size(), parsed.figures.size());
    for (size_t f = 0; f < parsed.figures.size(); ++f) {
        QCOMPARE(stored->figures[f].period, parsed.figures[f].period);
        QCOMPARE(stored->figures[f].target, parsed.figures[f].target);
    }
    // The target is stored as one and fills no cell.
    const auto target = std::find_if(stored->figures.begin(), stored->figures.end(),
                                     [](const Figure &f) { return f.raw == u"300万人次"; });
    QVERIFY(target != stored->figures.end());
    QVERIFY(target->target);
    const CityTable table = store.cityTable(MetricCatalog::builtIn());
    QVERIFY(!cellOf(table, u"湖北省"_s, u"workers_trained"_s));
    // A cell carries its figure's period: the report's, or the figure's own.
    const TableCell *members = cellOf(table, u"湖北省"_s, u"members"_s);
    QVERIFY(members);
    QVERIFY2(!members->period.isEmpty(), "a level reached carries its period");
}

void TestReportStore::periodAndTargetCorrections() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&store);
    Document document;
    const Figure *figure = seedFigure(store, u"609204人"_s, &document);
    QVERIFY(figure);
    const QString reportPeriod = document.period;

    // Its own period, written by the user, reaches the table.
    Correction period;
    period.kind = CorrectionKind::SetPeriod;
    period.anchor = FigureAnchor::of(document, *figure);
    period.values = {{u"period"_s, u"2018"_s}};
    const qint64 periodId = store.addCorrection(period, &error);
    QVERIFY2(periodId > 0, qPrintable(error));
    QCOMPARE(cellOf(store.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"members"_s)->period,
             u"2018"_s);

    // Marked as a target, it leaves the table; unmarked, it is back.
    Correction target;
    target.kind = CorrectionKind::SetTarget;
    target.anchor = period.anchor;
    target.values = {{u"target"_s, true}};
    const qint64 targetId = store.addCorrection(target, &error);
    QVERIFY2(targetId > 0, qPrintable(error));
    QVERIFY(!cellOf(store.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"members"_s));
    QVERIFY(store.document(document.id)->figures.size() > 0);
    QVERIFY2(store.setCorrectionReverted(targetId, true, u"测试"_s, &error), qPrintable(error));
    QVERIFY(cellOf(store.cityTable(MetricCatalog::builtIn()), u"肇庆市"_s, u"members"_s));

    // The report's period, corrected and then reverted: the engine's again.
    Correction report;
    report.kind = CorrectionKind::SetReportPeriod;
    report.anchor = FigureAnchor::of(document, *figure);
    report.values = {{u"period"_s, u"2013-2017"_s}};
    const qint64 reportId = store.addCorrection(report, &error);
    QVERIFY2(reportId > 0, qPrintable(error));
    QCOMPARE(store.document(document.id)->period, u"2013-2017"_s);
    QVERIFY2(store.setCorrectionReverted(reportId, true, u"测试"_s, &error), qPrintable(error));
    QCOMPARE(store.document(document.id)->period, reportPeriod);
    QVERIFY(store.orphanedCorrections().empty());
}

void TestReportStore::revertedPlaceAndPeriodAreTheEnginesAgain() {
    ReportStore store;
    QString error;
    QVERIFY2(store.open(freshLocation(), &error), qPrintable(error));
    importSeeds(&store);
    Document document;
    QVERIFY(seedFigure(store, u"609204人"_s, &document));
    const qint64 id = store.setDocumentCity(document, u"广州市"_s, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(store.cityTable(MetricCatalog::builtIn()).cities.contains(u"广州市"_s));
    QVERIFY2(store.setCorrectionReverted(id, true, u"测试"_s, &error), qPrintable(error));
    const CityTable table = store.cityTable(MetricCatalog::builtIn());
    QVERIFY(!table.cities.contains(u"广州市"_s));
    QCOMPARE(cellOf(table, u"肇庆市"_s, u"members"_s)->value, 609204.0);
}

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
