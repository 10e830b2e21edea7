#include "engine/figureextractor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

// "raw|value|unit|qualifier" for each figure, joined by ";".
QString describe(const std::vector<Figure> &figures) {
    QStringList parts;
    for (const Figure &figure : figures) {
        parts.append(u"%1|%2|%3|%4"_s.arg(figure.raw, QString::number(figure.value, 'g', 15),
                                          figure.unit, qualifierName(figure.qualifier)));
    }
    return parts.join(u';');
}

}  // namespace

class TestFigureExtractor : public QObject {
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
    void signs_data();
    void signs();
    void nonFigures_data();
    void nonFigures();
    void labels_data();
    void labels();
    void headingNumbers();
    void positionsInSentence();
};

void TestFigureExtractor::figures_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("expected");

    // Number grammar and multipliers.
    QTest::newRow("wan with bracketed ci")
        << u"走访慰问困难职工家庭1.13万户(次),"_s << u"1.13万户(次)|11300|户次|exact"_s;
    QTest::newRow("full-width bracketed ci")
        << u"慰问一线职工30.67万人（次）。"_s << u"30.67万人（次）|306700|人次|exact"_s;
    QTest::newRow("yi yuan") << u"全额退还工会经费超1.4亿元。"_s
                             << u"超1.4亿元|140000000|元|over"_s;
    QTest::newRow("plain integer") << u"全市建立工会组织5397家。"_s << u"5397家|5397|家|exact"_s;
    QTest::newRow("chinese liang bai wan with implied people")
        << u"承载着泉州两百万职工的期盼。"_s << u"两百万|2000000|人|exact"_s;
    QTest::newRow("chinese bare bai wan after chao")
        << u"吸引超百万人次在线观看。"_s << u"超百万人次|1000000|人次|over"_s;
    QTest::newRow("chinese san qian duo")
        << u"组织三千多名职工参加。"_s << u"三千多名|3000|名|over"_s;
    QTest::newRow("chinese yi wan er qian wu bai")
        << u"帮助一万二千五百名职工。"_s << u"一万二千五百名|12500|名|exact"_s;
    QTest::newRow("daxie numerals")
        << u"拨付壹佰贰拾万元。"_s << u"壹佰贰拾万元|1200000|元|exact"_s;
    QTest::newRow("bai fen zhi") << u"覆盖率达到百分之五十。"_s << u"百分之五十|50|%|exact"_s;
    QTest::newRow("san fen zhi yi") << u"约占三分之一。"_s << u"三分之一|33.333333|%|exact"_s;
    QTest::newRow("full-width digits") << u"建成１２３个站点。"_s << u"１２３个|123|个|exact"_s;
    QTest::newRow("full-width separator")
        << u"发放１,２００份。"_s << u"１,２００份|1200|份|exact"_s;
    QTest::newRow("full-width decimal") << u"惠及３．５万人。"_s << u"３．５万人|35000|人|exact"_s;
    QTest::newRow("traditional wan and units")
        << u"服務職工3萬個家庭、500場次。"_s << u"3萬個|30000|个|exact;500場次|500|场次|exact"_s;
    QTest::newRow("traditional report")
        << u"走訪慰問困難職工家庭1.13萬戶（次），舉辦招聘會300餘場，提供30餘萬個崗位。"_s
        << u"1.13萬戶（次）|11300|户次|exact;300餘場|300|场|over;30餘萬個|300000|个|over"_s;
    QTest::newRow("shi with unit") << u"开展十二场活动。"_s << u"十二场|12|场|exact"_s;
    QTest::newRow("chinese dian decimal")
        << u"投入三点五万元。"_s << u"三点五万元|35000|元|exact"_s;
    QTest::newRow("wan yi") << u"总额1万亿元。"_s << u"1万亿元|1000000000000|元|exact"_s;

    // Qualifiers, each one.
    QTest::newRow("yu infix") << u"举办招聘会300余场,"_s << u"300余场|300|场|over"_s;
    QTest::newRow("duo before wan")
        << u"提合理化建议200多万条,"_s << u"200多万条|2000000|条|over"_s;
    QTest::newRow("duo after wan") << u"全市1.6万多家企业。"_s << u"1.6万多家|16000|家|over"_s;
    QTest::newRow("yu after wan") << u"3.14万余名职工领取补助金。"_s
                                  << u"3.14万余名|31400|名|over"_s;
    QTest::newRow("jin approx") << u"开展竞赛近500场(次),"_s << u"近500场(次)|500|场次|approx"_s;
    QTest::newRow("yue approx") << u"约2万人参加。"_s << u"约2万人|20000|人|approx"_s;
    QTest::newRow("zuoyou approx") << u"惠及300人左右。"_s << u"300人左右|300|人|approx"_s;
    QTest::newRow("shangxia approx") << u"每年1000名上下。"_s << u"1000名上下|1000|名|approx"_s;
    QTest::newRow("jiejin approx") << u"接近5000人。"_s << u"接近5000人|5000|人|approx"_s;
    QTest::newRow("yishang over") << u"覆盖动态保持在90%以上。"_s << u"90%以上|90|%|over"_s;
    QTest::newRow("chaoguo over") << u"帮助超过12万名职工。"_s << u"超过12万名|120000|名|over"_s;
    QTest::newRow("yu prefix over") << u"逾3000人受益。"_s << u"逾3000人|3000|人|over"_s;
    QTest::newRow("yao yue is an offer, not approx")
        << u"发放要约1082份。"_s << u"1082份|1082|份|exact"_s;
    QTest::newRow("guo prefix over") << u"捐款过5亿元,"_s << u"过5亿元|500000000|元|over"_s;
    QTest::newRow("tong guo is not a qualifier")
        << u"通过3000人次的培训。"_s << u"3000人次|3000|人次|exact"_s;
    QTest::newRow("tupo breaks through: over")
        << u"参与职工突破1亿人次。"_s << u"突破1亿人次|100000000|人次|over"_s;
    QTest::newRow("budao under") << u"不到100家。"_s << u"不到100家|100|家|under"_s;
    QTest::newRow("bushaoyu, not less than: over")
        << u"每年组织大赛的工种不少于100个。"_s << u"不少于100个|100|个|over"_s;
    QTest::newRow("zhishao, at least: over") << u"至少30人。"_s << u"至少30人|30|人|over"_s;
    QTest::newRow("buzu under") << u"不足50人。"_s << u"不足50人|50|人|under"_s;
    QTest::newRow("yixia under") << u"对25人以下企业免缴经费。"_s << u"25人以下|25|人|under"_s;
    QTest::newRow("yinei under") << u"控制在5%以内。"_s << u"5%以内|5|%|under"_s;

    // Units: implied, spaced, square metres, percentage points.
    QTest::newRow("implied yuan from touru")
        << u"投入180多万开展建设。"_s << u"180多万|1800000|元|over"_s;
    QTest::newRow("implied people before noun")
        << u"为94.5万高温户外作业职工送清凉。"_s << u"94.5万|945000|人|exact"_s;
    QTest::newRow("space inside figure") << u"完成1.5万 项任务。"_s << u"1.5万 项|15000|项|exact"_s;
    QTest::newRow("square metres") << u"拥有800平方米和467平方米的中心。"_s
                                   << u"800平方米|800|平方米|exact;467平方米|467|平方米|exact"_s;
    QTest::newRow("percentage points")
        << u"提高2.5个百分点。"_s << u"2.5个百分点|2.5|个百分点|exact"_s;
    QTest::newRow("tons") << u"筹措15吨过氧乙酸消毒液。"_s << u"15吨|15|吨|exact"_s;
    QTest::newRow("jin of goods") << u"发放米面油等物资85万斤。"_s << u"85万斤|850000|斤|exact"_s;
    QTest::newRow("trees") << u"栽植花草1790棵、树木105棵。"_s
                           << u"1790棵|1790|棵|exact;105棵|105|棵|exact"_s;
    QTest::newRow("a space between the digits and their multiplier")
        << u"支付大病医疗互助补充保障金1955 万元。"_s << u"1955 万元|19550000|元|exact"_s;
    QTest::newRow("micrograms per cubic metre")
        << u"PM2.5平均浓度降至25微克/立方米。"_s << u"25微克/立方米|25|微克/立方米|exact"_s;
    QTest::newRow("a small chinese numeral counting in prose")
        << u"建立五处工驿站。"_s << u"五处|5|处|exact"_s;
    QTest::newRow("a small chinese numeral counting editions")
        << u"职工医疗互助活动举办七期。"_s << u"七期|7|期|exact"_s;
    QTest::newRow("jia ci") << u"为18013家次的小微企业退还经费。"_s
                            << u"18013家次|18013|家次|exact"_s;

    // Lists and several figures in one sentence.
    QTest::newRow("list of three levels")
        << u"职工书屋示范点全国级21个、省级49个、市级124个。"_s
        << u"21个|21|个|exact;49个|49|个|exact;124个|124|个|exact"_s;
    QTest::newRow("total and its part") << u"会员20.9万人,其中农民工会员9.4万人。"_s
                                        << u"20.9万人|209000|人|exact;9.4万人|94000|人|exact"_s;
    QTest::newRow("money then people") << u"筹集资金122.9万元资助499名困难职工子女上大学。"_s
                                       << u"122.9万元|1229000|元|exact;499名|499|名|exact"_s;
}

void TestFigureExtractor::signs_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a fall is negative")
        << u"规模以上工业增加值下降11.2%。"_s << u"11.2%|-11.2|%|exact"_s;
    QTest::newRow("a reduction in households")
        << u"困难职工减少了2000户。"_s << u"2000户|-2000|户|exact"_s;
    QTest::newRow("a slight fall") << u"居民消费价格CPI微降0.1%。"_s << u"0.1%|-0.1|%|exact"_s;
    QTest::newRow("a fall in percentage points")
        << u"失业率回落3个百分点。"_s << u"3个百分点|-3|个百分点|exact"_s;
    QTest::newRow("each item of a respectively list falls")
        << u"两项指标分别下降16%和36%。"_s << u"16%|-16|%|exact;36%|-36|%|exact"_s;
    QTest::newRow("a level reached after a fall is not a fall")
        << u"PM2.5浓度降至25微克/立方米。"_s << u"25微克/立方米|25|微克/立方米|exact"_s;
    QTest::newRow("a rise is positive")
        << u"城镇居民人均可支配收入增长3.4%。"_s << u"3.4%|3.4|%|exact"_s;
    QTest::newRow("a fall in Traditional script")
        << u"能耗下降5%，減少3000噸。"_s << u"5%|-5|%|exact;3000噸|-3000|吨|exact"_s;
    QTest::newRow("a rise after a fall in the same sentence")
        << u"能耗下降5%，产值增长8%。"_s << u"5%|-5|%|exact;8%|8|%|exact"_s;
}

void TestFigureExtractor::signs() {
    QFETCH(QString, sentence);
    QFETCH(QString, expected);
    QCOMPARE(describe(FigureExtractor::extractFromText(sentence)), expected);
}

void TestFigureExtractor::figures() {
    QFETCH(QString, sentence);
    QFETCH(QString, expected);
    QCOMPARE(describe(FigureExtractor::extractFromText(sentence)), expected);
}

void TestFigureExtractor::nonFigures_data() {
    QTest::addColumn<QString>("sentence");

    // Calendar years, dates and times.
    QTest::newRow("year") << u"2017年,集团投资建设活动中心。"_s;
    QTest::newRow("year and month") << u"2015年1月,服务中心动工建设。"_s;
    QTest::newRow("month and day") << u"今年8月31日,举行金秋助学活动。"_s;
    QTest::newRow("quoted date") << u"在“6·18”展会上获奖。"_s;
    QTest::newRow("year span") << u"编辑出版发展史(1953—2020)。"_s;
    QTest::newRow("year before a name") << u"举办2017金秋助学活动。"_s;
    QTest::newRow("anniversary") << u"庆祝新中国成立70周年。"_s;
    QTest::newRow("clock time") << u"会议于8:30开始。"_s;
    // Ordinals, congresses and sessions.
    QTest::newRow("congress shiba da") << u"中国工会十八大胜利闭幕。"_s;
    QTest::newRow("ordinal di shi jiu ci") << u"市工会第十九次代表大会召开。"_s;
    QTest::newRow("ordinal di shi si jie") << u"获得“第十四届省级文明单位”称号。"_s;
    QTest::newRow("ordinal di shi san ming") << u"获个人成绩第十三名。"_s;
    QTest::newRow("a session named without di") << u"张晓强参加兰州市十七届人大四次会议。"_s;
    QTest::newRow("ordinal di qi qi") << u"其中第七期吸引职工参加。"_s;
    QTest::newRow("arabic ordinal") << u"举办第3期培训班。"_s;
    // Numbered slogans, programme and mechanism names.
    QTest::newRow("liang ge queli") << u"坚定拥护“两个确立”、坚决做到“两个维护”。"_s;
    QTest::newRow("san zhong jingshen") << u"“三种精神”广泛弘扬。"_s;
    QTest::newRow("wu xiao") << u"开展“五小”创新竞赛。"_s;
    QTest::newRow("si xia jiceng") << u"践行四下基层优良作风。"_s;
    QTest::newRow("1+X") << u"开展“1+X”示范带创活动。"_s;
    QTest::newRow("6+2 unquoted") << u"培育6+2文化团队。"_s;
    QTest::newRow("1263 mechanism") << u"深化1263机关党建工作机制。"_s;
    QTest::newRow("1234 pattern") << u"构建“1234”新格局。"_s;
    QTest::newRow("si shuang liu hao") << u"创建四双六好工会。"_s;
    QTest::newRow("liu bi yi chuang") << u"开展六比一创劳动竞赛。"_s;
    QTest::newRow("yi hui san yanpan") << u"坚持一会三研判制度。"_s;
    QTest::newRow("shi san wu") << u"建功十三五。"_s;
    QTest::newRow("5G") << u"电商5G数字化转型技能竞赛。"_s;
    QTest::newRow("may day wu yi") << u"获省五一劳动奖章。"_s;
    QTest::newRow("bare wan in an event name") << u"庆“五一”万名职工健康跑。"_s;
    QTest::newRow("yi wan set phrase") << u"团结动员亿万职工。"_s;
    QTest::newRow("bare qian in a slogan") << u"响应千名干部挂千企号召。"_s;
    QTest::newRow("book title") << u"出台《工会助力疫情防控十一条措施》。"_s;
    // Telephone and hotline numbers, codes.
    QTest::newRow("hotline") << u"开通“12351”服务热线。"_s;
    QTest::newRow("unquoted hotline") << u"拨打12351热线。"_s;
    // Durations of the reporting period.
    QTest::newRow("wu nian lai") << u"五年来,市总工会坚持……"_s;
    QTest::newRow("5 nian lai") << u"5年来,全市工会……"_s;
    QTest::newRow("lianxu 5 nian") << u"连续5年被评为先进单位。"_s;
    QTest::newRow("17 ge chunqiu") << u"活动走过17个春秋。"_s;
    QTest::newRow("forty years") << u"改革开放40年。"_s;
    // Chinese single digits used as words.
    QTest::newRow("yi dui yi") << u"采取一对一、多对一形式。"_s;
    QTest::newRow("yi xiang") << u"已经成为一项品牌活动。"_s;
    QTest::newRow("number with no unit") << u"四个100最佳项目。"_s;
    // Numbers no report states as a figure, too long to hold exactly (a 400-digit one was
    // infinite and filled a cell as "inf亿人").
    QTest::newRow("four hundred digits") << u"全市会员"_s + QString(400, u'9') + u"亿人。"_s;
    QTest::newRow("seventeen digits with a multiplier") << u"职工99999999999999999万人。"_s;
}

void TestFigureExtractor::nonFigures() {
    QFETCH(QString, sentence);
    QCOMPARE(describe(FigureExtractor::extractFromText(sentence)), QString());
}

void TestFigureExtractor::labels_data() {
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("verb and object before")
        << u"走访慰问困难职工家庭1.13万户(次),发放慰问金(慰问品)934.83万元。"_s
        << QStringList{u"走访慰问困难职工家庭"_s, u"发放慰问金(慰问品)"_s};
    QTest::newRow("clauses") << u"全市建立工会组织5397家,涵盖单位29063家,会员609204人。"_s
                             << QStringList{u"全市建立工会组织"_s, u"涵盖单位"_s, u"会员"_s};
    QTest::newRow("qizhong stripped")
        << u"会员20.9万人,其中农民工会员9.4万人。"_s << QStringList{u"会员"_s, u"农民工会员"_s};
    QTest::newRow("counted noun after the figure")
        << u"建成9个示范点。"_s << QStringList{u"建成示范点"_s};
    QTest::newRow("list item labels do not take the item before")
        << u"28个医生休息室、46个“共享职工之家”联合构筑起阵地。"_s
        << QStringList{u"医生休息室"_s, u"共享职工之家”联合构筑起阵地"_s};
    QTest::newRow("only the particle goes after a figure")
        << u"发动81.93万人次的职工参加活动。"_s << QStringList{u"发动职工参加活动"_s};
    QTest::newRow("a respectively list hands each figure its own item")
        << u"城镇、农村居民人均可支配收入分别增长3.4%、5.2%。"_s
        << QStringList{u"城镇居民人均可支配收入增长"_s, u"农村居民人均可支配收入增长"_s};
    QTest::newRow("a respectively list of three")
        << u"全国级、省级、市级示范点分别有21个、49个和124个。"_s
        << QStringList{u"全国级示范点有"_s, u"省级示范点有"_s, u"市级示范点有"_s};
    QTest::newRow("a respectively list in Traditional script keeps its script")
        << u"城鎮、農村居民收入分別增長3.4%、5.2%。"_s
        << QStringList{u"城鎮居民收入增長"_s, u"農村居民收入增長"_s};
    QTest::newRow("short list items take the list head")
        << u"布点建设职工书屋示范点全国级21个、省级49个。"_s
        << QStringList{u"布点建设职工书屋示范点全国级"_s, u"布点建设职工书屋示范点全国级、省级"_s};
}

void TestFigureExtractor::labels() {
    QFETCH(QString, sentence);
    QFETCH(QStringList, labels);
    QStringList found;
    for (const Figure &figure : FigureExtractor::extractFromText(sentence))
        found.append(figure.label);
    QCOMPARE(found, labels);
}

void TestFigureExtractor::headingNumbers() {
    // "3 职工群众获得感……": a section number, not a figure; a figure in a heading still is one.
    QCOMPARE(describe(FigureExtractor::extractFromText(u"3 职工群众获得感幸福感满足感更加充实"_s,
                                                       PassageKind::Heading)),
             QString());
    QCOMPARE(
        describe(FigureExtractor::extractFromText(u"全市建成驿站338家"_s, PassageKind::Heading)),
        u"338家|338|家|exact"_s);
}

void TestFigureExtractor::positionsInSentence() {
    const QString sentence = u"近500场(次),参与职工35万余人次。"_s;
    const std::vector<Figure> figures = FigureExtractor::extractFromText(sentence);
    QCOMPARE(figures.size(), size_t(2));
    for (const Figure &figure : figures)
        QCOMPARE(sentence.mid(figure.start, figure.end - figure.start), figure.raw);
    QCOMPARE(figures[1].raw, u"35万余人次"_s);
    QCOMPARE(figures[1].value, 350000.0);
}

QTEST_APPLESS_MAIN(TestFigureExtractor)
#include "tst_figureextractor.moc"
