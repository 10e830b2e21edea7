#include "engine/input/wordpartreader.h"

#include "engine/input/inputlimits.h"
#include "engine/input/partbuffer.h"
#include "engine/input/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

const char *const kQtXmlContext = "QXmlStream";

// The zip entry as the XML reader pulls it (8 KiB at a time), counted. Past a limit it gives
// nothing more, as at an end, so that neither the XML nor one piece of it that the reader holds
// whole grows without bound. (The reader is given the device, not blocks of data: fed blocks,
// it ends the document when a block ends after the root element, and fails on the next.)
class CountingDevice : public QIODevice {
public:
    enum class Refusal { None, TooLarge, PieceTooLarge };

    explicit CountingDevice(QIODevice *source) : m_source(source) {
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

    qint64 count = 0;       // handed out
    qint64 sinceToken = 0;  // handed out since the reader's last token; reset by the reader
    Refusal refusal = Refusal::None;

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        if (refusal == Refusal::None && sinceToken > InputLimits::kMarkupBytes)
            refusal = Refusal::PieceTooLarge;
        if (refusal != Refusal::None)
            return 0;
        const qint64 read = m_source->read(data, maxSize);
        if (read <= 0)
            return read;
        count += read;
        sinceToken += read;
        if (count > InputLimits::kWordXmlBytes) {
            refusal = Refusal::TooLarge;
            return 0;
        }
        return read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
};

// A text box (w:txbxContent) holds paragraphs inside a paragraph: the outer one's text up to the
// box is a paragraph of its own, then the box's, then the rest of the outer one.
struct Paragraph {
    QString text;
    bool heading = false;
    bool split = false;    // by a text box: its pieces are written only when not empty
    bool written = false;  // its beginning is out already (it ran past the held limit)
};

}  // namespace

struct WordPartReader::Private {
    Private(const QString &path, qsizetype partChars)
        : path(path)
        , buffer(partChars)
        , heldChars(partChars == kWhole ? kWhole : std::max(partChars, InputLimits::kHeldChars))
        , zip(path) {}

    QString named(const QString &reason) const { return u"%1: %2"_s.arg(path, reason); }
    bool readToken(QString *error);
    bool handleToken(QString *error);
    void handleStart();
    void write(Paragraph &paragraph);
    void hold(Paragraph &paragraph);

    QString path;
    PartBuffer buffer;
    qsizetype heldChars;  // the most of one paragraph held before it is written as it stands
    QuaZip zip;
    std::unique_ptr<QuaZipFile> entry;
    std::unique_ptr<CountingDevice> device;  // the entry, as the XML reader reads it
    QXmlStreamReader xml;
    std::vector<Paragraph> open;
    qint64 declared = 0;
    int depth = 0;
    int skipDepth = 0;  // inside mc:Fallback: elements open since it began
    bool inText = false;
    bool atEnd = false;
};

WordPartReader::WordPartReader(const QString &path, qsizetype partChars)
    : d(std::make_unique<Private>(path, partChars)) {}

WordPartReader::~WordPartReader() = default;

QString WordPartReader::encoding() const {
    return u"Word (.docx)"_s;
}

qint64 WordPartReader::bytesRead() const {
    return d->device ? d->device->count : 0;
}

qint64 WordPartReader::size() const {
    return d->declared;
}

qint64 WordPartReader::declaredTextBytes(const QString &path) {
    if (!QFileInfo(path).isFile())
        return -1;
    QuaZip zip(path);
    QuaZipFileInfo64 info;
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(u"word/document.xml"_s) ||
        !zip.getCurrentFileInfo(&info))
        return -1;
    return qint64(
        std::min<quint64>(info.uncompressedSize, quint64(std::numeric_limits<qint64>::max())));
}

bool WordPartReader::open(QString *error) {
    // A missing file, a folder or a FIFO is named as for any report, before the zip is opened.
    QFile file(d->path);
    if (!TextDecoder::openFile(&file, error))
        return false;
    file.close();
    if (!d->zip.open(QuaZip::mdUnzip)) {
        *error = d->named(QCoreApplication::translate(
            "reportlens::DocumentReader",
            "not a Word document: the zip archive is damaged or is not one"));
        return false;
    }
    QuaZipFileInfo64 info;
    if (!d->zip.setCurrentFile(u"word/document.xml"_s) || !d->zip.getCurrentFileInfo(&info)) {
        *error = d->named(QCoreApplication::translate(
            "reportlens::DocumentReader", "not a Word document: it has no word/document.xml"));
        return false;
    }
    d->declared = qint64(
        std::min<quint64>(info.uncompressedSize, quint64(std::numeric_limits<qint64>::max())));
    if (d->declared > InputLimits::kWordXmlBytes) {
        *error = d->named(QCoreApplication::translate(
                              "reportlens::DocumentReader",
                              "the Word document's text (word/document.xml) unpacks to %1 MiB, "
                              "more than the %2 MiB ReportLens reads")
                              .arg(InputLimits::mebibytes(d->declared))
                              .arg(InputLimits::mebibytes(InputLimits::kWordXmlBytes)));
        return false;
    }
    d->entry = std::make_unique<QuaZipFile>(&d->zip);
    if (!d->entry->open(QIODevice::ReadOnly)) {
        *error = d->named(QCoreApplication::translate(
            "reportlens::DocumentReader", "the Word document's text cannot be unpacked"));
        return false;
    }
    d->device = std::make_unique<CountingDevice>(d->entry.get());
    d->xml.setDevice(d->device.get());
    return true;
}

bool WordPartReader::next(QString *part, QString *error) {
    error->clear();
    part->clear();
    if (!d->device)
        return false;  // not open
    while (!d->atEnd && !d->buffer.full()) {
        if (!d->readToken(error))
            return false;
    }
    return d->buffer.take(part, d->atEnd);
}

// Reads and takes the next token; at the end of the XML, tells why it ended if not well.
bool WordPartReader::Private::readToken(QString *error) {
    if (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() != QXmlStreamReader::Invalid)
            device->sinceToken = 0;
        return handleToken(error);
    }
    atEnd = true;
    switch (device->refusal) {
        case CountingDevice::Refusal::TooLarge:
            *error = named(QCoreApplication::translate(
                               "reportlens::DocumentReader",
                               "the Word document's text (word/document.xml) unpacks to more "
                               "than the %1 MiB ReportLens reads")
                               .arg(InputLimits::mebibytes(InputLimits::kWordXmlBytes)));
            return false;
        case CountingDevice::Refusal::PieceTooLarge:
            *error = named(QCoreApplication::translate(
                               "reportlens::DocumentReader",
                               "a tag, comment or run of text in the Word document is longer "
                               "than %1 MiB, the most ReportLens holds at once")
                               .arg(InputLimits::mebibytes(InputLimits::kMarkupBytes)));
            return false;
        case CountingDevice::Refusal::None:
            break;
    }
    if (entry->getZipError() != UNZ_OK) {
        *error = named(
            QCoreApplication::translate("reportlens::DocumentReader",
                                        "the Word document is damaged (its text does not unpack)"));
        return false;
    }
    if (xml.hasError()) {
        *error = named(QCoreApplication::translate("reportlens::DocumentReader",
                                                   "the Word document is damaged (%1)")
                           .arg(xml.errorString()));
        return false;
    }
    return true;
}

bool WordPartReader::Private::handleToken(QString *error) {
    const QXmlStreamReader::TokenType type = xml.tokenType();
    if (type == QXmlStreamReader::Invalid)
        return true;  // an error: atEnd() says so next
    if (type == QXmlStreamReader::StartElement && ++depth > InputLimits::kWordNesting) {
        *error = named(QCoreApplication::translate(
                           "reportlens::DocumentReader",
                           "the Word document nests its elements more than %1 deep, more than "
                           "ReportLens follows")
                           .arg(InputLimits::kWordNesting));
        return false;
    }
    if (type == QXmlStreamReader::EndElement)
        --depth;
    if (skipDepth > 0) {
        skipDepth += type == QXmlStreamReader::StartElement ? 1
                     : type == QXmlStreamReader::EndElement ? -1
                                                            : 0;
        return true;
    }
    if (inText) {
        // A run's text (w:t) holds text and nothing else, as QXmlStreamReader::readElementText
        // requires.
        switch (type) {
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                open.back().text += xml.text();
                hold(open.back());
                break;
            case QXmlStreamReader::EndElement:
                inText = false;
                break;
            case QXmlStreamReader::Comment:
            case QXmlStreamReader::ProcessingInstruction:
                break;
            default:
                // Qt's own words, and translation, as readElementText() raised them.
                xml.raiseError(
                    QCoreApplication::translate(kQtXmlContext, "Expected character data."));
                break;
        }
        return true;
    }
    if (type == QXmlStreamReader::StartElement)
        handleStart();
    else if (type == QXmlStreamReader::EndElement && xml.name() == u"p" && !open.empty()) {
        write(open.back());
        open.pop_back();
    }
    return true;
}

void WordPartReader::Private::handleStart() {
    const QStringView name = xml.name();
    if (name == u"Fallback") {
        // Word writes a text box twice: for itself (mc:Choice) and for older readers.
        skipDepth = 1;
    } else if (name == u"p") {
        if (!open.empty()) {
            open.back().split = true;
            write(open.back());
            open.back().text.clear();
            open.back().written = false;
        }
        open.emplace_back();
    } else if (open.empty()) {
        return;  // outside any paragraph: nothing of the text
    } else if (name == u"pStyle") {
        const QStringView style = xml.attributes().value(u"w:val"_s);
        open.back().heading = style.startsWith(u"Heading") || style.startsWith(u"Title");
    } else if (name == u"tab") {
        open.back().text += u'\t';
        hold(open.back());
    } else if (name == u"br" || name == u"cr") {
        open.back().text += u'\n';
        hold(open.back());
    } else if (name == u"t") {
        inText = true;
    }
}

void WordPartReader::Private::write(Paragraph &paragraph) {
    QString &text = buffer.pending();
    if (paragraph.written)
        text += paragraph.text + u"\n\n"_s;
    else if (!paragraph.split || !paragraph.text.isEmpty())
        text += (paragraph.heading ? u"# "_s : QString()) + paragraph.text + u"\n\n"_s;
}

// A paragraph longer than the held limit is written as far as it has come, so that memory stays
// bounded; the part it falls in is then cut as a text without breaks is.
void WordPartReader::Private::hold(Paragraph &paragraph) {
    if (paragraph.text.size() <= heldChars)
        return;
    buffer.pending() +=
        (!paragraph.written && paragraph.heading ? u"# "_s : QString()) + paragraph.text;
    paragraph.text.clear();
    paragraph.written = true;
}

}  // namespace reportlens
