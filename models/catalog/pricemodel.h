#pragma once

#include "domain/catalog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStringList>

// The price catalogue, one price per row: which offering and meter it belongs to, the
// dimensions it applies to (provider, product, topology, tier, and the meter's own, such as
// node size), the usage range it covers, and its rate per hour and per month.
class PriceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OfferingColumn,
        MeterColumn,
        ProviderColumn,
        ProductColumn,
        TopologyColumn,
        TierColumn,
        VariantColumn,   // the dimensions beyond the four above ("sky-4x16", "gp3")
        RangeColumn,
        TypeColumn,
        PerHourColumn,
        PerMonthColumn,
        ColumnCount
    };

    enum Role {
        // The rate as a double for the rate columns, the range start for the range, text otherwise.
        RawValueRole = Qt::UserRole + 1,
        PriceIdRole,
        OfferingIdRole,
        MeterIdRole,
    };

    explicit PriceModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setOfferings(const QList<Offering> &offerings);
    void setPrices(const QList<Price> &prices);

    const QList<Offering> &offerings() const;
    const Price &priceAt(int row) const;
    int rowOfPrice(const QString &priceId) const;
    // The distinct values of a dimension ("provider"...) across the prices, sorted.
    QStringList dimensionValues(const QString &dimension) const;
    // The dimensions shown in their own columns; VariantColumn shows the rest.
    static QStringList filterDimensions();

    // A per-unit rate with the provider's precision (at least two decimals, at most six):
    // "$0.137", "$100.01".
    static QString formatRate(double rate, const QString &currency, const QLocale &locale);
    // "sky-4x16 · gp3": the dimensions not in filterDimensions().
    static QString variantText(const Price &price);
    // "0 – 3,000 IOPS-month", "from 3,000 IOPS-month", empty when the price covers any usage.
    static QString rangeText(const Price &price, const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString offeringName(const QString &offeringId) const;

    QLocale m_locale;
    QList<Offering> m_offerings;
    QList<Price> m_prices;
};

// Narrows the catalogue to one offering and meter and to chosen values of provider, product,
// topology and tier; an empty value lets every price through. Sorts on RawValueRole.
class PriceFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PriceFilterModel(QObject *parent = nullptr);

    void setOfferingId(const QString &offeringId);
    QString offeringId() const;
    void setMeterId(const QString &meterId);
    QString meterId() const;
    // `dimension` is one of PriceModel::filterDimensions().
    void setDimensionFilter(const QString &dimension, const QString &value);
    QString dimensionFilter(const QString &dimension) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_offeringId;
    QString m_meterId;
    QHash<QString, QString> m_dimensions;
};
