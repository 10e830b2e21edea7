// Tables as Excel workbooks (libxlsxwriter): numbers as numbers, text as UTF-8, a bold and
// frozen header with an autofilter, columns as wide as their contents.
#pragma once

#include "engine/citytable.h"

#include <QCoreApplication>
#include <QStringList>

class QAbstractItemModel;

namespace reportlens {

class XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(reportlens::XlsxExport)

public:
    // The city table for the chosen cities and metrics (empty lists: all), in English or
    // Chinese. Sheet "Table": one row per metric (name, unit), for each place its value, the
    // value's qualifier, period and why it does not compare. Sheet "Cells": one row per filled
    // cell with its value, unit, qualifier, period, comparability, raw text, sentence and
    // source. Written through path + ".part", then renamed; false with *error naming the file.
    static bool writeCityTable(const CityTable &table, const QStringList &cities,
                               const QStringList &metrics, bool english, const QString &path,
                               QString *error);
    // Any table or tree model as it is shown: the header's titles, then every row (the rows
    // under a tree's groups follow their group); cells from role, numbers as numbers.
    static bool writeModel(const QAbstractItemModel *model, const QString &path, int role,
                           QString *error);
};

}  // namespace reportlens
