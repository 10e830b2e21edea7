// The one place a correction is made from what the user did (the figure's anchor, the author
// and the time) and recorded in, reverted in or restored to the store's log. The window's undo
// steps call it.
#pragma once

#include "engine/correction.h"

#include <QJsonObject>
#include <QString>

namespace reportlens {

class ReportStore;

class Corrections {
public:
    explicit Corrections(ReportStore *store);  // not owned: outlives this

    // A change to a figure as the user saw it: reject it, a new value, unit, label, metric…
    static Correction ofFigure(const Document &document, const Figure &figure, CorrectionKind kind,
                               const QJsonObject &values);
    // A figure the engine missed: the text selected at [start, end) (UTF-16) of the document.
    static Correction addedFigure(const Document &document, qsizetype start, qsizetype end,
                                  double value, const QString &unit, const QString &label);
    // A change to a figure known by its anchor (a table cell's, a candidate's).
    static Correction ofAnchor(const FigureAnchor &anchor, CorrectionKind kind,
                               const QJsonObject &values = {});
    // The candidate figure that is to fill its city's cell for metric.
    static Correction chosenForCell(const FigureAnchor &candidate, const QString &metric);
    // Who corrects: the name set in the settings (kAuthorSetting), else the login name.
    static QString author();
    static constexpr const char *kAuthorSetting = "corrections/author";

    // Appends the correction to the log and applies it: its id, or 0 with *error set.
    qint64 record(const Correction &correction, QString *error);
    // Undo and redo: the correction stays in the log, marked reverted or not.
    bool revert(qint64 id, QString *error);
    bool restore(qint64 id, QString *error);
    // Names the place of every report whose place the engine could not tell.
    bool nameUnknownPlace(const QString &place, QString *error);

private:
    ReportStore *m_store;
};

}  // namespace reportlens
