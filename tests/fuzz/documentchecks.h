// What every figure of a parsed document must satisfy, and what reading in parts must give,
// whatever the input: shared by the fuzz target and the regression test that keeps what it found.
#pragma once

#include "engine/document.h"
#include "engine/input/documentreader.h"
#include "engine/input/textdecoder.h"
#include "engine/input/textpartreader.h"
#include "engine/input/webpagepartreader.h"
#include "engine/input/wordpartreader.h"

#include <QFile>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

// Empty when the document is sound, else what is wrong.
inline QString documentProblem(const reportlens::Document &document) {
    for (const reportlens::Figure &figure : document.figures) {
        if (figure.sentence < 0 || size_t(figure.sentence) >= document.sentences.size())
            return QStringLiteral("figure %1 has no sentence").arg(figure.raw);
        const reportlens::Sentence &sentence = document.sentences[size_t(figure.sentence)];
        if (figure.start < 0 || figure.start >= figure.end || figure.end > document.text.size())
            return QStringLiteral("figure %1 stands outside the text").arg(figure.raw);
        if (figure.raw.isEmpty() || figure.sentenceEnd > sentence.text.size() ||
            sentence.text.mid(figure.sentenceStart, figure.sentenceEnd - figure.sentenceStart) !=
                figure.raw)
            return QStringLiteral("figure %1 is not its sentence's text").arg(figure.raw);
        if (document.text.at(figure.start) != figure.raw.front() ||
            document.text.at(figure.end - 1) != figure.raw.back())
            return QStringLiteral("figure %1 is not where it says").arg(figure.raw);
        if (!(figure.value == figure.value))  // NaN
            return QStringLiteral("figure %1 has no value").arg(figure.raw);
    }
    return {};
}

// Empty when the bytes are written to path, else why not.
inline QString writeBytes(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1").arg(path);
    return {};
}

// Reads source to its end: the parts joined, and the error that stopped it (empty at the end).
// Empty problem when each part is at most partChars long.
inline QString readAllParts(reportlens::TextPartSource &source, qsizetype partChars,
                            QString *joined, QString *error) {
    if (!source.open(error))
        return {};
    QString part;
    while (source.next(&part, error)) {
        if (part.size() > partChars)
            return QStringLiteral("a part of %1 characters, more than %2")
                .arg(part.size())
                .arg(partChars);
        *joined += part;
    }
    return {};
}

// Empty when source, read in parts of 64 characters, gives the text that reading it whole gave
// (where both succeed), else what differs.
inline QString partsDiffer(reportlens::TextPartSource &source,
                           const reportlens::DecodedText &whole) {
    QString joined;
    QString error;
    const QString problem = readAllParts(source, 64, &joined, &error);
    if (!problem.isEmpty())
        return problem;
    if (whole.ok && error.isEmpty() && joined != whole.text)
        return QStringLiteral(
                   "read in parts, the text differs from the whole (%1 against %2 characters)")
            .arg(joined.size())
            .arg(whole.text.size());
    return {};
}

// Empty when the bytes, written to path and read back in parts of 64 characters, give the
// text that decoding them whole gives (where both succeed), else what differs. As text
// (TextPartReader), or as a web page (WebPagePartReader; whole: DocumentReader::fromHtml),
// decoded as a stream and its HTML parsed as one.
template <class Reader = reportlens::TextPartReader>
inline QString partsProblem(const QByteArray &bytes, const reportlens::DecodedText &whole,
                            const QString &path) {
    if (const QString problem = writeBytes(path, bytes); !problem.isEmpty())
        return problem;
    Reader reader(path, 64);
    return partsDiffer(reader, whole);
}

// Empty when the Word file at path, read in parts of 64 characters, gives the text that reading
// it whole gives, and fails where that fails (the same reader, the same limits), else what
// differs.
inline QString wordFileProblem(const QString &path) {
    const reportlens::DecodedText whole = reportlens::DocumentReader::fromDocx(path);
    reportlens::WordPartReader reader(path, 64);
    QString joined;
    QString error;
    if (const QString problem = readAllParts(reader, 64, &joined, &error); !problem.isEmpty())
        return problem;
    if (whole.ok != error.isEmpty())
        return QStringLiteral("read whole: %1; in parts: %2")
            .arg(whole.ok ? QStringLiteral("read") : whole.error,
                 error.isEmpty() ? QStringLiteral("read") : error);
    if (whole.ok && joined != whole.text)
        return QStringLiteral("a Word file in parts differs from the whole (%1 against %2)")
            .arg(joined.size())
            .arg(whole.text.size());
    return {};
}

// The same for the bytes as a Word file's text (word/document.xml in a zip written at zipPath)
// and as a Word file itself (written at rawPath).
inline QString wordPartsProblem(const QByteArray &bytes, const QString &zipPath,
                                const QString &rawPath) {
    {
        QuaZip zip(zipPath);
        if (!zip.open(QuaZip::mdCreate))
            return QStringLiteral("cannot write %1").arg(zipPath);
        QuaZipFile xml(&zip);
        if (!xml.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("word/document.xml"))) ||
            xml.write(bytes) != bytes.size())
            return QStringLiteral("cannot write %1").arg(zipPath);
    }
    if (const QString problem = wordFileProblem(zipPath); !problem.isEmpty())
        return problem;
    if (const QString problem = writeBytes(rawPath, bytes); !problem.isEmpty())
        return problem;
    return wordFileProblem(rawPath);
}
