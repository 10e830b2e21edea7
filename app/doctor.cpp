#include "doctor.h"

#include "cli/commandline.h"
#include "comparisonreport.h"
#include "engine/input/reportfiles.h"
#include "installlayout.h"
#include "mainwindow.h"
#include "services/session.h"
#include "uilanguage.h"

#include <QApplication>
#include <QFileDialog>
#include <QIODevice>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

int Doctor::run(const QString &languageName, QIODevice *out) {
    const UiLanguage language(languageName.isEmpty() ? UiLanguage::windowLocale()
                                                     : QLocale(languageName));
    Doctor doctor(out);
    doctor.ok(tr("program"), u"ReportLens %1 (%2)"_s.arg(QCoreApplication::applicationVersion(),
                                                         QCoreApplication::applicationFilePath()));
    doctor.checkSeeds();
    doctor.checkTranslations(language);
    doctor.checkDrivers();
    doctor.checkPdfFont();
    doctor.checkWindow(language);
    out->write((doctor.m_missing ? tr("doctor: something is missing (see above)")
                                 : tr("doctor: everything is in place"))
                   .toUtf8() +
               '\n');
    return doctor.m_missing ? ExitFileError : ExitOk;
}

void Doctor::ok(const QString &what, const QString &found) {
    m_out->write(u"%1: %2\n"_s.arg(what, found).toUtf8());
}

void Doctor::missing(const QString &what, const QString &reason) {
    ok(what, tr("MISSING: %1").arg(reason));
    m_missing = true;
}

void Doctor::checkSeeds() {
    QStringList problems;
    const QString folder = InstallLayout::seedsFolder();
    const QStringList seeds = ReportFiles::expand({folder}, &problems);
    if (seeds.isEmpty())
        missing(tr("bundled reports"),
                tr("none in %1: an empty database cannot get its first reports").arg(folder));
    else
        ok(tr("bundled reports"), tr("%n report(s) in %1", nullptr, int(seeds.size())).arg(folder));
}

void Doctor::checkTranslations(const UiLanguage &language) {
    ok(tr("language"), language.locale().name());
    if (language.isEnglish()) {
        ok(tr("translations"), tr("none needed for English"));
        return;
    }
    if (language.programTranslation().isEmpty())
        missing(tr("program translation"),
                tr("no reportlens_%1.qm in %2")
                    .arg(language.locale().name(), InstallLayout::translationsFolder()));
    else
        ok(tr("program translation"), language.programTranslation());
    if (language.qtTranslation().isEmpty())
        missing(tr("Qt translation"), tr("Qt's own dialogs and buttons stay in English: install "
                                         "Debian's qt6-translations-l10n"));
    else
        ok(tr("Qt translation"), language.qtTranslation());
}

void Doctor::checkDrivers() {
    const QStringList drivers = QSqlDatabase::drivers();
    for (const auto &[driver, package] : {std::pair{u"QSQLITE"_s, u"libqt6sql6-sqlite"_s},
                                          std::pair{u"QPSQL"_s, u"libqt6sql6-psql"_s}}) {
        if (drivers.contains(driver))
            ok(tr("database driver"), driver);
        else
            missing(tr("database driver"),
                    tr("%1 is not there: install Debian's %2").arg(driver, package));
    }
}

void Doctor::checkPdfFont() {
    if (ComparisonReport::embedsWenQuanYi())
        ok(tr("PDF font"), ComparisonReport::embeddedFontFamily());
    else
        missing(tr("PDF font"), tr("WenQuanYi Micro Hei is not there, and Chinese text copied out "
                                   "of a PDF report may come back garbled: install Debian's "
                                   "fonts-wqy-microhei"));
}

// The window on a throw-away database: File → Import opens Qt's file dialog, whose title and
// buttons must be in the UI language.
void Doctor::checkWindow(const UiLanguage &language) {
    QTemporaryDir folder;
    Session session({folder.filePath(u"doctor.sqlite"_s),
                     MetricCatalog::builtIn(),
                     Session::EmptyDatabase::LeaveEmpty,
                     {}});
    QString error;
    if (!folder.isValid() || !session.open(&error)) {
        missing(tr("window"), tr("a temporary database cannot be made (%1)").arg(error));
        return;
    }
    MainWindow window(&session.store(), language.isEnglish());
    window.show();
    QFileDialog *dialog = window.openImportDialog();
    QCoreApplication::processEvents();
    if (!dialog->isVisible()) {
        missing(tr("window"), tr("File → Import shows no dialog"));
        return;
    }
    ok(tr("window"),
       tr("File → Import shows \"%1\" with the buttons \"%2\" and \"%3\" (%4)")
           .arg(dialog->windowTitle(), dialog->labelText(QFileDialog::Accept),
                dialog->labelText(QFileDialog::Reject), QApplication::platformName()));
    dialog->reject();
}

}  // namespace reportlens
