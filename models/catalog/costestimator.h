#pragma once

#include "domain/catalog.h"
#include "money.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

// A what-if monthly bill: prices from the catalogue with a quantity each (nodes, GB, IOPS...).
//
// How a line is costed, so two people get the same cents:
// - A meter measured in hours (its unit ends in "hour": "hour", "SCU-hour") costs
//   (price_per_hour + scale_fabric_price_per_hour) × quantity × hours per month
//   (730 by default: 8760 / 12). Any other meter is a monthly unit ("GB-month") and costs
//   price_per_month × quantity.
// - The rates are the provider's doubles; they are converted once to whole millionths of the
//   currency (half away from zero; the provider publishes six decimals), the quantity to whole
//   thousandths. The product is then exact in integers, and is rounded ONCE, half away from
//   zero, to the currency's minor units. Lines are Money and the total is their integer sum.
// - The line uses the picked price as is: a tiered meter's other ranges are not applied.
// Totals are per currency; a line in another currency is never added to them.
class CostEstimator final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DescriptionColumn,
        QuantityColumn,  // editable
        RateColumn,
        MonthlyCostColumn,
        ColumnCount
    };

    enum Role {
        // The quantity as a double, the rate as a double, the cost as qint64 minor units.
        RawValueRole = Qt::UserRole + 1,
        CurrencyRole,
    };

    static constexpr int DefaultHoursPerMonth = 730;
    // Beyond these the integer product could overflow; they are far past any real order.
    static constexpr double MaximumQuantity = 1e7;
    static constexpr int MaximumHoursPerMonth = 744;  // 31 days

    explicit CostEstimator(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);

    // Adds a line; false (with a sentence in `error`) when the quantity is negative, not a
    // number or too large, or the line's cost cannot be computed.
    bool addPrice(const Price &price, double quantity, QString *error = nullptr);
    bool setQuantity(int row, double quantity, QString *error = nullptr);
    void removeLine(int row);
    void clear();

    int hoursPerMonth() const;
    // 1..744; out of range is refused.
    bool setHoursPerMonth(int hours);

    const Price &priceAt(int row) const;
    double quantityAt(int row) const;
    Money lineCost(int row) const;
    // The sum of the lines in `currency` (zero Money in that currency when none).
    Money monthlyTotal(const QString &currency) const;
    // One total per currency present, in order of first appearance.
    QList<Money> monthlyTotals() const;

    // The rule above, for one line. Returns false when the inputs are out of range.
    static bool monthlyCost(const Price &price, double quantity, int hoursPerMonth, Money *cost);
    static bool isHourly(const Price &price);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalChanged();

private:
    struct Line {
        Price price;
        double quantity = 0;
        Money cost;
    };

    static QString validateQuantity(double quantity);
    bool recompute();

    QLocale m_locale;
    QList<Line> m_lines;
    int m_hoursPerMonth = DefaultHoursPerMonth;
};
