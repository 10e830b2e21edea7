#include "reportparser.h"

#include "documentreader.h"
#include "figureextractor.h"
#include "layout.h"
#include "placedetector.h"
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
    document.city = PlaceDetector::detect(passages).name;
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
    for (size_t f = 0; f < document.figures.size(); ++f) {
        Figure &figure = document.figures[f];
        const Sentence &sentence = document.sentences[size_t(figure.sentence)];
        const QStringView text = sentence.text;
        const qsizetype clauseBegin = clauseStart(text, figure.sentenceStart);
        const qsizetype clauseFinish = clauseEnd(text, figure.sentenceEnd);
        // The topic is what the ；segment says before the clause of its first figure:
        // "夏送清凉,共投入资金5600多万元,慰问职工70多万人次" gives both figures 夏送清凉, while
        // in "338家工会驿站,89个“妈妈小屋”" or a 、-list the stations lend nothing to the
        // figures after them. A clause opening with a verb of reach ("…疗养活动489期,惠及
        // 一线职工1.8万人次") takes the clauses before it as its topic.
        qsizetype topicBegin = figure.sentenceStart;
        while (topicBegin > 0 && text.at(topicBegin - 1) != u'；' &&
               text.at(topicBegin - 1) != u';')
            --topicBegin;
        size_t first = f;
        while (first > 0 && document.figures[first - 1].sentence == figure.sentence &&
               document.figures[first - 1].sentenceStart >= topicBegin)
            --first;
        qsizetype topicEnd = clauseStart(text, document.figures[first].sentenceStart);
        if (m_catalog.continuesPreviousClause(figure.label))
            topicEnd = std::max(topicEnd, clauseBegin);

        // The words after the figure, up to the next figure, 、 or ；: "筹集资金4100万元,
        // 深入高温作业……" says what the money was for; in "司机之家9家、妈妈小屋302家" the
        // next list item says nothing about this one.
        qsizetype afterEnd = figure.sentenceEnd;
        while (afterEnd < text.size() && text.at(afterEnd) != u'；' && text.at(afterEnd) != u';' &&
               text.at(afterEnd) != u'、')
            ++afterEnd;
        if (f + 1 < document.figures.size() && document.figures[f + 1].sentence == figure.sentence)
            afterEnd = std::min(afterEnd, document.figures[f + 1].sentenceStart);

        FigureContext context;
        context.label = figure.label;
        context.after = text.sliced(figure.sentenceEnd, afterEnd - figure.sentenceEnd);
        context.clause = text.sliced(clauseBegin, clauseFinish - clauseBegin);
        context.topic = text.sliced(topicBegin, topicEnd - topicBegin);
        context.unit = figure.unit;
        // "冬送温暖。筹集1461万元……": a short sentence before names the topic.
        if (topicBegin == 0 && figure.sentence > 0) {
            const Sentence &previous = document.sentences[size_t(figure.sentence - 1)];
            if (previous.kind == PassageKind::Prose && previous.text.size() <= 10)
                context.leadIn = previous.text;
        }
        // "理赔8436人次,共1830万元": a figure with no words of its own continues the one before.
        if (figure.label.size() <= 1 && f > 0 &&
            document.figures[f - 1].sentence == figure.sentence)
            context.leadIn = document.figures[f - 1].label;
        const MetricMatch match = m_catalog.classify(context);
        if (match.metricIndex >= 0) {
            figure.metric = m_catalog.metrics()[size_t(match.metricIndex)].id;
            figure.metricScore = match.score;
        }
    }
}

}  // namespace reportlens
