// corrections export|import FILE: the corrections log as JSON, out and in.
#include "cli/subcommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace reportlens::cli {
int runCorrections(const Invocation &call) {
    const QString action = call.positional.value(0);
    const QString file = call.positional.value(1);
    if ((action != u"export" && action != u"import") || file.isEmpty() ||
        call.positional.size() != 2)
        return usageError(
            call.err, QCoreApplication::translate(
                          "reportlens::cli", "corrections: expected export FILE or import FILE"));
    const std::unique_ptr<Session> session = openSession(call, Session::EmptyDatabase::LeaveEmpty);
    if (!session)
        return ExitFileError;
    ReportStore &store = session->store();
    QFile json(file);
    if (action == u"export") {
        QString error;
        const QJsonArray array = store.exportCorrections(&error);
        if (!error.isEmpty()) {  // nothing written: a part of the log is no backup
            writeLine(call.err, u"reportlens: "_s + error);
            return ExitFileError;
        }
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            json.write(QJsonDocument(QJsonObject{{u"format"_s, u"reportlens-corrections"_s},
                                                 {u"version"_s, 1},
                                                 {u"corrections"_s, array}})
                           .toJson(QJsonDocument::Indented)) < 0) {
            writeLine(call.err,
                      u"reportlens: "_s + QCoreApplication::translate("reportlens::cli",
                                                                      "%1: cannot be written (%2)")
                                              .arg(file, json.errorString()));
            return ExitFileError;
        }
        writeLine(call.out, u"exported %1 corrections to %2"_s.arg(array.size()).arg(file));
        return ExitOk;
    }
    if (!json.open(QIODevice::ReadOnly)) {
        writeLine(call.err, u"reportlens: "_s + QCoreApplication::translate(
                                                    "reportlens::cli", "%1: cannot be read (%2)")
                                                    .arg(file, json.errorString()));
        return ExitFileError;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError ||
        !document.object().value(u"corrections"_s).isArray()) {
        writeLine(
            call.err,
            u"reportlens: "_s +
                QCoreApplication::translate("reportlens::cli", "%1: not a corrections file (%2)")
                    .arg(file, parseError.error != QJsonParseError::NoError
                                   ? parseError.errorString()
                                   : QCoreApplication::translate("reportlens::cli",
                                                                 "no \"corrections\" array")));
        return ExitFileError;
    }
    // Progress for anything longer than a moment, as import gives it: after the first second,
    // a line at most twice a second, and the last one of each stage.
    QElapsedTimer started;
    started.start();
    qint64 lastLine = -1;
    const auto progress = [&](CorrectionImportStage stage, qsizetype done, qsizetype total) {
        const qint64 now = started.elapsed();
        if (now < 1000 || (done < total && now - lastLine < 500))
            return;
        lastLine = now;
        writeLine(call.err,
                  u"reportlens: "_s +
                      (stage == CorrectionImportStage::Storing
                           ? QCoreApplication::translate("reportlens::cli",
                                                         "corrections stored: %1 of %2")
                           : QCoreApplication::translate("reportlens::cli",
                                                         "reports brought up to date: %1 of %2"))
                          .arg(done)
                          .arg(total));
    };
    int added = 0;
    QString error;
    if (!store.importCorrections(document.object().value(u"corrections"_s).toArray(), &added,
                                 &error, progress)) {
        writeLine(call.err,
                  u"reportlens: %1: %2 "_s.arg(file, error) +
                      QCoreApplication::translate("reportlens::cli", "(nothing was imported)"));
        return ExitFileError;
    }
    writeLine(call.out, u"imported %1 new corrections from %2"_s.arg(added).arg(file));
    return ExitOk;
}

}  // namespace reportlens::cli
