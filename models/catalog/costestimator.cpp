#include "catalog/costestimator.h"

#include "catalog/pricemodel.h"

#include <cmath>

namespace
{
// Half away from zero, exactly, for a non-negative numerator.
qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator / 2) / denominator;
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}
}

CostEstimator::CostEstimator(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CostEstimator::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool CostEstimator::isHourly(const Price &price)
{
    return price.meter.unit.endsWith(QLatin1String("hour"), Qt::CaseInsensitive);
}

bool CostEstimator::monthlyCost(const Price &price, double quantity, int hoursPerMonth, Money *cost)
{
    if (!validateQuantity(quantity).isEmpty() || hoursPerMonth < 1 || hoursPerMonth > MaximumHoursPerMonth)
        return false;
    const bool hourly = isHourly(price);
    const double rate = hourly ? price.price.pricePerHour : price.price.pricePerMonth;
    if (!std::isfinite(rate) || rate < 0 || rate > 1e6)
        return false;
    // Integer millionths of the currency per unit; the fabric rate is converted separately so
    // the sum stays exact.
    qint64 rateMicros = std::llround(rate * 1e6);
    if (hourly) {
        const double fabric = price.price.scaleFabricPricePerHour;
        if (!std::isfinite(fabric) || fabric < 0 || fabric > 1e6)
            return false;
        rateMicros += std::llround(fabric * 1e6);
    }
    const qint64 quantityMillis = std::llround(quantity * 1000);
    const qint64 hours = hourly ? hoursPerMonth : 1;
    // rate (1e-6) × quantity (1e-3) = 1e-9 of the currency.
    qint64 nanos = 0;
    if (__builtin_mul_overflow(rateMicros, quantityMillis, &nanos) || __builtin_mul_overflow(nanos, hours, &nanos))
        return false;
    const QString currency = price.price.currency.isEmpty() ? QStringLiteral("USD") : price.price.currency;
    const int digits = Money::minorDigits(currency);
    *cost = Money(divideRounded(nanos, powerOfTen(9 - digits)), currency);
    return true;
}

QString CostEstimator::validateQuantity(double quantity)
{
    if (!std::isfinite(quantity))
        return tr("The quantity is not a number.");
    if (quantity < 0)
        return tr("The quantity cannot be negative.");
    if (quantity > MaximumQuantity)
        return tr("The quantity is larger than %1.").arg(QLocale().toString(MaximumQuantity, 'f', 0));
    return {};
}

bool CostEstimator::addPrice(const Price &price, double quantity, QString *error)
{
    Line line{price, quantity, Money()};
    const QString problem = validateQuantity(quantity);
    if (!problem.isEmpty() || !monthlyCost(price, quantity, m_hoursPerMonth, &line.cost)) {
        if (error)
            *error = problem.isEmpty() ? tr("The price of %1 cannot be used for an estimate.").arg(price.id) : problem;
        return false;
    }
    beginInsertRows(QModelIndex(), rowCount(), rowCount());
    m_lines.append(line);
    endInsertRows();
    Q_EMIT totalChanged();
    return true;
}

bool CostEstimator::setQuantity(int row, double quantity, QString *error)
{
    if (row < 0 || row >= m_lines.size())
        return false;
    Line &line = m_lines[row];
    const QString problem = validateQuantity(quantity);
    Money cost;
    if (!problem.isEmpty() || !monthlyCost(line.price, quantity, m_hoursPerMonth, &cost)) {
        if (error)
            *error = problem.isEmpty() ? tr("That quantity is too large to estimate.") : problem;
        return false;
    }
    line.quantity = quantity;
    line.cost = cost;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT totalChanged();
    return true;
}

void CostEstimator::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT totalChanged();
}

void CostEstimator::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    Q_EMIT totalChanged();
}

int CostEstimator::hoursPerMonth() const
{
    return m_hoursPerMonth;
}

bool CostEstimator::setHoursPerMonth(int hours)
{
    if (hours < 1 || hours > MaximumHoursPerMonth)
        return false;
    if (hours == m_hoursPerMonth)
        return true;
    const int previous = m_hoursPerMonth;
    m_hoursPerMonth = hours;
    if (!recompute()) {
        m_hoursPerMonth = previous;
        recompute();
        return false;
    }
    return true;
}

bool CostEstimator::recompute()
{
    QList<Money> costs;
    for (const Line &line : std::as_const(m_lines)) {
        Money cost;
        if (!monthlyCost(line.price, line.quantity, m_hoursPerMonth, &cost))
            return false;
        costs.append(cost);
    }
    for (int row = 0; row < m_lines.size(); ++row)
        m_lines[row].cost = costs.at(row);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT totalChanged();
    return true;
}

const Price &CostEstimator::priceAt(int row) const
{
    return m_lines.at(row).price;
}

double CostEstimator::quantityAt(int row) const
{
    return m_lines.at(row).quantity;
}

Money CostEstimator::lineCost(int row) const
{
    return m_lines.at(row).cost;
}

Money CostEstimator::monthlyTotal(const QString &currency) const
{
    Money total(0, currency);
    for (const Line &line : m_lines) {
        if (line.cost.currency() == currency)
            total += line.cost;
    }
    return total;
}

QList<Money> CostEstimator::monthlyTotals() const
{
    QList<Money> totals;
    for (const Line &line : m_lines) {
        bool found = false;
        for (Money &total : totals) {
            if (total.currency() == line.cost.currency()) {
                total += line.cost;
                found = true;
            }
        }
        if (!found)
            totals.append(line.cost);
    }
    return totals;
}

int CostEstimator::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CostEstimator::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostEstimator::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    const bool hourly = isHourly(line.price);
    const double rate = hourly ? line.price.price.pricePerHour + line.price.price.scaleFabricPricePerHour
                               : line.price.price.pricePerMonth;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DescriptionColumn: {
            const QString meter = line.price.meter.label.isEmpty() ? line.price.meter.name : line.price.meter.label;
            QStringList where;
            for (const QString &key : PriceModel::filterDimensions()) {
                const QString value = line.price.dimensions.value(key);
                if (!value.isEmpty() && key != u"product")
                    where << (key == u"provider" ? value.toUpper() : value);
            }
            const QString variant = PriceModel::variantText(line.price);
            if (!variant.isEmpty())
                where << variant;
            return tr("%1 (%2)").arg(meter, where.join(QStringLiteral(", ")));
        }
        case QuantityColumn:
            return tr("%1 %2").arg(m_locale.toString(line.quantity, 'f', QLocale::FloatingPointShortest),
                                   hourly ? tr("× %n h", nullptr, m_hoursPerMonth) : line.price.meter.unit);
        case RateColumn:
            return tr("%1/%2").arg(PriceModel::formatRate(rate, line.cost.currency(), m_locale),
                                   hourly ? tr("hour") : line.price.meter.unit);
        case MonthlyCostColumn:
            return line.cost.format(m_locale);
        }
        return {};
    case Qt::EditRole:
        if (index.column() == QuantityColumn)
            return line.quantity;
        return {};
    case RawValueRole:
        switch (index.column()) {
        case DescriptionColumn: return line.price.id;
        case QuantityColumn: return line.quantity;
        case RateColumn: return rate;
        case MonthlyCostColumn: return line.cost.minorUnits();
        }
        return {};
    case CurrencyRole:
        return line.cost.currency();
    case Qt::TextAlignmentRole:
        if (index.column() != DescriptionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

bool CostEstimator::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != QuantityColumn)
        return false;
    bool ok = false;
    const double quantity = value.toDouble(&ok);
    return ok && setQuantity(index.row(), quantity);
}

Qt::ItemFlags CostEstimator::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant CostEstimator::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section != DescriptionColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn: return tr("Item");
    case QuantityColumn: return tr("Quantity");
    case RateColumn: return tr("Rate");
    case MonthlyCostColumn: return tr("Per month");
    }
    return {};
}
