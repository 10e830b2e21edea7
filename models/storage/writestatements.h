// The statements of the import's hot path, prepared once per connection: finding a document by
// its content or path, removing one, and inserting documents, sentences and figures. SQLite
// inserts a row per statement (no round trip); PostgreSQL a document's sentences, and its
// figures, with one statement each (PostgresArray).
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace reportlens {

struct WriteStatements {
    QSqlQuery findByHash;
    QSqlQuery findByPath;
    QSqlQuery deleteDocument;
    QSqlQuery insertDocument;
    QSqlQuery insertSentence;
    QSqlQuery insertFigure;
    QSqlQuery correctionsFor;

    explicit WriteStatements(const QSqlDatabase &db)
        : findByHash(db)
        , findByPath(db)
        , deleteDocument(db)
        , insertDocument(db)
        , insertSentence(db)
        , insertFigure(db)
        , correctionsFor(db) {}

    // For this dialect and schema version; on failure the reason is the driver's words.
    bool prepare(bool postgres, int schemaVersion, QString *reason);
};

}  // namespace reportlens
