// A correction as an undoable step: the first redo records it, undo marks it reverted (it
// stays in the log), redo marks it current again.
#pragma once

#include "engine/correction.h"

#include <QUndoCommand>

#include <functional>

namespace reportlens {

class Corrections;

class CorrectionCommand : public QUndoCommand {
public:
    // onChanged runs after every redo and undo, so that the views can reload.
    CorrectionCommand(Corrections *corrections, Correction correction, const QString &text,
                      std::function<void(const QString &error)> onChanged);

    void redo() override;
    void undo() override;

    qint64 correctionId() const { return m_id; }

private:
    Corrections *m_corrections;  // not owned
    Correction m_correction;
    qint64 m_id = 0;
    std::function<void(const QString &error)> m_onChanged;
};

// Reverting (or restoring) a correction from the log, as an undoable step: the entry stays in
// the log either way.
class RevertCommand : public QUndoCommand {
public:
    RevertCommand(Corrections *corrections, qint64 id, bool revert, const QString &text,
                  std::function<void(const QString &error)> onChanged);

    void redo() override;
    void undo() override;

private:
    void set(bool reverted);

    Corrections *m_corrections;  // not owned
    qint64 m_id;
    bool m_revert;
    std::function<void(const QString &error)> m_onChanged;
};

}  // namespace reportlens
