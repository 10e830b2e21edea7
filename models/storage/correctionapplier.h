// Makes a document's effective figures from the engine's and the corrections log: each time a
// document is stored or parsed again, and each time a correction is added, undone or redone.
// The engine's figures stay as they were; corrections are laid over them in the log's order.
#pragma once

#include "engine/correction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>
#include <optional>
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
    // the reason is the driver's words, for the caller to name the database or file. Costs
    // one pass over the document's figures and its corrections, however many.
    bool apply(qint64 documentId, QString *reason) const;
    // Lays the log's newest correction over a document whose older ones are applied: what a
    // replay would make, without the replay (adding the 4,000th correction to a document
    // replayed all 4,000, so their cost grew with the square of their number).
    bool applyLatest(qint64 documentId, qint64 correctionId, QString *reason) const;

private:
    // The document as it is locked for applying: what its corrections point at. Its text is
    // read only when a correction of an older version must find its words again.
    struct Target {
        qint64 id = 0;
        QString hash;
        QString path;
        mutable std::optional<QString> text;
    };
    // A figure as a correction finds it: by its place in the text, or by its words.
    struct StoredFigure {
        qint64 id;
        QString raw;
        qint64 start;
        qint64 end;
    };
    // The document's figures, found by place or by words in constant time.
    class Figures {
    public:
        void add(StoredFigure figure);
        // The same place in the same content, or else (the file changed) the same words
        // nearest to where they were.
        const StoredFigure *match(const FigureAnchor &anchor, bool sameContent) const;

    private:
        std::vector<StoredFigure> m_figures;
        QHash<std::pair<qint64, qint64>, size_t> m_byPlace;
        QMultiHash<QString, size_t> m_byWords;
    };
    // A correction of the log not reverted, to be applied.
    struct Pending {
        qint64 id;
        CorrectionKind kind;
        FigureAnchor anchor;
        QJsonObject values;
    };

    // Statements prepared once for a whole pass, by their SQL.
    class Statements {
    public:
        explicit Statements(const Connection &connection) : m_connection(connection) {}
        // Runs the statement with the values bound in order; the reason is the driver's.
        bool run(const QString &sql, const QVariantList &values, QString *reason,
                 QSqlQuery **ran = nullptr);

    private:
        const Connection &m_connection;
        std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    };

    bool lock(qint64 documentId, Target *target, Statements *sql, QString *reason) const;
    bool resetToEngine(qint64 documentId, Statements *sql, QString *reason) const;
    // The document's corrections not reverted, in the log's order: all, or only one.
    bool loadCorrections(const Target &target, std::optional<qint64> only,
                         std::vector<Pending> *pending, QString *reason) const;
    bool loadFigures(qint64 documentId, Figures *figures, QString *reason) const;
    bool applyAll(const Target &target, const std::vector<Pending> &pending, Figures *figures,
                  Statements *sql, QString *reason) const;
    // Each returns whether the correction found what it corrects.
    bool applyOne(const Target &target, const Pending &item, Figures *figures, bool *applied,
                  Statements *sql, QString *reason) const;
    bool setCity(const Target &target, const Pending &item, Statements *sql, QString *reason) const;
    bool addFigure(const Target &target, const Pending &item, Figures *figures, bool *applied,
                   Statements *sql, QString *reason) const;
    bool correctFigure(const Pending &item, const StoredFigure &figure, Statements *sql,
                       QString *reason) const;
    bool findAgain(const Target &target, const FigureAnchor &anchor, qint64 *start, qint64 *end,
                   QString *reason) const;

    const Connection &m_connection;
    const Schema &m_schema;
};

}  // namespace reportlens
