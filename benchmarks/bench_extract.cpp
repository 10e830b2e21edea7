// Extraction throughput and peak memory. Builds a corpus by repeating the seeds into files
// of about 1 MB until it holds at least --mb megabytes, then decodes, repairs, extracts and
// classifies the files one at a time on one core, as the command line streams them. What the
// engine builds once per process is timed apart, before the stream.
//
//   bench_extract [--mb 50] [--corpus DIR] [--keep]
#include "benchmarkmemory.h"
#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sched.h>
#include <sys/resource.h>

#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    qint64 targetMb = 50;
    QString corpusDir;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--mb" && i + 1 < args.size())
            targetMb = args[++i].toLongLong();
        else if (args[i] == u"--corpus" && i + 1 < args.size())
            corpusDir = args[++i];
    }

    // One core, as the target says.
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    CPU_SET(0, &cpus);
    sched_setaffinity(0, sizeof(cpus), &cpus);

    QByteArray seedsText;
    QStringList errors;
    const QStringList seeds =
        reportlens::ReportFiles::expand({QStringLiteral(REPORTLENS_SEEDS_DIR)}, &errors);
    for (const QString &seed : seeds) {
        QFile file(seed);
        if (file.open(QIODevice::ReadOnly))
            seedsText += file.readAll() + "\n\n";
    }
    if (seedsText.isEmpty()) {
        std::fprintf(stderr, "bench_extract: no seeds in %s\n", REPORTLENS_SEEDS_DIR);
        return 1;
    }

    QTemporaryDir temporary;
    if (corpusDir.isEmpty())
        corpusDir = temporary.path();
    QDir().mkpath(corpusDir);
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024)
        chunk += seedsText;
    const qint64 target = targetMb * 1024 * 1024;
    qint64 written = 0;
    QStringList files;
    for (int n = 0; written < target; ++n) {
        const QString path = u"%1/corpus_%2.txt"_s.arg(corpusDir).arg(n, 5, 10, QChar(u'0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(chunk) != chunk.size()) {
            std::fprintf(stderr, "bench_extract: cannot write %s\n", qPrintable(path));
            return 1;
        }
        written += chunk.size();
        files.append(path);
    }
    std::printf("corpus: %lld files, %.1f MB (seeds repeated), in %s\n", qlonglong(files.size()),
                double(written) / 1048576.0, qPrintable(corpusDir));

    const reportlens::ReportParser parser;
    // What the engine builds once per process (ICU's Traditional-to-Simplified table, the
    // gazetteer's index) is timed apart, on one seed, so that the throughput is the stream's.
    QElapsedTimer startup;
    startup.start();
    {
        reportlens::Document document;
        QString error;
        if (!parser.parseFile(seeds.constFirst(), &document, &error)) {
            std::fprintf(stderr, "bench_extract: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("engine start-up: %.1f ms (first report, %s, with what is built once)\n",
                double(startup.nsecsElapsed()) / 1e6,
                qPrintable(QFileInfo(seeds.constFirst()).fileName()));
    const long rssBefore = peakRssKiB();
    std::vector<long> rssAtQuarters;
    qint64 bytes = 0;
    qint64 figures = 0;
    qint64 classified = 0;
    qint64 sentences = 0;
    QElapsedTimer timer;
    const double cpuStart = cpuSeconds();
    timer.start();
    for (qsizetype i = 0; i < files.size(); ++i) {
        reportlens::Document document;
        QString error;
        if (!parser.parseFile(files[i], &document, &error)) {
            std::fprintf(stderr, "bench_extract: %s\n", qPrintable(error));
            return 1;
        }
        bytes += QFileInfo(files[i]).size();
        figures += qint64(document.figures.size());
        sentences += qint64(document.sentences.size());
        for (const reportlens::Figure &figure : document.figures)
            classified += figure.metric.isEmpty() ? 0 : 1;
        // Sampled after each quarter: flat figures mean memory does not grow with the corpus.
        if ((i + 1) * 4 / files.size() != i * 4 / files.size())
            rssAtQuarters.push_back(peakRssKiB());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    const double megabytes = double(bytes) / 1048576.0;
    std::printf("extracted: %lld sentences, %lld figures (%lld with a metric)\n",
                qlonglong(sentences), qlonglong(figures), qlonglong(classified));
    std::printf("throughput: %.1f MB/s wall (%.2f s), %.1f MB/s CPU (%.2f s), one core\n",
                megabytes / seconds, seconds, megabytes / cpu, cpu);
    std::printf("peak RSS: %.1f MiB before extraction; after each quarter of the corpus:",
                double(rssBefore) / 1024.0);
    for (long rss : rssAtQuarters)
        std::printf(" %.1f", double(rss) / 1024.0);
    std::printf(" MiB\n");
    return 0;
}
