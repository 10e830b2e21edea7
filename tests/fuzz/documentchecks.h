// What every figure of a parsed document must satisfy, whatever the input: shared by the
// fuzz target and the regression test that keeps what it found.
#pragma once

#include "engine/document.h"
#include "engine/input/textdecoder.h"
#include "engine/input/textpartreader.h"

#include <QFile>
#include <QString>

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

// Empty when the bytes, written to path and read back in parts of 64 characters, give the
// text that decoding them whole gives (where both succeed), else what differs.
inline QString partsProblem(const QByteArray &bytes, const reportlens::DecodedText &whole,
                            const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1").arg(path);
    file.close();
    reportlens::TextPartReader reader(path, 64);
    QString error;
    if (!reader.open(&error))
        return {};
    QString joined;
    QString part;
    while (reader.next(&part, &error))
        joined += part;
    if (whole.ok && error.isEmpty() && joined != whole.text)
        return QStringLiteral(
                   "read in parts, the text differs from the whole (%1 against %2 "
                   "characters)")
            .arg(joined.size())
            .arg(whole.text.size());
    return {};
}
