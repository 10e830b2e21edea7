// Tables as CSV for spreadsheet programs: UTF-8 with a BOM (so that they show Chinese),
// quoted where needed, numbers as numbers and units in the header.
#pragma once

#include "engine/citytable.h"

#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace reportlens {

class CsvExport {
public:
    // The city table: one row per metric (name and unit), one column per city, the values.
    static void writeCityTable(const CityTable &table, const QStringList &cities,
                               const QStringList &metrics, bool english, QIODevice *device);
    // That table's header, which the Excel export shares: metric, unit, then four columns a
    // place (its value, qualifier, period, and why it does not compare).
    static QStringList cityTableHeader(const QStringList &cities, bool english);
    // Any table or tree model as it is shown: the header's titles, then every row (the rows
    // under a tree's groups follow their group); cells from role (Qt::EditRole: raw values).
    static void writeModel(const QAbstractItemModel *model, QIODevice *device,
                           int role = Qt::EditRole);
};

}  // namespace reportlens
