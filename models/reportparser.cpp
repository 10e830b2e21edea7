#include "reportparser.h"

#include "citydetector.h"
#include "documentreader.h"
#include "figureextractor.h"
#include "layout.h"
#include "metricaligner.h"
#include "textchars.h"
#include "textpartreader.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// A part takes the file's title and place: those of its first part, if known.
void joinFile(Document *part, int number, const QString &fileTitle, const QString &fileCity) {
    if (!fileCity.isEmpty())
        part->city = fileCity;
    // Stored data, not interface: in the reports' own language.
    part->title = u"%1（第%2部分）"_s.arg(fileTitle).arg(number);
}

}  // namespace

ReportParser::ReportParser(const MetricCatalog &catalog) : m_catalog(catalog) {}

Document ReportParser::parseText(const QString &path, const QString &text,
                                 const QString &encoding) const {
    Document document;
    document.path = path;
    document.encoding = encoding;
    document.text = text;
    document.indexSurrogatePairs();

    const std::vector<Passage> passages = LayoutRepair::passages(document.text);
    document.title = LayoutRepair::title(passages);
    document.city = CityDetector::detect(passages);
    for (const Passage &passage : passages) {
        std::vector<Sentence> sentences = LayoutRepair::sentences(passage);
        for (Sentence &sentence : sentences) {
            const int index = int(document.sentences.size());
            FigureExtractor::extract(sentence, index, document.figures);
            document.sentences.push_back(std::move(sentence));
        }
    }
    classify(document);
    return document;
}

bool ReportParser::parseFile(const QString &path, Document *document, QString *error) const {
    DecodedText decoded = DocumentReader::read(path);
    if (!decoded.ok) {
        *error = decoded.error;
        return false;
    }
    *document = parseText(path, decoded.text, decoded.encoding);
    return true;
}

bool ReportParser::readsInParts(const QString &path, qint64 largeFileBytes) {
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    // Web pages, Word files and PDFs are read whole by their libraries; text can stream.
    const bool text =
        suffix != u"html" && suffix != u"htm" && suffix != u"docx" && suffix != u"pdf";
    return text && info.isFile() && info.size() > largeFileBytes;
}

QString ReportParser::partPrefix(const QString &filePath) {
    return filePath + u"#part-"_s;
}

QString ReportParser::partPath(const QString &filePath, int part) {
    return partPrefix(filePath) + QString::number(part);
}

bool ReportParser::parseInParts(const QString &path, qsizetype partChars, const PartSink &onPart,
                                QString *error) const {
    TextPartReader reader(path, partChars);
    if (!reader.open(error))
        return false;
    QString text;
    QString title;
    QString city;
    for (int number = 1; reader.next(&text, error); ++number) {
        Document part = parseText(partPath(path, number), text, reader.encoding());
        if (number == 1) {
            title = part.title;
            city = part.city;
        }
        joinFile(&part, number, title, city);
        if (!onPart(part, reader.bytesRead(), reader.size()))
            return true;
    }
    return error->isEmpty();
}

void ReportParser::classify(Document &document) const {
    // The place's own names, for keywords such as "{place}工匠".
    QStringList placeNames;
    if (!document.city.isEmpty()) {
        placeNames.append(document.city);
        QString stem = document.city;
        for (const QString &suffix : {u"市"_s, u"县"_s, u"区"_s, u"省"_s}) {
            if (stem.size() > 2 && stem.endsWith(suffix)) {
                stem.chop(suffix.size());
                placeNames.append(stem);
                break;
            }
        }
    }
    MetricAligner(m_catalog).align(document, placeNames);
}

}  // namespace reportlens
