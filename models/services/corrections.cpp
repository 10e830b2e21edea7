#include "services/corrections.h"

#include "storage/reportstore.h"

#include <QDateTime>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

Correction made(CorrectionKind kind, const FigureAnchor &anchor, const QJsonObject &values) {
    Correction correction;
    correction.kind = kind;
    correction.anchor = anchor;
    correction.values = values;
    correction.createdAt = QDateTime::currentDateTimeUtc();
    correction.author = Corrections::author();
    return correction;
}

}  // namespace

Corrections::Corrections(ReportStore *store) : m_store(store) {}

Correction Corrections::ofFigure(const Document &document, const Figure &figure,
                                 CorrectionKind kind, const QJsonObject &values) {
    return made(kind, FigureAnchor::of(document, figure), values);
}

Correction Corrections::addedFigure(const Document &document, qsizetype start, qsizetype end,
                                    double value, const QString &unit, const QString &label) {
    // A figure the user added is exact and on no metric until the user says otherwise.
    return made(CorrectionKind::AddFigure, FigureAnchor::ofSelection(document, start, end),
                {{u"value"_s, value},
                 {u"unit"_s, unit},
                 {u"qualifier"_s, qualifierName(Qualifier::Exact)},
                 {u"label"_s, label},
                 {u"metric"_s, QJsonValue::Null}});
}

Correction Corrections::ofAnchor(const FigureAnchor &anchor, CorrectionKind kind,
                                 const QJsonObject &values) {
    return made(kind, anchor, values);
}

Correction Corrections::chosenForCell(const FigureAnchor &candidate, const QString &metric) {
    return made(CorrectionKind::ChooseForCell, candidate, {{u"metric"_s, metric}});
}

QString Corrections::author() {
    const QString named = QSettings().value(kAuthorSetting).toString().trimmed();
    return named.isEmpty() ? qEnvironmentVariable("USER") : named;
}

qint64 Corrections::record(const Correction &correction, QString *error) {
    return m_store->addCorrection(correction, error);
}

bool Corrections::revert(qint64 id, QString *error) {
    return m_store->setCorrectionReverted(id, true, author(), error);
}

bool Corrections::restore(qint64 id, QString *error) {
    return m_store->setCorrectionReverted(id, false, author(), error);
}

bool Corrections::nameUnknownPlace(const QString &place, QString *error) {
    bool ok = true;
    for (qint64 id : m_store->documentIdsOfCity(QString())) {
        if (const std::optional<Document> document = m_store->document(id))
            ok = m_store->setDocumentCity(*document, place, error) != 0 && ok;
    }
    return ok;
}

}  // namespace reportlens
