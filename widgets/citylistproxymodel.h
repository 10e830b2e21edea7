// The places list as shown (the Cities view): translated titles, sorted with the locale's
// collation, filtered by name, province and level.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace reportlens {

// The places list as shown: translated titles, sorted with the locale's collation (ICU's
// pinyin order in the Chinese UI), filtered by name.
class CityListProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CityListProxyModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Only the places of one province (empty: all), of one level (PlaceLevel as an int; -2:
    // all).
    void setProvinceFilter(const QString &province);
    void setLevelFilter(int level);
    static constexpr int kAllLevels = -2;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;  // the UI language's collation: pinyin in the Chinese UI
    QString m_province;
    int m_level = kAllLevels;
};

}  // namespace reportlens
