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
};

}  // namespace reportlens
