// The corrections log: append-only. A correction is added, undone and redone (marked reverted,
// never dropped), listed, exported and imported; each change is applied at once to the
// documents it points at, in the same transaction.
#pragma once

#include "engine/correction.h"
#include "engine/document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QSqlQuery;

namespace reportlens {

// How far an import of corrections has come: the file's corrections stored, then the
// documents they point at brought up to date.
enum class CorrectionImportStage { Storing, Applying };
using CorrectionImportProgress =
    std::function<void(CorrectionImportStage stage, qsizetype done, qsizetype total)>;

class Connection;
class CorrectionApplier;
class Schema;

class CorrectionLog {
    Q_DECLARE_TR_FUNCTIONS(reportlens::CorrectionLog)

public:
    CorrectionLog(Connection &connection, const Schema &schema, const CorrectionApplier &applier)
        : m_connection(connection), m_schema(schema), m_applier(applier) {}

    // Appends and applies; returns the new id, or 0 with a message naming the database.
    qint64 add(Correction correction, QString *error);
    // The place a document is about, as a correction (so that it survives re-import).
    qint64 setDocumentCity(const Document &document, const QString &city, QString *error);
    // Undo (reverted = true) and redo of one correction, by author (recorded from schema 6 on).
    bool setReverted(qint64 id, bool reverted, const QString &author, QString *error);

    // Reads: on failure, empty, with a message naming the database where one is asked for.
    std::vector<Correction> list(QString *error) const;
    // Corrections whose figure no stored document has any more (kept, never dropped).
    std::vector<Correction> orphaned(QString *error) const;
    QJsonArray exportAll(QString *error) const;
    // Adds the corrections not already in the log, all or none; *added says how many. A
    // malformed entry is named by its number, and nothing is added. The documents they point
    // at are brought up to date once each, at the end, however many corrections each has.
    bool import(const QJsonArray &array, int *added, QString *error,
                const CorrectionImportProgress &progress = {});

private:
    // Appends one correction with a statement prepared by prepareInsert(); its new id, or 0.
    bool prepareInsert(QSqlQuery *query) const;
    bool revertsRecorded() const;  // the schema has who reverted, and when
    qint64 insert(QSqlQuery *query, const Correction &correction, QString *reason) const;
    std::optional<std::vector<qint64>> documentsOf(const FigureAnchor &anchor,
                                                   QString *reason) const;
    std::optional<std::vector<qint64>> documentsOf(qint64 correctionId, QString *reason) const;
    // The documents any correction from firstId on points at.
    std::optional<std::vector<qint64>> documentsOfCorrectionsFrom(qint64 firstId,
                                                                  QString *reason) const;
    bool applyTo(const std::vector<qint64> &documents, QString *reason) const;

    Connection &m_connection;
    const Schema &m_schema;
    const CorrectionApplier &m_applier;
};

}  // namespace reportlens
