#include "correctioncommand.h"

#include "storage/reportstore.h"

namespace reportlens {

CorrectionCommand::CorrectionCommand(ReportStore *store, Correction correction, const QString &text,
                                     std::function<void(const QString &error)> onChanged)
    : QUndoCommand(text)
    , m_store(store)
    , m_correction(std::move(correction))
    , m_onChanged(std::move(onChanged)) {}

void CorrectionCommand::redo() {
    QString error;
    if (m_id == 0)
        m_id = m_store->addCorrection(m_correction, &error);
    else
        m_store->setCorrectionReverted(m_id, false, &error);
    if (m_id == 0)
        setObsolete(true);  // nothing was stored: nothing to undo
    if (m_onChanged)
        m_onChanged(error);
}

void CorrectionCommand::undo() {
    QString error;
    if (m_id != 0)
        m_store->setCorrectionReverted(m_id, true, &error);
    if (m_onChanged)
        m_onChanged(error);
}

}  // namespace reportlens
