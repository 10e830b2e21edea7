#include "services/export/numberformat.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

QJsonValue jsonNumber(double value) {
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 9.0e15)
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

QString csvNumber(double value) {
    const QJsonValue json = jsonNumber(value);
    return json.isDouble() ? QString::number(value, 'g', 15) : QString::number(json.toInteger());
}

QString csvField(const QString &text) {
    // A spreadsheet runs a field that starts like a formula ("=HYPERLINK(…)", "+1", "@SUM");
    // a leading apostrophe makes it text there (OWASP's advice for CSV injection).
    static const QString kFormulaStarts = u"=+-@\t\r"_s;
    const QString value =
        !text.isEmpty() && kFormulaStarts.contains(text.front()) ? u'\'' + text : text;
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvRecord(const QStringList &fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + u"\r\n"_s;
}

}  // namespace reportlens
