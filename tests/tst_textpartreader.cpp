// Reading large text files in parts: every encoding comes out whole, parts stay under their
// size and are cut at paragraph breaks, and bad bytes anywhere name the file and the place.
#include "engine/input/textpartreader.h"
#include "legacyencoding.h"
#include "seedhelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {

// The five seeds one after another: some 100 KB of real report text with paragraph breaks.
QString seedsText() {
    QString text;
    for (const QString &prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s})
        text += seedText(prefix) + u"\n\n"_s;
    return text;
}

struct ReadBack {
    QStringList parts;
    QString error;
    QString encoding;
    QList<qint64> bytesRead;
};

ReadBack readInParts(const QString &path, qsizetype partChars) {
    ReadBack result;
    TextPartReader reader(path, partChars);
    if (!reader.open(&result.error))
        return result;
    result.encoding = reader.encoding();
    QString part;
    while (reader.next(&part, &result.error)) {
        result.parts.append(part);
        result.bytesRead.append(reader.bytesRead());
    }
    return result;
}

}  // namespace

class TestTextPartReader : public QObject {
    Q_OBJECT

private slots:
    void partsAddUpToTheText_data();
    void partsAddUpToTheText();
    void cutsFallAtParagraphBreaks();
    void textWithoutBreaksIsStillCut();
    void badBytesNameFileAndPlace_data();
    void badBytesNameFileAndPlace();

private:
    QTemporaryDir m_dir;
};

void TestTextPartReader::partsAddUpToTheText_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = seedsText();
    QTest::newRow("UTF-8") << text.toUtf8() << u"UTF-8"_s;
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF" + text.toUtf8() << u"UTF-8 (BOM)"_s;
    QTest::newRow("GB18030") << encodeWithIcu("GB18030", text) << u"GB18030"_s;
    QTest::newRow("UTF-16LE with BOM") << encodeWithIcu("UTF-16", text) << u"UTF-16LE (BOM)"_s;
    QTest::newRow("UTF-16BE with BOM")
        << "\xFE\xFF" + encodeWithIcu("UTF-16BE", text) << u"UTF-16BE (BOM)"_s;
    // Past the 1 MiB head the encoding is told from, so that the head is cut to be judged.
    const QString longText = text.repeated(25);
    QTest::newRow("UTF-16LE without BOM, long")
        << encodeWithIcu("UTF-16LE", longText) << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE without BOM, long")
        << encodeWithIcu("UTF-16BE", longText) << u"UTF-16BE"_s;
    QTest::newRow("GB18030, long") << encodeWithIcu("GB18030", longText) << u"GB18030"_s;
    QString traditionalText;
    for (int i = 0; i < 3000; ++i)
        traditionalText += u"第%1段：走訪慰問困難職工家庭1.13萬戶，發放資金兩億元。\n\n"_s.arg(i);
    QTest::newRow("Big5 traditional") << encodeWithIcu("Big5", traditionalText) << u"Big5"_s;
    QTest::newRow("CRLF line ends")
        << QString(text).replace(u"\n"_s, u"\r\n"_s).toUtf8() << u"UTF-8"_s;
}

void TestTextPartReader::partsAddUpToTheText() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QVERIFY(!bytes.isEmpty());
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    // The whole file, decoded at once, is what the parts must add up to.
    const DecodedText whole = TextDecoder::decode(bytes);
    QVERIFY2(whole.ok, qPrintable(whole.error));

    constexpr qsizetype kPartChars = 8000;
    const ReadBack read = readInParts(path, kPartChars);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.encoding, encoding);
    QVERIFY2(read.parts.size() >= whole.text.size() / kPartChars, qPrintable(read.encoding));
    QCOMPARE(read.parts.join(QString()), whole.text);
    for (const QString &part : read.parts)
        QVERIFY(part.size() <= kPartChars);
    // Progress only goes forward and ends at the file's size.
    for (qsizetype i = 1; i < read.bytesRead.size(); ++i)
        QVERIFY(read.bytesRead[i] >= read.bytesRead[i - 1]);
    QCOMPARE(read.bytesRead.last(), bytes.size());
}

void TestTextPartReader::cutsFallAtParagraphBreaks() {
    const QString path = m_dir.filePath(u"paragraphs.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(seedsText().toUtf8());
    file.close();
    const ReadBack read = readInParts(path, 1500);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY(read.parts.size() > 10);
    // Every part but the last ends a paragraph, so no sentence is cut in two.
    for (qsizetype i = 0; i + 1 < read.parts.size(); ++i)
        QVERIFY2(read.parts[i].endsWith(u"\n\n"_s), qPrintable(read.parts[i].right(40)));
}

void TestTextPartReader::textWithoutBreaksIsStillCut() {
    // One line, characters outside the BMP among them: a cut must not split a pair.
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += u"职工𠀀"_s;
    const QString path = m_dir.filePath(u"one-line.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const ReadBack read = readInParts(path, 1001);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY(read.parts.size() >= 20);
    for (const QString &part : read.parts)
        QVERIFY(part.isValidUtf16());
    QCOMPARE(read.parts.join(QString()), text);
}

void TestTextPartReader::badBytesNameFileAndPlace_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    // More than the reader's 1 MiB head, so that the bad bytes are met while streaming.
    QByteArray goodHead;
    for (int i = 0; i < 40000; ++i)
        goodHead += u"全市建成工会驿站338家。\n\n"_s.toUtf8();
    QTest::newRow("invalid UTF-8 far past the head")
        << goodHead + "\xFF\xFE\xFD" + goodHead << u"invalid UTF-8 data near byte"_s;
    QTest::newRow("NULs past the head")
        << goodHead + QByteArray(5000, '\0') << u"binary data, not text"_s;
    QTest::newRow("cut in the middle of a character")
        << goodHead + "\xE5\x85" << u"ends in the middle of a UTF-8 character"_s;
    QTest::newRow("small file cut in the middle of a character")
        << u"全市建成工会驿站338家。\n"_s.toUtf8() + "\xE5\x85"
        << u"ends in the middle of a UTF-8 character"_s;
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("binary from the start")
        << QByteArray(100000, '\0') << u"binary data, not text"_s;
}

void TestTextPartReader::badBytesNameFileAndPlace() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(u"bad.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const ReadBack read = readInParts(path, 4000);
    QVERIFY2(read.error.startsWith(path + u": "_s), qPrintable(read.error));
    QVERIFY2(read.error.contains(reason), qPrintable(read.error));
    QVERIFY(!readInParts(m_dir.filePath(u"missing.txt"_s), 4000).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextPartReader)
#include "tst_textpartreader.moc"
