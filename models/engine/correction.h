// A user's correction to what the engine found. Corrections are an append-only log: each is
// kept with its time, never overwritten, and re-applied whenever a document is re-imported
// or re-parsed, so nothing a user corrected is lost.
#pragma once

#include "engine/document.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace reportlens {

enum class CorrectionKind {
    Reject,           // the figure is not a figure
    SetValue,         // value
    SetUnit,          // unit
    SetQualifier,     // qualifier
    SetLabel,         // label
    SetMetric,        // metric id, or empty to take the figure off any metric
    ChooseForCell,    // the figure fills its city's cell for `metric`
    AddFigure,        // a figure the engine missed, at [start, end) of the document
    SetCity,          // the place the document is about ("city"), when the engine cannot tell
    SetPeriod,        // the figure's own period ("period": "2019", or "" for its report's)
    SetTarget,        // the figure is planned, not reported ("target": true), or not
    SetReportPeriod,  // the years the document reports on ("period"), or "" for unknown
};

QString correctionKindName(CorrectionKind kind);
std::optional<CorrectionKind> correctionKindFromName(QStringView name);

// Where a figure stands, in terms that outlive database ids and engine versions.
struct FigureAnchor {
    QString documentHash;  // content hash of the document version the user saw
    QString documentPath;
    qint64 start = 0;  // code points, end exclusive
    qint64 end = 0;
    QString raw;

    static FigureAnchor of(const Document &document, const Figure &figure);
    // Text the user selected in a document: [start, end) in UTF-16 units.
    static FigureAnchor ofSelection(const Document &document, qsizetype start, qsizetype end);
};

struct Correction {
    qint64 id = 0;  // 0 until stored
    CorrectionKind kind = CorrectionKind::Reject;
    FigureAnchor anchor;
    // The new field values: "value" (number), "unit", "qualifier", "label", "metric"
    // (string or null), "period" (string), "target" (bool); AddFigure gives the first five.
    QJsonObject values;
    QDateTime createdAt;
    QString author;
    bool reverted = false;  // undone; kept in the log
    // Who last reverted or restored it, and when; empty and invalid while no one has.
    QString revertedBy;
    QDateTime revertedAt;

    QJsonObject toJson() const;
    static std::optional<Correction> fromJson(const QJsonObject &object, QString *error);
};

}  // namespace reportlens
