// The limits within which Word files and web pages are read, stated once. Past one, a file is
// refused with a message naming it and the limit (in DocumentReader's translation context), so
// that memory stays bounded whatever the file holds. Text between them is read in parts
// (TextPartSource), whatever its length.
#pragma once

#include <QtGlobal>

namespace reportlens::InputLimits {

// A Word file's text, word/document.xml unpacked: as its zip's directory declares it and as it
// unpacks (QuaZip stops at the declared size, and the count is kept all the same).
constexpr qint64 kWordXmlBytes = qint64(1) << 30;

// One piece of markup the XML or HTML parser holds whole before handing it on: a tag with its
// attributes, a comment, or (Word) a run of text, (web page) a run of text between two tags.
constexpr qint64 kMarkupBytes = qint64(32) << 20;

// Elements open at once: the parsers keep a stack of them (a Word file's costs about 180 bytes
// a level, a web page's about 15; pages that never close <font> nest thousands deep).
constexpr int kWordNesting = 100000;
constexpr int kPageNesting = 1000000;

// Held back while it is not known what follows (white space that the end of a page trims, a
// paragraph whose style comes after its text), at least: past it, it is handed on as it stands.
constexpr qsizetype kHeldChars = qsizetype(1) << 20;

constexpr qint64 mebibytes(qint64 bytes) {
    return bytes >> 20;
}

}  // namespace reportlens::InputLimits
