#include "storage/metricstable.h"

#include "storage/connection.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

std::optional<QString> MetricsTable::fingerprint(QString *error) const {
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"SELECT value FROM reportlens_meta WHERE key = 'metrics_fingerprint'"_s)) {
        *error = m_connection.failure(Connection::reason(query));
        return std::nullopt;
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool MetricsTable::record(const MetricCatalog &catalog, const QString &fingerprint,
                          QString *error) {
    Transaction transaction(m_connection);
    QString reason;
    auto failed = [&] {
        *error = m_connection.failure(reason);
        return false;
    };
    if (!transaction.begin(&reason))
        return failed();
    // Two processes opening a new database both find no fingerprint: one records it, the other
    // waits here and then finds it recorded (both inserting collided on metrics_pkey, and one
    // exited having imported nothing). SQLite's BEGIN IMMEDIATE serialises them already.
    if (m_connection.isPostgres() &&
        !m_connection.exec(u"SELECT pg_advisory_xact_lock(7340218)"_s, &reason))
        return failed();
    QString readError;
    const std::optional<QString> recorded = this->fingerprint(&readError);
    if (!recorded) {
        *error = readError;
        return false;
    }
    if (*recorded == fingerprint)
        return transaction.commit(&reason) || failed();
    if (!m_connection.exec(u"DELETE FROM metrics"_s, &reason) ||
        !m_connection.exec(u"DELETE FROM reportlens_meta WHERE key = 'metrics_fingerprint'"_s,
                           &reason))
        return failed();
    QSqlQuery query(m_connection.database());
    const bool queryPrepared = query.prepare(
        u"INSERT INTO metrics (id, group_id, name_zh, name_en, unit, position)"
        " VALUES (?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?)"_s);
    for (size_t i = 0; i < catalog.metrics().size(); ++i) {
        const MetricDefinition &metric = catalog.metrics()[i];
        query.addBindValue(metric.id);
        query.addBindValue(metric.group);
        query.addBindValue(metric.nameZh);
        query.addBindValue(metric.nameEn);
        query.addBindValue(metric.unit);
        query.addBindValue(qint64(i));
        if (!queryPrepared || !query.exec()) {
            reason = Connection::reason(query);
            return failed();
        }
    }
    const bool fingerprintPrepared = query.prepare(
        u"INSERT INTO reportlens_meta (key, value) VALUES ('metrics_fingerprint', ?)"_s);
    query.addBindValue(fingerprint);
    if (!fingerprintPrepared || !query.exec()) {
        reason = Connection::reason(query);
        return failed();
    }
    return transaction.commit(&reason) || failed();
}

}  // namespace reportlens
