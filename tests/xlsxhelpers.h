// Reads an Excel workbook back as another program does: openpyxl (Debian's python3-openpyxl),
// run through python3, prints what it found as JSON.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// {"sheets": [title, ...], "data": {title: {"rows": [[value, ...], ...], "types": [[python type
// name, ...], ...], "freeze": "B2" or null, "filter": "A1:D9" or null, "bold": [bool, ...] (the
// first row's cells)}}}; empty with *error set when the workbook cannot be read.
inline QJsonObject readXlsx(const QString &path, QString *error) {
    static const char script[] = R"(import json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
data = {}
for sheet in book.worksheets:
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    data[sheet.title] = {
        "rows": rows,
        "types": [[type(value).__name__ for value in row] for row in rows],
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "bold": [bool(cell.font.b) for cell in next(sheet.iter_rows(max_row=1), ())],
    }
json.dump({"sheets": book.sheetnames, "data": data}, sys.stdout, ensure_ascii=False)
)";
    QTemporaryDir dir;
    const QString scriptPath = dir.filePath(QStringLiteral("read_xlsx.py"));
    QFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(script) < 0) {
        *error = file.errorString();
        return {};
    }
    file.close();
    QProcess python;
    python.start(QStringLiteral(REPORTLENS_TEST_PYTHON3), {scriptPath, path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError()) + python.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return {};
    }
    return json.object();
}
