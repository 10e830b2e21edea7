// The Cities view: every place in the database with its reports and figures, filtered by
// name, province and level, sorted by place or grouped by province. Choosing a place asks
// for its figures; the reports whose place the engine could not tell can be given one.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QTableView;

namespace reportlens {

class CityListModel;
class CityListProxyModel;
class Prompts;

class CitiesPage : public QWidget {
    Q_OBJECT

public:
    // list is not owned (the window's); the page owns the proxy that sorts and filters it.
    // english: pinyin beside the provinces. prompts: how to ask (nullptr: dialogs).
    CitiesPage(CityListModel *list, bool english, Prompts *prompts = nullptr,
               QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    CityListProxyModel *places() const { return m_places; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *provinceChooser() const { return m_province; }
    QComboBox *levelChooser() const { return m_level; }
    QCheckBox *byProvinceSwitch() const { return m_byProvince; }

    // A row's context menu, owned by the caller; nullptr for a place that is known.
    QMenu *placeMenu(const QModelIndex &index, QWidget *parent);

signals:
    // The place activated; empty for the reports whose place is unknown.
    void cityChosen(const QString &city);
    // The user named the place of the reports whose place is unknown.
    void unknownPlaceNamed(const QString &place);

private:
    void listProvinces();
    void showPlaceMenu(const QPoint &position);

    CityListModel *m_list;  // not owned
    Prompts *m_prompts;     // not owned
    bool m_english;
    CityListProxyModel *m_places;
    QLineEdit *m_filter;
    QComboBox *m_province;
    QComboBox *m_level;
    QCheckBox *m_byProvince;
    QTableView *m_view;
};

}  // namespace reportlens
