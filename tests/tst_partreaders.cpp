// The readers that give a large report's text in parts of bounded size (text files, Word
// files, web pages; TextPartSource), made by the test itself: the parts add up to the whole
// text, large Word files and pages are read in parts within a memory limit, and the stated
// limits are kept, with a message naming the file and the limit.
#include "engine/input/documentreader.h"
#include "engine/reportparser.h"
#include "legacyencoding.h"
#include "reportfixtures.h"
#include "seedhelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;
using namespace reportfixtures;

class TestPartReaders : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void partsAddUpToTheWholeText_data();
    void partsAddUpToTheWholeText();
    void largeWordFilesAndPagesAreReadInParts_data();
    void largeWordFilesAndPagesAreReadInParts();
    void limitsAreStatedAndKept_data();
    void limitsAreStatedAndKept();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_goodPdf;  // a report that is never read in parts, beside those that are
};

void TestPartReaders::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_goodPdf = path(u"good.pdf"_s);
    QVERIFY(writePdf(m_goodPdf,
                     {{u"肇庆市总工会工作综述"_s, u"全市建立工会组织5397家,涵盖单位29063家。"_s}}));
}

namespace {

QByteArray wordParagraph(const QString &text, const QByteArray &style = {}) {
    const QByteArray properties =
        style.isEmpty() ? QByteArray() : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return "<w:p>" + properties + "<w:r><w:t>" + text.toHtmlEscaped().toUtf8() +
           "</w:t></w:r></w:p>";
}

}  // namespace

void TestPartReaders::partsAddUpToTheWholeText_data() {
    QTest::addColumn<QString>("name");  // .docx: content is its word/document.xml
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("partChars");
    QTest::addColumn<int>("minimumParts");
    QTest::addColumn<QString>("expected");  // the whole text, where the row states it

    QTest::newRow("Word: headings and paragraphs")
        << u"headings.docx"_s
        << wordXml({u"# 商洛市总工会五年工作综述"_s, u"全市现有工会组织4092个、会员20.9万人。"_s,
                    u"# 二、维权服务"_s, u"为6.1万名患病职工报销医药费6150万元。"_s,
                    u"建成职工之家300个。"_s})
        << 64 << 2
        << u"# 商洛市总工会五年工作综述\n\n全市现有工会组织4092个、会员20.9万人。\n\n# "
           "二、维权服务\n\n为6.1万名患病职工报销医药费6150万元。\n\n建成职工之家300个。\n\n"_s;
    const QByteArray box =
        "<w:txbxContent>" + wordParagraph(u"会员60.92万人。"_s) + "</w:txbxContent>";
    QTest::newRow("Word: a text box, written twice")
        << u"textbox.docx"_s
        << reportfixtures::wordDocument(
               "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>工作综述</w:t></w:r>"
               "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><wps:txbx>" +
               box + "</wps:txbx></mc:Choice><mc:Fallback><v:textbox>" + box +
               "</v:textbox></mc:Fallback></mc:AlternateContent></w:r>"
               "<w:r><w:t>涵盖单位29063家。</w:t></w:r></w:p><w:p/>" +
               wordParagraph(u"建成职工之家300个。"_s))
        << 64 << 1
        << u"# 工作综述\n\n会员60.92万人。\n\n# 涵盖单位29063家。\n\n\n\n建成职工之家300个。\n\n"_s;
    QTest::newRow("Word: a table")
        << u"table.docx"_s
        << reportfixtures::wordDocument("<w:tbl><w:tr><w:tc>" + wordParagraph(u"城市"_s) +
                                        "</w:tc><w:tc>" + wordParagraph(u"会员"_s) +
                                        "</w:tc></w:tr><w:tr><w:tc>" + wordParagraph(u"漳州市"_s) +
                                        "</w:tc><w:tc>" + wordParagraph(u"60.92万人"_s) +
                                        "</w:tc></w:tr></w:tbl>")
        << 64 << 1 << u"城市\n\n会员\n\n漳州市\n\n60.92万人\n\n"_s;
    QTest::newRow("Word: tabs, line breaks, entities and CDATA")
        << u"breaks.docx"_s
        << reportfixtures::wordDocument(
               "<w:p><w:r><w:t>会员</w:t><w:tab/><w:t>60.92万人</w:t><w:br/>"
               "<w:t xml:space=\"preserve\"> 职工 &amp; 家属 &#x4E00;</w:t><w:cr/>"
               "<w:t><![CDATA[<驿站>]]></w:t></w:r></w:p>")
        << 64 << 1 << u"会员\t60.92万人\n 职工 & 家属 一\n<驿站>\n\n"_s;
    QString sentences;
    for (int i = 0; i < 100; ++i)
        sentences += u"第%1项：全市建立工会组织5397家。"_s.arg(i);
    QTest::newRow("Word: a paragraph longer than a part, cut after a sentence")
        << u"long-paragraph.docx"_s << wordXml({sentences, u"会员60.92万人。"_s}) << 200 << 10
        << QString();
    // Past the million characters of a paragraph held before it is written as it stands.
    QByteArray runs = "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>";
    for (int i = 0; i < 70000; ++i)
        runs += "<w:r><w:t>各级工会服务职工群众</w:t></w:r><w:r><w:t>建设职工之家</w:t></w:r>";
    QTest::newRow("Word: one paragraph of 1.1 million characters")
        << u"huge-paragraph.docx"_s
        << reportfixtures::wordDocument(runs + "</w:p>" + wordParagraph(u"完。"_s)) << 100000 << 12
        << QString();
    QTest::newRow("Word: markup after the root element")
        << u"after-root.docx"_s
        << wordXml({u"全市建立工会组织5397家。"_s}) + "\r\n<!-- saved by an editor -->\n"
        << 64 << 1 << u"全市建立工会组织5397家。\n\n"_s;

    QTest::newRow("page: headings, paragraphs and a table")
        << u"table.html"_s
        << QByteArray(
               "<html><head><title>肇庆市总工会</title></head><body><h1>工作综述</h1>"
               "<p>全市建立工会组织<b>5397</b>家，<br>会员609204人。</p><table>"
               "<tr><td>城市</td> <td>会员</td></tr><tr><td>肇庆市</td> <td>60.92万人</td>"
               "</tr></table></body></html>")
        << 64 << 1
        << u"肇庆市总工会\n\n# 工作综述\n\n全市建立工会组织5397家，\n\n会员609204人。\n\n城市 "
           "会员\n\n肇庆市 60.92万人\n"_s;
    QTest::newRow("page: scripts, styles, noscript, templates and SVG dropped")
        << u"dropped.html"_s
        << QByteArray(
               "<html><head><style>p{content:'999家'}</style><script>var a='<p>8888家"
               "</p>';</script></head><body><p>夏送清凉，投入185.5万元。</p><noscript>7777家"
               "</noscript><template><p>6666家</p></template><svg><text>5555家</text>"
               "</svg><!-- 4444家 --><p>建成驿站338家。</p></body></html>")
        << 64 << 1 << u"夏送清凉，投入185.5万元。\n\n建成驿站338家。\n"_s;
    QTest::newRow("page: nested blocks")
        << u"nested.html"_s
        << QByteArray(
               "<body><main><section><article><header><h2>二、维权</h2></header><ul><li>"
               "<div><p>走访慰问困难职工家庭1.13万户（次）。</p></div></li><li>筹集资金"
               "<span>4100</span>万元。</li></ul><blockquote><dl><dt>驿站</dt><dd>338家"
               "</dd></dl></blockquote></article></section></main></body>")
        << 64 << 1
        << u"# 二、维权\n\n走访慰问困难职工家庭1.13万户（次）。\n\n筹集资金4100万元。\n\n驿站\n\n"
           "338家\n"_s;
    QTest::newRow("page: white space, entities and full-width spaces")
        << u"spaces.html"_s
        << u"<body>\n  <p>\u3000\u3000全市建立工会组织\t\n 5397家，&nbsp;涵盖单位&#12288;29063家"
           "&amp;</p>\r\n\r\n<p> 会员 <i>609204</i>  人 <!-- x --> 。</p>\n  \u3000 </body>"_s
               .toUtf8()
        << 64 << 1
        << u"全市建立工会组织 5397家，\u00a0涵盖单位\u300029063家&\n\n会员 609204 人  。\n"_s;
    QTest::newRow("page: GBK, its charset in <meta>")
        << u"gbk.htm"_s
        << encodeWithIcu("GB18030",
                         u"<html><head><meta http-equiv=\"Content-Type\" content=\""
                         "text/html; charset=gbk\"></head><body><p>漳州市总工会</p><p>"
                         "建成驿站338家。</p></body></html>"_s)
        << 64 << 1 << u"漳州市总工会\n\n建成驿站338家。\n"_s;
    QByteArray deep = "<html><body><p>全市建立工会组织5397家。</p>";
    for (int i = 0; i < 20000; ++i)
        deep += "<font size=2>";
    deep += "<p>会员60.92万人。</p><h2>职工之家</h2><p>建成职工之家300个。</p></body></html>";
    QTest::newRow("page: 20,000 unclosed <font>")
        << u"deep.html"_s << deep << 64 << 1
        << u"全市建立工会组织5397家。\n\n会员60.92万人。\n\n# 职工之家\n\n建成职工之家300个。\n"_s;
    QTest::newRow("page: a stray end tag first, content after </html>")
        << u"stray.html"_s
        << QByteArray("</div><p>全市建立工会组织5397家。</p></body></html><p>会员60.92万人。</p>")
        << 64 << 1 << u"全市建立工会组织5397家。\n\n会员60.92万人。\n"_s;
    // Past the 1 MiB head the encoding is told from: the rest is decoded as a stream.
    QString page = u"<html><body>"_s;
    while (page.size() < 1'500'000)
        page += u"<p>"_s + seedText(u"001"_s).replace(u"\n\n"_s, u"</p><p>"_s) + u"</p>"_s;
    QTest::newRow("page: 3 MB of GB18030, its encoding told from its head")
        << u"gb18030.html"_s << encodeWithIcu("GB18030", page + u"</body></html>"_s) << 200000 << 6
        << QString();
}

// Read in parts, as a large file is, each a document of its own: the parts hold exactly the text
// of the whole file, each at most partChars long.
void TestPartReaders::partsAddUpToTheWholeText() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, partChars);
    QFETCH(int, minimumParts);
    QFETCH(QString, expected);
    const QString file = path(name);
    if (name.endsWith(u".docx"_s))
        QVERIFY(writeZip(
            file, {{u"[Content_Types].xml"_s, kContentTypes}, {u"word/document.xml"_s, content}}));
    else
        QVERIFY(writeFile(file, content));
    const DecodedText whole = DocumentReader::read(file);
    QVERIFY2(whole.ok, qPrintable(whole.error));
    if (!expected.isEmpty())
        QCOMPARE(whole.text, expected);

    QStringList parts;
    QString error;
    const bool readToEnd = ReportParser().parseInParts(
        file, partChars,
        [&parts](Document &part, qint64, qint64) {
            parts.append(part.text);
            return true;
        },
        &error);
    QVERIFY2(readToEnd, qPrintable(error));
    QVERIFY2(parts.size() >= minimumParts, qPrintable(QString::number(parts.size())));
    for (const QString &part : std::as_const(parts))
        QVERIFY2(part.size() <= partChars, qPrintable(QString::number(part.size())));
    QCOMPARE(parts.join(QString()), whole.text);
}

void TestPartReaders::largeWordFilesAndPagesAreReadInParts_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("largeFileBytes");
    QTest::addColumn<bool>("inParts");
    // report.docx: some 1.5 KB zipped, 13 KB of XML; report.html: 300 bytes.
    QTest::newRow("a Word file whose XML is larger than the limit, its zip smaller")
        << u"report.docx"_s << qint64(5000) << true;
    QTest::newRow("a Word file whose XML is smaller")
        << u"report.docx"_s << qint64(100000) << false;
    QTest::newRow("a damaged Word file: read whole, and refused there")
        << u"damaged.docx"_s << qint64(10) << false;
    QTest::newRow("a web page larger than the limit") << u"report.html"_s << qint64(100) << true;
    QTest::newRow("a web page smaller") << u"report.html"_s << qint64(4000) << false;
    QTest::newRow("a PDF, never in parts") << u"report.pdf"_s << qint64(10) << false;
}

void TestPartReaders::largeWordFilesAndPagesAreReadInParts() {
    QFETCH(QString, name);
    QFETCH(qint64, largeFileBytes);
    QFETCH(bool, inParts);
    const QString folder = path(u"in-parts"_s);
    if (!QFileInfo::exists(folder)) {
        QVERIFY(QDir().mkpath(folder));
        QStringList paragraphs{u"# 商洛市总工会五年工作综述"_s};
        for (int i = 0; i < 50; ++i)
            paragraphs.append(u"全市现有工会组织4092个、会员20.9万人,其中农民工会员9.4万人。"_s);
        QVERIFY(writeDocx(folder + u"/report.docx"_s, paragraphs));
        QVERIFY(QFileInfo(folder + u"/report.docx"_s).size() < 5000);
        QVERIFY(writeFile(folder + u"/report.html"_s,
                          u"<html><body><h1>肇庆市总工会工作综述</h1><p>全市建立工会组织5397家,"
                          "涵盖单位29063家,会员609204人。</p></body></html>"_s.toUtf8()));
        QVERIFY(writeFile(folder + u"/damaged.docx"_s, "PK\3\4 not a zip"));
        QVERIFY(QFile::copy(m_goodPdf, folder + u"/report.pdf"_s));
    }
    const QString file = folder + u'/' + name;
    QCOMPARE(ReportParser::readsInParts(file, largeFileBytes), inParts);
}

void TestPartReaders::limitsAreStatedAndKept_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");  // .docx: its word/document.xml
    QTest::addColumn<qint64>("declared");     // .docx: what its zip says the XML unpacks to
    QTest::addColumn<QString>("limit");       // as the message names it

    const QByteArray paragraph = wordParagraph(u"全市建立工会组织5397家。"_s);
    QTest::newRow("a Word file declaring 1.5 GiB of XML")
        << u"declared.docx"_s << reportfixtures::wordDocument(paragraph) << qint64(3)
        << u"1024 MiB"_s;
    QTest::newRow("a Word run of 40 MiB of text")
        << u"long-run.docx"_s
        << reportfixtures::wordDocument("<w:p><w:r><w:t>" + QByteArray(40 << 20, 'x') +
                                        "</w:t></w:r></w:p>")
        << qint64(0) << u"32 MiB"_s;
    QTest::newRow("a Word file nesting 100,001 elements")
        << u"deep.docx"_s
        << reportfixtures::wordDocument(paragraph + QByteArray("<w:sdt>").repeated(100001) +
                                        QByteArray("</w:sdt>").repeated(100001))
        << qint64(0) << u"100000"_s;
    QTest::newRow("a page holding a comment of 40 MiB")
        << u"comment.html"_s
        << "<html><body><p>全市建立工会组织5397家。</p><!-- " + QByteArray(40 << 20, 'x') +
               " --></body></html>"
        << qint64(0) << u"32 MiB"_s;
    QTest::newRow("a page of 40 MiB of text between two tags")
        << u"one-run.html"_s << "<p>" + QByteArray(40 << 20, 'x') + "</p>" << qint64(0)
        << u"32 MiB"_s;
    QTest::newRow("a page nesting 1,000,001 elements")
        << u"deep.html"_s
        << "<html><body><p>全市建立工会组织5397家。</p>" + QByteArray("<font>").repeated(1000001)
        << qint64(0) << u"1000000"_s;
}

// Past a limit, whole or in parts, a file is refused with a message naming it and the limit:
// memory stays bounded whatever the file holds.
void TestPartReaders::limitsAreStatedAndKept() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(qint64, declared);
    QFETCH(QString, limit);
    const QString file = path(u"limits-"_s + name);
    if (name.endsWith(u".docx"_s)) {
        QVERIFY(writeZip(
            file, {{u"[Content_Types].xml"_s, kContentTypes}, {u"word/document.xml"_s, content}}));
        if (declared > 0)
            QVERIFY(declareUnpackedSize(file, "word/document.xml", 3u << 29));
    } else {
        QVERIFY(writeFile(file, content));
    }
    const DecodedText whole = DocumentReader::read(file);
    QVERIFY(!whole.ok);
    QVERIFY2(whole.error.startsWith(file + u": "_s), qPrintable(whole.error));
    QVERIFY2(whole.error.contains(limit), qPrintable(whole.error));
    QString error;
    const bool readToEnd = ReportParser().parseInParts(
        file, 4096, [](Document &, qint64, qint64) { return true; }, &error);
    QVERIFY(!readToEnd);
    QVERIFY2(error.startsWith(file + u": "_s), qPrintable(error));
    QVERIFY2(error.contains(limit), qPrintable(error));
}

QTEST_MAIN(TestPartReaders)
#include "tst_partreaders.moc"
