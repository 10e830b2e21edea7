// The source panel: a report's text with the sentence of the chosen figure highlighted and
// the figure marked, scrolled into view, with the document, city and position; previous
// and next step through the report's figures.
#pragma once

#include "engine/document.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QTextBrowser;
class QToolButton;

namespace reportlens {

class Prompts;

class SourceView : public QWidget {
    Q_OBJECT

public:
    // Reads the report stored under a path, with its figures; the app gives it from storage.
    using DocumentLookup = std::function<std::optional<Document>(const QString &path)>;

    explicit SourceView(DocumentLookup lookup, QWidget *parent = nullptr);

    // Shows the figure at [start, end) (code points) of the report stored under path.
    bool showFigure(const QString &path, qint64 start, qint64 end);
    // The report shown, and the figure marked in it (-1: none).
    const Document &document() const { return m_document; }
    int currentFigure() const { return m_figure; }
    QString highlightedSentence() const;
    QString markedText() const;
    QTextBrowser *textView() const { return m_text; }
    // Forgets the report so that the next showFigure reads it again (after corrections).
    void invalidate();
    // How the text's menu asks for a figure's value, unit and label (nullptr: dialogs).
    void setPrompts(Prompts *prompts);
    // The text's context menu at position, owned by the caller: the standard actions and,
    // with text selected in a report, adding the selection as a figure.
    QMenu *contextMenu(const QPoint &position);

signals:
    void figureShown(const QString &path, qint64 start, qint64 end);
    // The text selected in the report is a figure the engine missed, with these fields.
    void figureAdditionRequested(double value, const QString &unit, const QString &label);

private:
    void step(int delta);
    void askForFigure(const QString &selected);

    DocumentLookup m_lookup;
    Prompts *m_prompts;  // not owned
    Document m_document;
    int m_figure = -1;
    qsizetype m_sentenceStart = 0;  // UTF-16, in the document
    qsizetype m_sentenceEnd = 0;
    QLabel *m_label;
    QTextBrowser *m_text;
    QToolButton *m_previous;
    QToolButton *m_next;
};

}  // namespace reportlens
