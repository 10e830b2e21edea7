#include "services/export/xlsxexport.h"

#include "engine/comparability.h"
#include "engine/placenames.h"
#include "services/export/csvexport.h"
#include "services/export/numberformat.h"

#include <QAbstractItemModel>
#include <QFile>

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {
namespace {

// libxlsxwriter is loaded into a link-map namespace of its own (dlmopen), not linked: QuaZip,
// which reads Word files, exports minizip's function names (zipOpen, zipClose, ...) for its
// QIODevice variant of them, and in the program's namespace libxlsxwriter's calls to minizip
// reach QuaZip's and crash. The declarations still come from xlsxwriter.h.
#define REPORTLENS_XLSXWRITER_FUNCTIONS(F) \
    F(workbook_new)                        \
    F(workbook_add_format)                 \
    F(workbook_add_worksheet)              \
    F(workbook_close)                      \
    F(format_set_bold)                     \
    F(worksheet_write_string)              \
    F(worksheet_write_number)              \
    F(worksheet_write_boolean)             \
    F(worksheet_freeze_panes)              \
    F(worksheet_autofilter)                \
    F(worksheet_set_column)                \
    F(lxw_strerror)

struct XlsxWriter {
#define REPORTLENS_DECLARE(name) decltype(&::name) name = nullptr;
    REPORTLENS_XLSXWRITER_FUNCTIONS(REPORTLENS_DECLARE)
#undef REPORTLENS_DECLARE
    QString error;  // why it could not be loaded

    // Loaded once, never unloaded.
    static const XlsxWriter &instance() {
        static const XlsxWriter loaded = load();
        return loaded;
    }

private:
    static XlsxWriter load() {
        XlsxWriter api;
        void *library = dlmopen(LM_ID_NEWLM, REPORTLENS_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            api.error = QString::fromLocal8Bit(dlerror());
            return api;
        }
#define REPORTLENS_RESOLVE(name)                                           \
    api.name = reinterpret_cast<decltype(&::name)>(dlsym(library, #name)); \
    if (!api.name) {                                                       \
        api.error = QString::fromLocal8Bit(dlerror());                     \
        return api;                                                        \
    }
        REPORTLENS_XLSXWRITER_FUNCTIONS(REPORTLENS_RESOLVE)
#undef REPORTLENS_RESOLVE
        return api;
    }
};

constexpr qsizetype kMaxCellChars = 32767;  // Excel's limit for a cell's text
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;  // a sentence's column: the start shows, the cell holds all

// How many character widths a text takes: CJK and other wide characters count double.
double displayWidth(const QString &text) {
    double width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2E80 && !ch.isLowSurrogate() ? 2 : 1;
    return width;
}

// One worksheet being filled: remembers each column's widest text and the first error.
class Sheet {
public:
    Sheet(const XlsxWriter &api, lxw_worksheet *worksheet, lxw_format *bold)
        : m_api(api), m_worksheet(worksheet), m_bold(bold) {}

    void header(const QStringList &titles) {
        for (qsizetype column = 0; column < titles.size(); ++column)
            text(0, int(column), titles.at(column), m_bold);
        m_columns = std::max(m_columns, int(titles.size()));
    }
    void text(int row, int column, const QString &value, lxw_format *format = nullptr) {
        fit(column, value);
        keep(m_api.worksheet_write_string(m_worksheet, lxw_row_t(row), lxw_col_t(column),
                                          value.left(kMaxCellChars).toUtf8().constData(), format));
        m_lastRow = std::max(m_lastRow, row);
    }
    void number(int row, int column, double value) {
        if (!std::isfinite(value))  // Excel has no NaN or infinity: left empty
            return;
        fit(column, csvNumber(value));
        keep(m_api.worksheet_write_number(m_worksheet, lxw_row_t(row), lxw_col_t(column), value,
                                          nullptr));
        m_lastRow = std::max(m_lastRow, row);
    }
    void boolean(int row, int column, bool value) {
        fit(column, u"FALSE"_s);
        keep(m_api.worksheet_write_boolean(m_worksheet, lxw_row_t(row), lxw_col_t(column),
                                           value ? 1 : 0, nullptr));
        m_lastRow = std::max(m_lastRow, row);
    }
    // The header frozen with frozenColumns beside it, filtered, and the columns' widths.
    lxw_error finish(int frozenColumns) {
        m_api.worksheet_freeze_panes(m_worksheet, 1, lxw_col_t(frozenColumns));
        if (m_columns > 0)
            keep(m_api.worksheet_autofilter(m_worksheet, 0, 0, lxw_row_t(m_lastRow),
                                            lxw_col_t(m_columns - 1)));
        for (size_t column = 0; column < m_widths.size(); ++column) {
            const double width = std::clamp(m_widths[column] + 2, kMinWidth, kMaxWidth);
            keep(m_api.worksheet_set_column(m_worksheet, lxw_col_t(column), lxw_col_t(column),
                                            width, nullptr));
        }
        return m_error;
    }

private:
    void fit(int column, const QString &value) {
        if (size_t(column) >= m_widths.size())
            m_widths.resize(size_t(column) + 1, 0);
        m_widths[size_t(column)] = std::max(m_widths[size_t(column)], displayWidth(value));
    }
    void keep(lxw_error error) {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }

    const XlsxWriter &m_api;
    lxw_worksheet *m_worksheet;  // owned by its workbook
    lxw_format *m_bold;
    std::vector<double> m_widths;
    int m_columns = 0;
    int m_lastRow = 0;
    lxw_error m_error = LXW_NO_ERROR;
};

using AddSheets =
    std::function<lxw_error(const XlsxWriter &api, lxw_workbook *workbook, lxw_format *bold)>;

// Writes a workbook to path: libxlsxwriter writes by name, so QSaveFile cannot be used; it writes
// path + ".part" beside it, which replaces path only when whole.
bool saveWorkbook(const QString &path, const AddSheets &addSheets, QString *error) {
    const QString part = path + u".part"_s;
    const auto fail = [&](const QString &reason) {
        QFile::remove(part);
        *error = XlsxExport::tr("%1: could not be written (%2)").arg(path, reason);
        return false;
    };
    const XlsxWriter &api = XlsxWriter::instance();
    if (!api.error.isEmpty())
        return fail(api.error);
    // Created by Qt first: a folder that is not there or not writable is named with the
    // system's reason, which libxlsxwriter only prints to stderr.
    QFile probe(part);
    if (!probe.open(QIODevice::WriteOnly))
        return fail(probe.errorString());
    probe.close();
    lxw_workbook *workbook = api.workbook_new(QFile::encodeName(part).constData());
    if (!workbook)
        return fail(QString::fromUtf8(api.lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
    lxw_format *bold = api.workbook_add_format(workbook);
    api.format_set_bold(bold);
    const lxw_error filled = addSheets(api, workbook, bold);
    const lxw_error closed = api.workbook_close(workbook);  // frees the workbook in any case
    if (filled != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(api.lxw_strerror(filled != LXW_NO_ERROR ? filled : closed)));
    QFile target(path);
    if (target.exists() && !target.remove())
        return fail(target.errorString());
    QFile written(part);
    if (!written.rename(path))
        return fail(written.errorString());
    return true;
}

QString qualifierText(Qualifier qualifier) {
    return qualifier == Qualifier::Exact ? QString() : qualifierName(qualifier);
}

// Sheet "Table": the table as the compare view shows it, four columns a place.
lxw_error writeTableSheet(Sheet *sheet, const CityTable &table, const QStringList &cities,
                          const std::vector<const MetricDefinition *> &metrics, bool english) {
    sheet->header(CsvExport::cityTableHeader(cities, english));
    int row = 1;
    for (const MetricDefinition *metric : metrics) {
        sheet->text(row, 0, english ? metric->nameEn : metric->nameZh);
        sheet->text(row, 1, metric->unit);
        for (qsizetype i = 0; i < cities.size(); ++i) {
            const TableCell *cell = table.cell(cities.at(i), metric->id);
            if (!cell)
                continue;
            const int column = 2 + int(i) * 4;
            sheet->number(row, column, cell->value);
            sheet->text(row, column + 1, qualifierText(cell->qualifier));
            sheet->text(row, column + 2, cell->period);
            sheet->text(row, column + 3, comparabilityNote(*cell, *metric));
        }
        ++row;
    }
    return sheet->finish(2);
}

// Sheet "Cells": one row per filled cell, every detail of it, for filtering and pivoting.
lxw_error writeCellsSheet(Sheet *sheet, const CityTable &table, const QStringList &cities,
                          const std::vector<const MetricDefinition *> &metrics, bool english) {
    sheet->header(english ? QStringList{u"place"_s, u"metric id"_s, u"metric"_s, u"value"_s,
                                        u"unit"_s, u"qualifier"_s, u"period"_s, u"comparable"_s,
                                        u"note"_s, u"raw"_s, u"sentence"_s, u"source"_s}
                          : QStringList{u"地方"_s, u"指标代码"_s, u"指标"_s, u"数值"_s, u"单位"_s,
                                        u"限定"_s, u"期间"_s, u"可比"_s, u"说明"_s, u"原文"_s,
                                        u"句子"_s, u"来源"_s});
    int row = 1;
    for (const QString &city : cities) {
        for (const MetricDefinition *metric : metrics) {
            const TableCell *cell = table.cell(city, metric->id);
            if (!cell)
                continue;
            sheet->text(row, 0, PlaceNames::display(city, english));
            sheet->text(row, 1, metric->id);
            sheet->text(row, 2, english ? metric->nameEn : metric->nameZh);
            sheet->number(row, 3, cell->value);
            sheet->text(row, 4, cell->unit);
            sheet->text(row, 5, qualifierText(cell->qualifier));
            sheet->text(row, 6, cell->period);
            sheet->boolean(row, 7, cell->comparable());
            sheet->text(row, 8, comparabilityNote(*cell, *metric));
            sheet->text(row, 9, cell->raw);
            sheet->text(row, 10, cell->sentence);
            sheet->text(row, 11, cell->path);
            ++row;
        }
    }
    return sheet->finish(1);
}

bool isNumber(const QVariant &value) {
    switch (value.typeId()) {
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            return true;
        default:
            return false;
    }
}

int writeModelRows(Sheet *sheet, const QAbstractItemModel *model, const QModelIndex &parent,
                   int role, int row) {
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(r, column, parent);
            QVariant value = index.data(role);
            if (!value.isValid())
                value = index.data(Qt::DisplayRole);
            if (isNumber(value))
                sheet->number(row, column, value.toDouble());
            else
                sheet->text(row, column, value.toString());
        }
        row = writeModelRows(sheet, model, model->index(r, 0, parent), role, row + 1);
    }
    return row;
}

}  // namespace

bool XlsxExport::writeCityTable(const CityTable &table, const QStringList &cities,
                                const QStringList &metrics, bool english, const QString &path,
                                QString *error) {
    const QStringList places = cities.isEmpty() ? table.cities : cities;
    std::vector<const MetricDefinition *> rows;
    for (const MetricDefinition &metric : table.metrics) {
        if (metrics.isEmpty() || metrics.contains(metric.id))
            rows.push_back(&metric);
    }
    return saveWorkbook(
        path,
        [&](const XlsxWriter &api, lxw_workbook *workbook, lxw_format *bold) {
            lxw_worksheet *tableSheet =
                api.workbook_add_worksheet(workbook, english ? "Table" : "对比表");
            lxw_worksheet *cellsSheet =
                api.workbook_add_worksheet(workbook, english ? "Cells" : "数据");
            if (!tableSheet || !cellsSheet)
                return LXW_ERROR_MEMORY_MALLOC_FAILED;
            Sheet first(api, tableSheet, bold);
            Sheet second(api, cellsSheet, bold);
            const lxw_error written = writeTableSheet(&first, table, places, rows, english);
            return written != LXW_NO_ERROR ? written
                                           : writeCellsSheet(&second, table, places, rows, english);
        },
        error);
}

bool XlsxExport::writeModel(const QAbstractItemModel *model, const QString &path, int role,
                            QString *error) {
    return saveWorkbook(
        path,
        [&](const XlsxWriter &api, lxw_workbook *workbook, lxw_format *bold) {
            lxw_worksheet *worksheet = api.workbook_add_worksheet(workbook, nullptr);
            if (!worksheet)
                return LXW_ERROR_MEMORY_MALLOC_FAILED;
            Sheet sheet(api, worksheet, bold);
            QStringList header;
            for (int column = 0; column < model->columnCount(); ++column)
                header.append(model->headerData(column, Qt::Horizontal).toString());
            sheet.header(header);
            writeModelRows(&sheet, model, QModelIndex(), role, 1);
            return sheet.finish(0);
        },
        error);
}

}  // namespace reportlens
