// All or nothing, scoped: a transaction, or a savepoint inside one already open (a document in
// an import's batch). Rolled back when it goes out of scope uncommitted, so that no early
// return leaves half a write behind.
#pragma once

#include <QString>

namespace reportlens {

class Connection;

class Transaction {
public:
    explicit Transaction(Connection &connection) : m_connection(connection) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // On failure the reason is the driver's words, for the caller to name the database or file.
    bool begin(QString *reason);
    bool commit(QString *reason);

private:
    Connection &m_connection;
    bool m_open = false;
};

}  // namespace reportlens
