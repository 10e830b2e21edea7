// The window's imports: the files and folders the user chose (menu, drop, command line) go to
// a BackgroundImport, so the window keeps painting and answering; a progress dialog, shown when
// the import takes longer than a moment, says how far it is and cancels it between documents.
#pragma once

#include "engine/metriccatalog.h"
#include "services/importer.h"
#include "storage/databaselocation.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

class QWidget;

namespace reportlens {

class BackgroundImport;
// The window's imports: files and folders from the menu's dialog, dropped on it or the first
// start's samples, with a progress dialog (and Cancel) when it takes a while, and what went
// wrong named afterwards. The window reloads its views on imported().
#pragma once

#include "services/importer.h"

#include <QObject>

class QFileDialog;
class QMainWindow;

namespace reportlens {

class ReportParser;
class ReportStore;

class ImportController : public QObject {
    Q_OBJECT

public:
    // window: the progress dialog's parent (window-modal over it), and this object's.
    ImportController(const DatabaseLocation &location, const MetricCatalog &catalog,
                     QWidget *window);
    ~ImportController() override;

    // Expands folders and starts importing; false, with nothing started, while another import
    // runs. finished() follows, also when nothing could be found to import.
    bool start(const QStringList &paths);
    // Stops after the document being written: each document is all or nothing.
    void cancel();
    bool isRunning() const;
    // The progress dialog of the running import (null when none runs).
    QProgressDialog *progressDialog() const { return m_progress; }

signals:
    // The files that failed, including those a folder could not list, are named in errors.
    void finished(const reportlens::Importer::Summary &summary);

private:
    void showProgress(int done, int total, qint64 remainingMs);
    void showFileProgress(const QString &path, qint64 bytesDone, qint64 bytesTotal);
    void finish(Importer::Summary summary);

    QWidget *m_window;
    BackgroundImport *m_import;  // a child
    QPointer<QProgressDialog> m_progress;
    QStringList m_expandProblems;  // of the running import's folders
    // All three not owned; window shows the progress, the summary and the problems.
    ImportController(ReportStore *store, const ReportParser *parser, QMainWindow *window);

    Importer::Summary importPaths(const QStringList &paths);
    // Qt's file dialog (window-modal) for every kind of report file; the files chosen are
    // imported once it is accepted.
    QFileDialog *openDialog();
    // First start: an empty database gets the bundled sample reports.
    void importSamplesIfEmpty(const QString &samplesFolder);

protected:
    // Files and folders dropped on the window are imported.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The database changed; emitted before the summary is shown.
    void imported();

private:
    void report(const Importer::Summary &summary, int unreadable);

    ReportStore *m_store;
    const ReportParser *m_parser;
    QMainWindow *m_window;
};

}  // namespace reportlens
