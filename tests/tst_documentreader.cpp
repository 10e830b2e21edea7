// Every kind of input users have, good and bad, made by the test itself: web pages, Word
// files (zipped here with QuaZip), PDFs (written here by Qt's own PDF writer, one encrypted
// with qpdf), traditional Chinese, and the broken, empty and unreadable ones. Each bad one
// gets a message naming the file and the reason, and an import goes on past it.
#include "engine/input/documentreader.h"
#include "engine/input/filekinds.h"
#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"
#include "legacyencoding.h"
#include "reportfixtures.h"
#include "services/importer.h"
#include "storage/reportstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;
using namespace reportfixtures;

namespace {

QStringList raws(const Document &document) {
    QStringList list;
    for (const Figure &figure : document.figures)
        list.append(figure.raw);
    return list;
}

}  // namespace

class TestDocumentReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fileKinds_data();
    void fileKinds();
    void aFolderYieldsEveryKindAndNothingElse();
    void filesThatAreNeverRead_data();
    void filesThatAreNeverRead();
    void webPage();
    void webPageInGbk();
    void deeplyNestedWebPage_data();
    void deeplyNestedWebPage();
    void wordDocument();
    void wordTextBox();
    void pdfWithASentenceAcrossThePageBreak();
    void traditionalChinese();
    void badInputs_data();
    void badInputs();
    void importGoesOnPastBadFiles();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_goodPdf;
};

void TestDocumentReader::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_goodPdf = path(u"good.pdf"_s);
    QVERIFY(writePdf(m_goodPdf,
                     {{u"肇庆市总工会工作综述"_s, u"全市建立工会组织5397家,涵盖单位29063家。"_s}}));
}

void TestDocumentReader::fileKinds_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("reader");  // -1: no kind ReportLens reads
    QTest::addColumn<bool>("inParts");
    QTest::newRow("text") << u"a/报告.txt"_s << int(FileKind::Reader::Text) << true;
    QTest::newRow("text in upper case") << u"a/REPORT.TXT"_s << int(FileKind::Reader::Text) << true;
    QTest::newRow("Markdown") << u"a/报告.md"_s << int(FileKind::Reader::Text) << true;
    QTest::newRow("a web page, short suffix")
        << u"a/page.HTM"_s << int(FileKind::Reader::WebPage) << true;
    QTest::newRow("a Word file") << u"a/报告.docx"_s << int(FileKind::Reader::Word) << true;
    QTest::newRow("a PDF") << u"a/报告.Pdf"_s << int(FileKind::Reader::Pdf) << false;
    QTest::newRow("a picture") << u"a/photo.jpg"_s << -1 << false;
    QTest::newRow("an old Word file") << u"a/报告.doc"_s << -1 << false;
}

void TestDocumentReader::fileKinds() {
    QFETCH(QString, path);
    QFETCH(int, reader);
    QFETCH(bool, inParts);
    const FileKind *kind = FileKinds::forPath(path);
    QCOMPARE(kind ? int(kind->reader) : -1, reader);
    QCOMPARE(kind && kind->readInParts, inParts);
}

void TestDocumentReader::aFolderYieldsEveryKindAndNothingElse() {
    const QString folder = path(u"kinds"_s);
    QVERIFY(QDir().mkpath(folder + u"/nested"_s));
    const QStringList written = writeOneOfEachKind(folder + u"/nested"_s);
    QCOMPARE(written.size(), qsizetype(FileKinds::all().size()));
    QVERIFY(writeFile(folder + u"/photo.jpg"_s, QByteArray(100, 'x')));
    QStringList errors;
    QStringList found = ReportFiles::expand({folder}, &errors);
    QVERIFY(errors.isEmpty());
    QStringList expected = written;
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    // Each one reads, as its kind says.
    for (const QString &file : found) {
        const DecodedText decoded = DocumentReader::read(file);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QVERIFY2(decoded.text.contains(u"5397"), qPrintable(file));
    }
}

void TestDocumentReader::filesThatAreNeverRead_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a link to /dev/zero, named as a report") << u"zero"_s << u"not a regular file"_s;
    QTest::newRow("a FIFO, named as a report") << u"fifo"_s << u"not a regular file"_s;
    QTest::newRow("a name that is not UTF-8") << u"gbk name"_s << u"not UTF-8"_s;
}

// A folder holding one good report and one file that must not be read: the good one is
// found, the other is named with the reason, and nothing blocks or reads without end.
void TestDocumentReader::filesThatAreNeverRead() {
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QString folder = path(u"never-"_s + kind);
    QVERIFY(QDir().mkpath(folder));
    const QString good = folder + u"/good.txt"_s;
    QVERIFY(writeFile(good, "全市建立工会组织5397家。"));
    QString bad;
    if (kind == u"zero") {
        bad = folder + u"/zero.txt"_s;
        QVERIFY(QFile::link(u"/dev/zero"_s, bad));
    } else if (kind == u"fifo") {
        bad = folder + u"/fifo.txt"_s;
        QCOMPARE(mkfifo(QFile::encodeName(bad).constData(), 0600), 0);
    } else {
        // 工会.txt in GBK: the name's bytes are not UTF-8.
        const QByteArray name = QFile::encodeName(folder) + "/\xb9\xa4\xbb\xe1.txt";
        FILE *file = std::fopen(name.constData(), "w");
        QVERIFY(file);
        std::fputs("5397", file);
        std::fclose(file);
        bad = folder + u"/"_s;  // its name shows only as far as it decodes
    }
    QStringList errors;
    const QStringList found = ReportFiles::expand({folder}, &errors);
    QCOMPARE(found, QStringList{good});
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(bad), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(reason), qPrintable(errors.first()));
    if (kind != u"gbk name") {
        // Named directly, it is refused as well, by the folder expansion and by the reader.
        errors.clear();
        QVERIFY(ReportFiles::expand({bad}, &errors).isEmpty());
        QCOMPARE(errors.size(), 1);
        const DecodedText read = DocumentReader::read(bad);
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(reason), qPrintable(read.error));
    }
}

void TestDocumentReader::deeplyNestedWebPage_data() {
    QTest::addColumn<int>("depth");
    QTest::newRow("past libxml2's default limit of 256") << 300;
    QTest::newRow("twenty thousand unclosed <font>") << 20000;
}

// Old pages never close <font>: each one nests the rest of the page a level deeper. The text
// after the 256th level was lost without a word.
void TestDocumentReader::deeplyNestedWebPage() {
    QFETCH(int, depth);
    QByteArray page = "<html><body><p>全市建立工会组织5397家。</p>";
    for (int i = 0; i < depth; ++i)
        page += "<font size=2>";
    page += "<p>会员60.92万人。</p><h2>职工之家</h2><p>建成职工之家300个。</p></body></html>";
    const QString file = path(u"deep-%1.html"_s.arg(depth));
    QVERIFY(writeFile(file, page));
    const DecodedText decoded = DocumentReader::read(file);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QVERIFY2(decoded.text.contains(u"全市建立工会组织5397家。"_s), qPrintable(decoded.text));
    QVERIFY2(decoded.text.contains(u"会员60.92万人。"_s), qPrintable(decoded.text));
    QVERIFY2(decoded.text.contains(u"# 职工之家\n\n建成职工之家300个。"_s),
             qPrintable(decoded.text));
}

void TestDocumentReader::webPage() {
    const QString file = path(u"report.html"_s);
    QVERIFY(writeFile(
        file,
        u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>肇庆市总工会</title>"
        "<style>p { color: red } .x::before { content: '999家' }</style>"
        "<script>var hidden = '8888家';</script></head><body>"
        "<h1>肇庆市总工会工作综述</h1><div class=\"nav\">首页 | 新闻</div>"
        "<p>全市建立工会组织<b>5397</b>家,涵盖单位29063家,<br>会员609204人。</p>"
        "<p>夏送清凉,投入185.5万元。</p><noscript>7777家</noscript></body></html>"_s.toUtf8()));
    const DecodedText decoded = DocumentReader::read(file);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QVERIFY(!decoded.text.contains(u"8888"_s));   // the script is dropped
    QVERIFY(!decoded.text.contains(u"999家"_s));  // and the style
    QVERIFY(!decoded.text.contains(u"7777"_s));
    QVERIFY(decoded.text.contains(u"# 肇庆市总工会工作综述"_s));
    const Document document = ReportParser().parseText(file, decoded.text, decoded.encoding);
    QCOMPARE(raws(document),
             (QStringList{u"5397家"_s, u"29063家"_s, u"609204人"_s, u"185.5万元"_s}));
    QCOMPARE(document.city, u"肇庆市"_s);
}

void TestDocumentReader::webPageInGbk() {
    const QString file = path(u"gbk.htm"_s);
    QStringEncoder gbk("GB18030");
    QVERIFY(gbk.isValid());
    QVERIFY(writeFile(file, gbk.encode(u"<html><head><meta http-equiv=\"Content-Type\" "
                                       "content=\"text/html; charset=gbk\"></head><body>"
                                       "<p>漳州市总工会建成驿站338家。</p></body></html>"_s)));
    const DecodedText decoded = DocumentReader::read(file);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QVERIFY(decoded.encoding.startsWith(u"GB18030"_s));
    QCOMPARE(raws(ReportParser().parseText(file, decoded.text, decoded.encoding)),
             QStringList{u"338家"_s});
}

void TestDocumentReader::wordDocument() {
    const QString file = path(u"report.docx"_s);
    QVERIFY(
        writeZip(file, {{u"[Content_Types].xml"_s, kContentTypes},
                        {u"word/document.xml"_s,
                         wordXml({u"# 商洛市总工会五年工作综述"_s,
                                  u"全市现有工会组织4092个、会员20.9万人,其中农民工会员9.4万人。"_s,
                                  u"为6.1万名患病职工报销医药费6150万元。"_s})}}));
    const DecodedText decoded = DocumentReader::read(file);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, u"Word (.docx)"_s);
    const Document document = ReportParser().parseText(file, decoded.text, decoded.encoding);
    QCOMPARE(raws(document),
             (QStringList{u"4092个"_s, u"20.9万人"_s, u"9.4万人"_s, u"6.1万名"_s, u"6150万元"_s}));
    QCOMPARE(document.city, u"商洛市"_s);
    QCOMPARE(document.title, u"商洛市总工会五年工作综述"_s);
}

// A text box, as Word writes one: paragraphs inside a paragraph's run, once for itself
// (mc:Choice) and once for older readers (mc:Fallback). The text before the box was lost and
// the box came out twice.
void TestDocumentReader::wordTextBox() {
    const QByteArray box =
        "<w:txbxContent><w:p><w:r><w:t>会员60.92万人。</w:t></w:r></w:p></w:txbxContent>";
    const QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
        " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>"
        "<w:p><w:r><w:t>全市建立工会组织5397家。</w:t></w:r>"
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><wps:txbx>" +
        box + "</wps:txbx></mc:Choice><mc:Fallback><v:textbox>" + box +
        "</v:textbox></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>涵盖单位29063家。</w:t></w:r></w:p>"
        "<w:p/><w:p><w:r><w:t>建成职工之家300个。</w:t></w:r></w:p></w:body></w:document>";
    const QString file = path(u"textbox.docx"_s);
    QVERIFY(
        reportfixtures::writeZip(file, {{u"[Content_Types].xml"_s, reportfixtures::kContentTypes},
                                        {u"word/document.xml"_s, xml}}));
    const DecodedText decoded = DocumentReader::read(file);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    // In reading order, each once; the empty paragraph stays the blank line it was.
    QCOMPARE(decoded.text,
             u"全市建立工会组织5397家。\n\n会员60.92万人。\n\n涵盖单位29063家。"
             "\n\n\n\n建成职工之家300个。\n\n"_s);
}

void TestDocumentReader::pdfWithASentenceAcrossThePageBreak() {
    const QString file = path(u"pages.pdf"_s);
    QVERIFY(writePdf(file, {{u"三明市总工会工作巡礼"_s, u"5年来,全市职工提合理化建议200多"_s},
                            {u"万条,有890项职工技术创新成果得到推广。"_s}}));
    const DecodedText decoded = DocumentReader::read(file);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    const Document document = ReportParser().parseText(file, decoded.text, decoded.encoding);
    // The page break is handed to the layout repair, which rejoins the sentence.
    QCOMPARE(raws(document), (QStringList{u"200多万条"_s, u"890项"_s}));
    QCOMPARE(document.figures.front().value, 2000000.0);
    QCOMPARE(document.city, u"三明市"_s);
}

void TestDocumentReader::traditionalChinese() {
    const QString file = path(u"traditional.txt"_s);
    QVERIFY(writeFile(
        file,
        u"台中市總工會工作報告\n\n全市建立工會組織兩千三百個,會員12.5萬人,舉辦活動300餘場,"
        "走訪慰問困難職工家庭1.13萬戶（次）,投入資金2.4億元。\n"_s.toUtf8()));
    Document document;
    QString error;
    QVERIFY2(ReportParser().parseFile(file, &document, &error), qPrintable(error));
    QCOMPARE(raws(document), (QStringList{u"兩千三百個"_s, u"12.5萬人"_s, u"300餘場"_s,
                                          u"1.13萬戶（次）"_s, u"2.4億元"_s}));
    QCOMPARE(document.figures[0].value, 2300.0);
    QCOMPARE(document.figures[0].unit, u"个"_s);
    QCOMPARE(document.figures[3].unit, u"户次"_s);
    QCOMPARE(document.figures[4].value, 240000000.0);
}

void TestDocumentReader::badInputs_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QByteArray binary;
    for (int i = 0; i < 8192; ++i)
        binary.append(char((i * 7919 + 13) % 256));
    QFile good(m_goodPdf);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray pdf = good.readAll();

    QTest::newRow("empty text file") << u"empty.txt"_s << QByteArray() << u"empty"_s;
    QTest::newRow("empty PDF") << u"empty.pdf"_s << QByteArray() << u"empty"_s;
    QTest::newRow("empty Word file") << u"empty.docx"_s << QByteArray() << u"empty"_s;
    QTest::newRow("empty web page") << u"empty.html"_s << QByteArray() << u"empty"_s;
    QTest::newRow("binary file named .txt") << u"photo.txt"_s << binary << u"not"_s;
    QTest::newRow("binary file named .pdf") << u"photo.pdf"_s << binary << u"not a readable PDF"_s;
    QTest::newRow("truncated PDF")
        << u"truncated.pdf"_s << pdf.left(pdf.size() / 3) << u"not a readable PDF"_s;
    QTest::newRow("corrupt Word file") << u"corrupt.docx"_s << binary << u"not a Word document"_s;
    QTest::newRow("binary web page") << u"binary.html"_s << binary << u"not"_s;
    QTest::newRow("only white space")
        << u"blank.txt"_s << QByteArray(" \n\t\r\n  \n") << u"no text, only white space"_s;
    QTest::newRow("a web page with no text")
        << u"blank.html"_s << QByteArray("<html><body><p> </p></body></html>")
        << u"no text, only white space"_s;
}

void TestDocumentReader::badInputs() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString file = path(name);
    QVERIFY(writeFile(file, bytes));
    const DecodedText decoded = DocumentReader::read(file);
    QVERIFY(!decoded.ok);
    QVERIFY2(decoded.error.startsWith(file + u": "_s), qPrintable(decoded.error));
    QVERIFY2(decoded.error.contains(reason), qPrintable(decoded.error));
}

void TestDocumentReader::importGoesOnPastBadFiles() {
    // More bad inputs: an encrypted PDF, a Word zip without its text, a PDF with no text,
    // a missing path, a folder and a file that cannot be read; and two that import with a
    // remark.
    const QString folder = path(u"mixed"_s);
    QDir().mkpath(folder + u"/not-a-file.pdf"_s);
    const QString encrypted = folder + u"/encrypted.pdf"_s;
    const QString qpdf = QStringLiteral(REPORTLENS_TEST_QPDF);
    QVERIFY2(!qpdf.isEmpty(), "qpdf (Debian's qpdf) makes the encrypted PDF");
    QCOMPARE(QProcess::execute(qpdf, {u"--encrypt"_s, u"user"_s, u"owner"_s, u"256"_s, u"--"_s,
                                      m_goodPdf, encrypted}),
             0);
    QVERIFY(writeZip(folder + u"/empty-zip.docx"_s, {{u"[Content_Types].xml"_s, kContentTypes}}));
    QVERIFY(writePdf(folder + u"/blank.pdf"_s, {{u" "_s}}));
    QVERIFY(writeFile(folder + u"/no-figures.txt"_s,
                      u"漳州市总工会\n\n各级工会服务职工。\n"_s.toUtf8()));
    QVERIFY(
        writeFile(folder + u"/no-place.txt"_s, u"工作综述\n\n全市建成驿站338家。\n"_s.toUtf8()));
    QFile::copy(m_goodPdf, folder + u"/good.pdf"_s);

    DatabaseLocation location;
    location.sqlitePath = path(u"mixed.sqlite"_s);
    ReportStore store;
    QString error;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    const ReportParser parser;
    Importer importer(&store, &parser);
    QStringList problems;
    const QStringList files =
        ReportFiles::expand({folder, path(u"does-not-exist.txt"_s)}, &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.front().contains(u"does-not-exist.txt: no such file"_s));
    const Importer::Summary summary =
        // /proc/self/mem opens but cannot be read (EIO), even for root, who reads a file
        // without permissions anyway.
        importer.run(files + QStringList{folder + u"/not-a-file.pdf"_s, u"/proc/self/mem"_s});
    // good.pdf, no-figures.txt and no-place.txt are in; the rest are named with their reason.
    QCOMPARE(summary.added, 3);
    const QString errors = summary.errors.join(u'\n');
    QVERIFY2(errors.contains(encrypted + u": the PDF is encrypted"_s), qPrintable(errors));
    QVERIFY2(errors.contains(u"empty-zip.docx: not a Word document: it has no word/document.xml"_s),
             qPrintable(errors));
    QVERIFY2(errors.contains(u"blank.pdf: the PDF has no text"_s), qPrintable(errors));
    QVERIFY2(errors.contains(u"not-a-file.pdf: is a folder"_s), qPrintable(errors));
    QVERIFY2(errors.contains(u"/proc/self/mem: read failed (Input/output error)"_s),
             qPrintable(errors));
    const QString warnings = summary.warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"no-figures.txt: no figures found"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"no-place.txt: the place it is about could not be told"_s),
             qPrintable(warnings));

    // The place left for the user to set: then the report joins the table.
    const std::vector<qint64> unknown = store.documentIdsOfCity(QString());
    QCOMPARE(unknown.size(), size_t(1));
    const std::optional<Document> document = store.document(unknown.front());
    QVERIFY(document);
    QVERIFY(store.setDocumentCity(*document, u"莆田市"_s, &error) > 0);
    const CityTable table = store.cityTable(MetricCatalog::builtIn());
    QVERIFY(table.cities.contains(u"莆田市"_s));
    QCOMPARE(table.cell(u"莆田市"_s, u"worker_stations"_s)->value, 338.0);
    QVERIFY(store.integrityProblems().isEmpty());
}

QTEST_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
