// The city table and any model as Excel workbooks, read back by openpyxl: every cell's value a
// number equal to the table's, its details beside it, the header frozen, the sheets named in the
// user's language, and a file that cannot be written named in the error.
#include "services/export/xlsxexport.h"

#include "clifixtures.h"
#include "engine/comparability.h"
#include "engine/placenames.h"
#include "seedhelpers.h"
#include "xlsxhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestXlsxExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sheetsAndHeaders_data();
    void sheetsAndHeaders();
    void everyCellReadBack_data();
    void everyCellReadBack();
    void chosenCitiesAndMetricsOnly();
    void unwritablePath_data();
    void unwritablePath();
    void replacesAnExistingFile();
    void modelAsShown();

private:
    // Writes the table and reads it back; fails the test when either goes wrong.
    QJsonObject written(const QStringList &cities, const QStringList &metrics, bool english);
    static QString qualifierText(const TableCell &cell) {
        return cell.qualifier == Qualifier::Exact ? QString() : qualifierName(cell.qualifier);
    }

    CityTable m_table;
    QTemporaryDir m_dir;
};

void TestXlsxExport::initTestCase() {
    m_table = seedTable(seedDocuments());
    QCOMPARE(m_table.cities.size(), 5);
    QVERIFY(m_table.cells.size() > 30);
    QVERIFY(m_dir.isValid());
}

QJsonObject TestXlsxExport::written(const QStringList &cities, const QStringList &metrics,
                                    bool english) {
    const QString path = m_dir.filePath(english ? u"table-en.xlsx"_s : u"table-zh.xlsx"_s);
    QString error;
    if (!XlsxExport::writeCityTable(m_table, cities, metrics, english, path, &error)) {
        qWarning() << error;
        return {};
    }
    if (QFile::exists(path + u".part"_s)) {
        qWarning() << "the part file is left";
        return {};
    }
    const QJsonObject book = readXlsx(path, &error);
    if (book.isEmpty())
        qWarning() << "openpyxl:" << error;
    return book;
}

void TestXlsxExport::sheetsAndHeaders_data() {
    QTest::addColumn<bool>("english");
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<QStringList>("tableHeader");  // its first six columns
    QTest::addColumn<QStringList>("cellsHeader");
    const QString place = m_table.cities.first();
    const QString latin = PlaceNames::display(place, true);
    QTest::newRow("English headers")
        << true << QStringList{u"Table"_s, u"Cells"_s}
        << QStringList{u"metric"_s,
                       u"unit"_s,
                       latin,
                       latin + u" qualifier"_s,
                       latin + u" period"_s,
                       latin + u" not comparable"_s}
        << QStringList{u"place"_s, u"metric id"_s, u"metric"_s,   u"value"_s,
                       u"unit"_s,  u"qualifier"_s, u"period"_s,   u"comparable"_s,
                       u"note"_s,  u"raw"_s,       u"sentence"_s, u"source"_s};
    QTest::newRow("Chinese headers")
        << false << QStringList{u"对比表"_s, u"数据"_s}
        << QStringList{u"指标"_s,          u"单位"_s,          place,
                       place + u" 限定"_s, place + u" 期间"_s, place + u" 不可比"_s}
        << QStringList{u"地方"_s, u"指标代码"_s, u"指标"_s, u"数值"_s, u"单位"_s, u"限定"_s,
                       u"期间"_s, u"可比"_s,     u"说明"_s, u"原文"_s, u"句子"_s, u"来源"_s};
}

void TestXlsxExport::sheetsAndHeaders() {
    QFETCH(bool, english);
    QFETCH(QStringList, sheets);
    QFETCH(QStringList, tableHeader);
    QFETCH(QStringList, cellsHeader);
    const QJsonObject book = written({}, {}, english);
    QVERIFY(!book.isEmpty());
    QCOMPARE(book.value(u"sheets"_s).toVariant().toStringList(), sheets);
    const QJsonObject table = book.value(u"data"_s).toObject().value(sheets.at(0)).toObject();
    const QJsonObject cells = book.value(u"data"_s).toObject().value(sheets.at(1)).toObject();
    const QStringList tableRow =
        table.value(u"rows"_s).toArray().first().toVariant().toStringList();
    QCOMPARE(tableRow.size(), 2 + 4 * m_table.cities.size());
    QCOMPARE(tableRow.mid(0, 6), tableHeader);
    QCOMPARE(cells.value(u"rows"_s).toArray().first().toVariant().toStringList(), cellsHeader);
    // The header stays in view: frozen with the metric (and its unit) beside the values.
    QCOMPARE(table.value(u"freeze"_s).toString(), u"C2"_s);
    QCOMPARE(cells.value(u"freeze"_s).toString(), u"B2"_s);
    for (const QJsonObject &sheet : {table, cells}) {
        QVERIFY(sheet.value(u"filter"_s).toString().startsWith(u"A1:"_s));
        for (const QJsonValue bold : sheet.value(u"bold"_s).toArray())
            QVERIFY(bold.toBool());
    }
}

void TestXlsxExport::everyCellReadBack_data() {
    QTest::addColumn<bool>("english");
    QTest::newRow("English sheets") << true;
    QTest::newRow("Chinese sheets") << false;
}

void TestXlsxExport::everyCellReadBack() {
    QFETCH(bool, english);
    const QJsonObject book = written({}, {}, english);
    QVERIFY(!book.isEmpty());
    const QStringList sheets = book.value(u"sheets"_s).toVariant().toStringList();
    QCOMPARE(sheets.size(), 2);
    const QJsonObject data = book.value(u"data"_s).toObject();

    // Cells: one row per filled cell, places in the table's order, metrics in the file's.
    const QJsonArray rows = data.value(sheets.at(1)).toObject().value(u"rows"_s).toArray();
    const QJsonArray types = data.value(sheets.at(1)).toObject().value(u"types"_s).toArray();
    QCOMPARE(rows.size(), qsizetype(m_table.cells.size()) + 1);
    qsizetype row = 1;
    int notComparable = 0;
    for (const QString &city : m_table.cities) {
        for (const MetricDefinition &metric : m_table.metrics) {
            const TableCell *cell = m_table.cell(city, metric.id);
            if (!cell)
                continue;
            const QJsonArray fields = rows.at(row).toArray();
            const QJsonArray kinds = types.at(row).toArray();
            const QByteArray where = (city + u' ' + metric.id).toUtf8();
            QVERIFY2(fields.size() == 12, where);
            QCOMPARE(fields.at(0).toString(), PlaceNames::display(city, english));
            QCOMPARE(fields.at(1).toString(), metric.id);
            QCOMPARE(fields.at(2).toString(), english ? metric.nameEn : metric.nameZh);
            QVERIFY2(kinds.at(3).toString() == u"int" || kinds.at(3).toString() == u"float", where);
            QVERIFY2(fields.at(3).toDouble() == cell->value, where);  // exactly, not nearly
            QCOMPARE(fields.at(4).toString(), cell->unit);
            QCOMPARE(fields.at(5).toString(), qualifierText(*cell));
            QCOMPARE(fields.at(6).toString(), cell->period);
            QCOMPARE(kinds.at(7).toString(), u"bool"_s);
            QCOMPARE(fields.at(7).toBool(), cell->comparable());
            QCOMPARE(fields.at(8).toString(), comparabilityNote(*cell, metric));
            QCOMPARE(fields.at(9).toString(), cell->raw);
            QCOMPARE(fields.at(10).toString(), cell->sentence);
            QCOMPARE(fields.at(11).toString(), cell->path);
            notComparable += cell->comparable() ? 0 : 1;
            ++row;
        }
    }
    QCOMPARE(row, rows.size());

    // Table: each place's value in the first of its four columns, empty where it has none.
    const QJsonArray tableRows = data.value(sheets.at(0)).toObject().value(u"rows"_s).toArray();
    QCOMPARE(tableRows.size(), qsizetype(m_table.metrics.size()) + 1);
    for (size_t m = 0; m < m_table.metrics.size(); ++m) {
        const MetricDefinition &metric = m_table.metrics[m];
        const QJsonArray fields = tableRows.at(qsizetype(m) + 1).toArray();
        QCOMPARE(fields.at(0).toString(), english ? metric.nameEn : metric.nameZh);
        QCOMPARE(fields.at(1).toString(), metric.unit);
        for (qsizetype i = 0; i < m_table.cities.size(); ++i) {
            const TableCell *cell = m_table.cell(m_table.cities.at(i), metric.id);
            const qsizetype column = 2 + 4 * i;
            const QByteArray where = (m_table.cities.at(i) + u' ' + metric.id).toUtf8();
            if (!cell) {
                QVERIFY2(fields.at(column).isNull(), where);
                continue;
            }
            QVERIFY2(fields.at(column).isDouble(), where);
            QVERIFY2(fields.at(column).toDouble() == cell->value, where);
            QCOMPARE(fields.at(column + 1).toString(), qualifierText(*cell));
            QCOMPARE(fields.at(column + 2).toString(), cell->period);
            QCOMPARE(fields.at(column + 3).toString(), comparabilityNote(*cell, metric));
        }
    }
    qInfo() << rows.size() - 1 << "cells compared," << notComparable << "not comparable";
}

void TestXlsxExport::chosenCitiesAndMetricsOnly() {
    const QStringList cities = {m_table.cities.at(2), m_table.cities.at(0)};
    const QStringList metrics = {u"members"_s, m_table.metrics.back().id};
    const QJsonObject book = written(cities, metrics, true);
    QVERIFY(!book.isEmpty());
    const QJsonObject data = book.value(u"data"_s).toObject();
    const QJsonArray tableRows = data.value(u"Table"_s).toObject().value(u"rows"_s).toArray();
    QCOMPARE(tableRows.size(), 3);  // the header and two metrics, empty or not
    const QJsonArray header = tableRows.first().toArray();
    QCOMPARE(header.size(), 2 + 4 * 2);
    QCOMPARE(header.at(2).toString(), PlaceNames::display(cities.at(0), true));
    QCOMPARE(header.at(6).toString(), PlaceNames::display(cities.at(1), true));
    for (const QJsonValue row : data.value(u"Cells"_s).toObject().value(u"rows"_s).toArray()) {
        const QJsonArray fields = row.toArray();
        if (fields.at(0).toString() == u"place")
            continue;
        QVERIFY(fields.at(0).toString() == PlaceNames::display(cities.at(0), true) ||
                fields.at(0).toString() == PlaceNames::display(cities.at(1), true));
        QVERIFY(metrics.contains(fields.at(1).toString()));
    }
}

void TestXlsxExport::unwritablePath_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("a folder that does not exist") << m_dir.filePath(u"no such folder/table.xlsx"_s);
    QTest::newRow("a path that is a folder") << m_dir.path();
}

void TestXlsxExport::unwritablePath() {
    QFETCH(QString, path);
    QString error;
    QVERIFY(!XlsxExport::writeCityTable(m_table, {}, {}, true, path, &error));
    QVERIFY2(error.startsWith(path + u": "_s), qPrintable(error));
    QVERIFY(!QFile::exists(path + u".part"_s));
}

void TestXlsxExport::replacesAnExistingFile() {
    const QString path = writeFile(m_dir, u"existing.xlsx"_s, "not a workbook");
    QString error;
    QVERIFY2(XlsxExport::writeCityTable(m_table, {}, {}, false, path, &error), qPrintable(error));
    QVERIFY(!readXlsx(path, &error).isEmpty());
}

void TestXlsxExport::modelAsShown() {
    // A tree: the rows under a group follow it, as in the CSV export.
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({u"城市"_s, u"members"_s, u"share"_s});
    auto row = [](const QString &name, const QVariant &count, const QVariant &share) {
        QList<QStandardItem *> items;
        for (const QVariant &value : {QVariant(name), count, share}) {
            auto *item = new QStandardItem;
            item->setData(value, Qt::EditRole);
            items.append(item);
        }
        return items;
    };
    const QList<QStandardItem *> group = row(u"广东"_s, 1200000, u"—"_s);
    model.appendRow(group);
    group.first()->appendRow(row(u"肇庆市"_s, 609204, 0.125));
    model.appendRow(row(u"=SUM(A1)"_s, QVariant(), 1.0 / 3.0));

    const QString path = m_dir.filePath(u"model.xlsx"_s);
    QString error;
    QVERIFY2(XlsxExport::writeModel(&model, path, Qt::EditRole, &error), qPrintable(error));
    const QJsonObject book = readXlsx(path, &error);
    QVERIFY2(!book.isEmpty(), qPrintable(error));
    const QString sheet = book.value(u"sheets"_s).toArray().first().toString();
    const QJsonObject data = book.value(u"data"_s).toObject().value(sheet).toObject();
    const QJsonArray rows = data.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).toVariant().toStringList(),
             (QStringList{u"城市"_s, u"members"_s, u"share"_s}));
    QCOMPARE(rows.at(1).toArray().at(0).toString(), u"广东"_s);
    QCOMPARE(rows.at(1).toArray().at(1).toDouble(), 1200000.0);
    QCOMPARE(rows.at(2).toArray().at(0).toString(), u"肇庆市"_s);
    QCOMPARE(rows.at(2).toArray().at(1).toDouble(), 609204.0);
    QCOMPARE(rows.at(2).toArray().at(2).toDouble(), 0.125);
    // Text that looks like a formula stays text; a fraction keeps every digit.
    QCOMPARE(rows.at(3).toArray().at(0).toString(), u"=SUM(A1)"_s);
    QVERIFY(rows.at(3).toArray().at(2).toDouble() == 1.0 / 3.0);
    const QJsonArray types = data.value(u"types"_s).toArray();
    QCOMPARE(types.at(2).toArray().at(1).toString(), u"int"_s);
    QCOMPARE(types.at(3).toArray().at(0).toString(), u"str"_s);
    QCOMPARE(data.value(u"freeze"_s).toString(), u"A2"_s);
}

QTEST_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
