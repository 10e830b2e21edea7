// Imports report files into a ReportStore: parsing on all cores (QtConcurrent), writing in
// the calling thread, one document per transaction, so that a cancelled or killed import
// never leaves half a document behind.
#pragma once

#include <QObject>
#include <QStringList>

#include <atomic>

namespace reportlens {

class ReportParser;
class ReportStore;

class Importer : public QObject {
    Q_OBJECT

public:
    struct Summary {
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int failed = 0;
        bool cancelled = false;
        QStringList errors;    // one per file that failed, naming it
        QStringList warnings;  // imported, but worth a look: no figures, place unknown
    };

    Importer(ReportStore *store, const ReportParser *parser, QObject *parent = nullptr);

    // Imports the files, returning when all are done or after cancel().
    Summary run(const QStringList &files);
    // Stops after the document being written; safe from any thread or a slot of progress().
    void cancel() { m_cancelled = true; }

signals:
    // After each document: how many are done, of how many, and an estimate of the time left.
    void progress(int done, int total, qint64 remainingMs);

private:
    ReportStore *m_store;          // not owned
    const ReportParser *m_parser;  // not owned
    std::atomic_bool m_cancelled = false;
};

}  // namespace reportlens
