#include "services/export/csvexport.h"

#include "engine/comparability.h"

#include "engine/placenames.h"
#include "services/export/numberformat.h"

#include <QAbstractItemModel>
#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

void writeRow(QIODevice *device, const QStringList &fields) {
    device->write(csvRecord(fields).toUtf8());
}

QString numberText(const QVariant &value) {
    return value.typeId() == QMetaType::Double ? csvNumber(value.toDouble()) : value.toString();
}

void writeRows(const QAbstractItemModel *model, const QModelIndex &parent, QIODevice *device,
               int role) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        QStringList fields;
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            QVariant value = index.data(role);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            fields.append(numberText(value));
        }
        writeRow(device, fields);
        writeRows(model, model->index(row, 0, parent), device, role);
    }
}

}  // namespace

QStringList CsvExport::cityTableHeader(const QStringList &cities, bool english) {
    // Beside each place's value: its qualifier (5万多 is 50000 "over", never 50000 alone), the
    // period it covers, and why it does not compare with its row, if it does not.
    QStringList header = {english ? u"metric"_s : u"指标"_s, english ? u"unit"_s : u"单位"_s};
    for (const QString &city : cities) {
        const QString place = PlaceNames::display(city, english);
        header << place << place + (english ? u" qualifier"_s : u" 限定"_s)
               << place + (english ? u" period"_s : u" 期间"_s)
               << place + (english ? u" not comparable"_s : u" 不可比"_s);
    }
    return header;
}

void CsvExport::writeCityTable(const CityTable &table, const QStringList &cities,
                               const QStringList &metrics, bool english, QIODevice *device) {
    device->write("\xEF\xBB\xBF");  // the BOM: spreadsheet programs then read UTF-8
    writeRow(device, cityTableHeader(cities, english));
    for (const MetricDefinition &metric : table.metrics) {
        if (!metrics.isEmpty() && !metrics.contains(metric.id))
            continue;
        QStringList fields = {english ? metric.nameEn : metric.nameZh, metric.unit};
        for (const QString &city : cities) {
            const TableCell *cell = table.cell(city, metric.id);
            if (!cell) {
                fields << QString() << QString() << QString() << QString();
                continue;
            }
            fields << csvNumber(cell->value)
                   << (cell->qualifier == Qualifier::Exact ? QString()
                                                           : qualifierName(cell->qualifier))
                   << cell->period << comparabilityNote(*cell, metric);
        }
        writeRow(device, fields);
    }
}

void CsvExport::writeModel(const QAbstractItemModel *model, QIODevice *device, int role) {
    device->write("\xEF\xBB\xBF");
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header.append(model->headerData(column, Qt::Horizontal).toString());
    writeRow(device, header);
    writeRows(model, QModelIndex(), device, role);
}

}  // namespace reportlens
