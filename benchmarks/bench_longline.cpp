// How the engine's cost grows with one very long line (a page with no full stop, text pasted
// from a table): the seeds' text with every line break and full stop made a comma, parsed
// at 1x, 2x and 4x the size. Prints time and peak memory for each; linear growth doubles both.
//   bench_longline [--kb 400]
#include "benchmarkmemory.h"
#include "engine/input/reportfiles.h"
#include "engine/reportparser.h"
#include "services/export/outputwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qsizetype kilobytes = 400;
    const qsizetype at = args.indexOf(u"--kb"_s);
    if (at > 0 && at + 1 < args.size())
        kilobytes = args.at(at + 1).toLongLong();

    QStringList errors;
    QString seedsText;
    for (const QString &seed :
         reportlens::ReportFiles::expand({QStringLiteral(REPORTLENS_SEEDS_DIR)}, &errors)) {
        QFile file(seed);
        if (file.open(QIODevice::ReadOnly))
            seedsText += QString::fromUtf8(file.readAll());
    }
    if (seedsText.isEmpty()) {
        std::fprintf(stderr, "bench_longline: no seeds in %s\n", REPORTLENS_SEEDS_DIR);
        return 1;
    }
    for (QChar &c : seedsText) {
        if (c == u'\n' || c == u'。')
            c = u'，';
    }

    const reportlens::ReportParser parser;
    parser.parseText(u"warm-up.txt"_s, seedsText.left(2000) + u"。\n"_s, u"UTF-8"_s);
    std::printf("one line of N KB (UTF-8), parsed and written as CSV, as extract does\n");
    for (int factor : {1, 2, 4}) {
        const qsizetype bytes = kilobytes * 1024 * factor;
        QString line;
        while (line.toUtf8().size() < bytes)
            line += seedsText;
        line = QString::fromUtf8(line.toUtf8().left(bytes)) + u"。\n"_s;
        QElapsedTimer timer;
        timer.start();
        const reportlens::Document document =
            parser.parseText(u"long-line.txt"_s, line, u"UTF-8"_s);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        reportlens::ExtractionWriter writer(&out, reportlens::OutputFormat::Csv);
        writer.begin();
        writer.addDocument(document);
        writer.end();
        std::printf("%dx  %6lld KB  %6zu figures  %7.2f s  peak RSS %6.1f MiB\n", factor,
                    qlonglong(bytes / 1024), document.figures.size(),
                    double(timer.elapsed()) / 1000.0, double(peakRssKiB()) / 1024.0);
    }
    return 0;
}
