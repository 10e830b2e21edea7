// Counts each table cell's candidate figures on a worker thread with a connection of its own,
// so that the window shows its table at once (read with CandidateCounting::WhetherAny) and the
// counts follow: at 100,000 reports the count reads every ranked figure (0.6 s warm, more
// cold), which the first frame does not wait for.
#pragma once

#include "engine/citytable.h"
#include "storage/databaselocation.h"

#include <QFutureWatcher>
#include <QObject>

#include <vector>

namespace reportlens {

class BackgroundCount : public QObject {
    Q_OBJECT

public:
    struct Result {
        std::vector<CandidateCount> counts;
        QString error;  // naming the database, when the count failed
    };

    explicit BackgroundCount(DatabaseLocation location, QObject *parent = nullptr);
    ~BackgroundCount() override;  // waits for a count under way

    // Counts again. A count started before is not waited for: its result is dropped, so that
    // what arrives always describes the database as it was after this call.
    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void counted(const std::vector<reportlens::CandidateCount> &counts);
    void failed(const QString &error);

private:
    void finish();

    DatabaseLocation m_location;
    QFutureWatcher<Result> m_watcher;
    bool m_again = false;  // start() came while a count ran: count once more when it ends
};

}  // namespace reportlens
