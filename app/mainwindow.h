// The main window: the city table over the figures, and the source text of whatever is
// selected, with the figure's sentence highlighted.
#pragma once

#include <QMainWindow>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QLabel;

namespace reportlens {

class CityTableModel;
class CityTableProxyModel;
class FigureListModel;
class FigureListProxyModel;
class MetricCatalog;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the reports in these files and folders; problems are shown, not fatal.
    void openPaths(const QStringList &paths);

private:
    void showCitySource(const QModelIndex &proxyIndex);
    void showFigureSource(const QModelIndex &proxyIndex);
    void showSource(const QString &path, qsizetype start, qsizetype end);
    void chooseFiles();

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
};

}  // namespace reportlens
