// An import on a worker thread with its own database connection, so that the window keeps
// painting and answering (Cancel included) while thousands of reports go in. Progress and
// the result come back as signals, queued to the thread that owns this object.
#pragma once

#include "engine/metriccatalog.h"
#include "services/importer.h"
#include "storage/databaselocation.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace reportlens {

class BackgroundImport : public QObject {
    Q_OBJECT

public:
    BackgroundImport(DatabaseLocation location, MetricCatalog catalog, QObject *parent = nullptr);
    ~BackgroundImport() override;  // cancels a running import and waits for it

    // Starts importing the files and folders (listed on the worker thread as well); false when
    // an import is already running. Paths that are missing or never read are named in the
    // summary's errors and counted as failed.
    bool start(const QStringList &paths);
    // Stops after the document being written: each document is all or nothing.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total, qint64 remainingMs);
    void fileProgress(const QString &path, qint64 bytesDone, qint64 bytesTotal);
    void finished(const reportlens::Importer::Summary &summary);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;  // lives in m_thread; deleted when the thread finishes
    bool m_running = false;
};

}  // namespace reportlens

Q_DECLARE_METATYPE(reportlens::Importer::Summary)
