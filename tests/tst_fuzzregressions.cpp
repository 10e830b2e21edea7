// Inputs that once broke the engine, or were made to, kept as a test: each goes through
// decoding (as text, in parts), as a web page and as a Word file (whole and in parts) and the
// engine; every figure must stand where it says, and the parts must add up to the whole text.
// tests/data/fuzz-regressions holds what the fuzzer found.
#include "engine/input/documentreader.h"
#include "engine/input/textdecoder.h"
#include "engine/reportparser.h"
#include "fuzz/documentchecks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void input_data();
    void input();

private:
    QTemporaryDir m_dir;
};

void TestFuzzRegressions::input_data() {
    QTest::addColumn<QByteArray>("bytes");
    // Made to be hard: numbers past any integer, runs of numerals and ordinals, brackets and
    // quotes that never close, lone surrogates, and deep nesting.
    QTest::newRow("a number past 64 bits")
        << QByteArray("会员99999999999999999999999999亿万亿人。");
    // Found by UBSan on this input: signed overflow multiplying 亿 into a 64-bit total.
    QTest::newRow("runs of places") << QByteArray("亿亿亿万万万千千千百百百十十十个。");
    QTest::newRow("a share past any integer")
        << QByteArray("三分之99999999999999999999999999人,百分之99999999999999999999。");
    QTest::newRow("ordinals and fractions") << QByteArray("第第第三分之分之百分之百分之一百分之。");
    QTest::newRow("unclosed quotes and titles") << QByteArray("“《“《5397家“《，200多\n\n万");
    QTest::newRow("decimal points everywhere") << QByteArray("1.2.3.4万.5元。..3..万");
    QTest::newRow("separators everywhere") << QByteArray("1,234,5678,999,99个。，，1，000人");
    QTest::newRow("bracketed ci alone") << QByteArray("(次)（次）人(次)5人(次。");
    QTest::newRow("a lone high surrogate in UTF-16") << QByteArray("\xFF\xFE\x00\xD8\x35\x00", 6);
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("deep HTML") << QByteArray(5000, '<') + QByteArray("p>3个");
    QTest::newRow("a page: a stray end tag first, a lone & last")
        << QByteArray("</a><p>会员60.92万人。</p></html><p>建成驿站338家</p>&");
    // WordprocessingML, for the Word reader: nested text boxes, a child in a run's text, XML cut
    // short, markup after the root element.
    const QByteArray document = "<w:document xmlns:w=\"w\" xmlns:mc=\"mc\"><w:body>";
    QTest::newRow("Word XML: text boxes in text boxes")
        << document +
               "<w:p><w:r><w:t>全市</w:t></w:r><w:p><w:p><w:pPr><w:pStyle w:val=\"Title\"/>"
               "</w:pPr><w:r><w:t>5397家</w:t><w:tab/></w:r></w:p></w:p><w:r><w:t>会员"
               "</w:t></w:r></w:p></w:body></w:document>";
    QTest::newRow("Word XML: an element in a run's text")
        << document +
               "<w:p><w:r><w:t>会员<mc:Fallback/>60.92万人</w:t></w:r></w:p></w:body>"
               "</w:document>";
    QTest::newRow("Word XML cut short") << document + "<w:p><w:r><w:t>会员60.92万";
    QTest::newRow("Word XML: markup after the root")
        << document + "<w:p><w:r><w:t>5397家</w:t></w:r></w:p></w:body></w:document>\r\n<!-- -->";
    QTest::newRow("a caption between every line")
        << QByteArray("5年来,提建议200多\n\n▲图\n\n万\n\n►图\n\n条,\n\n刘斌/摄\n\n有890项。");
    const QDir found(QStringLiteral(REPORTLENS_TEST_DATA_DIR) + u"/fuzz-regressions"_s);
    for (const QString &name : found.entryList(QDir::Files)) {
        QFile file(found.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            QTest::newRow(qPrintable(u"found: "_s + name)) << file.readAll();
    }
}

void TestFuzzRegressions::input() {
    QFETCH(QByteArray, bytes);
    const ReportParser parser;
    const DecodedText text = TextDecoder::decode(bytes);
    if (text.ok) {
        const QString problem =
            documentProblem(parser.parseText(u"t.txt"_s, text.text, text.encoding));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY(!text.error.isEmpty());
    }
    const QString partsDiffer = partsProblem(bytes, text, m_dir.filePath(u"input.txt"_s));
    QVERIFY2(partsDiffer.isEmpty(), qPrintable(partsDiffer));
    const DecodedText page = DocumentReader::fromHtml(bytes);
    if (page.ok) {
        const QString problem =
            documentProblem(parser.parseText(u"t.html"_s, page.text, page.encoding));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    const QString pageParts =
        partsProblem<reportlens::WebPagePartReader>(bytes, page, m_dir.filePath(u"input.html"_s));
    QVERIFY2(pageParts.isEmpty(), qPrintable(pageParts));
    const QString word = m_dir.filePath(u"input.docx"_s);
    const QString wordParts = wordPartsProblem(bytes, word, m_dir.filePath(u"raw.docx"_s));
    QVERIFY2(wordParts.isEmpty(), qPrintable(wordParts));
    const DecodedText docx = DocumentReader::fromDocx(word);
    if (docx.ok) {
        const QString problem = documentProblem(parser.parseText(word, docx.text, docx.encoding));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
