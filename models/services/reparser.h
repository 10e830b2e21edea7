// Brings a database in line with a parser: when the engine or the metrics file differ from
// those that classified the stored documents, every document is parsed again from its stored
// text, corrections kept. Storage only keeps the rows and a fingerprint; this decides.
#pragma once

#include "engine/metriccatalog.h"

#include <QCoreApplication>
#include <QString>

namespace reportlens {

class ReportParser;
class ReportStore;

class Reparser {
    Q_DECLARE_TR_FUNCTIONS(reportlens::Reparser)

public:
    // Neither is owned; both outlive the Reparser.
    Reparser(ReportStore *store, const ReportParser *parser) : m_store(store), m_parser(parser) {}

    // The engine's version and everything of the metrics file the classifier reads.
    static QString fingerprint(const MetricCatalog &catalog);

    // Parses the stored documents again if the parser's fingerprint is not the one recorded,
    // then records its metrics; *reparsed says how many were. A re-parse cut short is done
    // again the next time, since the fingerprint is recorded only after it. The message names
    // the database.
    bool bringInLine(int *reparsed, QString *error);
    // Parses every stored document again, one at a time, each all or nothing.
    bool reparseAll(int *reparsed, QString *error);

private:
    ReportStore *m_store;
    const ReportParser *m_parser;
};

}  // namespace reportlens
