// The metrics the stored figures were classified by: their definitions, and a fingerprint that
// tells whether the engine and metrics file of a session are the ones that classified them.
// Storage only keeps both; what a change means is the services' decision.
#pragma once

#include "engine/metriccatalog.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace reportlens {

class Connection;

class MetricsTable {
    Q_DECLARE_TR_FUNCTIONS(reportlens::MetricsTable)

public:
    explicit MetricsTable(Connection &connection) : m_connection(connection) {}

    // The fingerprint recorded last; empty when none is. The message names the database.
    std::optional<QString> fingerprint(QString *error) const;
    // Replaces the definitions and the fingerprint, all or nothing.
    bool record(const MetricCatalog &catalog, const QString &fingerprint, QString *error);

private:
    Connection &m_connection;
};

}  // namespace reportlens
