#include "storage/writestatements.h"

#include "storage/connection.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

bool WriteStatements::prepare(bool postgres, int schemaVersion, QString *reason) {
    // From version 2 on, figures carry their city; from 3 on, periods and targets.
    const bool figureCity = schemaVersion >= 2;
    const bool periods = schemaVersion >= 3;
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&findByHash, u"SELECT id FROM documents WHERE content_hash = ?"_s},
        {&findByPath, u"SELECT id FROM documents WHERE path = ?"_s},
        {&deleteDocument, u"DELETE FROM documents WHERE id = ?"_s},
        {&insertDocument,
         // COALESCE: an empty QString binds as NULL (a report whose place is unknown).
         u"INSERT INTO documents (content_hash, path, title, city, encoding, text,"
         " imported_at, sentence_count, figure_count%1) VALUES (?, ?, COALESCE(?, ''),"
         " COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?%2)"
         // The same new file imported by another process at once: theirs stands.
         " ON CONFLICT (content_hash) DO NOTHING RETURNING id"_s.arg(
             periods ? u", period, place_code, engine_city, engine_period"_s : QString(),
             periods ? u", COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, '')"_s
                     : QString())},
        {&insertSentence,
         // SQLite gives the new id without a result set to fetch.
         u"INSERT INTO sentences (document_id, ordinal, kind, text, start_cp, end_cp)"
         " VALUES (?, ?, ?, ?, ?, ?)"_s},
        {&insertFigure,
         u"INSERT INTO figures (document_id, sentence_id, origin, raw, value, unit,"
         " qualifier, label, metric, score, start_cp, end_cp, e_value, e_unit, e_qualifier,"
         " e_label, e_metric, e_score%1%3) VALUES (?, ?, 'engine', ?, ?, ?, ?, COALESCE(?, "
         "''), "
         "?, ?,"
         " ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?%2%4)"_s.arg(
             figureCity ? u", city"_s : QString(), figureCity ? u", COALESCE(?, '')"_s : QString(),
             periods ? u", period, target, e_period, e_target"_s : QString(),
             periods ? u", COALESCE(?, ''), ?, COALESCE(?, ''), ?"_s : QString())},
        {&correctionsFor,
         u"SELECT count(*) FROM corrections WHERE document_hash = ? OR document_path = ?"_s},
    };
    for (auto [query, sql] : statements) {
        if (postgres && query == &insertSentence) {
            // A document's sentences in one statement: arrays of ordinal, kind, text, start, end.
            sql =
                u"INSERT INTO sentences (document_id, ordinal, kind, text, start_cp, end_cp)"
                " SELECT ?, u.o, u.k, u.t, u.s, u.e FROM unnest(?::bigint[], ?::bigint[],"
                " ?::text[], ?::bigint[], ?::bigint[]) AS u(o, k, t, s, e)"
                " RETURNING id, ordinal"_s;
        } else if (postgres && query == &insertFigure) {
            // A document's figures in one statement, each as found and as in effect.
            sql =
                u"INSERT INTO figures (document_id, sentence_id, origin, raw, value, unit,"
                " qualifier, label, metric, score, start_cp, end_cp, e_value, e_unit,"
                " e_qualifier, e_label, e_metric, e_score%1%3)"
                " SELECT ?, u.sid, 'engine', u.raw, u.v, u.unit, u.q, u.label, u.metric,"
                " u.score, u.s, u.e, u.v, u.unit, u.q, u.label, u.metric, u.score%2%4"
                " FROM unnest(?::bigint[], ?::text[], ?::float8[], ?::text[], ?::text[],"
                " ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[]%5)"
                " AS u(sid, raw, v, unit, q, label, metric, score, s, e%6)"_s.arg(
                    figureCity ? u", city"_s : QString(),
                    figureCity ? u", COALESCE(?, '')"_s : QString(),
                    periods ? u", period, target, e_period, e_target"_s : QString(),
                    periods ? u", u.p, u.t, u.p, u.t"_s : QString(),
                    periods ? u", ?::text[], ?::bigint[]"_s : QString(),
                    periods ? u", p, t"_s : QString());
        }
        if (!query->prepare(sql)) {
            *reason = Connection::reason(*query);
            return false;
        }
    }
    return true;
}

}  // namespace reportlens
