// The limits within which Word files are read, stated once. Past one, a file is refused with a
// message naming it and the limit (in DocumentReader's translation context), so that memory stays
// bounded whatever the file holds. Text between them is read in parts (TextPartSource), whatever
// its length.
#pragma once

#include <QtGlobal>

namespace reportlens::InputLimits {

// A Word file's text, word/document.xml unpacked: as its zip's directory declares it and as it
// unpacks (QuaZip stops at the declared size, and the count is kept all the same).
constexpr qint64 kWordXmlBytes = qint64(1) << 30;

// One piece of markup the XML parser holds whole before handing it on: a tag with its
// attributes, a comment, or a run of text.
constexpr qint64 kMarkupBytes = qint64(32) << 20;

// Elements open at once: the parser keeps a stack of them (about 180 bytes a level).
constexpr int kWordNesting = 100000;

// Held back while it is not known what follows (a paragraph whose style comes after its text),
// at least: past it, it is handed on as it stands.
constexpr qsizetype kHeldChars = qsizetype(1) << 20;

constexpr qint64 mebibytes(qint64 bytes) {
    return bytes >> 20;
}

}  // namespace reportlens::InputLimits
