// A stored document's text as it was imported, for parsing it again.
#pragma once

#include <QString>

namespace reportlens {

struct StoredText {
    qint64 id = 0;
    QString path;
    QString encoding;
    QString text;
};

}  // namespace reportlens
