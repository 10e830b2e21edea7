// The corrections log and how it is applied: a correction added is laid over what is already
// applied (not replayed with all the others, whose cost grew with the square of their number),
// and must leave exactly what a replay from the engine's figures leaves; an import is all or
// nothing and says how far it has come.
#include "storefixtures.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestCorrectionLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void laidOverIsWhatAReplayMakes_data();
    void laidOverIsWhatAReplayMakes();
    void importIsAllOrNothing();
    void importSaysHowFarItHasCome();

private:
    // Everything a correction can change in the first seed's document, and the log's applied
    // flags up to lastCorrection, one line each.
    QStringList effectiveState(qint64 lastCorrection) const;
    Correction correctionFor(const QString &step, int number) const;

    QTemporaryDir m_dir;
    int m_counter = 0;
    DatabaseLocation m_location;
    std::unique_ptr<ReportStore> m_store;
    Document m_document;  // the first seed, as stored
};

void TestCorrectionLog::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(copySeeds(m_dir.path()));
}

void TestCorrectionLog::init() {
    m_location.sqlitePath = m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter));
    m_store = std::make_unique<ReportStore>();
    QString error;
    QVERIFY2(m_store->open(m_location, &error), qPrintable(error));
    const QStringList problems = importCopiedSeeds(m_store.get(), m_dir.path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const std::optional<qint64> id = m_store->documentIdForPath(
        m_dir.filePath(u"seeds/"_s + QFileInfo(seedPath(u"000"_s)).fileName()));
    QVERIFY(id);
    std::optional<Document> document = m_store->document(*id);
    QVERIFY(document && document->figures.size() > 20);
    m_document = std::move(*document);
}

void TestCorrectionLog::cleanup() {
    m_store.reset();
}

QStringList TestCorrectionLog::effectiveState(qint64 lastCorrection) const {
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
        db.setDatabaseName(m_location.sqlitePath);
        if (!db.open())
            return {u"cannot open"_s};
        QSqlQuery query(db);
        const QString id = QString::number(m_document.id);
        for (const QString &sql :
             {u"SELECT city, period FROM documents WHERE id = %1"_s.arg(id),
              u"SELECT start_cp, end_cp, origin, raw, e_value, e_unit, e_qualifier, e_label,"
              " e_metric, e_score, e_period, e_target, rejected, corrected, chosen, city"
              " FROM figures WHERE document_id = %1 ORDER BY start_cp, end_cp, origin"_s.arg(id),
              u"SELECT id, applied FROM corrections WHERE id <= %1 ORDER BY id"_s.arg(
                  lastCorrection)}) {
            if (!query.exec(sql))
                return {sql};
            while (query.next()) {
                QStringList fields;
                for (int i = 0; i < query.record().count(); ++i)
                    fields.append(query.value(i).toString());
                lines.append(fields.join(u'|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(u"reader"_s);
    return lines;
}

// "set_label 3": a label on the document's fourth figure; "older set_value 3": made on an older
// version of the file (another hash, its place moved), so found by its words.
Correction TestCorrectionLog::correctionFor(const QString &step, int number) const {
    QStringList words = step.split(u' ');
    const bool older = words.first() == u"older"_s;
    if (older)
        words.removeFirst();
    Correction correction;
    correction.kind = correctionKindFromName(words.first()).value();  // the log's names
    const Figure &figure = m_document.figures.at(size_t(words.value(1).toInt()));
    correction.anchor = FigureAnchor::of(m_document, figure);
    correction.author = u"analyst"_s;
    correction.createdAt = QDateTime::fromSecsSinceEpoch(1700000000 + number, Qt::UTC);
    const QString mark = u" #%1"_s.arg(number);
    switch (correction.kind) {
        case CorrectionKind::Reject:
            break;
        case CorrectionKind::SetValue:
            correction.values = {{u"value"_s, 1000.0 + number}};
            break;
        case CorrectionKind::SetUnit:
            correction.values = {{u"unit"_s, u"户"_s}};
            break;
        case CorrectionKind::SetQualifier:
            correction.values = {{u"qualifier"_s, u"over"_s}};
            break;
        case CorrectionKind::SetLabel:
            correction.values = {{u"label"_s, u"核对过"_s + mark}};
            break;
        case CorrectionKind::SetMetric:
        case CorrectionKind::ChooseForCell:
            correction.values = {{u"metric"_s, u"union_members"_s}};
            break;
        case CorrectionKind::SetPeriod:
            correction.values = {{u"period"_s, u"2019"_s}};
            break;
        case CorrectionKind::SetTarget:
            correction.values = {{u"target"_s, true}};
            break;
        case CorrectionKind::SetCity:
            correction.anchor = {m_document.contentHash, m_document.path, 0, 1, QString()};
            correction.values = {{u"city"_s, u"福州市"_s}};
            break;
        case CorrectionKind::SetReportPeriod:
            correction.anchor = {m_document.contentHash, m_document.path, 0, 1, QString()};
            correction.values = {{u"period"_s, u"2018-2022"_s}};
            break;
        case CorrectionKind::AddFigure: {
            // Two characters before the figure, where the engine found none.
            const qint64 start = figure.start - 3;
            const QString raw = m_document.text.mid(m_document.utf16Offset(start), 2);
            correction.anchor = {m_document.contentHash, m_document.path, start, start + 2, raw};
            correction.values = {{u"value"_s, 7.0},
                                 {u"unit"_s, u"个"_s},
                                 {u"qualifier"_s, u"exact"_s},
                                 {u"label"_s, u"补上的"_s + mark},
                                 {u"metric"_s, u"stations"_s}};
            break;
        }
    }
    if (older) {
        correction.anchor.documentHash = QString(64, u'0');
        correction.anchor.start += 5;
        correction.anchor.end += 5;
    }
    return correction;
}

void TestCorrectionLog::laidOverIsWhatAReplayMakes_data() {
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("fields of several figures")
        << QStringList{u"set_label 0"_s,     u"set_value 1"_s,  u"set_unit 2"_s,
                       u"set_qualifier 3"_s, u"set_period 4"_s, u"set_target 5"_s};
    QTest::newRow("one figure corrected twice: the later wins")
        << QStringList{u"set_label 0"_s, u"set_value 0"_s, u"set_label 0"_s};
    QTest::newRow("rejected, then chosen for a cell") << QStringList{
        u"reject 6"_s, u"choose_for_cell 6"_s, u"set_metric 7"_s, u"choose_for_cell 8"_s};
    QTest::newRow("a figure added, then corrected as any other")
        << QStringList{u"add_figure 9"_s, u"set_label 9"_s, u"add_figure 10"_s};
    QTest::newRow("the report's place and period")
        << QStringList{u"set_city"_s, u"set_report_period"_s, u"set_label 1"_s, u"set_city"_s};
    QTest::newRow("made on an older version, found by its words")
        << QStringList{u"older set_label 11"_s, u"older reject 12"_s, u"older add_figure 13"_s};
}

void TestCorrectionLog::laidOverIsWhatAReplayMakes() {
    QFETCH(QStringList, steps);
    const QStringList engine = effectiveState(0);
    qint64 last = 0;
    QString error;
    for (int i = 0; i < steps.size(); ++i) {
        last = m_store->addCorrection(correctionFor(steps.at(i), i), &error);
        QVERIFY2(last > 0, qPrintable(error));
    }
    const QStringList laidOver = effectiveState(last);
    QVERIFY(laidOver != engine);
    // One more, undone: undoing replays the whole log from the engine's figures.
    const qint64 extra = m_store->addCorrection(correctionFor(u"reject 0"_s, 99), &error);
    QVERIFY2(extra > 0, qPrintable(error));
    QVERIFY2(m_store->setCorrectionReverted(extra, true, u"测试"_s, &error), qPrintable(error));
    QCOMPARE(effectiveState(last), laidOver);
}

void TestCorrectionLog::importIsAllOrNothing() {
    QJsonArray file;
    for (int i = 0; i < 3; ++i)
        file.append(correctionFor(u"set_label %1"_s.arg(i), i).toJson());
    QJsonObject broken = correctionFor(u"set_label 3"_s, 3).toJson();
    broken.insert(u"kind"_s, u"explode"_s);
    file.append(broken);
    const QStringList before = effectiveState(0);
    int added = -1;
    QString error;
    QVERIFY(!m_store->importCorrections(file, &added, &error));
    QCOMPARE(added, 0);
    QVERIFY2(error.contains(u"#4"_s) && error.contains(u"explode"_s), qPrintable(error));
    QVERIFY(m_store->corrections().empty());
    QCOMPARE(effectiveState(0), before);
}

void TestCorrectionLog::importSaysHowFarItHasCome() {
    QJsonArray file;
    const int count = 2500;
    for (int i = 0; i < count; ++i)
        file.append(correctionFor(u"set_label %1"_s.arg(i % 20), i).toJson());
    std::vector<std::tuple<CorrectionImportStage, qsizetype, qsizetype>> reports;
    int added = 0;
    QString error;
    QVERIFY2(m_store->importCorrections(
                 file, &added, &error,
                 [&](CorrectionImportStage stage, qsizetype done, qsizetype total) {
                     reports.emplace_back(stage, done, total);
                 }),
             qPrintable(error));
    QCOMPARE(added, count);
    QVERIFY(reports.size() >= 4);
    // Storing counts up to the file's corrections, then one report, the first seed's, is
    // brought up to date.
    QCOMPARE(reports.front(),
             std::make_tuple(CorrectionImportStage::Storing, qsizetype(0), qsizetype(count)));
    QCOMPARE(reports.back(),
             std::make_tuple(CorrectionImportStage::Applying, qsizetype(1), qsizetype(1)));
    for (size_t i = 1; i < reports.size(); ++i) {
        const bool sameStage = std::get<0>(reports[i]) == std::get<0>(reports[i - 1]);
        QVERIFY(!sameStage || std::get<1>(reports[i]) > std::get<1>(reports[i - 1]));
    }
    QVERIFY(std::find(reports.begin(), reports.end(),
                      std::make_tuple(CorrectionImportStage::Storing, qsizetype(count),
                                      qsizetype(count))) != reports.end());
    // The last label of each figure is in effect.
    const std::optional<Document> document = m_store->document(m_document.id);
    QVERIFY(document);
    QCOMPARE(document->figures.at(0).label, u"核对过 #%1"_s.arg(count - 20));
    // The same file again adds nothing.
    QVERIFY2(m_store->importCorrections(file, &added, &error), qPrintable(error));
    QCOMPARE(added, 0);
}

QTEST_GUILESS_MAIN(TestCorrectionLog)
#include "tst_correctionlog.moc"
