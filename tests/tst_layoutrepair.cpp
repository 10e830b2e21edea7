#include "engine/layout.h"
#include "engine/reportparser.h"
#include "seedhelpers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

Q_DECLARE_METATYPE(reportlens::PassageKind)

class TestLayoutRepair : public QObject {
    Q_OBJECT

private slots:
    void classifyLine_data();
    void classifyLine();
    void rejoinsAcrossCaption();
    void seedSentencesRejoined_data();
    void seedSentencesRejoined();
    void seedCaptionSplitFiguresWhole_data();
    void seedCaptionSplitFiguresWhole();
    void sentenceSplitting();
    void aRunWithNoFullStopIsCut_data();
    void aRunWithNoFullStopIsCut();
    void titles_data();
    void titles();
};

void TestLayoutRepair::classifyLine_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<PassageKind>("kind");
    QTest::newRow("markdown heading")
        << u"# 热烈庆祝漳州市工会第十九次代表大会隆重召开"_s << PassageKind::Heading;
    QTest::newRow("dash heading") << u"——注重工会源头参与"_s << PassageKind::Heading;
    QTest::newRow("numbered heading")
        << u"3 职工群众获得感幸福感满足感更加充实 始终坚持竭诚服务履职尽责"_s
        << PassageKind::Heading;
    QTest::newRow("section number of Chinese numerals and 、")
        << u"二、2023年主要目标"_s << PassageKind::Heading;
    QTest::newRow("bracketed section number")
        << u"（三）强化职工技能培训"_s << PassageKind::Heading;
    QTest::newRow("a list of ordinals is no section number")
        << u"一二三季度职工收入稳步增长,四季度有所回落"_s << PassageKind::Caption;
    QTest::newRow("spaced headline") << u"听党话 跟党走 坚定不移谋发展"_s << PassageKind::Heading;
    QTest::newRow("triangle caption")
        << u"▲在户外劳动者驿站里,泉州工会法律志愿服务者为快递员普及法律法规。"_s
        << PassageKind::Caption;
    QTest::newRow("pointer caption with full stop")
        << u"►2017年8月22日,肇庆市总工会举办2017金秋助学活动。"_s << PassageKind::Caption;
    QTest::newRow("photo credit") << u"刘斌/摄"_s << PassageKind::Caption;
    QTest::newRow("picture description")
        << u"泉州工会联合多部门广泛开展职业技能竞赛,图为首届全市电商5G数字化转型技能竞赛现场。"_s
        << PassageKind::Caption;
    QTest::newRow("byline") << u"全媒体记者 梁鸿国 通讯员 莫丽华"_s << PassageKind::Byline;
    QTest::newRow("boxed byline") << u"□通讯员 李亮 许志馨 本报记者 陈淑华 文/图"_s
                                  << PassageKind::Byline;
    QTest::newRow("prose")
        << u"组织体系完善,全市建立工会组织5397家,涵盖单位29063家,会员609204人。"_s
        << PassageKind::Prose;
}

void TestLayoutRepair::classifyLine() {
    QFETCH(QString, line);
    QFETCH(PassageKind, kind);
    QCOMPARE(LayoutRepair::classifyLine(line), kind);
}

void TestLayoutRepair::rejoinsAcrossCaption() {
    const QString text =
        u"在引领职工技术创新中,职工技术创新水平不断提升。\n\n5年来,全市职工提合理化建议200多\n\n"
        "三明市总工会举办的“庆五一万名职工健康跑活动”,已经成为一项品牌活动\n\n"
        "万条,有890项职工技术创新成果得到推广。\n"_s;
    const Document document = ReportParser().parseText(u"test.txt"_s, text, u"UTF-8"_s);
    QStringList sentences;
    for (const Sentence &sentence : document.sentences)
        sentences.append(sentence.text);
    QVERIFY2(sentences.contains(
                 u"5年来,全市职工提合理化建议200多万条,有890项职工技术创新成果得到推广。"_s),
             qPrintable(sentences.join(u'\n')));
    QVERIFY(
        sentences.contains(u"三明市总工会举办的“庆五一万名职工健康跑活动”,已经成为一项品牌活动"_s));

    const auto figure = std::find_if(document.figures.begin(), document.figures.end(),
                                     [](const Figure &f) { return f.raw == u"200多万条"; });
    QVERIFY(figure != document.figures.end());
    QCOMPARE(figure->value, 2000000.0);
    QCOMPARE(figure->qualifier, Qualifier::Over);
    // The span runs from the figure's first character to its last, caption and all.
    const QString spanned = text.mid(figure->start, figure->end - figure->start);
    QVERIFY(spanned.startsWith(u"200多\n"_s));
    QVERIFY(spanned.endsWith(u"\n万条"_s));
    QVERIFY(spanned.contains(u"健康跑"_s));
    // The caption's "五一万名" is no figure.
    for (const Figure &f : document.figures)
        QVERIFY2(!f.raw.contains(u"万名"_s), qPrintable(f.raw));
}

void TestLayoutRepair::seedSentencesRejoined_data() {
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("sentencePart");
    QTest::newRow("000 page break mid-sentence")
        << u"000"_s << u"奋力谱写了漳州工运事业和工会工作新篇章。"_s;
    QTest::newRow("001 page break inside a phrase") << u"001"_s << u"劳模工匠评选表彰等机制"_s;
    QTest::newRow("001 page break after a comma") << u"001"_s << u"四轮驱动工作模式,以理赔促参保"_s;
    QTest::newRow("002 caption between halves")
        << u"002"_s << u"进企业宣讲162场次,选树“最美职工家庭”"_s;
    QTest::newRow("002 list item cut by the page")
        << u"002"_s << u"探索建设数字职工之家、海上职工之家"_s;
    QTest::newRow("002 word cut by the page")
        << u"002"_s
        << u"建设集理论学习、实操训练、师徒帮带、技能鉴定、技能竞赛、学历提升、创新创业等于一体的技能培训基地"_s;
    QTest::newRow("003 caption between halves") << u"003"_s << u"提合理化建议200多万条,有890项"_s;
    QTest::newRow("003 word cut by the page")
        << u"003"_s << u"全市工会始终把困难职工的冷暖放在心上"_s;
    QTest::newRow("004 figure after a page break") << u"004"_s << u"已实施16285件。"_s;
    QTest::newRow("004 word cut by the page") << u"004"_s << u"以政治生态清朗健康"_s;
}

void TestLayoutRepair::seedSentencesRejoined() {
    QFETCH(QString, seed);
    QFETCH(QString, sentencePart);
    const Document document = ReportParser().parseText(seedPath(seed), seedText(seed), u"UTF-8"_s);
    bool found = false;
    for (const Sentence &sentence : document.sentences)
        found = found || sentence.text.contains(sentencePart);
    QVERIFY2(found, qPrintable(sentencePart));
}

void TestLayoutRepair::seedCaptionSplitFiguresWhole_data() {
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::newRow("003 200duo wan tiao across a caption")
        << u"003"_s << u"200多万条"_s << 2000000.0 << u"条"_s;
    QTest::newRow("002 162 changci across a caption")
        << u"002"_s << u"162场次"_s << 162.0 << u"场次"_s;
    QTest::newRow("004 16285 jian after a page break")
        << u"004"_s << u"16285件"_s << 16285.0 << u"件"_s;
}

void TestLayoutRepair::seedCaptionSplitFiguresWhole() {
    QFETCH(QString, seed);
    QFETCH(QString, raw);
    QFETCH(double, value);
    QFETCH(QString, unit);
    const QString text = seedText(seed);
    const Document document = ReportParser().parseText(seedPath(seed), text, u"UTF-8"_s);
    const auto figure = std::find_if(document.figures.begin(), document.figures.end(),
                                     [&](const Figure &f) { return f.raw == raw; });
    QVERIFY2(figure != document.figures.end(), qPrintable(raw));
    QCOMPARE(figure->value, value);
    QCOMPARE(figure->unit, unit);
    // Its first and last characters are where the document has them.
    QCOMPARE(text.at(figure->start), raw.front());
    QCOMPARE(text.at(figure->end - 1), raw.back());
}

void TestLayoutRepair::sentenceSplitting() {
    Passage passage;
    passage.text = u"夏送清凉,投入185.5万元。冬送温暖。他说:“好!”然后离开;继续。"_s;
    passage.pieces.append(0, 100, passage.text.size());
    const std::vector<Sentence> sentences = LayoutRepair::sentences(passage);
    QStringList texts;
    for (const Sentence &sentence : sentences)
        texts.append(sentence.text);
    QCOMPARE(texts, (QStringList{u"夏送清凉,投入185.5万元。"_s, u"冬送温暖。"_s, u"他说:“好!”"_s,
                                 u"然后离开;继续。"_s}));
    QCOMPARE(sentences[1].documentStart, 100 + 15);
}

void TestLayoutRepair::aRunWithNoFullStopIsCut_data() {
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("cutAfter");  // what each piece but the last ends with
    QTest::newRow("clauses with commas: cut after a comma")
        << u"全市建立工会组织5397家，"_s << u"，"_s;
    QTest::newRow("no clause mark: cut between characters, never in a number")
        << u"全市建立工会组织5397家涵盖单位1,802家"_s << QString();
}

// A page with no full stop made one "sentence" of the whole line; each figure carried it all,
// and the work grew with the square of the line (800 KB: 24 s).
void TestLayoutRepair::aRunWithNoFullStopIsCut() {
    QFETCH(QString, clause);
    QFETCH(QString, cutAfter);
    Passage passage;
    while (passage.text.size() < 5 * LayoutRepair::kLongestSentence)
        passage.text += clause;
    passage.text += u"。"_s;
    passage.pieces.append(0, 0, passage.text.size());
    const std::vector<Sentence> sentences = LayoutRepair::sentences(passage);
    QVERIFY(sentences.size() >= 5);
    QString joined;
    for (size_t i = 0; i < sentences.size(); ++i) {
        const Sentence &sentence = sentences[i];
        QVERIFY(sentence.text.size() <= LayoutRepair::kLongestSentence);
        if (i + 1 < sentences.size() && !cutAfter.isEmpty())
            QVERIFY2(sentence.text.endsWith(cutAfter), qPrintable(sentence.text.right(10)));
        QCOMPARE(sentence.documentStart, qsizetype(joined.size()));
        joined += sentence.text;
    }
    QCOMPARE(joined, passage.text);  // nothing lost, nothing doubled
    // Every number is whole in one piece: as many figures as in the text read clause by clause.
    Document document = ReportParser().parseText(u"long.txt"_s, passage.text, u"UTF-8"_s);
    const Document one = ReportParser().parseText(u"one.txt"_s, clause + u"。"_s, u"UTF-8"_s);
    QCOMPARE(document.figures.size(),
             one.figures.size() * size_t(passage.text.size() / clause.size()));
    for (const Figure &figure : document.figures)
        QVERIFY2(figure.raw == u"5397家"_s || figure.raw == u"1,802家"_s, qPrintable(figure.raw));
}

void TestLayoutRepair::titles_data() {
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("title");
    QTest::newRow("000") << u"000"_s << u"热烈庆祝漳州市工会第十九次代表大会隆重召开"_s;
    QTest::newRow("001") << u"001"_s << u"踔厉奋发书写精彩答卷 笃行不怠再续美好新篇"_s;
    QTest::newRow("002") << u"002"_s << u"引领 担当 服务 书写助力高质量发展新篇章"_s;
    QTest::newRow("003") << u"003"_s << u"与时代同步 与社会共进"_s;
    QTest::newRow("004") << u"004"_s
                         << u"以改革开放再出发的信心决心 展现工会新时代中的新担当新作为"_s;
}

void TestLayoutRepair::titles() {
    QFETCH(QString, seed);
    QFETCH(QString, title);
    QCOMPARE(LayoutRepair::title(LayoutRepair::passages(seedText(seed))), title);
}

QTEST_APPLESS_MAIN(TestLayoutRepair)
#include "tst_layoutrepair.moc"
