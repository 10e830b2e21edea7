#include "services/reparser.h"

#include "engine/reportparser.h"
#include "storage/reportstore.h"

#include <QCryptographicHash>

namespace reportlens {

QString Reparser::fingerprint(const MetricCatalog &catalog) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(ReportParser::kEngineVersion));
    hash.addData(catalog.sourceHash());
    return QString::fromLatin1(hash.result().toHex());
}

bool Reparser::bringInLine(int *reparsed, QString *error) {
    *reparsed = 0;
    if (m_store->isReadOnly())
        return true;  // shown as it was stored: parsing again would write
    const QString wanted = fingerprint(m_parser->catalog());
    const std::optional<QString> recorded = m_store->metricsFingerprint(error);
    if (!recorded)
        return false;
    if (*recorded == wanted)
        return true;
    return reparseAll(reparsed, error) &&
           m_store->recordMetrics(m_parser->catalog(), wanted, error);
}

bool Reparser::reparseAll(int *reparsed, QString *error) {
    *reparsed = 0;
    const std::optional<std::vector<qint64>> ids = m_store->documentIds(error);
    if (!ids)
        return false;
    for (qint64 id : *ids) {
        const std::optional<StoredText> stored = m_store->storedText(id, error);
        if (!stored)
            return false;
        const Document document = m_parser->parseText(stored->path, stored->text, stored->encoding);
        QString reason;
        if (!m_store->replaceParsed(id, document, &reason)) {
            *error = tr("%1: %2").arg(m_store->location().describe(), reason);
            return false;
        }
        ++*reparsed;
    }
    m_store->waitForSearchIndex();
    return true;
}

}  // namespace reportlens
