// The City view: one city's figures as a tree, by metric group or by the report's sections,
// edited in place or through each figure's menu. A figure asks for its source; an edit or a
// menu action asks for a correction; the app records it.
#pragma once

#include "engine/correction.h"
#include "engine/document.h"
#include "engine/metriccatalog.h"

#include <QJsonObject>
#include <QWidget>

#include <vector>

class QComboBox;
class QTreeView;

namespace reportlens {

class CityFiguresModel;
class CityFiguresProxyModel;
class FigureMenu;
class Prompts;

class CityPage : public QWidget {
    Q_OBJECT

public:
    // figures is not owned (the window's); the page owns the proxy that presents them.
    // metrics: those a figure can be assigned to; prompts: how to ask (nullptr: dialogs).
    CityPage(CityFiguresModel *figures, const std::vector<MetricDefinition> &metrics,
             Prompts *prompts = nullptr, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    CityFiguresProxyModel *presentation() const { return m_presentation; }
    QComboBox *cityChooser() const { return m_chooser; }
    QComboBox *groupingChooser() const { return m_grouping; }

    // English: values, units and metric names as an English reader writes them.
    void setEnglishNames(bool english);

    // The cities to choose from, and the one shown.
    void setCities(const QStringList &cities);
    void setCurrentCity(const QString &city);

    // The menu of the figure at index (of the view's model), owned by the caller; nullptr for
    // a group row.
    FigureMenu *figureMenu(const QModelIndex &index, QWidget *parent);

signals:
    void cityChosen(const QString &city);
    void figureActivated(const QString &path, qint64 start, qint64 end);
    void correctionRequested(const reportlens::Document &document, const reportlens::Figure &figure,
                             reportlens::CorrectionKind kind, const QJsonObject &values);

private:
    void activate(const QModelIndex &index);
    void showFigureMenu(const QPoint &position);
    void expand();

    CityFiguresModel *m_figures;  // not owned
    std::vector<MetricDefinition> m_metrics;
    Prompts *m_prompts;  // not owned
    CityFiguresProxyModel *m_presentation;
    QComboBox *m_chooser;
    QComboBox *m_grouping;
    QTreeView *m_view;
};

}  // namespace reportlens
