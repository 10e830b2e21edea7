// The corrections service: what the user did made into a correction (anchor, author, time),
// recorded, reverted and restored in a store of its own, and reports of an unknown place named.
#include "engine/reportparser.h"
#include "services/corrections.h"
#include "storage/reportstore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

const QString kPath = u"/made-up/海南省总工会工作报告.txt"_s;
const QString kText = u"海南省总工会工作报告\n\n五年来,海南省总工会建成户外劳动者驿站500个。\n"_s;

// The figure written raw in the stored document, if there is one.
std::optional<Figure> storedFigure(const ReportStore &store, const QString &raw,
                                   Document *document = nullptr) {
    const std::optional<qint64> id = store.documentIdForPath(kPath);
    const std::optional<Document> stored = id ? store.document(*id) : std::nullopt;
    if (!stored)
        return std::nullopt;
    if (document)
        *document = *stored;
    for (const Figure &figure : stored->figures) {
        if (figure.raw == raw)
            return figure;
    }
    return std::nullopt;
}

}  // namespace

class TestCorrections : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void madeFromWhatTheUserDid_data();
    void madeFromWhatTheUserDid();
    void recordRevertRestore();
    void addedFigureFromASelection();
    void unknownPlaceNamed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReportStore> m_store;
};

void TestCorrections::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ReportStore>();
    DatabaseLocation location;
    location.sqlitePath = m_dir->filePath(u"corrections.sqlite"_s);
    QString error;
    QVERIFY2(m_store->open(location, &error), qPrintable(error));
    const Document document = ReportParser().parseText(kPath, kText, u"UTF-8"_s);
    QVERIFY2(m_store->storeDocument(document, &error), qPrintable(error));
}

void TestCorrections::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestCorrections::madeFromWhatTheUserDid_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonObject>("values");
    QTest::newRow("not a figure") << int(CorrectionKind::Reject) << QJsonObject();
    QTest::newRow("a new value") << int(CorrectionKind::SetValue) << QJsonObject{{u"value"_s, 501}};
    QTest::newRow("a new label") << int(CorrectionKind::SetLabel)
                                 << QJsonObject{{u"label"_s, u"驿站"_s}};
    QTest::newRow("taken off its metric")
        << int(CorrectionKind::SetMetric) << QJsonObject{{u"metric"_s, QJsonValue::Null}};
}

void TestCorrections::madeFromWhatTheUserDid() {
    QFETCH(int, kind);
    QFETCH(QJsonObject, values);
    Document document;
    const std::optional<Figure> figure = storedFigure(*m_store, u"500个"_s, &document);
    QVERIFY(figure);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Correction correction =
        Corrections::ofFigure(document, *figure, CorrectionKind(kind), values);
    QCOMPARE(int(correction.kind), kind);
    QCOMPARE(correction.values, values);
    QCOMPARE(correction.anchor.raw, u"500个"_s);
    QCOMPARE(correction.anchor.documentPath, kPath);
    QCOMPARE(correction.anchor.documentHash, document.contentHash);
    QCOMPARE(correction.author, Corrections::author());
    QVERIFY(correction.createdAt >= before.addSecs(-1));
    QCOMPARE(correction.id, 0);
}

void TestCorrections::recordRevertRestore() {
    Document document;
    const std::optional<Figure> figure = storedFigure(*m_store, u"500个"_s, &document);
    QVERIFY(figure);
    Corrections corrections(m_store.get());
    QString error;
    const qint64 id = corrections.record(
        Corrections::ofFigure(document, *figure, CorrectionKind::SetValue, {{u"value"_s, 501}}),
        &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(storedFigure(*m_store, u"500个"_s)->value, 501.0);
    QVERIFY2(corrections.revert(id, &error), qPrintable(error));
    QCOMPARE(storedFigure(*m_store, u"500个"_s)->value, 500.0);
    QVERIFY2(corrections.restore(id, &error), qPrintable(error));
    QCOMPARE(storedFigure(*m_store, u"500个"_s)->value, 501.0);
    QCOMPARE(m_store->corrections().size(), size_t(1));  // one entry, however often undone
    QVERIFY(!corrections.revert(id + 1000, &error));
    QVERIFY(!error.isEmpty());
}

void TestCorrections::addedFigureFromASelection() {
    Document document;
    QVERIFY(storedFigure(*m_store, u"500个"_s, &document));
    const qsizetype at = document.text.indexOf(u"五年"_s);
    QVERIFY(at > 0);
    const Correction correction =
        Corrections::addedFigure(document, at, at + 2, 5, u"年"_s, u"五年来"_s);
    QCOMPARE(correction.kind, CorrectionKind::AddFigure);
    QCOMPARE(correction.anchor.raw, u"五年"_s);
    QCOMPARE(correction.values.value(u"qualifier"_s).toString(), u"exact"_s);
    QVERIFY(correction.values.value(u"metric"_s).isNull());
    QString error;
    QVERIFY2(Corrections(m_store.get()).record(correction, &error) > 0, qPrintable(error));
    const std::optional<Figure> added = storedFigure(*m_store, u"五年"_s);
    QVERIFY(added);
    QVERIFY(added->userAdded);
    QCOMPARE(added->label, u"五年来"_s);
}

void TestCorrections::unknownPlaceNamed() {
    const QString path = u"/made-up/工作综述.txt"_s;
    QString error;
    QVERIFY2(m_store->storeDocument(
                 ReportParser().parseText(path, u"工作综述\n\n全市建成驿站77家。\n"_s, u"UTF-8"_s),
                 &error),
             qPrintable(error));
    QCOMPARE(m_store->documentIdsOfCity(QString()).size(), size_t(1));
    QVERIFY2(Corrections(m_store.get()).nameUnknownPlace(u"三亚市"_s, &error), qPrintable(error));
    QVERIFY(m_store->documentIdsOfCity(QString()).empty());
    QCOMPARE(m_store->documentIdsOfCity(u"三亚市"_s).size(), size_t(1));
}

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
