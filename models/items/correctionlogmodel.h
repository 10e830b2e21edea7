// Item model over the corrections log: one row per correction, newest first, with the place of
// the report it was made in. Raw data only; words, dates and headers belong to the view layer.
#pragma once

#include "engine/correction.h"

#include <QAbstractTableModel>

#include <vector>

namespace reportlens {

// A correction with what the log shows beside it.
struct CorrectionLogEntry {
    Correction correction;
    QString place;  // the place of the report it was made in; empty when not known
};

class CorrectionLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        AuthorColumn,
        ActionColumn,
        PlaceColumn,
        MetricColumn,
        FigureColumn,
        ValuesColumn,
        StateColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole,
        KindRole,      // CorrectionKind as an int
        RevertedRole,  // undone (kept in the log)
        PlaceRole,
        MetricRole,  // the metric it names ("metric" of its values), empty when none
        RawRole,     // the figure as written
        PathRole,
        CreatedRole,  // QDateTime
        AuthorRole,
        ValuesRole,      // the new values (QJsonObject)
        RevertedByRole,  // who last reverted or restored it; empty while no one has
        RevertedAtRole,  // QDateTime, when; invalid while no one has
    };
    Q_ENUM(Role)

    explicit CorrectionLogModel(QObject *parent = nullptr);

    // The whole log (a reload); entries are shown newest first.
    void setEntries(std::vector<CorrectionLogEntry> entries);
    // One correction reverted or restored in place.
    void setReverted(qint64 id, bool reverted);
    const CorrectionLogEntry *entryAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<CorrectionLogEntry> m_entries;
};

}  // namespace reportlens
