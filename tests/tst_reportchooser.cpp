// Several reports of one place: the window's compare table takes each place's latest report by
// default, the chooser above it lists the stored periods latest first, choosing one reads the
// table of those reports (places without one leave), a column says which other periods its
// place has, and the choice is remembered by the next window.
#include "citytableproxymodel.h"
#include "engine/reportparser.h"
#include "items/citytablemodel.h"
#include "mainwindow.h"
#include "services/importer.h"
#include "storage/reportstore.h"
#include "storefixtures.h"

#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestReportChooser : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theLatestByDefaultAndAnyPeriodChosen();

private:
    // The value the compare view shows for a place's members, or nothing when it has no column.
    static std::optional<double> members(const MainWindow &window, const QString &city);

    QTemporaryDir m_dir;
    QStringList m_reports;
};

void TestReportChooser::initTestCase() {
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"ReportLensTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(u"settings"_s));
    QSettings().clear();
    for (int year : {2022, 2023, 2024}) {
        m_reports.append(
            writeAnnualReport(m_dir.path(), u"三亚市"_s, year, 300000 + 10000 * (year - 2020)));
    }
    m_reports.append(writeAnnualReport(m_dir.path(), u"海口市"_s, 2023, 500000));
    QVERIFY(!m_reports.contains(QString()));
}

std::optional<double> TestReportChooser::members(const MainWindow &window, const QString &city) {
    const QAbstractItemModel *model = window.compareView()->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            if (index.data(CityTableModel::CityRole).toString() == city &&
                index.data(CityTableModel::MetricIdRole).toString() == u"members")
                return index.data(CityTableModel::ValueRole).toDouble();
        }
    }
    return std::nullopt;
}

void TestReportChooser::theLatestByDefaultAndAnyPeriodChosen() {
    ReportStore store;
    DatabaseLocation location;
    location.sqlitePath = m_dir.filePath(u"reports.sqlite"_s);
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    const ReportParser parser;
    QCOMPARE(Importer(&store, &parser).run(m_reports).added, 4);
    {
        MainWindow window(&store);
        QCOMPARE(members(window, u"三亚市"_s), 340000.0);
        QCOMPARE(members(window, u"海口市"_s), 500000.0);
        auto *chooser = window.findChild<QComboBox *>(u"reportChooser"_s);
        QVERIFY(chooser);
        QCOMPARE(chooser->currentData().toString(), u"latest"_s);
        QStringList choices;
        for (int i = 0; i < chooser->count(); ++i)
            choices.append(chooser->itemData(i).toString());
        QCOMPARE(choices, QStringList({u"latest"_s, u"all"_s, u"2024"_s, u"2023"_s, u"2022"_s}));
        // 三亚's column says which other reports it has.
        const QAbstractItemModel *model = window.compareView()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString tip =
                model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            const bool sanya =
                model->index(0, column).data(CityTableModel::CityRole) == u"三亚市"_s;
            QCOMPARE(tip.contains(u"2023"_s) && tip.contains(u"2022"_s), sanya);
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            QCOMPARE(header.contains(u"(+2 "_s), sanya);
        }

        // The reports of 2022: only 三亚 has one.
        chooser->activated(chooser->findData(u"2022"_s));
        QCOMPARE(members(window, u"三亚市"_s), 320000.0);
        QVERIFY(!members(window, u"海口市"_s));
        QCOMPARE(chooser->currentData().toString(), u"2022"_s);
        window.close();  // the choice is saved with the window's settings
    }
    MainWindow again(&store);
    auto *chooser = again.findChild<QComboBox *>(u"reportChooser"_s);
    QCOMPARE(chooser->currentData().toString(), u"2022"_s);
    QCOMPARE(members(again, u"三亚市"_s), 320000.0);
    chooser->activated(chooser->findData(u"latest"_s));
    QCOMPARE(members(again, u"三亚市"_s), 340000.0);
}

QTEST_MAIN(TestReportChooser)
#include "tst_reportchooser.moc"
