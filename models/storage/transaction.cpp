#include "storage/transaction.h"

#include "storage/connection.h"

namespace reportlens {

Transaction::~Transaction() {
    if (m_open)
        m_connection.rollback();
}

bool Transaction::begin(QString *reason) {
    m_open = m_connection.begin(reason);
    return m_open;
}

bool Transaction::commit(QString *reason) {
    if (!m_connection.commit(reason))
        return false;  // still open: rolled back when this goes
    m_open = false;
    return true;
}

}  // namespace reportlens
