// The kinds of report file ReportLens reads: one table that the folder expansion, the
// reader, the import dialog, drag and drop and --help all read, so they cannot disagree.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace reportlens {

struct FileKind {
    enum class Reader { Text, WebPage, Word, Pdf };

    QStringList suffixes;  // lower case, without the dot; the first is the usual one
    Reader reader;
    bool readInParts;         // a large file streams in parts (ReportParser::readsInParts)
    const char *description;  // for the dialog's filter, translated through FileKinds::tr

    // "*.html *.htm", both cases, as a file dialog or QDir matches them.
    QStringList nameFilters() const;
};

class FileKinds {
    Q_DECLARE_TR_FUNCTIONS(reportlens::FileKinds)

public:
    // Text (.txt), text (.text), Markdown, web pages, Word files and PDFs.
    static const std::vector<FileKind> &all();
    // The kind a file's suffix says, in any case; null for one ReportLens does not read.
    static const FileKind *forPath(const QString &path);
    // Every kind's name filters, for folders and a dialog's "Reports" entry.
    static QStringList nameFilters();
    // The import dialog's filters: all reports first, then each kind, then all files.
    static QStringList dialogFilters();
    // ".txt", ".text", ".md", ".html", ".htm", ".docx", ".pdf": for --help.
    static QStringList suffixes();
};

}  // namespace reportlens
