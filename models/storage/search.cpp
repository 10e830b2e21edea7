#include "storage/search.h"

#include "storage/connection.h"
#include "storage/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// Escapes LIKE's wildcards so that a search for "50%" finds "50%".
QString likePattern(const QString &text) {
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

}  // namespace

Search::Search(const Connection &connection) : m_connection(connection) {}

Search::~Search() = default;

void Search::start() {
    stop();
    if (m_connection.isPostgres())
        return;
    m_index = std::make_unique<SearchIndex>(m_connection.location().sqlitePath);
    if (!m_index->start(&m_startProblem))
        m_index.reset();
}

void Search::stop() {
    m_index.reset();
    m_startProblem.clear();
}

void Search::indexLater(const std::vector<qint64> &removed, const std::vector<qint64> &added) {
    if (!m_index)
        return;
    for (qint64 id : removed)
        m_index->remove(id);
    for (qint64 id : added)
        m_index->add(id);
}

void Search::flush(bool checked) {
    if (m_index)
        m_index->flush(checked);
}

QString Search::indexProblem() const {
    return m_index ? m_index->failure() : m_startProblem;
}

bool Search::useIndex(const QString &needle) const {
    // Trigram indexes need three characters: code points, not UTF-16 units (two characters
    // outside the BMP are four units, and the index found nothing for them).
    if (!m_index || needle.toUcs4().size() < 3 || m_index->isBeingMadeAgain())
        return false;
    m_index->flush();
    return m_index->failure().isEmpty();
}

std::vector<SearchHit> Search::find(const QString &text, int limit, QString *error) const {
    std::vector<SearchHit> hits;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return hits;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    const QString columns =
        u"s.id, s.document_id, d.path, d.city, d.title, s.text, s.start_cp, s.end_cp"_s;
    bool indexed = useIndex(needle);
    std::vector<qint64> matched;
    if (indexed) {
        QString reason;
        matched = m_index->match(needle, limit, &reason);
        if (reason.isEmpty() && matched.empty())
            return hits;
        if (!reason.isEmpty() && !m_index->isBeingMadeAgain()) {
            Connection::report(error, reason);  // names the index file
            return hits;
        }
        // Found damaged: made again meanwhile, while this search scans the sentences.
        indexed = reason.isEmpty();
    }
    if (indexed) {
        QStringList placeholders;
        for (size_t i = 0; i < matched.size(); ++i)
            placeholders.append(u"?"_s);
        query.prepare(
            u"SELECT %1 FROM sentences s JOIN documents d ON d.id = s.document_id"
            " WHERE s.id IN (%2) ORDER BY s.id"_s.arg(columns, placeholders.join(u',')));
        for (qint64 id : matched)
            query.addBindValue(id);
    } else {
        query.prepare(
            u"SELECT %1 FROM sentences s JOIN documents d ON d.id = s.document_id"
            " WHERE s.text LIKE ? ESCAPE '\\' ORDER BY s.document_id, s.ordinal"
            " LIMIT ?"_s.arg(columns));
        query.addBindValue(likePattern(needle));
        query.addBindValue(limit);
    }
    if (query.lastError().isValid() || !query.exec()) {  // a failed prepare keeps its reason
        Connection::report(error, m_connection.failure(Connection::reason(query)));
        return hits;
    }
    std::vector<qint64> sentenceIds;
    while (query.next()) {
        SearchHit hit;
        sentenceIds.push_back(query.value(0).toLongLong());
        hit.documentId = query.value(1).toLongLong();
        hit.path = query.value(2).toString();
        hit.city = query.value(3).toString();
        hit.title = query.value(4).toString();
        hit.sentence = query.value(5).toString();
        hit.start = query.value(6).toLongLong();
        hit.end = query.value(7).toLongLong();
        hits.push_back(std::move(hit));
    }
    QString reason;
    if (!Connection::readToEnd(query, &reason)) {
        Connection::report(error, m_connection.failure(reason));
        return {};
    }
    query.finish();
    if (!addFigures(&hits, sentenceIds, error))
        return {};
    return hits;
}

bool Search::addFigures(std::vector<SearchHit> *hits, const std::vector<qint64> &sentenceIds,
                        QString *error) const {
    QSqlQuery figures(m_connection.database());
    const bool figuresPrepared = figures.prepare(
        u"SELECT raw, e_value, e_unit, e_qualifier, e_label, e_metric, start_cp, end_cp, id"
        " FROM figures WHERE sentence_id = ? AND rejected = 0 ORDER BY start_cp"_s);
    for (size_t i = 0; i < hits->size(); ++i) {
        figures.bindValue(0, sentenceIds[i]);
        if (!figuresPrepared || !figures.exec()) {
            Connection::report(error, m_connection.failure(Connection::reason(figures)));
            return false;
        }
        while (figures.next()) {
            Figure figure;
            figure.raw = figures.value(0).toString();
            figure.value = figures.value(1).toDouble();
            figure.unit = figures.value(2).toString();
            qualifierFromName(figures.value(3).toString(), &figure.qualifier);
            figure.label = figures.value(4).toString();
            figure.metric = figures.value(5).toString();
            figure.start = figures.value(6).toLongLong();  // code points
            figure.end = figures.value(7).toLongLong();
            figure.id = figures.value(8).toLongLong();
            (*hits)[i].figures.push_back(std::move(figure));
        }
        if (QString reason; !Connection::readToEnd(figures, &reason)) {
            Connection::report(error, m_connection.failure(reason));
            return false;
        }
    }
    return true;
}

}  // namespace reportlens
