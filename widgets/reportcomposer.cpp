#include "reportcomposer.h"

#include "citychartview.h"
#include "correctiontext.h"
#include "engine/comparability.h"
#include "engine/placenames.h"
#include "engine/valueformat.h"
#include "periodtext.h"
#include "reporttablelayout.h"
#include "reporttext.h"

#include <QDate>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

namespace {
const QColor kHeaderFill(0xe8, 0xee, 0xf8);
const QColor kBandFill(0xf6, 0xf7, 0xf9);
const QColor kRule(0x9a, 0xa3, 0xb0);
const QColor kQuiet(0x55, 0x55, 0x55);
constexpr QChar kLineBreak = kReportLineBreak;
}  // namespace

ReportComposer::ReportComposer(QPagedPaintDevice *device, const CityTable &table,
                               const ReportOptions &options,
                               const std::vector<Correction> &corrections)
    : m_device(device)
    , m_text(device)
    , m_table(table)
    , m_options(options)
    , m_corrections(corrections) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QString family = ComparisonReport::embeddedFontFamily();
    if (!family.isEmpty())
        font.setFamily(family);
    auto sized = [&font](qreal points, bool bold = false) {
        QFont sizedFont = font;
        sizedFont.setPointSizeF(points);
        sizedFont.setBold(bold);
        return sizedFont;
    };
    m_body = sized(9);
    m_small = sized(7.5);
    m_cellFont = sized(7.5);
    m_mark = sized(5.5);
    m_heading = sized(12.5, true);
    m_titleFont = sized(18, true);
    m_width = device->width();
    const qreal footer = QFontMetricsF(m_small, device).height() + m_text.pt(6);
    m_bodyHeight = device->height() - footer;
}

ReportComposer::~ReportComposer() = default;

void ReportComposer::addParagraph(const QString &text, const QFont &font, qreal spaceAfter,
                                  bool keepWithNext) {
    const std::shared_ptr<QTextLayout> layout = m_text.wrapped(text, font, m_width);
    ReportBlock block;
    block.height = layout->boundingRect().height() + spaceAfter;
    block.keepWithNext = keepWithNext;
    block.paint = [layout](QPainter *painter, qreal y) { layout->draw(painter, QPointF(0, y)); };
    m_flow.add(std::move(block));
}

const MetricDefinition *ReportComposer::metric(const QString &id) const {
    for (const MetricDefinition &candidate : m_table.metrics) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QString ReportComposer::metricHeader(const MetricDefinition &metric) const {
    const bool english = m_options.english;
    // The unit in the reader's language: 人 is "people" in English, 元 "yuan".
    const QString unit = english ? ValueFormat::englishUnitName(metric.unit) : metric.unit;
    const QString name = english ? metric.nameEn : metric.nameZh;
    if (unit.isEmpty())
        return name;
    return english ? u"%1 (%2)"_s.arg(name, unit) : u"%1（%2）"_s.arg(name, unit);
}

QString ReportComposer::placeName(const QString &city) const {
    return PlaceNames::display(city, m_options.english);
}

QString ReportComposer::placePeriod(const QString &city, const QStringList &metrics) const {
    // The period of the place's report that most of its cells come from.
    // Asked for each row of each band: worked out once a place (the metrics do not change).
    if (const auto known = m_placePeriods.constFind(city); known != m_placePeriods.cend())
        return *known;
    QHash<QString, int> votes;
    for (const QString &metric : metrics) {
        if (const TableCell *cell = m_table.cell(city, metric))
            ++votes[cell->reportPeriod];
    }
    QString period;
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() > period)) {
            most = it.value();
            period = it.key();
        }
    }
    const QString text = period.isEmpty() ? tr("period not stated") : PeriodText::display(period);
    m_placePeriods.insert(city, text);
    return text;
}

QString ReportComposer::rowHeaderOf(const QString &city, const QStringList &metrics) const {
    return placeName(city) + u" · "_s + placePeriod(city, metrics);
}

QString ReportComposer::valueText(const TableCell &cell) const {
    return ValueFormat::display(cell.value, cell.unit, cell.qualifier, m_options.english);
}

QString ReportComposer::markText(const TableCell &cell, int citation) const {
    QString marks;
    if (cell.corrected)
        marks += u'*';
    if (!cell.comparable())
        marks += u'†';
    return marks + u"[%1]"_s.arg(citation);
}

void ReportComposer::compose(const QStringList &cities, const QStringList &metrics,
                             const QStringList &charts) {
    addTitleBlock(cities, metrics);
    addTable(cities, metrics);
    addCharts(cities, charts);
    addSources();
}

void ReportComposer::addTitleBlock(const QStringList &cities, const QStringList &metrics) {
    const QLocale locale =
        m_options.english ? QLocale(QLocale::English) : QLocale(QLocale::Chinese, QLocale::China);
    addParagraph(m_title, m_titleFont, m_text.pt(6));
    QString selection;
    switch (m_table.selection.kind) {
        case ReportSelection::Kind::LatestOfEachPlace:
            selection = tr("each place's latest report");
            break;
        case ReportSelection::Kind::AllReports:
            selection = tr("all reports of each place");
            break;
        case ReportSelection::Kind::OnePeriod:
            selection = tr("the reports of %1").arg(PeriodText::display(m_table.selection.period));
            break;
    }
    addParagraph(tr("%1 · %n place(s), ", nullptr, int(cities.size()))
                         .arg(locale.toString(QDate::currentDate(), QLocale::LongFormat)) +
                     tr("%n metric(s) · from %1", nullptr, int(metrics.size())).arg(selection),
                 m_body, m_text.pt(4));
    QStringList names;
    for (const QString &city : cities)
        names.append(placeName(city));
    addParagraph(tr("Places: %1").arg(names.join(m_options.english ? u", "_s : u"、"_s)), m_body,
                 m_text.pt(4));
    if (!m_options.notes.trimmed().isEmpty())
        addParagraph(m_options.notes.trimmed().replace(u'\n', kLineBreak), m_body, m_text.pt(4));
    addParagraph(tr("[n]: the number's source, listed after the table. *: corrected by a user. "
                    "†: not comparable with the rest of its row; the source says why."),
                 m_small, m_text.pt(8));
}

void ReportComposer::addTable(const QStringList &cities, const QStringList &metrics) {
    std::vector<const MetricDefinition *> rows;
    for (const QString &id : metrics) {
        if (const MetricDefinition *definition = metric(id))
            rows.push_back(definition);
    }
    if (rows.empty() || cities.isEmpty())
        return;
    addParagraph(tr("The figures"), m_heading, m_text.pt(4), true);

    const qreal padding = m_text.pt(2.5);
    const qreal markGap = m_text.pt(0.8);
    ReportTableMeasures measures;
    measures.pageWidth = m_width;
    measures.padding = padding;
    measures.narrowestColumn = m_text.oneLineWidth(u"0000000"_s, m_cellFont);
    QStringList placeHeaders;
    for (const QString &city : cities) {
        // The place over its report's period, each line whole.
        const QString header =
            placeName(city).replace(u' ', kLineBreak) + kLineBreak + placePeriod(city, metrics);
        placeHeaders.append(header);
        // On one line as a row's header (places as rows).
        measures.placeWidth.append(m_text.oneLineWidth(rowHeaderOf(city, metrics), m_cellFont));
        measures.placeMinWidth.append(m_text.oneLineWidth(header, m_cellFont));
    }
    QStringList metricHeaders;
    // A citation's number is as wide as the largest one's.
    const QString widestMark = u"*†[%1]"_s.arg(qsizetype(rows.size()) * cities.size());
    const qreal markWidth = m_text.oneLineWidth(widestMark, m_mark) + markGap;
    for (const MetricDefinition *definition : rows) {
        const QString header = metricHeader(*definition);
        metricHeaders.append(header);
        measures.metricWidth.append(m_text.oneLineWidth(header, m_cellFont));
        measures.metricMinWidth.append(m_text.longestWord(header, m_cellFont));
        QList<qreal> widths;
        for (const QString &city : cities) {
            const TableCell *cell = m_table.cell(city, definition->id);
            widths.append(cell ? m_text.oneLineWidth(valueText(*cell), m_cellFont) + markWidth : 0);
        }
        measures.valueWidth.append(widths);
    }
    const ReportTableLayout layout = ReportTableLayout::arrange(measures);

    const qreal lineHeight = QFontMetricsF(m_cellFont, m_device).height();
    const qreal rowHeight = lineHeight + 2 * padding;
    const qreal rule = m_text.pt(0.4);
    const QString cornerText = layout.placesAsColumns ? tr("Metric") : tr("Place");
    for (size_t b = 0; b < layout.bands.size(); ++b) {
        const ReportTableBand &band = layout.bands[b];
        const QStringList columnTexts = [&] {
            QStringList texts;
            for (int column : band.columns)
                texts.append(layout.placesAsColumns ? placeHeaders[column] : metricHeaders[column]);
            return texts;
        }();
        const int rowCount = layout.placesAsColumns ? int(rows.size()) : int(cities.size());
        auto rowHeaderText = [&](int row) {
            return layout.placesAsColumns ? metricHeaders[row] : rowHeaderOf(cities[row], metrics);
        };
        auto cellOf = [&](int row, int column) {
            return layout.placesAsColumns ? m_table.cell(cities[column], rows[size_t(row)]->id)
                                          : m_table.cell(cities[row], rows[size_t(column)]->id);
        };

        // The header: the corner's label and each column's, wrapped in whole words.
        std::vector<std::shared_ptr<QTextLayout>> headers;
        qreal headerHeight = 0;
        headers.push_back(
            m_text.wrapped(cornerText, m_cellFont, layout.rowHeaderWidth - 2 * padding));
        for (int i = 0; i < band.columns.size(); ++i)
            headers.push_back(m_text.wrapped(columnTexts[i], m_cellFont,
                                             band.columnWidths[i] - 2 * padding, Qt::AlignHCenter));
        for (const auto &text : headers)
            headerHeight = std::max(headerHeight, text->boundingRect().height());
        headerHeight += 2 * padding;
        QList<qreal> lefts{0, layout.rowHeaderWidth};
        for (qreal width : band.columnWidths)
            lefts.append(lefts.last() + width);
        const qreal tableWidth = lefts.last();

        ReportBlock header;
        header.height = headerHeight;
        header.keepWithNext = true;
        header.paint = [=](QPainter *painter, qreal y) {
            painter->fillRect(QRectF(0, y, tableWidth, headerHeight), kHeaderFill);
            painter->setPen(QPen(kRule, rule));
            painter->drawRect(QRectF(0, y, tableWidth, headerHeight));
            for (size_t i = 0; i < headers.size(); ++i) {
                if (i > 0)
                    painter->drawLine(QPointF(lefts[i], y), QPointF(lefts[i], y + headerHeight));
                painter->setPen(Qt::black);
                headers[i]->draw(painter, QPointF(lefts[i] + padding, y + padding));
                painter->setPen(QPen(kRule, rule));
            }
        };
        const int headerIndex = m_flow.add(std::move(header));

        for (int row = 0; row < rowCount; ++row) {
            const auto rowHeader =
                m_text.wrapped(rowHeaderText(row), m_cellFont, layout.rowHeaderWidth - 2 * padding);
            const qreal height =
                std::max(rowHeight, rowHeader->boundingRect().height() + 2 * padding);
            struct CellText {
                QString value;
                QString mark;
            };
            QList<CellText> cells;
            for (int column : band.columns) {
                const TableCell *cell = cellOf(row, column);
                if (!cell) {
                    cells.append(CellText{});
                    continue;
                }
                m_citations.push_back(
                    {cell, layout.placesAsColumns ? rows[size_t(row)] : rows[size_t(column)]});
                cells.append({valueText(*cell), markText(*cell, int(m_citations.size()))});
            }
            ReportBlock block;
            block.height = height;
            block.header = headerIndex;
            const QFont tableFont = m_cellFont;
            const QFont markFont = m_mark;
            const bool banded = row % 2 == 1;
            block.paint = [=](QPainter *painter, qreal y) {
                if (banded)
                    painter->fillRect(QRectF(0, y, tableWidth, height), kBandFill);
                painter->setPen(QPen(kRule, rule));
                painter->drawLine(QPointF(0, y + height), QPointF(tableWidth, y + height));
                for (qsizetype i = 0; i < lefts.size(); ++i)
                    painter->drawLine(QPointF(lefts[i], y), QPointF(lefts[i], y + height));
                painter->setPen(Qt::black);
                rowHeader->draw(painter, QPointF(padding, y + padding));
                for (qsizetype i = 0; i < cells.size(); ++i) {
                    if (cells[i].value.isEmpty())
                        continue;
                    // One line's box, amid the row (its header may take two lines).
                    const QRectF box(lefts[i + 1] + padding, y + (height - lineHeight) / 2,
                                     band.columnWidths[i] - 2 * padding, lineHeight);
                    const qreal markWidth =
                        QFontMetricsF(markFont, painter->device()).horizontalAdvance(cells[i].mark);
                    painter->setFont(markFont);
                    painter->setPen(kQuiet);
                    painter->drawText(box.adjusted(0, 0, 0, -lineHeight * 0.3),
                                      Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                                      cells[i].mark);
                    painter->setFont(tableFont);
                    painter->setPen(Qt::black);
                    painter->drawText(box.adjusted(0, 0, -markWidth - markGap, 0),
                                      Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                                      cells[i].value);
                }
            };
            m_flow.add(std::move(block));
        }
        if (b + 1 < layout.bands.size()) {
            ReportBlock gap;
            gap.height = m_text.pt(8);
            gap.paint = [](QPainter *, qreal) {};
            m_flow.add(std::move(gap));
        }
    }
}

void ReportComposer::addCharts(const QStringList &cities, const QStringList &charts) {
    if (charts.isEmpty())
        return;
    // Two charts side by side where the page is wide (landscape), each 16:9.
    const qreal gap = m_text.pt(12);
    // Many places: one chart across the page, of bars a line of text apart, up to a page.
    const bool many = cities.size() > 12;
    const int perRow = !many && m_width > m_text.pt(600) ? 2 : 1;
    const qreal width = (m_width - gap * (perRow - 1)) / perRow;
    const qreal height =
        many ? std::min(m_bodyHeight * 0.9, m_text.pt(11) * cities.size() + m_text.pt(90))
             : std::min(width * 9 / 16, m_bodyHeight * 0.46);
    const qreal dpi = m_device->logicalDpiX();
    ReportBlock space;
    space.height = m_text.pt(10);
    space.paint = [](QPainter *, qreal) {};
    m_flow.add(std::move(space));
    addParagraph(tr("Charts"), m_heading, m_text.pt(4), true);
    for (qsizetype first = 0; first < charts.size(); first += perRow) {
        QList<QImage> images;
        for (qsizetype i = first; i < std::min(charts.size(), first + perRow); ++i) {
            ChartOptions options;
            options.metrics = {charts[i]};
            options.cities = cities;
            options.english = m_options.english;
            options.horizontal = many;
            // Drawn by the screen's routine at 192 dpi: laid out as in a 96-dpi window.
            const QSize pixels(qRound(width / dpi * 192), qRound(height / dpi * 192));
            images.append(ChartRenderer::image(m_table, options, pixels, 192));
        }
        ReportBlock block;
        block.height = height + m_text.pt(8);
        block.paint = [=](QPainter *painter, qreal y) {
            for (qsizetype i = 0; i < images.size(); ++i)
                painter->drawImage(QRectF(i * (width + gap), y, width, height), images[i]);
        };
        m_flow.add(std::move(block));
    }
}

QString ReportComposer::correctionNote(const TableCell &cell) const {
    QStringList notes;
    for (const Correction &correction : m_corrections) {
        const FigureAnchor &anchor = correction.anchor;
        if (correction.reverted || anchor.documentPath != cell.path || anchor.end <= cell.start ||
            cell.end <= anchor.start)
            continue;
        const QString values =
            CorrectionText::values(correction, m_table.metrics, m_options.english);
        const QString what = values.isEmpty()
                                 ? CorrectionText::action(correction.kind)
                                 : CorrectionText::action(correction.kind) + u": "_s + values;
        notes.append(tr("* Corrected by %1 on %2 (%3); the report reads “%4”.")
                         .arg(correction.author.isEmpty() ? tr("a user") : correction.author,
                              QLocale(m_options.english ? QLocale::English : QLocale::Chinese)
                                  .toString(correction.createdAt.date(), QLocale::ShortFormat),
                              what, anchor.raw));
    }
    if (notes.isEmpty() && cell.corrected)
        notes.append(tr("* Corrected by a user; the report reads “%1”.").arg(cell.raw));
    return notes.join(kLineBreak);
}

void ReportComposer::addSources() {
    if (m_citations.empty())
        return;
    ReportBlock space;
    space.height = m_text.pt(10);
    space.paint = [](QPainter *, qreal) {};
    m_flow.add(std::move(space));
    addParagraph(tr("Sources"), m_heading, m_text.pt(4), true);
    const bool english = m_options.english;
    for (size_t i = 0; i < m_citations.size(); ++i) {
        const TableCell &cell = *m_citations[i].cell;
        const MetricDefinition &definition = *m_citations[i].metric;
        const QString period =
            cell.period.isEmpty() ? tr("period not stated") : PeriodText::display(cell.period);
        QString first =
            (english ? u"[%1] %2 · %3 · %4 (%5)"_s : u"[%1] %2 · %3 · %4（%5）"_s)
                .arg(i + 1)
                .arg(placeName(cell.city), english ? definition.nameEn : definition.nameZh,
                     valueText(cell), period);
        if (english || valueText(cell) != cell.raw)
            first += u" · "_s + tr("as written: %1").arg(cell.raw);
        // A file's name, or a web page's whole address.
        const QUrl url(cell.path);
        const QString source = !url.scheme().isEmpty() && url.scheme().size() > 1
                                   ? cell.path
                                   : QFileInfo(cell.path).fileName();
        const QString title = cell.reportTitle.isEmpty() ? tr("untitled report") : cell.reportTitle;
        const QString reportPeriod = cell.reportPeriod.isEmpty()
                                         ? tr("period not stated")
                                         : PeriodText::display(cell.reportPeriod);
        // The report on the same line: two lines an entry, the sentence the second.
        QString text = first + u" — "_s +
                       tr("%1, report of %2, %3")
                           .arg(english ? title : u"《%1》"_s.arg(title), reportPeriod, source) +
                       kLineBreak + u"“%1”"_s.arg(cell.sentence.simplified());
        if (!cell.comparable())
            text += kLineBreak + u"† "_s +
                    tr("Not comparable: %1")
                        .arg(comparabilityNote(cell, definition, &PeriodText::display));
        const QString correction = correctionNote(cell);
        if (!correction.isEmpty())
            text += kLineBreak + correction;
        const std::shared_ptr<QTextLayout> layout =
            m_text.wrapped(text, m_small, m_width, Qt::AlignLeft, first.size());
        ReportBlock block;
        block.height = layout->boundingRect().height() + m_text.pt(3);
        block.paint = [layout](QPainter *painter, qreal y) {
            layout->draw(painter, QPointF(0, y));
        };
        m_flow.add(std::move(block));
    }
}

int ReportComposer::paint() {
    const std::vector<ReportFlow::Page> pages = m_flow.paginate(m_bodyHeight);
    QPainter painter;
    if (!painter.begin(m_device))
        return 0;
    const QFontMetricsF footerMetrics(m_small, m_device);
    for (size_t page = 0; page < pages.size(); ++page) {
        if (page > 0)
            m_device->newPage();
        for (const ReportFlow::Placed &placed : pages[page]) {
            painter.save();
            painter.setFont(m_body);
            painter.setPen(Qt::black);
            m_flow.block(placed.block).paint(&painter, placed.y);
            painter.restore();
        }
        // The footer: the title and the page's number, inside the margins.
        painter.setFont(m_small);
        painter.setPen(kQuiet);
        const QRectF footer(0, m_device->height() - footerMetrics.height(), m_width,
                            footerMetrics.height());
        const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages.size());
        const qreal numberWidth = footerMetrics.horizontalAdvance(number) + m_text.pt(12);
        painter.drawText(footer.adjusted(0, 0, -numberWidth, 0),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         footerMetrics.elidedText(m_title, Qt::ElideMiddle, m_width - numberWidth));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, number);
    }
    painter.end();
    return int(pages.size());
}

}  // namespace reportlens
