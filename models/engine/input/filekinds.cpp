#include "engine/input/filekinds.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

QStringList FileKind::nameFilters() const {
    QStringList filters;
    for (const QString &suffix : suffixes)
        filters << u"*."_s + suffix << u"*."_s + suffix.toUpper();
    return filters;
}

const std::vector<FileKind> &FileKinds::all() {
    static const std::vector<FileKind> kinds = {
        {{u"txt"_s},
         FileKind::Reader::Text,
         true,
         QT_TRANSLATE_NOOP("reportlens::FileKinds", "Text")},
        {{u"text"_s},
         FileKind::Reader::Text,
         true,
         QT_TRANSLATE_NOOP("reportlens::FileKinds", "Text (.text)")},
        {{u"md"_s},
         FileKind::Reader::Text,
         true,
         QT_TRANSLATE_NOOP("reportlens::FileKinds", "Markdown")},
        {{u"html"_s, u"htm"_s},
         FileKind::Reader::WebPage,
         true,
         QT_TRANSLATE_NOOP("reportlens::FileKinds", "Web pages")},
        {{u"docx"_s},
         FileKind::Reader::Word,
         true,
         QT_TRANSLATE_NOOP("reportlens::FileKinds", "Word documents")},
        {{u"pdf"_s},
         FileKind::Reader::Pdf,
         false,
         QT_TRANSLATE_NOOP("reportlens::FileKinds", "PDF")},
    };
    return kinds;
}

const FileKind *FileKinds::forPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FileKind &kind : all()) {
        if (kind.suffixes.contains(suffix))
            return &kind;
    }
    return nullptr;
}

QStringList FileKinds::nameFilters() {
    QStringList filters;
    for (const FileKind &kind : all())
        filters += kind.nameFilters();
    return filters;
}

QStringList FileKinds::dialogFilters() {
    //: Keep the ASCII brackets: Qt's file dialog reads the patterns between them.
    QStringList filters{tr("Reports (%1)").arg(nameFilters().join(u' '))};
    for (const FileKind &kind : all())
        filters.append(u"%1 (%2)"_s.arg(tr(kind.description), kind.nameFilters().join(u' ')));
    //: Keep the ASCII brackets: Qt's file dialog reads the patterns between them.
    filters.append(tr("All files (*)"));
    return filters;
}

QStringList FileKinds::suffixes() {
    QStringList suffixes;
    for (const FileKind &kind : all()) {
        for (const QString &suffix : kind.suffixes)
            suffixes.append(u'.' + suffix);
    }
    return suffixes;
}

}  // namespace reportlens
