// The City page on its own, over a made-up report: the groupings, the tree opened after each
// reset, a figure asking for its source, an edit in place and the figure menu asking for
// corrections, and the city chooser asking for another city.
#include "citypage.h"
#include "citytableproxymodel.h"
#include "figuremenu.h"
#include "items/cityfiguresmodel.h"
#include "pagefixtures.h"
#include "scriptedprompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

constexpr auto kFailures = QAbstractItemModelTester::FailureReportingMode::QtTest;

QStringList groups(const QAbstractItemModel *model) {
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data().toString());
    return names;
}

// The shown row of the figure written raw.
QModelIndex shownFigure(const QAbstractItemModel *model, const QString &raw) {
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, CityFiguresModel::RawColumn, parent);
            if (index.data().toString() == raw)
                return index;
        }
    }
    return {};
}

}  // namespace

class TestCityPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupings_data();
    void groupings();
    void figureAsksForItsSource_data();
    void figureAsksForItsSource();
    void editInPlaceAsksForACorrection();
    void figureMenuAsksForACorrection();
    void cityChooserAsksForACity();
    void figuresInTheReadersLanguage_data();
    void figuresInTheReadersLanguage();

private:
    std::unique_ptr<CityFiguresModel> m_figures;
    std::unique_ptr<CityPage> m_page;
    ScriptedPrompts m_prompts;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestCityPage::init() {
    m_figures = std::make_unique<CityFiguresModel>();
    m_prompts = ScriptedPrompts();
    m_page =
        std::make_unique<CityPage>(m_figures.get(), pagefixtures::cityTable().metrics, &m_prompts);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_figures.get(), kFailures));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(m_page->view()->model(), kFailures));
    m_figures->setDocuments(MetricCatalog::builtIn(), {pagefixtures::report()});
    m_page->setCities({u"漳州市"_s, u"肇庆市"_s});
    m_page->setCurrentCity(u"肇庆市"_s);
}

void TestCityPage::cleanup() {
    m_testers.clear();
    m_page.reset();
    m_figures.reset();
}

void TestCityPage::groupings_data() {
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QStringList>("groups");
    QTest::newRow("by metric group, the unclassified last")
        << 0 << QStringList{u"组织建设 Organisation (2)"_s, u"Not a comparable metric (1)"_s};
    QTest::newRow("by the report's sections") << 1 << QStringList{u"砥砺奋进五年 (3)"_s};
}

void TestCityPage::groupings() {
    QFETCH(int, grouping);
    QFETCH(QStringList, groups);
    QComboBox *chooser = m_page->groupingChooser();
    QCOMPARE(chooser->count(), 2);
    chooser->setCurrentIndex(grouping);
    const QAbstractItemModel *shown = m_page->view()->model();
    QCOMPARE(::groups(shown), groups);
    // Every group open after the model was made again.
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(m_page->view()->isExpanded(shown->index(row, 0)));
    QCOMPARE(m_figures->grouping(), grouping == 0 ? CityFiguresModel::Grouping::ByMetricGroup
                                                  : CityFiguresModel::Grouping::BySection);
}

void TestCityPage::figureAsksForItsSource_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("asks");
    QTest::newRow("a figure opens its sentence") << u"609204人"_s << true;
    QTest::newRow("a group row opens nothing") << QString() << false;
}

void TestCityPage::figureAsksForItsSource() {
    QFETCH(QString, raw);
    QFETCH(bool, asks);
    QSignalSpy activated(m_page.get(), &CityPage::figureActivated);
    QVERIFY(activated.isValid());
    QTreeView *view = m_page->view();
    const QModelIndex row =
        raw.isEmpty() ? view->model()->index(0, 0) : shownFigure(view->model(), raw);
    QVERIFY(row.isValid());
    view->setCurrentIndex(row);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), asks ? 1 : 0);
    if (!asks)
        return;
    const Document document = pagefixtures::report();
    const Figure &figure = document.figures.at(1);
    QCOMPARE(activated.at(0).at(0).toString(), document.path);
    QCOMPARE(activated.at(0).at(1).toLongLong(), qint64(figure.start));
    QCOMPARE(activated.at(0).at(2).toLongLong(), qint64(figure.end));
}

void TestCityPage::editInPlaceAsksForACorrection() {
    QSignalSpy requested(m_page.get(), &CityPage::correctionRequested);
    QVERIFY(requested.isValid());
    QAbstractItemModel *shown = m_page->view()->model();
    const QModelIndex label =
        shownFigure(shown, u"5397个"_s).siblingAtColumn(CityFiguresModel::LabelColumn);
    QVERIFY(shown->flags(label) & Qt::ItemIsEditable);
    QVERIFY(shown->setData(label, u"基层工会组织"_s));
    QCOMPARE(label.data().toString(), u"基层工会组织"_s);
    // Asked once the editor has closed, not while it is open.
    QCOMPARE(requested.count(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(1).value<Figure>().raw, u"5397个"_s);
    QCOMPARE(requested.at(0).at(2).value<CorrectionKind>(), CorrectionKind::SetLabel);
    QCOMPARE(requested.at(0).at(3).value<QJsonObject>(),
             (QJsonObject{{u"label"_s, u"基层工会组织"_s}}));
}

void TestCityPage::figureMenuAsksForACorrection() {
    QSignalSpy requested(m_page.get(), &CityPage::correctionRequested);
    QVERIFY(requested.isValid());
    const QAbstractItemModel *shown = m_page->view()->model();
    QVERIFY(!std::unique_ptr<FigureMenu>(m_page->figureMenu(shown->index(0, 0), nullptr)));
    const std::unique_ptr<FigureMenu> menu(
        m_page->figureMenu(shownFigure(shown, u"12家"_s), nullptr));
    QVERIFY(menu);
    QCOMPARE(menu->figure().raw, u"12家"_s);
    m_prompts.answers = {1};  // the second metric: members
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Assign to a metric…")
            action->trigger();
    }
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(2).value<CorrectionKind>(), CorrectionKind::SetMetric);
    QCOMPARE(requested.at(0).at(3).value<QJsonObject>(),
             (QJsonObject{{u"metric"_s, u"members"_s}}));
}

void TestCityPage::cityChooserAsksForACity() {
    QSignalSpy chosen(m_page.get(), &CityPage::cityChosen);
    QVERIFY(chosen.isValid());
    QComboBox *chooser = m_page->cityChooser();
    QCOMPARE(chooser->currentText(), u"肇庆市"_s);
    QTest::keyClick(chooser, Qt::Key_Up);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"漳州市"_s);
    // A reload of the list keeps the city shown.
    m_page->setCities({u"漳州市"_s, u"肇庆市"_s, u"三明市"_s});
    QCOMPARE(chooser->currentText(), u"漳州市"_s);
}

// The English UI shows no 人 or 万: English numbers, unit words and metric names; the Chinese
// one keeps 万.
void TestCityPage::figuresInTheReadersLanguage_data() {
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("metric");
    QTest::newRow("members, Chinese")
        << false << u"609204人"_s << u"60.92万"_s << u"人"_s << u"会员数"_s;
    QTest::newRow("members, English")
        << true << u"609204人"_s << u"609,204"_s << u"people"_s << u"Union members"_s;
    QTest::newRow("organisations, English: a count, no unit word")
        << true << u"5397个"_s << u"5,397"_s << QString() << u"Union organisations"_s;
}

void TestCityPage::figuresInTheReadersLanguage() {
    QFETCH(bool, english);
    QFETCH(QString, raw);
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(QString, metric);
    m_page->setEnglishNames(english);
    const QAbstractItemModel *model = m_page->view()->model();
    const QModelIndex figure = shownFigure(model, raw);
    QVERIFY(figure.isValid());
    auto column = [&](int c) { return figure.siblingAtColumn(c).data().toString(); };
    QCOMPARE(column(CityFiguresModel::ValueColumn), value);
    QCOMPARE(column(CityFiguresModel::UnitColumn), unit);
    QCOMPARE(column(CityFiguresModel::MetricColumn), metric);
}

QTEST_MAIN(TestCityPage)
#include "tst_citypage.moc"
