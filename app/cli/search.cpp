// search: the stored sentences that hold a text, with their figures, as JSON.
#include "cli/subcommands.h"

#include "services/export/numberformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {
int runSearch(const Invocation &call) {
    if (call.positional.isEmpty())
        return usageError(call.err,
                          QCoreApplication::translate("reportlens::cli", "search: no TEXT given"));
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::LeaveEmpty);
    if (!session)
        return ExitFileError;
    ReportStore &store = session->store();
    QString error;
    const std::vector<SearchHit> found = store.search(call.positional.join(u' '), 100, &error);
    if (!error.isEmpty()) {  // no hits because the search failed is not "no hits"
        writeLine(call.err, u"reportlens: "_s + error);
        return ExitFileError;
    }
    // Still answered (the sentences were scanned), but slowly, and the user may fix the cause.
    if (const QString problem = store.searchIndexProblem(); !problem.isEmpty())
        writeLine(call.err, u"reportlens: "_s + problem);
    QJsonArray hits;
    for (const SearchHit &hit : found) {
        QJsonArray figures;
        for (const Figure &figure : hit.figures) {
            figures.append(
                QJsonObject{{u"raw"_s, figure.raw},
                            {u"value"_s, jsonNumber(figure.value)},
                            {u"unit"_s, figure.unit},
                            {u"qualifier"_s, qualifierName(figure.qualifier)},
                            {u"label"_s, figure.label},
                            {u"metric"_s, figure.metric.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(figure.metric)},
                            {u"start"_s, qint64(figure.start)},
                            {u"end"_s, qint64(figure.end)}});
        }
        hits.append(QJsonObject{{u"path"_s, hit.path},
                                {u"city"_s, hit.city},
                                {u"sentence"_s, hit.sentence},
                                {u"start"_s, hit.start},
                                {u"end"_s, hit.end},
                                {u"figures"_s, figures}});
    }
    call.out->write(QJsonDocument(QJsonObject{{u"hits"_s, hits}}).toJson(QJsonDocument::Indented));
    return ExitOk;
}

}  // namespace reportlens::cli
