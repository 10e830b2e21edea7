// The corrections log: append-only. A correction is added, undone and redone (marked reverted,
// never dropped), listed, exported and imported; each change is applied at once to the
// documents it points at, in the same transaction.
#pragma once

#include "engine/correction.h"
#include "engine/document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace reportlens {

class Connection;
class CorrectionApplier;

class CorrectionLog {
    Q_DECLARE_TR_FUNCTIONS(reportlens::CorrectionLog)

public:
    CorrectionLog(Connection &connection, const CorrectionApplier &applier)
        : m_connection(connection), m_applier(applier) {}

    // Appends and applies; returns the new id, or 0 with a message naming the database.
    qint64 add(Correction correction, QString *error);
    // The place a document is about, as a correction (so that it survives re-import).
    qint64 setDocumentCity(const Document &document, const QString &city, QString *error);
    // Undo (reverted = true) and redo of one correction.
    bool setReverted(qint64 id, bool reverted, QString *error);

    // Reads: on failure, empty, with a message naming the database where one is asked for.
    std::vector<Correction> list(QString *error) const;
    // Corrections whose figure no stored document has any more (kept, never dropped).
    std::vector<Correction> orphaned(QString *error) const;
    QJsonArray exportAll(QString *error) const;
    // Adds the corrections not already in the log; *added says how many. A malformed entry is
    // named by its number.
    bool import(const QJsonArray &array, int *added, QString *error);

private:
    std::optional<std::vector<qint64>> documentsOf(const FigureAnchor &anchor,
                                                   QString *reason) const;
    std::optional<std::vector<qint64>> documentsOf(qint64 correctionId, QString *reason) const;
    bool applyTo(const std::vector<qint64> &documents, QString *reason) const;

    Connection &m_connection;
    const CorrectionApplier &m_applier;
};

}  // namespace reportlens
