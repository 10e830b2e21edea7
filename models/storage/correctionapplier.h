// Makes a document's effective figures from the engine's and the corrections log: each time a
// document is stored or parsed again, and each time a correction is added, undone or redone.
// The engine's figures stay as they were; corrections are laid over them in the log's order.
#pragma once

#include "engine/correction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace reportlens {

class Connection;
class Schema;

class CorrectionApplier {
    Q_DECLARE_TR_FUNCTIONS(reportlens::CorrectionApplier)

public:
    CorrectionApplier(const Connection &connection, const Schema &schema)
        : m_connection(connection), m_schema(schema) {}

    // Recomputes the document's effective figures, inside the caller's transaction. On failure
    // the reason is the driver's words, for the caller to name the database or file.
    bool apply(qint64 documentId, QString *reason) const;

private:
    // The document as it is locked for applying: what its corrections point at.
    struct Target {
        qint64 id = 0;
        QString hash;
        QString path;
        QString text;
    };
    // A figure as a correction finds it: by its place in the text, or by its words.
    struct StoredFigure {
        qint64 id;
        QString raw;
        qint64 start;
        qint64 end;
    };
    // A correction of the log not reverted, to be applied.
    struct Pending {
        qint64 id;
        CorrectionKind kind;
        FigureAnchor anchor;
        QJsonObject values;
    };

    bool lock(qint64 documentId, Target *target, QString *reason) const;
    bool resetToEngine(qint64 documentId, QString *reason) const;
    bool loadCorrections(const Target &target, std::vector<Pending> *pending,
                         QString *reason) const;
    bool loadFigures(qint64 documentId, std::vector<StoredFigure> *figures, QString *reason) const;
    // Each returns whether the correction found what it corrects.
    bool applyOne(const Target &target, const Pending &item, std::vector<StoredFigure> *figures,
                  bool *applied, QString *reason) const;
    bool setReportPeriod(const Target &target, const Pending &item, QString *reason) const;
    bool setCity(const Target &target, const Pending &item, QString *reason) const;
    bool addFigure(const Target &target, const Pending &item, std::vector<StoredFigure> *figures,
                   bool *applied, QString *reason) const;
    bool correctFigure(const Pending &item, const StoredFigure &figure, QString *reason) const;
    bool markApplied(qint64 correctionId, bool applied, QString *reason) const;

    static const StoredFigure *matchAnchor(const std::vector<StoredFigure> &figures,
                                           const FigureAnchor &anchor, bool sameContent);
    static bool findAgain(const Target &target, const FigureAnchor &anchor, qint64 *start,
                          qint64 *end);

    const Connection &m_connection;
    const Schema &m_schema;
};

}  // namespace reportlens
