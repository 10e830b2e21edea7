// Shared by the tests that read the bundled seeds.
#pragma once

#include "engine/citytable.h"
#include "engine/input/textdecoder.h"
#include "engine/metriccatalog.h"
#include "engine/reportparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

inline QString seedPath(const QString &prefix) {
    const QDir dir(QStringLiteral(REPORTLENS_SEEDS_DIR));
    const QStringList matches = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    return matches.isEmpty() ? QString() : dir.filePath(matches.first());
}

inline QString seedText(const QString &prefix) {
    return reportlens::TextDecoder::decodeFile(seedPath(prefix)).text;
}

// The built-in metrics file as an older release might have had it: union_orgs named by a word
// no report uses, so that it classifies no figure.
inline reportlens::MetricCatalog olderMetricsFile() {
    QFile file(reportlens::MetricCatalog::builtInPath());
    file.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray metrics = root.value(QStringLiteral("metrics")).toArray();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        QJsonObject metric = metrics.at(i).toObject();
        if (metric.value(QStringLiteral("id")).toString() == QStringLiteral("union_orgs")) {
            metric.insert(QStringLiteral("keywords"), QJsonArray{QStringLiteral("无此用语")});
            metrics.replace(i, metric);
        }
    }
    root.insert(QStringLiteral("metrics"), metrics);
    reportlens::MetricCatalog catalog;
    QString error;
    catalog.loadFromJson(QJsonDocument(root).toJson(), &error);
    return catalog;
}

// The five seeds parsed (those that parse), in their file order.
inline std::vector<reportlens::Document> seedDocuments() {
    std::vector<reportlens::Document> documents;
    const reportlens::ReportParser parser;
    for (const char *prefix : {"000", "001", "002", "003", "004"}) {
        reportlens::Document document;
        QString error;
        if (parser.parseFile(seedPath(QString::fromLatin1(prefix)), &document, &error))
            documents.push_back(std::move(document));
    }
    return documents;
}

// The seeds' city table, as the engine builds it.
inline reportlens::CityTable seedTable(const std::vector<reportlens::Document> &documents) {
    reportlens::CityTableBuilder builder(reportlens::MetricCatalog::builtIn());
    for (const reportlens::Document &document : documents)
        builder.addDocument(document);
    return builder.table();
}
