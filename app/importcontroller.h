// The window's imports: files and folders from the menu's dialog, dropped on the window or
// named at start-up go to a BackgroundImport, so the window keeps painting and answering; a
// progress dialog, shown when the import takes longer than a moment, says how far it is and
// cancels it between documents. Afterwards the counts go to the status bar and every problem,
// by file, to a message box.
#pragma once

#include "engine/metriccatalog.h"
#include "services/importer.h"
#include "storage/databaselocation.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace reportlens {

class BackgroundImport;

class ImportController : public QObject {
    Q_OBJECT

public:
    // window: the dialogs' parent and the drop target (its status bar shows the counts when it
    // is a main window); this object's parent too.
    ImportController(const DatabaseLocation &location, const MetricCatalog &catalog,
                     QWidget *window);
    ~ImportController() override;

    // Starts importing the files and folders (listed on the worker thread); false, with nothing
    // started, while another import runs. finished() follows, also when nothing was found.
    bool start(const QStringList &paths);
    // Stops after the document being written: each document is all or nothing.
    void cancel();
    bool isRunning() const;
    // The progress dialog of the running import (null when none runs).
    QProgressDialog *progressDialog() const { return m_progress; }
    // File → Import: Qt's file dialog (window-modal) for every kind of report file; the files
    // chosen are imported once it is accepted.
    QFileDialog *openDialog();

signals:
    // The import has ended; its counts and problems are shown right after. The files that
    // failed, those a folder could not list or that are never read included, are named in
    // errors.
    void finished(const reportlens::Importer::Summary &summary);

protected:
    // Files and folders dropped on the window are imported.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showProgress(int done, int total, qint64 remainingMs);
    void showFileProgress(const QString &path, qint64 bytesDone, qint64 bytesTotal);
    void finish(Importer::Summary summary);
    void report(const Importer::Summary &summary);

    QWidget *m_window;
    BackgroundImport *m_import;  // a child
    QPointer<QProgressDialog> m_progress;
};

}  // namespace reportlens
