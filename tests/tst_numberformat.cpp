// How every export writes numbers and fields: JSON and CSV numbers, and CSV fields quoted as
// RFC 4180 asks and kept from being run as formulas by a spreadsheet.
#include "services/export/numberformat.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

class TestNumberFormat : public QObject {
    Q_OBJECT

private slots:
    void csvField_data();
    void csvField();
    void csvNumber_data();
    void csvNumber();
    void csvRecordEndsInCrLf();
};

void TestNumberFormat::csvField_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain text") << u"会员12万人"_s << u"会员12万人"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("a comma is quoted") << u"一,二"_s << u"\"一,二\""_s;
    QTest::newRow("a quote is doubled") << u"他说\"好\""_s << u"\"他说\"\"好\"\"\""_s;
    QTest::newRow("a line break is quoted") << u"一\n二"_s << u"\"一\n二\""_s;
    QTest::newRow("a formula gets an apostrophe")
        << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("a leading plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("a leading minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("a leading at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("a leading tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("a bullet sentence, read as a formula too")
        << u"- 围绕传统产业"_s << u"'- 围绕传统产业"_s;
    QTest::newRow("an equals sign inside is text") << u"A=B"_s << u"A=B"_s;
}

void TestNumberFormat::csvField() {
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(reportlens::csvField(text), field);
}

void TestNumberFormat::csvNumber_data() {
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("an integral value has no fraction") << 11300.0 << u"11300"_s;
    QTest::newRow("a negative value") << -0.1 << u"-0.1"_s;
    QTest::newRow("fifteen significant digits") << 1.0 / 3.0 << u"0.333333333333333"_s;
    QTest::newRow("a large integral value") << 7.8e8 << u"780000000"_s;
}

void TestNumberFormat::csvNumber() {
    QFETCH(double, value);
    QFETCH(QString, written);
    QCOMPARE(reportlens::csvNumber(value), written);
}

void TestNumberFormat::csvRecordEndsInCrLf() {
    QCOMPARE(csvRecord({u"a"_s, u"b,c"_s, u"=1"_s}), u"a,\"b,c\",'=1\r\n"_s);
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
