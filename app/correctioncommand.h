// A correction as an undoable step: the first redo stores it, undo marks it reverted (it
// stays in the log), redo marks it current again.
#pragma once

#include "engine/correction.h"

#include <QUndoCommand>

#include <functional>

namespace reportlens {

class ReportStore;

class CorrectionCommand : public QUndoCommand {
public:
    // onChanged runs after every redo and undo, so that the views can reload.
    CorrectionCommand(ReportStore *store, Correction correction, const QString &text,
                      std::function<void(const QString &error)> onChanged);

    void redo() override;
    void undo() override;

    qint64 correctionId() const { return m_id; }

private:
    ReportStore *m_store;  // not owned
    Correction m_correction;
    qint64 m_id = 0;
    std::function<void(const QString &error)> m_onChanged;
};

}  // namespace reportlens
