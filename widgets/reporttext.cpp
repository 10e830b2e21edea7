#include "reporttext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>

#include <cmath>

namespace reportlens {

qreal ReportText::pt(qreal points) const {
    return points * m_device->logicalDpiY() / 72.0;
}

std::shared_ptr<QTextLayout> ReportText::wrapped(const QString &text, const QFont &font,
                                                 qreal width, Qt::Alignment alignment,
                                                 qsizetype boldLength) const {
    auto layout = std::make_shared<QTextLayout>(text, font, m_device);
    if (boldLength > 0) {
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        layout->setFormats({{0, int(boldLength), bold}});
    }
    QTextOption option;
    // Whole words; only a word wider than the line (a long address) is broken.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

qreal ReportText::oneLineWidth(const QString &text, const QFont &font) const {
    qreal width = 0;
    const QFontMetricsF metrics(font, m_device);
    for (const QString &line : text.split(kReportLineBreak))
        width = std::max(width, metrics.horizontalAdvance(line));
    return std::ceil(width);
}

qreal ReportText::longestWord(const QString &text, const QFont &font) const {
    // Laid out at no width, each line holds one unbreakable piece: a word, or a Chinese
    // character where the text has no spaces.
    auto layout = std::make_shared<QTextLayout>(text, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(option);
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine())
        line.setLineWidth(0);
    layout->endLayout();
    return std::ceil(layout->minimumWidth());
}

}  // namespace reportlens
