// The Compare page over the seeds' table as the engine builds it: each cell's period, a figure
// of another unit family shown as a candidate, rows that mix periods marked, and the per-year
// switch dividing flows and leaving levels.
#include "citytableproxymodel.h"
#include "comparepage.h"
#include "engine/comparability.h"
#include "items/citytablemodel.h"
#include "periodtext.h"
#include "seedhelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestCompareTable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eachCellShowsItsPeriod();
    void aFigureOfAnotherUnitIsACandidate();
    void tooltipInTheReadersLanguage_data();
    void tooltipInTheReadersLanguage();
    void rowsMixingPeriodsAreMarked_data();
    void rowsMixingPeriodsAreMarked();
    void perYearDividesFlowsAndLeavesLevels_data();
    void perYearDividesFlowsAndLeavesLevels();

private:
    // The table's index (through the page's view) of a city and metric.
    QModelIndex shown(const QString &city, const QString &metric) const;
    int row(const QString &metric) const { return MetricCatalog::builtIn().indexOf(metric); }

    CityTableModel m_model;
    CityTableProxyModel m_table;
    std::unique_ptr<ComparePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCompareTable::initTestCase() {
    m_model.setTable(seedTable(seedDocuments()));
    QCOMPARE(m_model.columnCount(), 5);
    m_table.setSourceModel(&m_model);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page = std::make_unique<ComparePage>(
        &m_table, [](const QString &, const QString &) { return std::vector<CellCandidate>{}; });
}

QModelIndex TestCompareTable::shown(const QString &city, const QString &metric) const {
    const qsizetype column = m_model.table().cities.indexOf(city);
    return column < 0 ? QModelIndex() : m_table.index(row(metric), int(column));
}

// A place's column heads the period most of its figures cover; a cell of another period says
// its own; every cell's tooltip names it.
void TestCompareTable::eachCellShowsItsPeriod() {
    const QAbstractItemModel &table = m_table;
    for (int column = 0; column < table.columnCount(); ++column) {
        const QString city = m_model.table().cities.at(column);
        const QString columnPeriod = m_table.columnPeriod(column);
        const QString header = table.headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header.startsWith(city), qPrintable(header));
        if (!columnPeriod.isEmpty())
            QCOMPARE(header, city + u'\n' + PeriodText::display(columnPeriod));
        for (int row = 0; row < table.rowCount(); ++row) {
            const QModelIndex index = table.index(row, column);
            if (!index.data(CityTableModel::HasFigureRole).toBool())
                continue;
            const QString period = index.data(CityTableModel::PeriodRole).toString();
            const QString text = index.data().toString();
            const QString tip = index.data(Qt::ToolTipRole).toString();
            if (period != columnPeriod)
                QVERIFY2(text.contains(period.isEmpty() ? u"period not stated"_s
                                                        : PeriodText::display(period)),
                         qPrintable(text));
            QVERIFY2(tip.contains(period.isEmpty() ? u"Period: not stated"_s
                                                   : u"Period: "_s + PeriodText::display(period)),
                     qPrintable(tip));
        }
    }
    // 泉州's and 三明's reviews cover different five years.
    QCOMPARE(m_table.columnPeriod(int(m_model.table().cities.indexOf(u"泉州市"_s))),
             u"2018-2022"_s);
    QCOMPARE(m_table.columnPeriod(int(m_model.table().cities.indexOf(u"三明市"_s))),
             u"2012-2016"_s);
}

void TestCompareTable::tooltipInTheReadersLanguage_data() {
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("Chinese: the figure as written") << false << u"72.7万人"_s;
    QTest::newRow("English: the number in English, then as written")
        << true << u"727,000 people (as written: 72.7万人)"_s;
}

// A cell's tooltip: the figure, its sentence, and the report it came from by title and file.
void TestCompareTable::tooltipInTheReadersLanguage() {
    QFETCH(bool, english);
    QFETCH(QString, firstLine);
    m_table.setEnglishNames(english);
    const QStringList lines =
        shown(u"漳州市"_s, u"members"_s).data(Qt::ToolTipRole).toString().split(u'\n');
    m_table.setEnglishNames(false);
    QCOMPARE(lines.value(0), firstLine);
    QVERIFY2(lines.value(1).contains(u"会员72.7万人"_s), qPrintable(lines.value(1)));
    QVERIFY2(lines.value(2).startsWith(u"热烈庆祝漳州市工会第十九次代表大会隆重召开 — "_s) &&
                 lines.value(2).endsWith(u"000_ce70337460866ed9.txt"_s),
             qPrintable(lines.value(2)));
}

// 商洛's 解困脱困 is 3,600 households in a row counted in people: shown in brackets as a
// candidate, with no value, colour or part in the row's shading.
void TestCompareTable::aFigureOfAnotherUnitIsACandidate() {
    const QModelIndex households = shown(u"商洛市"_s, u"hardship_lifted"_s);
    QVERIFY(households.isValid());
    QCOMPARE(households.data(CityTableModel::UnitRole).toString(), u"户"_s);
    QVERIFY(households.data(CityTableModel::OtherUnitFamilyRole).toBool());
    QVERIFY(!households.data(CityTableModel::ComparableRole).toBool());
    QCOMPARE(households.data().toString(), u"(3,600户)"_s);
    QVERIFY(!m_table.shownValue(m_table.mapToSource(households)));
    QVERIFY(!m_table.comparableAsShown(m_table.mapToSource(households)));
    QVERIFY(!households.data(Qt::BackgroundRole).isValid());
    QVERIFY(households.data(Qt::FontRole).value<QFont>().italic());
    const QString tip = households.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"A candidate, not a value of this row"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"counted in 户 (households); the metric counts 人 (people)"_s),
             qPrintable(tip));
    // 三明's figure of people fills the row.
    const QModelIndex people = shown(u"三明市"_s, u"hardship_lifted"_s);
    QVERIFY(m_table.comparableAsShown(m_table.mapToSource(people)));
    QVERIFY(people.data(Qt::BackgroundRole).isValid());
}

void TestCompareTable::rowsMixingPeriodsAreMarked_data() {
    QTest::addColumn<QString>("metric");
    QTest::addColumn<bool>("marked");
    QTest::addColumn<QString>("oddCity");  // a place named in the row's tooltip, if marked

    QTest::newRow("reading rooms: 泉州 and 商洛 both 2018-2022")
        << u"reading_rooms"_s << false << QString();
    QTest::newRow("national model workers: 三明's 2012-2016 beside 泉州's 2018-2022")
        << u"national_model_workers"_s << true << u"三明市"_s;
    QTest::newRow("members: 肇庆's stand at 2018, 商洛's at 2022")
        << u"members"_s << true << u"肇庆市"_s;
    QTest::newRow("new members: 三明 alone") << u"new_members"_s << false << QString();
}

void TestCompareTable::rowsMixingPeriodsAreMarked() {
    QFETCH(QString, metric);
    QFETCH(bool, marked);
    QFETCH(QString, oddCity);
    const QString header = m_table.headerData(row(metric), Qt::Vertical).toString();
    const QString tip = m_table.headerData(row(metric), Qt::Vertical, Qt::ToolTipRole).toString();
    QCOMPARE(header.startsWith(u"≠ "_s), marked);
    QCOMPARE(tip.contains(u"the periods differ"_s), marked);
    if (marked)
        QVERIFY2(tip.contains(oddCity), qPrintable(tip));
}

void TestCompareTable::perYearDividesFlowsAndLeavesLevels_data() {
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("divisor");  // 0: no value per year

    QTest::newRow("泉州's five-year training total over five")
        << u"泉州市"_s << u"workers_trained"_s << 5.0;
    QTest::newRow("三明's aid funds of 2012-2016 over five")
        << u"三明市"_s << u"hardship_aid_funds"_s << 5.0;
    QTest::newRow("members are a level: not divided") << u"商洛市"_s << u"members"_s << 1.0;
    QTest::newRow("stations are a level: not divided")
        << u"泉州市"_s << u"worker_stations"_s << 1.0;
    QTest::newRow("漳州's period is not stated: no value per year")
        << u"漳州市"_s << u"competition_participants"_s << 0.0;
}

void TestCompareTable::perYearDividesFlowsAndLeavesLevels() {
    QFETCH(QString, city);
    QFETCH(QString, metric);
    QFETCH(double, divisor);
    const QModelIndex cell = shown(city, metric);
    QVERIFY(cell.isValid());
    const double stated = cell.data(CityTableModel::ValueRole).toDouble();
    QCheckBox *perYear = m_page->perYearSwitch();
    QVERIFY(perYear);
    perYear->setChecked(true);
    const std::optional<double> value = m_table.shownValue(m_table.mapToSource(cell));
    const QString text = cell.data().toString();
    const QString header = m_table.headerData(row(metric), Qt::Vertical).toString();
    perYear->setChecked(false);
    if (divisor == 0) {
        QVERIFY(!value);
        QVERIFY2(text.startsWith(u"—"_s), qPrintable(text));
    } else {
        QVERIFY(value);
        QCOMPARE(*value, stated / divisor);
    }
    // The header says what the numbers now are: a flow's "a year", a level's as stated.
    QCOMPARE(header.contains(u" a year"_s),
             !MetricCatalog::builtIn().metrics()[size_t(row(metric))].level);
    QCOMPARE(m_table.shownValue(m_table.mapToSource(cell)).value_or(-1),
             cell.data(CityTableModel::OtherUnitFamilyRole).toBool() ? -1 : stated);
}

QTEST_MAIN(TestCompareTable)
#include "tst_comparetable.moc"
