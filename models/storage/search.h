// Finding sentences by their words. PostgreSQL keeps a trigram index inside the database
// (pg_trgm); SQLite keeps one beside it (SearchIndex), told of each document once the
// transaction that wrote it commits. Searches shorter than a trigram, or while the index beside
// SQLite cannot be trusted, scan the sentences.
#pragma once

#include "engine/records.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace reportlens {

class Connection;
class SearchIndex;

class Search {
    Q_DECLARE_TR_FUNCTIONS(reportlens::Search)

public:
    explicit Search(const Connection &connection);
    ~Search();  // out of line: SearchIndex is incomplete here
    Search(const Search &) = delete;
    Search &operator=(const Search &) = delete;

    // Once the database is open. An index that cannot be kept does not stop anyone using their
    // data: searches scan the sentences, and indexProblem() says why.
    void start();
    // Drains the index's queue and joins its thread.
    void stop();

    // Documents written or removed, told once their transaction has committed.
    void indexLater(const std::vector<qint64> &removed, const std::vector<qint64> &added);
    // Waits until the index has caught up with what it was told (checked: and has been
    // checked once since it opened).
    void flush(bool checked = false);
    // Why searches scan the sentences instead of the index beside a SQLite database, naming
    // the index file and the reason; empty while the index is kept.
    QString indexProblem() const;

    // Sentences containing the text, with their figures; the message names the database or
    // the index file.
    std::vector<SearchHit> find(const QString &text, int limit, QString *error) const;

private:
    bool useIndex(const QString &needle) const;
    bool addFigures(std::vector<SearchHit> *hits, const std::vector<qint64> &sentenceIds,
                    QString *error) const;

    const Connection &m_connection;
    std::unique_ptr<SearchIndex> m_index;  // SQLite only
    QString m_startProblem;
};

}  // namespace reportlens
