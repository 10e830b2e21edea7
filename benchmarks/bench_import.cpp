// Import throughput, database size, peak memory, and the time to open the city table, on
// documents generated from the seeds with varied cities and numbers.
//
//   bench_import [--documents 10000] [--db URL]   (default: a new SQLite file)
//   bench_import --one-file-mb 200                (one report file of that size, read in
//                                                   parts: time, parts and peak memory)
// benchmarks/run_import_bench.sh runs it on SQLite and on a throw-away PostgreSQL server.
#include "benchmarkmemory.h"
#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"
#include "services/importer.h"
#include "services/session.h"
#include "storage/reportstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kSeedCities = {u"漳州"_s, u"商洛"_s, u"泉州"_s, u"三明"_s, u"肇庆"_s};

// Two-character place names that are no seed's: 26 × 26 of them, enough for any run.
QString cityStem(int n) {
    static const QString first = u"安宁长乐海兴临平永福泰和嘉祥德清华阳云江南山东"_s;
    static const QString second = u"州阳城原宁安江门口山海川平远乐西东南北昌德兴庆明华"_s;
    return QString(first.at(n % first.size())) + second.at((n / first.size()) % second.size());
}

// A seed with another city and other numbers: every ASCII number scaled by 0.5 to 1.5.
QString variant(const QString &seed, int n, QRandomGenerator *random) {
    QString text = seed;
    const QString stem = cityStem(n % 300);
    for (const QString &city : kSeedCities)
        text.replace(city, stem);
    static const QRegularExpression number(u"\\d+"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(text).sliced(last, match.capturedStart() - last);
        const double scaled = match.captured().toDouble() * (0.5 + random->generateDouble());
        result += QString::number(qint64(scaled) + 1);
        last = match.capturedEnd();
    }
    result += QStringView(text).sliced(last);
    return u"# 第%1号报告\n\n"_s.arg(n) + result;
}

qint64 databaseBytes(const reportlens::DatabaseLocation &location) {
    if (location.backend == reportlens::DatabaseLocation::Backend::Sqlite) {
        qint64 bytes = 0;
        for (const QString &suffix :
             {u""_s, u"-wal"_s, u"-shm"_s, u".search"_s, u".search-wal"_s, u".search-shm"_s})
            bytes += QFileInfo(location.sqlitePath + suffix).size();
        return bytes;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"size"_s);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setUserName(location.user);
    db.setDatabaseName(location.databaseName);
    qint64 bytes = -1;
    if (db.open()) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT pg_database_size(current_database())"_s) && query.next())
            bytes = query.value(0).toLongLong();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"size"_s);
    return bytes;
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int documents = 10000;
    int oneFileMb = 0;
    QString dbUrl;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--documents")
            documents = args[++i].toInt();
        else if (args[i] == u"--db")
            dbUrl = args[++i];
        else if (args[i] == u"--one-file-mb")
            oneFileMb = args[++i].toInt();
    }
    QTemporaryDir temporary;
    if (dbUrl.isEmpty())
        dbUrl = temporary.filePath(u"bench.sqlite"_s);
    // Opened as the window and the command line open it.
    const reportlens::Session::Options sessionOptions{
        dbUrl,
        reportlens::MetricCatalog::builtIn(),
        reportlens::Session::EmptyDatabase::LeaveEmpty,
        {}};
    reportlens::DatabaseLocation location;
    QString error;
    if (!reportlens::DatabaseLocation::parse(dbUrl, &location, &error)) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
        return 2;
    }

    QStringList seeds;
    QStringList problems;
    for (const QString &path :
         reportlens::ReportFiles::expand({QStringLiteral(REPORTLENS_SEEDS_DIR)}, &problems)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            seeds.append(QString::fromUtf8(file.readAll()));
    }
    QRandomGenerator random(20261121);
    const QString folder = temporary.filePath(u"reports"_s);
    QDir().mkpath(folder);
    QStringList files;
    qint64 corpusBytes = 0;
    if (oneFileMb > 0) {
        // Variants one after another in a single file, written as they are made.
        const QString path = u"%1/one_large_report.txt"_s.arg(folder);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(path));
            return 1;
        }
        for (int n = 0; corpusBytes < qint64(oneFileMb) * 1000000; ++n) {
            const QByteArray bytes = variant(seeds[n % seeds.size()], n, &random).toUtf8() + "\n\n";
            if (file.write(bytes) != bytes.size()) {
                std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(path));
                return 1;
            }
            corpusBytes += bytes.size();
        }
        file.close();
        std::printf("one file: %.1f MB of UTF-8 text generated from the seeds\n",
                    double(corpusBytes) / 1e6);
        reportlens::Session session(sessionOptions);
        if (!session.open(&error)) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
            return 1;
        }
        const long rssBefore = peakRssKiB();
        reportlens::Importer importer(&session.store(), &session.parser());
        int progressSignals = 0;
        QObject::connect(&importer, &reportlens::Importer::fileProgress, &importer,
                         [&progressSignals] { ++progressSignals; });
        QElapsedTimer timer;
        timer.start();
        const reportlens::Importer::Summary summary = importer.run({path});
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (summary.failed > 0) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(summary.errors.first()));
            return 1;
        }
        std::printf("imported in %.1f s (%.1f MB/s): %d parts stored, %d progress reports\n",
                    seconds, double(corpusBytes) / 1e6 / seconds, summary.added, progressSignals);
        std::printf("peak RSS: %.1f MiB before the import, %.1f MiB after it\n",
                    double(rssBefore) / 1024.0, double(peakRssKiB()) / 1024.0);
        return 0;
    }
    for (int n = 0; n < documents; ++n) {
        const QString path = u"%1/report_%2.txt"_s.arg(folder).arg(n, 5, 10, QChar(u'0'));
        QFile file(path);
        const QByteArray bytes = variant(seeds[n % seeds.size()], n, &random).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(path));
            return 1;
        }
        corpusBytes += bytes.size();
        files.append(path);
    }
    std::printf("corpus: %d documents, %.1f MB, generated from the seeds (300 cities)\n", documents,
                double(corpusBytes) / 1048576.0);

    long rssBefore = peakRssKiB();
    double importSeconds = 0;
    {
        reportlens::Session session(sessionOptions);
        if (!session.open(&error)) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
            return 1;
        }
        reportlens::Importer importer(&session.store(), &session.parser());
        QElapsedTimer timer;
        timer.start();
        const reportlens::Importer::Summary summary = importer.run(files);
        importSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (summary.failed > 0) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(summary.errors.first()));
            return 1;
        }
        std::printf("%s import: %d documents in %.2f s: %.0f documents/s\n",
                    location.backend == reportlens::DatabaseLocation::Backend::Sqlite
                        ? "SQLite"
                        : "PostgreSQL",
                    summary.added, importSeconds, double(summary.added) / importSeconds);
    }
    std::printf("database size: %.1f MB\n", double(databaseBytes(location)) / 1048576.0);
    std::printf("peak RSS: %.1f MiB before the import, %.1f MiB after it\n",
                double(rssBefore) / 1024.0, double(peakRssKiB()) / 1024.0);

    // Opening the city table as the window does (connect, read the table knowing only whether
    // each cell has other candidates), then counting them as the window does next and as
    // `reportlens table` does at once.
    for (int round = 1; round <= 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        reportlens::Session session(sessionOptions);
        if (!session.open(&error)) {
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
            return 1;
        }
        const reportlens::CityTable table = session.store().cityTable(
            reportlens::MetricCatalog::builtIn(), reportlens::CandidateCounting::WhetherAny);
        const double opened = double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const std::vector<reportlens::CandidateCount> counts = session.store().candidateCounts();
        const double counted = double(timer.nsecsElapsed()) / 1e9;
        // Closing as a command does at its end: queued index work is written, the background
        // check of the index is interrupted, not waited for.
        timer.restart();
        session.store().close();
        std::printf(
            "open + city table (round %d): %.3f s, %lld cities, %zu cells; %zu "
            "candidate counts in %.3f s more; closed in %.3f s\n",
            round, opened, qlonglong(table.cities.size()), table.cells.size(), counts.size(),
            counted, double(timer.nsecsElapsed()) / 1e9);
    }
    // Searches as the window's search box makes them.
    reportlens::Session session(sessionOptions);
    if (session.open(&error)) {
        reportlens::ReportStore &store = session.store();
        for (const QString &text :
             {u"困难职工家庭"_s, u"劳动争议"_s, u"驿站"_s, u"不存在的词语"_s}) {
            QElapsedTimer timer;
            timer.start();
            const std::vector<reportlens::SearchHit> hits = store.search(text, 100);
            std::printf("search \"%s\": %zu hits (first 100) in %.3f s\n", qPrintable(text),
                        hits.size(), double(timer.nsecsElapsed()) / 1e9);
        }
    }
    return 0;
}
