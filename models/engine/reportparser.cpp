#include "engine/reportparser.h"

#include "engine/figureextractor.h"
#include "engine/figurelabeler.h"
#include "engine/input/documentreader.h"
#include "engine/input/filekinds.h"
#include "engine/input/partpaths.h"
#include "engine/input/textpartsource.h"
#include "engine/input/wordpartreader.h"
#include "engine/layout.h"
#include "engine/metricaligner.h"
#include "engine/periods.h"
#include "engine/placedetector.h"
#include "engine/textchars.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

// What the start of a file says about all of it: a file read in parts is one report, whose later
// parts take their title, place and period from the first.
struct ReportParser::ReportHead {
    QString title;
    QString city;
    QString placeCode;
    DocumentPeriod period;
};

ReportParser::ReportParser(const MetricCatalog &catalog) : m_catalog(catalog) {}

Document ReportParser::parseText(const QString &path, const QString &text,
                                 const QString &encoding) const {
    return parse(path, text, encoding, nullptr, nullptr);
}

Document ReportParser::parse(const QString &path, const QString &text, const QString &encoding,
                             const ReportHead *known, ReportHead *found) const {
    Document document;
    document.path = path;
    document.encoding = encoding;
    document.text = text;
    document.indexSurrogatePairs();

    const std::vector<Passage> passages = LayoutRepair::passages(document.text);
    ReportHead head;
    if (known) {
        head = *known;
    } else {
        head.title = LayoutRepair::title(passages);
        const DetectedPlace place = PlaceDetector::detect(passages);
        head.city = place.name;
        head.placeCode = place.code;
    }
    document.title = head.title;
    document.city = head.city;
    document.placeCode = head.placeCode;
    for (const Passage &passage : passages) {
        std::vector<Sentence> sentences = LayoutRepair::sentences(passage);
        for (Sentence &sentence : sentences) {
            const int index = int(document.sentences.size());
            FigureExtractor::extract(sentence, index, document.figures);
            document.sentences.push_back(std::move(sentence));
        }
    }
    if (!known)
        head.period = PeriodDetector::documentPeriod(document.sentences);
    document.period = head.period.period.toString();
    time(document, head.period);
    classify(document);
    if (found)
        *found = head;
    return document;
}

// Each figure's own period, where its sentence names another than the report's, and whether
// it is a target; a sentence's words of time are read once for all its figures.
void ReportParser::time(Document &document, const DocumentPeriod &period) const {
    std::vector<Figure> &figures = document.figures;
    // The plan section each sentence stands in, from the headings before it.
    std::vector<SectionTiming> plans(document.sentences.size());
    SectionTiming current;
    for (size_t s = 0; s < document.sentences.size(); ++s) {
        const Sentence &sentence = document.sentences[s];
        if (sentence.kind == PassageKind::Heading) {
            const SectionTiming heading =
                PeriodDetector::sectionTiming(sentence.forMatching(), period);
            if (heading.plans || !current.plans || heading.level <= current.level)
                current = heading;
        }
        plans[s] = current;
    }
    for (size_t first = 0; first < figures.size();) {
        const int sentence = figures[first].sentence;
        const SentenceTiming timing = PeriodDetector::sentenceTiming(
            document.sentences[size_t(sentence)].forMatching(), period);
        const SectionTiming &section = plans[size_t(sentence)];
        for (; first < figures.size() && figures[first].sentence == sentence; ++first) {
            Figure &figure = figures[first];
            const FigureTiming figureTiming =
                PeriodDetector::figureTiming(timing, figure.sentenceStart, figure.sentenceEnd);
            if (figureTiming.ownPeriod)
                figure.period = figureTiming.period.toString();
            else if (section.plans && section.period.isKnown() && section.period != period.period)
                figure.period = section.period.toString();
            // A heading in a plan section is the plan's too ("（一）城镇新增就业70万人以上").
            figure.target = figureTiming.target || section.plans;
        }
    }
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
    // PDFs are read whole by Poppler; text, web pages and Word files stream (and a file of no
    // kind ReportLens knows is read as text).
    const FileKind *kind = FileKinds::forPath(path);
    if ((kind && !kind->readInParts) || !info.isFile())
        return false;
    // A Word file is large by its text, which a small zip can hold hundreds of megabytes of.
    if (kind && kind->reader == FileKind::Reader::Word)
        return WordPartReader::declaredTextBytes(path) > largeFileBytes;
    return info.size() > largeFileBytes;
}

QString ReportParser::partPrefix(const QString &filePath) {
    return PartPaths::prefix(filePath);
}

QString ReportParser::partPath(const QString &filePath, int part) {
    return PartPaths::path(filePath, part);
}

bool ReportParser::parseInParts(const QString &path, qsizetype partChars, const PartSink &onPart,
                                QString *error) const {
    const std::unique_ptr<TextPartSource> reader = TextPartSource::forFile(path, partChars);
    if (!reader) {  // a PDF: never in parts (readsInParts says so)
        *error = QCoreApplication::translate("reportlens::DocumentReader",
                                             "%1: a PDF is not read in parts")
                     .arg(path);
        return false;
    }
    if (!reader->open(error))
        return false;
    QString text;
    ReportHead head;
    int number = 1;
    for (; reader->next(&text, error); ++number) {
        Document part =
            number == 1 ? parse(partPath(path, number), text, reader->encoding(), nullptr, &head)
                        : parse(partPath(path, number), text, reader->encoding(), &head, nullptr);
        // Stored data, not interface: in the reports' own language.
        part.title = u"%1（第%2部分）"_s.arg(head.title).arg(number);
        if (!onPart(part, reader->bytesRead(), reader->size()))
            return true;
    }
    // A Word file or web page whose markup holds no text at all gives no part.
    if (number == 1 && error->isEmpty())
        *error = QCoreApplication::translate("reportlens::DocumentReader",
                                             "%1: no text, only white space")
                     .arg(path);
    return error->isEmpty();
}

void ReportParser::classify(Document &document) const {
    // The place's own names, for keywords such as "{place}工匠": 厦门市, 厦门.
    QStringList placeNames;
    if (const Gazetteer::Place *place = Gazetteer::instance().byFullName(document.city)) {
        placeNames << place->name << place->aliases;
        if (!place->shortName.isEmpty())
            placeNames << place->shortName;
    } else if (!document.city.isEmpty()) {
        placeNames << document.city;
    }
    MetricAligner(m_catalog).align(document, placeNames);
    FigureLabeler::addContext(document, m_catalog);
}

}  // namespace reportlens
