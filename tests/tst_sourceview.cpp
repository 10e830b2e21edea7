// The source panel's own menu: text selected in a report can be added as a figure; the
// engine's reading of the selection is offered first (scripted answers, no dialogs), and the
// figure asked for carries what the user gave.
#include "pagefixtures.h"
#include "scriptedprompts.h"
#include "sourceview.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

QAction *addAction(QMenu *menu) {
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Add the selection as a figure…")
            return action;
    }
    return nullptr;
}

}  // namespace

class TestSourceView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectionAddedAsAFigure_data();
    void selectionAddedAsAFigure();
    void noSelectionNoAddition();

private:
    void select(const QString &text);

    std::unique_ptr<SourceView> m_view;
    ScriptedPrompts m_prompts;
};

void TestSourceView::init() {
    Document report = pagefixtures::report();
    report.id = 1;
    m_view = std::make_unique<SourceView>([report](const QString &path) -> std::optional<Document> {
        return path == report.path ? std::optional<Document>(report) : std::nullopt;
    });
    m_prompts = ScriptedPrompts();
    m_view->setPrompts(&m_prompts);
    const Figure &members = report.figures.at(1);
    QVERIFY(m_view->showFigure(report.path, members.start, members.end));
    QCOMPARE(m_view->markedText(), u"609204人"_s);
}

void TestSourceView::cleanup() {
    m_view.reset();
}

void TestSourceView::select(const QString &text) {
    QTextBrowser *browser = m_view->textView();
    const qsizetype at = browser->toPlainText().indexOf(text);
    QVERIFY(at >= 0);
    QTextCursor cursor(browser->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + text.size()), QTextCursor::KeepAnchor);
    browser->setTextCursor(cursor);
}

void TestSourceView::selectionAddedAsAFigure_data() {
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QVariantList>("answers");
    QTest::addColumn<QStringList>("asked");
    QTest::addColumn<bool>("requested");
    QTest::newRow("the engine's reading offered, the user's answers taken")
        << u"12家"_s << QVariantList{13.0, u"家"_s, u"职工书屋"_s}
        << QStringList{u"Add a figure | Value of “12家” | 12"_s, u"Add a figure | Unit | 家"_s,
                       u"Add a figure | Label | "_s}
        << true;
    QTest::newRow("text the engine reads no figure in starts from nothing")
        << u"职工书屋"_s << QVariantList{1.0, u"个"_s, QString()}
        << QStringList{u"Add a figure | Value of “职工书屋” | 0"_s, u"Add a figure | Unit | "_s,
                       u"Add a figure | Label | "_s}
        << true;
    QTest::newRow("cancelled at the unit: nothing asked for")
        << u"12家"_s << QVariantList{12.0, QVariant()}
        << QStringList{u"Add a figure | Value of “12家” | 12"_s, u"Add a figure | Unit | 家"_s}
        << false;
}

void TestSourceView::selectionAddedAsAFigure() {
    QFETCH(QString, selected);
    QFETCH(QVariantList, answers);
    QFETCH(QStringList, asked);
    QFETCH(bool, requested);
    select(selected);
    QSignalSpy spy(m_view.get(), &SourceView::figureAdditionRequested);
    QVERIFY(spy.isValid());
    const std::unique_ptr<QMenu> menu(m_view->contextMenu(QPoint(1, 1)));
    QAction *add = addAction(menu.get());
    QVERIFY(add);
    m_prompts.answers = answers;
    add->trigger();
    QCOMPARE(m_prompts.asked, asked);
    QCOMPARE(spy.count(), requested ? 1 : 0);
    if (!requested)
        return;
    QCOMPARE(spy.at(0).at(0).toDouble(), answers.at(0).toDouble());
    QCOMPARE(spy.at(0).at(1).toString(), answers.at(1).toString());
    QCOMPARE(spy.at(0).at(2).toString(), answers.at(2).toString());
}

void TestSourceView::noSelectionNoAddition() {
    QTextCursor cursor = m_view->textView()->textCursor();
    cursor.clearSelection();
    m_view->textView()->setTextCursor(cursor);
    const std::unique_ptr<QMenu> menu(m_view->contextMenu(QPoint(1, 1)));
    QVERIFY(!addAction(menu.get()));
    QVERIFY(!menu->actions().isEmpty());  // the standard ones: copy, select all
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
