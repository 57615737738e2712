#include "catalog/pricemodel.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace
{
QString symbolOf(const QString &currency)
{
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    return currency + QLatin1Char(' ');
}

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}
}

PriceModel::PriceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PriceModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

void PriceModel::setOfferings(const QList<Offering> &offerings)
{
    beginResetModel();
    m_offerings = offerings;
    endResetModel();
}

void PriceModel::setPrices(const QList<Price> &prices)
{
    beginResetModel();
    m_prices = prices;
    endResetModel();
}

const QList<Offering> &PriceModel::offerings() const
{
    return m_offerings;
}

const Price &PriceModel::priceAt(int row) const
{
    return m_prices.at(row);
}

int PriceModel::rowOfPrice(const QString &priceId) const
{
    for (int row = 0; row < m_prices.size(); ++row) {
        if (m_prices.at(row).id == priceId)
            return row;
    }
    return -1;
}

QStringList PriceModel::dimensionValues(const QString &dimension) const
{
    QSet<QString> values;
    for (const Price &price : m_prices) {
        const QString value = price.dimensions.value(dimension);
        if (!value.isEmpty())
            values.insert(value);
    }
    QStringList result(values.cbegin(), values.cend());
    std::sort(result.begin(), result.end());
    return result;
}

QStringList PriceModel::filterDimensions()
{
    return {QStringLiteral("provider"), QStringLiteral("product"), QStringLiteral("topology"), QStringLiteral("tier")};
}

QString PriceModel::formatRate(double rate, const QString &currency, const QLocale &locale)
{
    // Six decimals is the provider's precision (per-minute rates); trailing zeros beyond the
    // second are noise.
    int decimals = 6;
    const qint64 micros = std::llround(std::fabs(rate) * 1e6);
    while (decimals > 2 && micros % qint64(std::pow(10, 6 - decimals + 1)) == 0)
        --decimals;
    return locale.toCurrencyString(rate, symbolOf(currency).trimmed(), decimals);
}

QString PriceModel::variantText(const Price &price)
{
    const QStringList shown = filterDimensions();
    QStringList parts;
    for (auto it = price.dimensions.cbegin(); it != price.dimensions.cend(); ++it) {
        if (!shown.contains(it.key()))
            parts << it.value();
    }
    return parts.join(QStringLiteral(" · "));
}

QString PriceModel::rangeText(const Price &price, const QLocale &locale)
{
    const QString unit = price.meter.unit;
    if (price.startRange <= 0 && price.endRange <= 0)
        return {};
    if (price.endRange <= 0)
        return PriceModel::tr("from %1 %2").arg(locale.toString(price.startRange, 'f', QLocale::FloatingPointShortest), unit);
    return PriceModel::tr("%1 – %2 %3")
        .arg(locale.toString(price.startRange, 'f', QLocale::FloatingPointShortest),
             locale.toString(price.endRange, 'f', QLocale::FloatingPointShortest), unit);
}

QString PriceModel::offeringName(const QString &offeringId) const
{
    for (const Offering &offering : m_offerings) {
        if (offering.id == offeringId)
            return offering.name.isEmpty() ? offering.id : offering.name;
    }
    return offeringId;
}

int PriceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_prices.size());
}

int PriceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Price &price = m_prices.at(index.row());
    const QString meterName = price.meter.label.isEmpty() ? price.meter.name : price.meter.label;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OfferingColumn: return offeringName(price.meter.offeringId);
        case MeterColumn: return meterName;
        case ProviderColumn: return price.dimensions.value(QStringLiteral("provider")).toUpper();
        case ProductColumn: return price.dimensions.value(QStringLiteral("product"));
        case TopologyColumn: return price.dimensions.value(QStringLiteral("topology"));
        case TierColumn: return capitalized(price.dimensions.value(QStringLiteral("tier")));
        case VariantColumn: return variantText(price);
        case RangeColumn: return rangeText(price, m_locale);
        case TypeColumn: return price.type;
        case PerHourColumn: return formatRate(price.price.pricePerHour, price.price.currency, m_locale);
        case PerMonthColumn: return formatRate(price.price.pricePerMonth, price.price.currency, m_locale);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case OfferingColumn: return offeringName(price.meter.offeringId);
        case MeterColumn: return meterName;
        case ProviderColumn: return price.dimensions.value(QStringLiteral("provider"));
        case ProductColumn: return price.dimensions.value(QStringLiteral("product"));
        case TopologyColumn: return price.dimensions.value(QStringLiteral("topology"));
        case TierColumn: return price.dimensions.value(QStringLiteral("tier"));
        case VariantColumn: return variantText(price);
        case RangeColumn: return price.startRange;
        case TypeColumn: return price.type;
        case PerHourColumn: return price.price.pricePerHour;
        case PerMonthColumn: return price.price.pricePerMonth;
        }
        return {};
    case PriceIdRole:
        return price.id;
    case OfferingIdRole:
        return price.meter.offeringId;
    case MeterIdRole:
        return price.meter.id;
    case Qt::TextAlignmentRole:
        if (index.column() == PerHourColumn || index.column() == PerMonthColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("Price %1, per unit of %2").arg(price.id, price.meter.unit);
    }
    return {};
}

QVariant PriceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && (section == PerHourColumn || section == PerMonthColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OfferingColumn: return tr("Offering");
    case MeterColumn: return tr("Meter");
    case ProviderColumn: return tr("Provider");
    case ProductColumn: return tr("Product");
    case TopologyColumn: return tr("Topology");
    case TierColumn: return tr("Tier");
    case VariantColumn: return tr("Size / volume");
    case RangeColumn: return tr("Usage range");
    case TypeColumn: return tr("Type");
    case PerHourColumn: return tr("Per hour");
    case PerMonthColumn: return tr("Per month");
    }
    return {};
}

PriceFilterModel::PriceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PriceModel::RawValueRole);
}

void PriceFilterModel::setOfferingId(const QString &offeringId)
{
    if (m_offeringId == offeringId)
        return;
    m_offeringId = offeringId;
    invalidateFilter();
}

QString PriceFilterModel::offeringId() const
{
    return m_offeringId;
}

void PriceFilterModel::setMeterId(const QString &meterId)
{
    if (m_meterId == meterId)
        return;
    m_meterId = meterId;
    invalidateFilter();
}

QString PriceFilterModel::meterId() const
{
    return m_meterId;
}

void PriceFilterModel::setDimensionFilter(const QString &dimension, const QString &value)
{
    if (m_dimensions.value(dimension) == value)
        return;
    if (value.isEmpty())
        m_dimensions.remove(dimension);
    else
        m_dimensions.insert(dimension, value);
    invalidateFilter();
}

QString PriceFilterModel::dimensionFilter(const QString &dimension) const
{
    return m_dimensions.value(dimension);
}

bool PriceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (!m_offeringId.isEmpty() && index.data(PriceModel::OfferingIdRole).toString() != m_offeringId)
        return false;
    if (!m_meterId.isEmpty() && index.data(PriceModel::MeterIdRole).toString() != m_meterId)
        return false;
    for (auto it = m_dimensions.cbegin(); it != m_dimensions.cend(); ++it) {
        const int column = PriceModel::ProviderColumn + int(PriceModel::filterDimensions().indexOf(it.key()));
        if (column < PriceModel::ProviderColumn)
            return false;
        if (sourceModel()->index(sourceRow, column).data(PriceModel::RawValueRole).toString() != it.value())
            return false;
    }
    return true;
}
