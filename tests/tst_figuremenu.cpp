// The figure menu on its own, over a made-up report: each action asks what it needs (scripted
// answers, no dialogs) and emits the correction it stands for with the values given; a
// cancelled question emits nothing; a period is asked again until it reads.
#include "figuremenu.h"
#include "pagefixtures.h"
#include "scriptedprompts.h"

#include <QAction>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

QAction *actionNamed(const QMenu &menu, const QString &text) {
    for (QAction *action : menu.actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

std::vector<MetricDefinition> metrics() {
    return pagefixtures::cityTable().metrics;  // union_orgs, members, golden_autumn_funds
}

}  // namespace

class TestFigureMenu : public QObject {
    Q_OBJECT

private slots:
    void actionsRequestCorrections_data();
    void actionsRequestCorrections();
    void figureWithoutAMetric();
    void askedWithWhatTheFigureHas_data();
    void askedWithWhatTheFigureHas();
};

void TestFigureMenu::actionsRequestCorrections_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QVariantList>("answers");
    QTest::addColumn<bool>("requested");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<int>("warnings");
    QTest::newRow("not a figure rejects it") << u"Not a figure"_s << QVariantList() << true
                                             << int(CorrectionKind::Reject) << QJsonObject() << 0;
    QTest::newRow("a new value") << u"Change value…"_s << QVariantList{5400.0} << true
                                 << int(CorrectionKind::SetValue) << QJsonObject{{u"value"_s, 5400}}
                                 << 0;
    QTest::newRow("a value question cancelled asks for nothing")
        << u"Change value…"_s << QVariantList{QVariant()} << false << -1 << QJsonObject() << 0;
    QTest::newRow("a new unit") << u"Change unit…"_s << QVariantList{u"家"_s} << true
                                << int(CorrectionKind::SetUnit) << QJsonObject{{u"unit"_s, u"家"_s}}
                                << 0;
    QTest::newRow("a qualifier chosen by its words, stored by the engine's name")
        << u"Change qualifier…"_s << QVariantList{1} << true << int(CorrectionKind::SetQualifier)
        << QJsonObject{{u"qualifier"_s, u"approx"_s}} << 0;
    QTest::newRow("a new label") << u"Change label…"_s << QVariantList{u"基层工会组织"_s} << true
                                 << int(CorrectionKind::SetLabel)
                                 << QJsonObject{{u"label"_s, u"基层工会组织"_s}} << 0;
    QTest::newRow("a period asked again until it reads")
        << u"Change period…"_s << QVariantList{u"two thousand"_s, u" 2019 "_s} << true
        << int(CorrectionKind::SetPeriod) << QJsonObject{{u"period"_s, u"2019"_s}} << 1;
    QTest::newRow("an empty period: the report's")
        << u"Change period…"_s << QVariantList{QString()} << true << int(CorrectionKind::SetPeriod)
        << QJsonObject{{u"period"_s, QString()}} << 0;
    QTest::newRow("a wrong period, then cancelled")
        << u"Change period…"_s << QVariantList{u"soon"_s, QVariant()} << false << -1
        << QJsonObject() << 1;
    QTest::newRow("planned, not reported")
        << u"Planned, not reported (a target)"_s << QVariantList() << true
        << int(CorrectionKind::SetTarget) << QJsonObject{{u"target"_s, true}} << 0;
    QTest::newRow("the report's period")
        << u"Change the report's period…"_s << QVariantList{u"2018-2022"_s} << true
        << int(CorrectionKind::SetReportPeriod) << QJsonObject{{u"period"_s, u"2018-2022"_s}} << 0;
    QTest::newRow("assigned to another metric")
        << u"Assign to a metric…"_s << QVariantList{2} << true << int(CorrectionKind::SetMetric)
        << QJsonObject{{u"metric"_s, u"golden_autumn_funds"_s}} << 0;
    QTest::newRow("taken off its metric")
        << u"Take off its metric"_s << QVariantList() << true << int(CorrectionKind::SetMetric)
        << QJsonObject{{u"metric"_s, QJsonValue::Null}} << 0;
    QTest::newRow("used for its table cell")
        << u"Use for the table cell"_s << QVariantList() << true
        << int(CorrectionKind::ChooseForCell) << QJsonObject{{u"metric"_s, u"union_orgs"_s}} << 0;
}

void TestFigureMenu::actionsRequestCorrections() {
    QFETCH(QString, action);
    QFETCH(QVariantList, answers);
    QFETCH(bool, requested);
    QFETCH(int, kind);
    QFETCH(QJsonObject, values);
    QFETCH(int, warnings);
    const Document document = pagefixtures::report();
    const Figure &figure = document.figures.front();  // 5397个, union_orgs
    ScriptedPrompts prompts;
    prompts.answers = answers;
    FigureMenu menu(document, figure, metrics(), &prompts);
    QSignalSpy spy(&menu, &FigureMenu::correctionRequested);
    QVERIFY(spy.isValid());
    QAction *chosen = actionNamed(menu, action);
    QVERIFY2(chosen, qPrintable(action));
    chosen->trigger();
    QCOMPARE(prompts.asked.size(), answers.size());
    QCOMPARE(prompts.warnings.size(), warnings);
    QCOMPARE(spy.count(), requested ? 1 : 0);
    if (!requested)
        return;
    const QList<QVariant> request = spy.takeFirst();
    QCOMPARE(request.at(0).value<Document>().path, document.path);
    QCOMPARE(request.at(1).value<Figure>().raw, u"5397个"_s);
    QCOMPARE(int(request.at(2).value<CorrectionKind>()), kind);
    QCOMPARE(request.at(3).value<QJsonObject>(), values);
}

void TestFigureMenu::figureWithoutAMetric() {
    const Document document = pagefixtures::report();
    const Figure &figure = document.figures.back();  // 12家, on no metric
    QVERIFY(figure.metric.isEmpty());
    FigureMenu menu(document, figure, metrics());
    QVERIFY(actionNamed(menu, u"Assign to a metric…"_s));
    QVERIFY(!actionNamed(menu, u"Take off its metric"_s));
    QVERIFY(!actionNamed(menu, u"Use for the table cell"_s));
    QVERIFY(!actionNamed(menu, u"Planned, not reported (a target)"_s)->isChecked());
}

void TestFigureMenu::askedWithWhatTheFigureHas_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("asked");
    QTest::newRow("the value") << u"Change value…"_s << u"Change value | 609204人 | 609204"_s;
    QTest::newRow("the unit") << u"Change unit…"_s << u"Change unit | 609204人 | 人"_s;
    QTest::newRow("the qualifiers in words, the figure's current")
        << u"Change qualifier…"_s << u"Change qualifier | 609204人 | 2 | exact,about,over,under"_s;
    QTest::newRow("the metrics, the figure's current")
        << u"Assign to a metric…"_s
        << u"Assign to a metric | 609204人 | 1 | 工会组织数 — Union organisations,会员数 — Union "
           u"members,金秋助学资金 — Golden Autumn school-aid funds"_s;
}

void TestFigureMenu::askedWithWhatTheFigureHas() {
    QFETCH(QString, action);
    QFETCH(QString, asked);
    const Document document = pagefixtures::report();
    Figure figure = document.figures.at(1);  // 609204人, members
    figure.qualifier = Qualifier::Over;
    ScriptedPrompts prompts;  // no answers: every question cancelled
    FigureMenu menu(document, figure, metrics(), &prompts);
    QSignalSpy spy(&menu, &FigureMenu::correctionRequested);
    QVERIFY(spy.isValid());
    actionNamed(menu, action)->trigger();
    QCOMPARE(prompts.asked, QStringList{asked});
    QCOMPARE(spy.count(), 0);
}

QTEST_MAIN(TestFigureMenu)
#include "tst_figuremenu.moc"
