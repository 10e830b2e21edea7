#include "importcontroller.h"

#include "engine/input/filekinds.h"
#include "services/backgroundimport.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

ImportController::ImportController(const DatabaseLocation &location, const MetricCatalog &catalog,
                                   QWidget *window)
    : QObject(window), m_window(window), m_import(new BackgroundImport(location, catalog, this)) {
    connect(m_import, &BackgroundImport::progress, this, &ImportController::showProgress);
    connect(m_import, &BackgroundImport::fileProgress, this, &ImportController::showFileProgress);
    connect(m_import, &BackgroundImport::finished, this, &ImportController::finish);
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

ImportController::~ImportController() = default;  // the import's destructor cancels and waits

bool ImportController::isRunning() const {
    return m_import->isRunning() || m_progress;
}

bool ImportController::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_window ||
        (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop))
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);  // QDragEnterEvent is one too
    QStringList paths;
    for (const QUrl &url : drop->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return false;
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop && !start(paths)) {
        // Before its dialog shows, the window still takes drops: say why this one waits.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Import reports"),
                                    tr("An import is already running. Drop these files again "
                                       "when it has finished."),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return true;
}

bool ImportController::start(const QStringList &paths) {
    if (isRunning())
        return false;
    // Shown only when the import takes longer than a moment; window-modal, so that menus and
    // drops wait for it. Its range comes with the first progress, once folders are listed.
    m_progress = new QProgressDialog(tr("Importing reports…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    if (!m_import->start(paths)) {
        delete m_progress;
        return false;
    }
    return true;
}

void ImportController::cancel() {
    m_import->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling after the report being written…"));
}

void ImportController::showProgress(int done, int total, qint64 remainingMs) {
    if (!m_progress || m_progress->wasCanceled())
        return;
    m_progress->setLabelText(tr("Imported %1 of %2 reports, about %3 s left")
                                 .arg(done)
                                 .arg(total)
                                 .arg((remainingMs + 999) / 1000));
    m_progress->setMaximum(total);
    // Last: a window-modal dialog's setValue() runs the event loop, where the import can end
    // and the dialog go (it was used after that, through a null pointer).
    m_progress->setValue(done);
}

void ImportController::showFileProgress(const QString &path, qint64 bytesDone, qint64 bytesTotal) {
    if (!m_progress || m_progress->wasCanceled())
        return;
    m_progress->setLabelText(tr("Reading %1: %2 of %3 MB")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(bytesDone / 1e6, 0, 'f', 0)
                                 .arg(bytesTotal / 1e6, 0, 'f', 0));
}

void ImportController::finish(Importer::Summary summary) {
    if (QProgressDialog *dialog = m_progress) {
        m_progress = nullptr;
        disconnect(dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
        dialog->close();  // deletes it (closing also says "canceled", no longer heard)
    }
    emit finished(summary);  // the window reloads its views first
    report(summary);
}

// The counts in the status bar; every error and warning, by file, in a message box that does
// not hold up the caller.
void ImportController::report(const Importer::Summary &summary) {
    if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window))
        mainWindow->statusBar()->showMessage(
            tr("Imported: %1 added, %2 replaced, %3 unchanged, %4 failed%5")
                .arg(summary.added)
                .arg(summary.replaced)
                .arg(summary.unchanged)
                .arg(summary.failed)
                .arg(summary.cancelled ? tr(" (cancelled)") : QString()));
    if (summary.errors.isEmpty() && summary.warnings.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning,
                        summary.errors.isEmpty() ? tr("Imported, with remarks")
                                                 : tr("Some reports could not be imported"),
                        (summary.errors + summary.warnings).join(u'\n'), QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QFileDialog *ImportController::openDialog() {
    const QString filters = FileKinds::dialogFilters().join(u";;"_s);
    auto *dialog = new QFileDialog(m_window, tr("Import reports"), QString(), filters);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList &files) { start(files); });
    dialog->open();
    return dialog;
}

}  // namespace reportlens
