// A session on a database, opened the one way the window, every subcommand and the benchmarks
// open it: the database a URL names (or the default one), brought in line with this engine
// and metrics file (documents classified by another metrics file or engine are parsed again,
// corrections kept), and, where asked, an empty database filled with the bundled seeds.
#pragma once

#include "engine/metriccatalog.h"
#include "engine/reportparser.h"
#include "services/importer.h"
#include "storage/reportstore.h"

#include <QCoreApplication>
#include <QString>

namespace reportlens {

class Session {
    Q_DECLARE_TR_FUNCTIONS(reportlens::Session)

public:
    enum class EmptyDatabase { LeaveEmpty, ImportSeeds };

    struct Options {
        QString databaseUrl;  // --db: a file, sqlite:// or postgresql:// URL; empty: the default
        MetricCatalog catalog = MetricCatalog::builtIn();
        EmptyDatabase emptyDatabase = EmptyDatabase::LeaveEmpty;
        QString seedsFolder;  // for EmptyDatabase::ImportSeeds
    };

    explicit Session(Options options);
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Opens the database and brings it in line; false with a translated message that names the
    // database (or the --db text) and the reason.
    bool open(QString *error);

    ReportStore &store() { return m_store; }
    const ReportParser &parser() const { return m_parser; }
    const MetricCatalog &catalog() const { return m_parser.catalog(); }
    // For messages: the file, or the server and database.
    QString describe() const { return m_store.location().describe(); }

    // What opening did: documents parsed again, and the seeds an empty database got.
    int reparsed() const { return m_reparsed; }
    bool seeded() const { return m_seeded; }
    const Importer::Summary &seedImport() const { return m_seedImport; }

private:
    Options m_options;
    ReportParser m_parser;
    ReportStore m_store;
    int m_reparsed = 0;
    bool m_seeded = false;
    Importer::Summary m_seedImport;
};

}  // namespace reportlens
