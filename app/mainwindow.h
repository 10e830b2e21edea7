// The main window: the city table read from the database, the figures of the chosen city,
// and the source text of whatever is selected with the figure's sentence highlighted.
// Imports (menu, drag and drop) and corrections (context menus, undo and redo) go through
// the ReportStore.
#pragma once

#include "correction.h"
#include "importer.h"
#include "reportparser.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace reportlens {

class CityTableModel;
class CityTableProxyModel;
class FigureListModel;
class FigureListProxyModel;
class ReportStore;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(ReportStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports files and folders, with a progress dialog (and Cancel) when it takes a while.
    Importer::Summary importPaths(const QStringList &paths);
    // First start: an empty database gets the bundled sample reports.
    void importSamplesIfEmpty(const QString &samplesFolder);
    // Reads the table and the current city's figures again.
    void reload();
    void showCity(const QString &city);
    // Records a correction to the figure at a row of the figure view, as an undoable step.
    bool correctFigure(const QModelIndex &figureViewIndex, CorrectionKind kind,
                       const QJsonObject &values);
    // Adds the text selected in the source view as a figure.
    bool addSelectedFigure(double value, const QString &unit, const QString &label);

    QTableView *cityView() const { return m_cityView; }
    QTableView *figureView() const { return m_figureView; }
    QTextBrowser *sourceView() const { return m_sourceView; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString currentCity() const { return m_currentCity; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void chooseFiles();
    void showCitySource(const QModelIndex &proxyIndex);
    void showFigureSource(const QModelIndex &proxyIndex);
    void showSource(const QString &path, qsizetype start, qsizetype end);
    void figureContextMenu(const QPoint &position);
    void sourceContextMenu(const QPoint &position);
    void afterCorrection(const QString &error);

    ReportStore *m_store;  // not owned: outlives the window
    ReportParser m_parser;
    CityTableModel *m_cityModel;
    CityTableProxyModel *m_cityProxy;
    FigureListModel *m_figureModel;
    FigureListProxyModel *m_figureProxy;
    QSortFilterProxyModel *m_figureFilter;
    QTableView *m_cityView;
    QTableView *m_figureView;
    QLineEdit *m_filterEdit;
    QTextBrowser *m_sourceView;
    QLabel *m_sourceLabel;
    QUndoStack *m_undoStack;
    QString m_currentCity;
    Document m_sourceDocument;  // the document the source view shows
};

}  // namespace reportlens
