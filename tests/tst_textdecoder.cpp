#include "engine/input/textdecoder.h"
#include "legacyencoding.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using reportlens::DecodedText;
using reportlens::TextDecoder;

namespace {

const QString kSample =
    u"全市建立工会组织5397家,涵盖单位29063家,会员609204人。走访慰问困难职工家庭1.13万户(次)。"_s;

QByteArray encodeWithQt(QStringConverter::Encoding encoding, const QString &text, bool bom) {
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

}  // namespace

class TestTextDecoder : public QObject {
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
    void utf8IsStrict_data();
    void utf8IsStrict();
    void utf8KeepsEveryValidCharacter_data();
    void utf8KeepsEveryValidCharacter();
    void shortLegacyText_data();
    void shortLegacyText();
    void fileErrorsNameTheFile();
    void bomIsNotPartOfTheText();
    void big5TraditionalText();
};

void TestTextDecoder::decodes_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("UTF-8 without BOM") << kSample.toUtf8() << u"UTF-8"_s;
    QTest::newRow("UTF-8 with BOM")
        << encodeWithQt(QStringConverter::Utf8, kSample, true) << u"UTF-8 (BOM)"_s;
    QTest::newRow("UTF-16LE with BOM")
        << encodeWithQt(QStringConverter::Utf16LE, kSample, true) << u"UTF-16LE (BOM)"_s;
    QTest::newRow("UTF-16BE with BOM")
        << encodeWithQt(QStringConverter::Utf16BE, kSample, true) << u"UTF-16BE (BOM)"_s;
    QTest::newRow("UTF-32LE with BOM")
        << encodeWithQt(QStringConverter::Utf32LE, kSample, true) << u"UTF-32LE (BOM)"_s;
    QTest::newRow("GB18030") << encodeWithIcu("GB18030", kSample) << u"GB18030"_s;
    QTest::newRow("GBK subset read as GB18030") << encodeWithIcu("GBK", kSample) << u"GB18030"_s;
    QTest::newRow("GB2312 subset read as GB18030")
        << encodeWithIcu("GB2312", kSample) << u"GB18030"_s;
}

void TestTextDecoder::decodes() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QVERIFY(!bytes.isEmpty());
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, kSample);
}

void TestTextDecoder::shortLegacyText_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    // A few characters give ICU's detector little to go on; an even number of bytes also
    // decodes as UTF-16, to Hangul and rare ideographs.
    const QString simplified = u"会员12万人"_s;
    const QString traditional = u"會員12萬人"_s;
    QTest::newRow("a short simplified line in GBK")
        << encodeWithIcu("GBK", simplified) << simplified << u"GB18030"_s;
    QTest::newRow("a short simplified line in GB2312")
        << encodeWithIcu("GB2312", u"职工之家"_s) << u"职工之家"_s << u"GB18030"_s;
    QTest::newRow("a short traditional line in Big5")
        << encodeWithIcu("Big5", traditional) << traditional << u"Big5"_s;
    QTest::newRow("a traditional sentence in Big5")
        << encodeWithIcu("Big5", u"全市新建工會組織420家，發展會員3.2萬人。"_s)
        << u"全市新建工會組織420家，發展會員3.2萬人。"_s << u"Big5"_s;
    QTest::newRow("UTF-16LE without a BOM, Chinese with digits")
        << encodeWithQt(QStringConverter::Utf16LE, u"会员12万人，职工之家300个"_s, false)
        << u"会员12万人，职工之家300个"_s << u"UTF-16LE"_s;
}

void TestTextDecoder::shortLegacyText() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, encoding);
}

void TestTextDecoder::refuses_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 256));
    QTest::newRow("binary data") << binary << u"not"_s;
    QByteArray brokenUtf8 = encodeWithQt(QStringConverter::Utf8, kSample, true);
    brokenUtf8[10] = char(0xFF);
    QTest::newRow("invalid bytes after a UTF-8 BOM") << brokenUtf8 << u"invalid UTF-8"_s;
    QByteArray nuls = kSample.toUtf8();
    nuls.insert(21, QByteArray(40, '\0'));  // after 7 three-byte characters
    QTest::newRow("text with NUL bytes") << nuls << u"binary"_s;
    QByteArray oddUtf16 = encodeWithQt(QStringConverter::Utf16LE, kSample, true);
    oddUtf16.append(char(0x00));
    oddUtf16.append(char(0xD8));  // a lone high surrogate at the end
    QTest::newRow("UTF-16 cut in a surrogate pair") << oddUtf16 << u"UTF-16LE"_s;
    QTest::newRow("UTF-8 with a GBK sentence pasted in")
        << (u"全市建立工会组织5397家，会员12万人。"_s.toUtf8() +
            encodeWithIcu("GBK", u"职工之家300个"_s))
        << u"two encodings mixed"_s;
}

void TestTextDecoder::refuses() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(!decoded.ok);
    QVERIFY(decoded.text.isEmpty());
    QVERIFY2(decoded.error.contains(reason), qPrintable(decoded.error));
}

void TestTextDecoder::utf8IsStrict_data() {
    QTest::addColumn<QByteArray>("sequence");
    QTest::newRow("an overlong slash") << QByteArray("\xC0\xAF");
    QTest::newRow("a surrogate encoded on its own") << QByteArray("\xED\xA0\x80");
    QTest::newRow("a code point above U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
    QTest::newRow("a lead byte with no trail byte") << QByteArray("\xE5\x40");
}

void TestTextDecoder::utf8IsStrict() {
    // Spliced into Chinese text with no BOM: whatever the file is, it is not UTF-8, and no
    // replacement character stands in for the bad bytes.
    QFETCH(QByteArray, sequence);
    const QByteArray bytes = kSample.toUtf8() + sequence + kSample.toUtf8();
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.encoding != u"UTF-8"_s);
    QVERIFY(!decoded.text.contains(QChar::ReplacementCharacter));
}

void TestTextDecoder::utf8KeepsEveryValidCharacter_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("a character beyond the Basic Multilingual Plane") << u"𠀀"_s + kSample;
    QTest::newRow("a zero-width no-break space inside the text")
        << kSample + QChar(0xFEFF) + kSample;
    QTest::newRow("Latin and full-width forms") << u"CPI 2.5%，（次）ABC"_s + kSample;
}

void TestTextDecoder::utf8KeepsEveryValidCharacter() {
    QFETCH(QString, text);
    const DecodedText decoded = TextDecoder::decode(text.toUtf8());
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, u"UTF-8"_s);
    QCOMPARE(decoded.text, text);
}

void TestTextDecoder::fileErrorsNameTheFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing.txt"_s);
    DecodedText decoded = TextDecoder::decodeFile(missing);
    QVERIFY(!decoded.ok);
    QVERIFY(decoded.error.startsWith(missing));

    const QString empty = dir.filePath(u"empty.txt"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    decoded = TextDecoder::decodeFile(empty);
    QVERIFY(!decoded.ok);
    QCOMPARE(decoded.error, empty + u": the file is empty"_s);

    QByteArray binary;
    for (int i = 0; i < 2048; ++i)
        binary.append(char((i * 131) % 256));
    const QString binaryPath = dir.filePath(u"photo.jpg.txt"_s);
    QFile binaryFile(binaryPath);
    QVERIFY(binaryFile.open(QIODevice::WriteOnly));
    binaryFile.write(binary);
    binaryFile.close();
    decoded = TextDecoder::decodeFile(binaryPath);
    QVERIFY(!decoded.ok);
    QVERIFY2(decoded.error.startsWith(binaryPath + u": "_s), qPrintable(decoded.error));

    decoded = TextDecoder::decodeFile(dir.path());
    QVERIFY(!decoded.ok);
    QVERIFY(decoded.error.contains(u"folder"_s));
}

void TestTextDecoder::bomIsNotPartOfTheText() {
    const DecodedText decoded =
        TextDecoder::decode(encodeWithQt(QStringConverter::Utf8, u"3个"_s, true));
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.text.size(), 2);
    QCOMPARE(decoded.text.front(), QChar(u'3'));
}

void TestTextDecoder::big5TraditionalText() {
    // Big5 byte pairs are mostly valid GB18030 too; detection must pick Big5, not garble.
    const QString traditional =
        u"全市建立工會組織5397家，涵蓋單位29063家，會員609204人。走訪慰問困難職工家庭1."
        u"13萬戶（次），"
        "發放慰問金934.83萬元。舉辦招聘會300餘場，為下崗職工、農民工等求職者提供30餘萬個就業崗位。"_s;
    const QByteArray bytes = encodeWithIcu("Big5", traditional);
    QVERIFY(!bytes.isEmpty());
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, u"Big5"_s);
    QCOMPARE(decoded.text, traditional);
}

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
