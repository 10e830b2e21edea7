// The Save dialog of the exports: a name typed without an extension gets the chosen type's, the
// type chosen decides which (a PNG and an SVG of one name are two files), and a name ending in
// another type's extension is left as typed.
#include "savefiledialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace reportlens;

namespace {
const QString kFilters = u"PNG picture (*.png);;SVG drawing (*.svg)"_s;
}

class TestSaveFileDialog : public QObject {
    Q_OBJECT

private slots:
    void withSuffix_data();
    void withSuffix();
    void theChosenTypeNamesTheFile_data();
    void theChosenTypeNamesTheFile();
};

void TestSaveFileDialog::withSuffix_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("type");  // the filter chosen
    QTest::addColumn<QString>("path");
    QTest::newRow("no extension: the type's added") << u"/x/members"_s << 0 << u"/x/members.png"_s;
    QTest::newRow("no extension, SVG chosen") << u"/x/members"_s << 1 << u"/x/members.svg"_s;
    QTest::newRow("the type's extension kept") << u"/x/members.png"_s << 0 << u"/x/members.png"_s;
    QTest::newRow("another offered type's extension kept, in any case")
        << u"/x/members.SVG"_s << 0 << u"/x/members.SVG"_s;
    QTest::newRow("an extension of no type offered: the type's added")
        << u"/x/members.txt"_s << 0 << u"/x/members.txt.png"_s;
    QTest::newRow("a dot in a folder's name is no extension")
        << u"/x.y/members"_s << 1 << u"/x.y/members.svg"_s;
}

void TestSaveFileDialog::withSuffix() {
    QFETCH(QString, typed);
    QFETCH(int, type);
    QFETCH(QString, path);
    const QStringList filters = kFilters.split(u";;"_s);
    QCOMPARE(SaveFileDialog::withSuffix(typed, filters.at(type), filters), path);
}

void TestSaveFileDialog::theChosenTypeNamesTheFile_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("file");
    QTest::newRow("PNG, the first type") << 0 << u"members.png"_s;
    QTest::newRow("SVG chosen in the dialog") << 1 << u"members.svg"_s;
}

void TestSaveFileDialog::theChosenTypeNamesTheFile() {
    QFETCH(int, type);
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SaveFileDialog dialog(nullptr, u"Export the chart"_s, kFilters);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setDirectory(dir.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *types = dialog.findChild<QComboBox *>(u"fileTypeCombo"_s);
    QVERIFY(types);
    types->setCurrentIndex(type);
    // As the user's choice: the combo box says which and what it reads.
    emit types->activated(type);
    emit types->textActivated(types->itemText(type));
    auto *name = dialog.findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    name->setText(u"members"_s);
    QTest::keyClick(name, Qt::Key_Return);  // as the user saves
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenPath(), dir.filePath(file));
}

QTEST_MAIN(TestSaveFileDialog)
#include "tst_savefiledialog.moc"
