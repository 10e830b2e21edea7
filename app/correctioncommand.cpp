#include "correctioncommand.h"

#include "services/corrections.h"

namespace reportlens {

CorrectionCommand::CorrectionCommand(Corrections *corrections, Correction correction,
                                     const QString &text,
                                     std::function<void(const QString &error)> onChanged)
    : QUndoCommand(text)
    , m_corrections(corrections)
    , m_correction(std::move(correction))
    , m_onChanged(std::move(onChanged)) {}

void CorrectionCommand::redo() {
    QString error;
    if (m_id == 0)
        m_id = m_corrections->record(m_correction, &error);
    else
        m_corrections->restore(m_id, &error);
    if (m_id == 0)
        setObsolete(true);  // nothing was stored: nothing to undo
    if (m_onChanged)
        m_onChanged(error);
}

RevertCommand::RevertCommand(Corrections *corrections, qint64 id, bool revert, const QString &text,
                             std::function<void(const QString &error)> onChanged)
    : QUndoCommand(text)
    , m_corrections(corrections)
    , m_id(id)
    , m_revert(revert)
    , m_onChanged(std::move(onChanged)) {}

void RevertCommand::redo() {
    set(m_revert);
}

void RevertCommand::undo() {
    set(!m_revert);
}

void RevertCommand::set(bool reverted) {
    QString error;
    if (reverted)
        m_corrections->revert(m_id, &error);
    else
        m_corrections->restore(m_id, &error);
    if (m_onChanged)
        m_onChanged(error);
}

void CorrectionCommand::undo() {
    QString error;
    if (m_id != 0)
        m_corrections->revert(m_id, &error);
    if (m_onChanged)
        m_onChanged(error);
}

}  // namespace reportlens
