// How numbers and fields are written out, the one way for every export: JSON numbers, CSV
// numbers and CSV fields.
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace reportlens {

// A number as JSON shows it: integral values without a fraction (11300, not 11300.0).
QJsonValue jsonNumber(double value);
// A number in CSV: as jsonNumber writes it, 15 significant digits otherwise.
QString csvNumber(double value);
// A CSV field, quoted when it needs to be (RFC 4180); one a spreadsheet would take for a
// formula (it starts with =, +, -, @, a tab or CR) gets a leading apostrophe.
QString csvField(const QString &value);
// A CSV record: the fields quoted as needed, CRLF at the end.
QString csvRecord(const QStringList &fields);

}  // namespace reportlens
