#include "services/backgroundcount.h"

#include "storage/reportstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace reportlens {
namespace {

// On a pool thread: a Qt Sql connection is used only by the thread that made it, and goes
// with the store at the end.
BackgroundCount::Result count(const DatabaseLocation &location) {
    BackgroundCount::Result result;
    ReportStore store;
    if (store.openForReading(location, &result.error))
        result.counts = store.candidateCounts(&result.error);
    return result;
}

}  // namespace

BackgroundCount::BackgroundCount(DatabaseLocation location, QObject *parent)
    : QObject(parent), m_location(std::move(location)) {
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &BackgroundCount::finish);
}

BackgroundCount::~BackgroundCount() {
    m_watcher.waitForFinished();
}

void BackgroundCount::start() {
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_watcher.setFuture(QtConcurrent::run(count, m_location));
}

void BackgroundCount::finish() {
    if (m_again) {
        start();  // what this count saw may be older than the caller's last start()
        return;
    }
    const Result result = m_watcher.result();
    if (result.error.isEmpty())
        emit counted(result.counts);
    else
        emit failed(result.error);
}

}  // namespace reportlens
