// The places in the database with how many reports and figures each has, and where each lies
// in China's divisions (its province and level, from the gazetteer).
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace reportlens {

struct CitySummary {
    QString city;
    int documents = 0;
    int figures = 0;
};

// A place's level in the divisions; Unknown for a name the gazetteer does not have.
enum class PlaceLevel { Unknown = -1, Province = 0, City = 1, County = 2 };

class CityListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CityColumn,
        ProvinceColumn,
        LevelColumn,
        DocumentsColumn,
        FiguresColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        CityRole = Qt::UserRole,
        ProvinceRole,  // the province the place lies in (a province: its own name)
        LevelRole,     // PlaceLevel, as an int
    };
    Q_ENUM(Role)

    explicit CityListModel(QObject *parent = nullptr);
    void setCities(std::vector<CitySummary> cities);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The provinces of the places listed, for choosing among them.
    QStringList provinces() const;

private:
    struct Row {
        CitySummary summary;
        QString province;
        PlaceLevel level = PlaceLevel::Unknown;
    };
    std::vector<Row> m_cities;
};

}  // namespace reportlens
