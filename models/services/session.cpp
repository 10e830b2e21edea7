#include "services/session.h"

#include "engine/input/reportfiles.h"
#include "services/reparser.h"
#include "storage/databaselocation.h"

namespace reportlens {

Session::Session(Options options) : m_options(std::move(options)), m_parser(m_options.catalog) {}

bool Session::open(QString *error) {
    DatabaseLocation location = DatabaseLocation::defaultLocation();
    QString reason;
    if (!m_options.databaseUrl.isEmpty() &&
        !DatabaseLocation::parse(m_options.databaseUrl, &location, &reason)) {
        *error = tr("%1: %2").arg(DatabaseLocation::redacted(m_options.databaseUrl), reason);
        return false;
    }
    if (!m_store.open(location, &reason)) {
        *error = reason;  // names the database already
        return false;
    }
    // A metrics file or an engine other than the one that classified the stored documents:
    // they are parsed again, so that the window and the command line show the same cells.
    Reparser reparser(&m_store, &m_parser);
    if (!reparser.bringInLine(&m_reparsed, &reason)) {
        *error = reason;  // names the database already
        return false;
    }
    if (m_options.emptyDatabase != EmptyDatabase::ImportSeeds || m_options.seedsFolder.isEmpty())
        return true;
    QString countError;
    const qint64 documents = m_store.documentCount(&countError);
    if (!countError.isEmpty()) {
        *error = countError;  // names the database already
        return false;
    }
    if (documents == 0) {
        QStringList problems;
        const QStringList seeds = ReportFiles::expand({m_options.seedsFolder}, &problems);
        Importer importer(&m_store, &m_parser);
        m_seedImport = importer.run(seeds);
        m_seedImport.errors = problems + m_seedImport.errors;
        m_seeded = true;
    }
    return true;
}

}  // namespace reportlens
