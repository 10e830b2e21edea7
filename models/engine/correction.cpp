#include "engine/correction.h"
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

struct KindName {
    CorrectionKind kind;
    const char16_t *name;
};

constexpr KindName kKindNames[] = {
    {CorrectionKind::Reject, u"reject"},
    {CorrectionKind::SetValue, u"set_value"},
    {CorrectionKind::SetUnit, u"set_unit"},
    {CorrectionKind::SetQualifier, u"set_qualifier"},
    {CorrectionKind::SetLabel, u"set_label"},
    {CorrectionKind::SetMetric, u"set_metric"},
    {CorrectionKind::ChooseForCell, u"choose_for_cell"},
    {CorrectionKind::AddFigure, u"add_figure"},
    {CorrectionKind::SetCity, u"set_city"},
    {CorrectionKind::SetPeriod, u"set_period"},
    {CorrectionKind::SetTarget, u"set_target"},
    {CorrectionKind::SetReportPeriod, u"set_report_period"},
};

}  // namespace

FigureAnchor FigureAnchor::of(const Document &document, const Figure &figure) {
    return {document.contentHash, document.path, document.codePointOffset(figure.start),
            document.codePointOffset(figure.end), figure.raw};
}

FigureAnchor FigureAnchor::ofSelection(const Document &document, qsizetype start, qsizetype end) {
    return {document.contentHash, document.path, document.codePointOffset(start),
            document.codePointOffset(end), document.text.mid(start, end - start)};
}

QString correctionKindName(CorrectionKind kind) {
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<CorrectionKind> correctionKindFromName(QStringView name) {
    for (const KindName &entry : kKindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QJsonObject Correction::toJson() const {
    return QJsonObject{
        {u"kind"_s, correctionKindName(kind)},
        {u"document_hash"_s, anchor.documentHash},
        {u"document_path"_s, anchor.documentPath},
        {u"start"_s, anchor.start},
        {u"end"_s, anchor.end},
        {u"raw"_s, anchor.raw},
        {u"values"_s, values},
        {u"created_at"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"author"_s, author},
        {u"reverted"_s, reverted},
        {u"reverted_by"_s, revertedBy},
        {u"reverted_at"_s,
         revertedAt.isValid() ? revertedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
    };
}

std::optional<Correction> Correction::fromJson(const QJsonObject &object, QString *error) {
    const auto kind = correctionKindFromName(object.value(u"kind"_s).toString());
    if (!kind) {
        *error =
            QCoreApplication::translate("reportlens::Correction", "unknown correction kind \"%1\"")
                .arg(object.value(u"kind"_s).toString());
        return std::nullopt;
    }
    Correction correction;
    correction.kind = *kind;
    correction.anchor.documentHash = object.value(u"document_hash"_s).toString();
    correction.anchor.documentPath = object.value(u"document_path"_s).toString();
    correction.anchor.start = object.value(u"start"_s).toInteger(-1);
    correction.anchor.end = object.value(u"end"_s).toInteger(-1);
    correction.anchor.raw = object.value(u"raw"_s).toString();
    correction.values = object.value(u"values"_s).toObject();
    correction.createdAt =
        QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    correction.author = object.value(u"author"_s).toString();
    correction.reverted = object.value(u"reverted"_s).toBool();
    correction.revertedBy = object.value(u"reverted_by"_s).toString();
    correction.revertedAt =
        QDateTime::fromString(object.value(u"reverted_at"_s).toString(), Qt::ISODateWithMs);
    if (correction.anchor.documentHash.isEmpty() || correction.anchor.start < 0 ||
        correction.anchor.end <= correction.anchor.start) {
        *error = QCoreApplication::translate(
            "reportlens::Correction",
            "a correction needs document_hash, start and end (start < end)");
        return std::nullopt;
    }
    if (!correction.createdAt.isValid()) {
        *error = QCoreApplication::translate("reportlens::Correction",
                                             "a correction needs created_at as an ISO 8601 time");
        return std::nullopt;
    }
    return correction;
}

}  // namespace reportlens
