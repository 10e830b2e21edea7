// Text on the report's paint device: measured with its fonts, laid out in lines of a width.
#pragma once

#include <QFont>
#include <QString>

#include <memory>

class QPaintDevice;
class QTextLayout;

namespace reportlens {

// A line break inside one QTextLayout.
inline constexpr QChar kReportLineBreak = QChar::LineSeparator;

class ReportText {
public:
    explicit ReportText(QPaintDevice *device) : m_device(device) {}

    // Points in the device's pixels.
    qreal pt(qreal points) const;
    // The text laid out in lines of width (whole words where it has words); the first
    // boldLength characters bold.
    std::shared_ptr<QTextLayout> wrapped(const QString &text, const QFont &font, qreal width,
                                         Qt::Alignment alignment = Qt::AlignLeft,
                                         qsizetype boldLength = 0) const;
    // The widest of its lines, each on one line.
    qreal oneLineWidth(const QString &text, const QFont &font) const;
    // Its widest unbreakable piece: a word, or a Chinese character.
    qreal longestWord(const QString &text, const QFont &font) const;

private:
    QPaintDevice *m_device;
};

}  // namespace reportlens
