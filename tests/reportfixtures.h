// Report files of every kind, made by the tests themselves: text, web pages, Word files
// (zipped with QuaZip) and PDFs (written by Qt's own PDF writer).
#pragma once

#include <QFile>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <tuple>
#include <utility>

namespace reportfixtures {

using namespace Qt::Literals::StringLiterals;

inline bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) ||
            file.write(bytes) != bytes.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

// word/document.xml around body (WordprocessingML, with the namespaces of text boxes).
inline QByteArray wordDocument(const QByteArray &body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
           " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
           " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
           " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>" +
           body + "</w:body></w:document>";
}

inline QByteArray wordXml(const QStringList &paragraphs) {
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    for (const QString &paragraph : paragraphs) {
        const bool heading = paragraph.startsWith(u"# ");
        xml += "<w:p>";
        if (heading)
            xml += "<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>";
        // Two runs, as Word splits text: the reader must join them.
        const QString text = heading ? paragraph.mid(2) : paragraph;
        const qsizetype half = text.size() / 2;
        xml += "<w:r><w:t>" + text.left(half).toHtmlEscaped().toUtf8() + "</w:t></w:r>";
        xml += "<w:r><w:t xml:space=\"preserve\">" + text.mid(half).toHtmlEscaped().toUtf8() +
               "</w:t></w:r></w:p>";
    }
    return xml + "</w:body></w:document>";
}

inline const QByteArray kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
    "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "</Types>";

// A PDF as Qt writes one: each string a line, each list a page.
inline bool writePdf(const QString &path, const QList<QStringList> &pages) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font(u"WenQuanYi Micro Hei"_s);
    font.setPointSize(12);
    painter.setFont(font);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        int y = 200;
        for (const QString &line : pages[p]) {
            painter.drawText(150, y, line);
            y += 60;
        }
    }
    return painter.end();
}

// A Word file of these paragraphs ("# " makes a heading).
inline bool writeDocx(const QString &path, const QStringList &paragraphs) {
    return writeZip(path, {{u"[Content_Types].xml"_s, kContentTypes},
                           {u"word/document.xml"_s, wordXml(paragraphs)}});
}

// A Word file whose word/document.xml is head, then unit over and over up to xmlBytes, then tail:
// hundreds of megabytes of XML written through QuaZip a block at a time, never held whole.
inline bool writeLargeDocx(const QString &path, const QByteArray &head, const QByteArray &unit,
                           qint64 xmlBytes, const QByteArray &tail) {
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QuaZipFile types(&zip);
    if (!types.open(QIODevice::WriteOnly, QuaZipNewInfo(u"[Content_Types].xml"_s)) ||
        types.write(kContentTypes) != kContentTypes.size())
        return false;
    types.close();
    QuaZipFile xml(&zip);
    if (!xml.open(QIODevice::WriteOnly, QuaZipNewInfo(u"word/document.xml"_s)) ||
        xml.write(head) != head.size())
        return false;
    const QByteArray block = unit.repeated(std::max<qsizetype>(1, 65536 / unit.size()));
    for (qint64 written = head.size(); written < xmlBytes; written += block.size()) {
        if (xml.write(block) != block.size())
            return false;
    }
    if (xml.write(tail) != tail.size())
        return false;
    xml.close();
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

// Makes a zip's directory (and the entry's local header) declare size bytes unpacked for entry:
// a Word file that says its text is larger than it is.
inline bool declareUnpackedSize(const QString &path, const QByteArray &entry, quint32 size) {
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    int patched = 0;
    // Local headers: the name at 30, its length at 26, the size at 22; the directory's entries:
    // the name at 46, its length at 28, the size at 24.
    for (const auto &[signature, nameAt, lengthAt, sizeAt] :
         {std::tuple{QByteArray("PK\3\4"), 30, 26, 22},
          std::tuple{QByteArray("PK\1\2"), 46, 28, 24}}) {
        for (qsizetype at = bytes.indexOf(signature); at >= 0;
             at = bytes.indexOf(signature, at + 4)) {
            if (at + nameAt > bytes.size())
                break;
            const quint16 length = qFromLittleEndian<quint16>(bytes.constData() + at + lengthAt);
            if (bytes.mid(at + nameAt, length) != entry)
                continue;
            qToLittleEndian<quint32>(size, bytes.data() + at + sizeAt);
            ++patched;
        }
    }
    return patched == 2 && file.seek(0) && file.write(bytes) == bytes.size();
}

// One report of each kind FileKinds lists, in folder, each naming its own city; returns
// their paths.
inline QStringList writeOneOfEachKind(const QString &folder) {
    const QString body = u"全市建立工会组织5397家,涵盖单位29063家,会员609204人。"_s;
    const QStringList paths = {folder + u"/泉州.txt"_s,  folder + u"/厦门.text"_s,
                               folder + u"/漳州.md"_s,   folder + u"/三明.html"_s,
                               folder + u"/莆田.docx"_s, folder + u"/南平.pdf"_s};
    auto title = [](const QString &path) {
        return path.section(u'/', -1).section(u'.', 0, 0) + u"市总工会工作报告"_s;
    };
    bool written = writeFile(paths[0], (title(paths[0]) + u"\n\n"_s + body).toUtf8()) &&
                   writeFile(paths[1], (title(paths[1]) + u"\n\n"_s + body).toUtf8()) &&
                   writeFile(paths[2], (u"# "_s + title(paths[2]) + u"\n\n"_s + body).toUtf8()) &&
                   writeFile(paths[3], (u"<html><head><title>"_s + title(paths[3]) +
                                        u"</title></head><body><h1>"_s + title(paths[3]) +
                                        u"</h1><p>"_s + body + u"</p></body></html>"_s)
                                           .toUtf8()) &&
                   writeDocx(paths[4], {u"# "_s + title(paths[4]), body}) &&
                   writePdf(paths[5], {{title(paths[5]), body}});
    return written ? paths : QStringList();
}

}  // namespace reportfixtures
