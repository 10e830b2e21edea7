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

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

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
