#include "engine/input/textpartsource.h"

#include "engine/input/filekinds.h"
#include "engine/input/textpartreader.h"
#include "engine/input/webpagepartreader.h"
#include "engine/input/wordpartreader.h"

namespace reportlens {

std::unique_ptr<TextPartSource> TextPartSource::forFile(const QString &path, qsizetype partChars) {
    const FileKind *kind = FileKinds::forPath(path);
    switch (kind ? kind->reader : FileKind::Reader::Text) {
        case FileKind::Reader::Text:
            return std::make_unique<TextPartReader>(path, partChars);
        case FileKind::Reader::WebPage:
            return std::make_unique<WebPagePartReader>(path, partChars);
        case FileKind::Reader::Word:
            return std::make_unique<WordPartReader>(path, partChars);
        case FileKind::Reader::Pdf:
            break;
    }
    return nullptr;
}

}  // namespace reportlens
