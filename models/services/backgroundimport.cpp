#include "services/backgroundimport.h"

#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"
#include "storage/reportstore.h"

namespace reportlens {

// Opens its own connection on first use, in the worker thread: a Qt Sql connection belongs
// to the thread that made it.
class BackgroundImport::Worker : public QObject {
    Q_OBJECT

public:
    Worker(DatabaseLocation location, MetricCatalog catalog)
        : m_location(std::move(location)), m_parser(catalog) {}

    void cancel() { m_cancelRequested = true; }
    // Called by start(), before run() is queued, so that a cancel in between is kept.
    void clearCancel() { m_cancelRequested = false; }

    void run(const QStringList &paths) {
        // Folders are listed here too, not on the window's thread: a large tree takes a while.
        QStringList unread;
        const QStringList files = ReportFiles::expand(paths, &unread);
        Importer::Summary summary;
        QString error;
        if (!m_store.isOpen() && !m_store.open(m_location, &error)) {
            summary.failed = int(files.size() + unread.size());
            summary.errors = unread;
            summary.errors.append(error);
            emit finished(summary);
            return;
        }
        Importer importer(&m_store, &m_parser);
        connect(&importer, &Importer::progress, this,
                [this, &importer](int done, int total, qint64 remainingMs) {
                    if (m_cancelRequested)
                        importer.cancel();
                    emit progress(done, total, remainingMs);
                });
        connect(&importer, &Importer::fileProgress, this,
                [this, &importer](const QString &path, qint64 bytesDone, qint64 bytesTotal) {
                    if (m_cancelRequested)
                        importer.cancel();
                    emit fileProgress(path, bytesDone, bytesTotal);
                });
        if (m_cancelRequested)
            importer.cancel();
        summary = importer.run(files);
        summary.errors = unread + summary.errors;
        summary.failed += int(unread.size());
        summary.cancelled = summary.cancelled || m_cancelRequested;
        emit finished(summary);
    }

signals:
    void progress(int done, int total, qint64 remainingMs);
    void fileProgress(const QString &path, qint64 bytesDone, qint64 bytesTotal);
    void finished(const reportlens::Importer::Summary &summary);

private:
    DatabaseLocation m_location;
    ReportParser m_parser;
    ReportStore m_store;
    std::atomic_bool m_cancelRequested = false;
};

BackgroundImport::BackgroundImport(DatabaseLocation location, MetricCatalog catalog,
                                   QObject *parent)
    : QObject(parent), m_worker(new Worker(std::move(location), std::move(catalog))) {
    qRegisterMetaType<Importer::Summary>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::progress, this, &BackgroundImport::progress);
    connect(m_worker, &Worker::fileProgress, this, &BackgroundImport::fileProgress);
    connect(m_worker, &Worker::finished, this, [this](const Importer::Summary &summary) {
        m_running = false;
        emit finished(summary);
    });
    m_thread.setObjectName(QStringLiteral("reportlens-import"));
    m_thread.start();
}

BackgroundImport::~BackgroundImport() {
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

bool BackgroundImport::start(const QStringList &paths) {
    if (m_running)
        return false;
    m_running = true;
    m_worker->clearCancel();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paths] { worker->run(paths); }, Qt::QueuedConnection);
    return true;
}

void BackgroundImport::cancel() {
    m_worker->cancel();
}

}  // namespace reportlens

#include "backgroundimport.moc"
