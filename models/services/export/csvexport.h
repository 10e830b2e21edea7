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
    // Any table or tree model as it is shown: the header's titles, then every row (the rows
    // under a tree's groups follow their group); cells from role (Qt::EditRole: raw values).
    static void writeModel(const QAbstractItemModel *model, QIODevice *device,
                           int role = Qt::EditRole);
};

}  // namespace reportlens
