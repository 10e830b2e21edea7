#include "sourceview.h"

#include "engine/figureextractor.h"
#include "periodtext.h"
#include "prompts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

SourceView::SourceView(DocumentLookup lookup, QWidget *parent)
    : QWidget(parent)
    , m_lookup(std::move(lookup))
    , m_prompts(Prompts::dialogs())
    , m_label(new QLabel)
    , m_text(new QTextBrowser)
    , m_previous(new QToolButton)
    , m_next(new QToolButton) {
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previous->setObjectName(u"previousFigure"_s);
    m_next->setObjectName(u"nextFigure"_s);
    m_previous->setText(tr("◀ Previous figure"));
    m_next->setText(tr("Next figure ▶"));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_next->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_previous->setToolTip(tr("Previous figure in this report (Alt+Up)"));
    m_next->setToolTip(tr("Next figure in this report (Alt+Down)"));
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(buttons);
    layout->addWidget(m_text);
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_label->setText(tr("Double-click a number to see the sentence it came from."));
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const std::unique_ptr<QMenu> menu(contextMenu(position));
        menu->exec(m_text->viewport()->mapToGlobal(position));
    });
}

void SourceView::setPrompts(Prompts *prompts) {
    m_prompts = prompts ? prompts : Prompts::dialogs();
}

QMenu *SourceView::contextMenu(const QPoint &position) {
    QMenu *menu = m_text->createStandardContextMenu(position);
    const QString selected = m_text->textCursor().selectedText();
    if (!selected.isEmpty() && !m_document.path.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Add the selection as a figure…"), this,
                        [this, selected] { askForFigure(selected); });
    }
    return menu;
}

// The engine's own reading of the selection is where the user starts from.
void SourceView::askForFigure(const QString &selected) {
    const std::vector<Figure> found = FigureExtractor::extractFromText(selected);
    const std::optional<double> value =
        m_prompts->number(this, tr("Add a figure"), tr("Value of “%1”").arg(selected),
                          found.empty() ? 0.0 : found.front().value);
    if (!value)
        return;
    const std::optional<QString> unit = m_prompts->text(
        this, tr("Add a figure"), tr("Unit"), found.empty() ? QString() : found.front().unit);
    if (!unit)
        return;
    const std::optional<QString> label =
        m_prompts->text(this, tr("Add a figure"), tr("Label"), QString());
    if (label)
        emit figureAdditionRequested(*value, *unit, *label);
}

void SourceView::invalidate() {
    m_document = Document();
}

bool SourceView::showFigure(const QString &path, qint64 start, qint64 end) {
    if (m_document.path != path || m_document.id == 0) {
        std::optional<Document> document = m_lookup(path);
        if (!document)
            return false;
        m_document = std::move(*document);
        m_text->setPlainText(m_document.text);
    }
    const qsizetype from = m_document.utf16Offset(start);
    const qsizetype to = m_document.utf16Offset(end);
    m_figure = -1;
    for (size_t i = 0; i < m_document.figures.size(); ++i) {
        const Figure &figure = m_document.figures[i];
        if (figure.start == from && figure.end == to) {
            m_figure = int(i);
            break;
        }
    }
    // A figure the store does not list (none should be) still gets its place marked.
    m_sentenceStart = from;
    m_sentenceEnd = to;
    if (m_figure >= 0) {
        const Figure &figure = m_document.figures[size_t(m_figure)];
        const Sentence &sentence = m_document.sentences[size_t(figure.sentence)];
        m_sentenceStart = sentence.documentStart;
        m_sentenceEnd = sentence.documentEnd;
    }
    QTextCursor figureCursor(m_text->document());
    figureCursor.setPosition(int(from));
    figureCursor.setPosition(int(to), QTextCursor::KeepAnchor);
    QTextCursor sentenceCursor(m_text->document());
    sentenceCursor.setPosition(int(m_sentenceStart));
    sentenceCursor.setPosition(int(m_sentenceEnd), QTextCursor::KeepAnchor);

    QTextEdit::ExtraSelection sentenceMark;
    sentenceMark.cursor = sentenceCursor;
    sentenceMark.format.setBackground(QColor(255, 243, 176));
    QTextEdit::ExtraSelection figureMark;
    figureMark.cursor = figureCursor;
    figureMark.format.setBackground(QColor(255, 170, 60));
    figureMark.format.setFontWeight(QFont::Bold);
    m_text->setExtraSelections({sentenceMark, figureMark});
    m_text->setTextCursor(figureCursor);
    m_text->ensureCursorVisible();
    // Centred once the layout has settled (the label above may wrap to more lines).
    QTimer::singleShot(0, m_text, [text = m_text] {
        QScrollBar *bar = text->verticalScrollBar();
        bar->setValue(bar->value() + text->cursorRect().center().y() -
                      text->viewport()->height() / 2);
    });

    const int count = int(m_document.figures.size());
    // The period the figure is about: its own where its sentence names one, else the
    // report's; a target says so.
    const QString reportPeriod = PeriodText::display(m_document.period);
    QString period = reportPeriod.isEmpty() ? tr("period not stated") : reportPeriod;
    if (m_figure >= 0) {
        const Figure &figure = m_document.figures[size_t(m_figure)];
        if (!figure.period.isEmpty())
            period = tr("%1 (the figure's own; the report's: %2)")
                         .arg(PeriodText::display(figure.period),
                              reportPeriod.isEmpty() ? tr("not stated") : reportPeriod);
        if (figure.target)
            period += u", "_s + tr("planned, not reported");
    }
    m_label->setText(tr("<b>%1</b> — %2, %3<br>%4, characters %5–%6 (figure %7 of %8)")
                         .arg(m_document.title.toHtmlEscaped(), m_document.city.toHtmlEscaped(),
                              period.toHtmlEscaped(),
                              m_document.path.section(u'/', -1).toHtmlEscaped())
                         .arg(start)
                         .arg(end)
                         .arg(m_figure + 1)
                         .arg(count));
    m_previous->setEnabled(m_figure > 0);
    m_next->setEnabled(m_figure >= 0 && m_figure + 1 < count);
    emit figureShown(path, start, end);
    return true;
}

QString SourceView::highlightedSentence() const {
    return m_document.text.mid(m_sentenceStart, m_sentenceEnd - m_sentenceStart);
}

QString SourceView::markedText() const {
    return m_text->textCursor().selectedText();
}

void SourceView::step(int delta) {
    const int next = m_figure + delta;
    if (m_figure < 0 || next < 0 || next >= int(m_document.figures.size()))
        return;
    const Figure &figure = m_document.figures[size_t(next)];
    showFigure(m_document.path, m_document.codePointOffset(figure.start),
               m_document.codePointOffset(figure.end));
}

}  // namespace reportlens
