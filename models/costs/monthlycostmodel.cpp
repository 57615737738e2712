#include "costs/monthlycostmodel.h"

#include "format/displayformat.h"

#include "costs/costaggregation.h"
#include "dates.h"
#include "domain/invoice.h"
#include "invoices/invoicerepository.h"

#include <QHash>

#include <algorithm>

namespace
{
const QString OtherKey = QStringLiteral("other");
}

MonthlyCostModel::MonthlyCostModel(InvoiceRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    // Any change to the invoices changes sums; recomputing ~100 invoices is cheaper than
    // tracking which month each one touched.
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &MonthlyCostModel::recompute);
    connect(m_repository, &InvoiceRepository::invoicesChanged, this, &MonthlyCostModel::recompute);
    rebuild();
}

void MonthlyCostModel::setReferenceDate(const QDate &date)
{
    m_referenceDate = date;
    recompute();
}

QDate MonthlyCostModel::currentMonth() const
{
    return Dates::firstOfMonth(m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate());
}

QStringList MonthlyCostModel::currencies() const
{
    return m_currencies;
}

void MonthlyCostModel::setCurrency(const QString &currency)
{
    m_requestedCurrency = currency;
    recompute();
}

QString MonthlyCostModel::currency() const
{
    return m_currency;
}

void MonthlyCostModel::setStackBy(StackBy stackBy)
{
    if (m_stackBy == stackBy)
        return;
    m_stackBy = stackBy;
    recompute();
}

MonthlyCostModel::StackBy MonthlyCostModel::stackBy() const
{
    return m_stackBy;
}

void MonthlyCostModel::setRange(const MonthRange &range)
{
    m_range = range;
    recompute();
}

MonthRange MonthlyCostModel::range() const
{
    return m_range;
}

void MonthlyCostModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MonthlyCostModel::recompute()
{
    const QStringList previousCurrencies = m_currencies;
    beginResetModel();
    rebuild();
    endResetModel();
    if (previousCurrencies != m_currencies)
        Q_EMIT currenciesChanged();
}

void MonthlyCostModel::rebuild()
{
    const QList<Invoice> &invoices = m_repository->invoices();

    QHash<QString, int> currencyCounts;
    for (const Invoice &invoice : invoices) {
        if (invoice.amount.isValid())
            ++currencyCounts[invoice.amount.currency()];
    }
    m_currencies = currencyCounts.keys();
    std::sort(m_currencies.begin(), m_currencies.end(), [&](const QString &a, const QString &b) {
        const int countA = currencyCounts.value(a);
        const int countB = currencyCounts.value(b);
        return countA != countB ? countA > countB : a < b;
    });
    m_currency = m_currencies.contains(m_requestedCurrency) ? m_requestedCurrency : m_currencies.value(0);

    m_months.clear();
    m_seriesKeys.clear();
    m_seriesTitles.clear();
    m_values.clear();

    const QDate current = currentMonth();
    QDate first;
    QDate last;
    switch (m_range.kind) {
    case MonthRange::Kind::LastMonths:
        first = current.addMonths(-(std::max(1, m_range.months) - 1));
        last = current;
        break;
    case MonthRange::Kind::Custom:
        first = Dates::firstOfMonth(m_range.from);
        last = Dates::firstOfMonth(m_range.to);
        break;
    case MonthRange::Kind::All:
        for (const Invoice &invoice : invoices) {
            const QDate month = CostAggregation::invoiceMonth(invoice);
            if (month.isValid() && invoice.amount.currency() == m_currency && (!first.isValid() || month < first))
                first = month;
        }
        last = current;
        break;
    }
    if (m_currency.isEmpty() || !first.isValid() || !last.isValid() || first > last)
        return;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        m_months.append(month);

    QList<const Invoice *> inRange;
    for (const Invoice &invoice : invoices) {
        const QDate month = CostAggregation::invoiceMonth(invoice);
        if (invoice.amount.currency() == m_currency && month.isValid() && month >= first && month <= last)
            inRange.append(&invoice);
    }

    if (m_stackBy == StackBy::Category) {
        for (BillCostCategory category : CostAggregation::Categories) {
            m_seriesKeys << billCostCategoryKey(category);
            m_seriesTitles << CostAggregation::categoryTitle(category);
        }
        m_values = QList<QList<qint64>>(m_months.size(), QList<qint64>(CostAggregation::CategoryCount, 0));
        for (const Invoice *invoice : std::as_const(inRange)) {
            const CostAggregation::CategoryAmounts amounts = CostAggregation::categoryAmounts(*invoice);
            QList<qint64> &row = m_values[m_months.indexOf(CostAggregation::invoiceMonth(*invoice))];
            for (int i = 0; i < CostAggregation::CategoryCount; ++i)
                row[i] += amounts[i];
        }
        return;
    }

    // By service: the biggest spenders first, so the bottom of each stack is the steady part.
    QHash<QString, qint64> serviceTotals;
    bool hasRest = false;
    for (const Invoice *invoice : std::as_const(inRange)) {
        for (const CostAggregation::ServiceAmount &entry : CostAggregation::serviceAmounts(*invoice)) {
            if (entry.name.isEmpty())
                hasRest = true;
            else
                serviceTotals[entry.name] += entry.minorUnits;
        }
    }
    QStringList names = serviceTotals.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const qint64 totalA = serviceTotals.value(a);
        const qint64 totalB = serviceTotals.value(b);
        return totalA != totalB ? totalA > totalB : a < b;
    });
    m_seriesKeys = names;
    m_seriesTitles = names;
    if (hasRest) {
        m_seriesKeys << OtherKey;
        m_seriesTitles << CostAggregation::otherServiceTitle();
    }
    m_values = QList<QList<qint64>>(m_months.size(), QList<qint64>(m_seriesKeys.size(), 0));
    for (const Invoice *invoice : std::as_const(inRange)) {
        QList<qint64> &row = m_values[m_months.indexOf(CostAggregation::invoiceMonth(*invoice))];
        for (const CostAggregation::ServiceAmount &entry : CostAggregation::serviceAmounts(*invoice)) {
            const int column = entry.name.isEmpty() ? static_cast<int>(m_seriesKeys.size()) - 1
                                                    : static_cast<int>(names.indexOf(entry.name));
            row[column] += entry.minorUnits;
        }
    }
}

int MonthlyCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_months.size());
}

int MonthlyCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_seriesKeys.size());
}

QVariant MonthlyCostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 value = m_values.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return Money(value, m_currency).format(m_locale);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return value;
    case MonthRole:
        return m_months.at(index.row());
    case SeriesKeyRole:
        return m_seriesKeys.at(index.column());
    case CurrencyRole:
        return m_currency;
    case ChartValueRole:
        return CostAggregation::majorUnits(value, m_currency);
    default:
        return {};
    }
}

QVariant MonthlyCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return m_seriesTitles.value(section);
    if (section >= m_months.size())
        return {};
    return DisplayFormat(m_locale).shortMonth(m_months.at(section));
}

QDate MonthlyCostModel::monthAt(int row) const
{
    return m_months.value(row);
}

int MonthlyCostModel::rowOfMonth(const QDate &month) const
{
    return static_cast<int>(m_months.indexOf(Dates::firstOfMonth(month)));
}

Money MonthlyCostModel::amount(int row, int column) const
{
    if (row < 0 || row >= m_values.size() || column < 0 || column >= m_seriesKeys.size())
        return Money(0, m_currency);
    return Money(m_values.at(row).at(column), m_currency);
}

Money MonthlyCostModel::monthTotal(int row) const
{
    qint64 total = 0;
    if (row >= 0 && row < m_values.size()) {
        for (qint64 value : m_values.at(row))
            total += value;
    }
    return Money(total, m_currency);
}

QList<Money> MonthlyCostModel::monthTotals() const
{
    QList<Money> totals;
    for (int row = 0; row < m_months.size(); ++row)
        totals.append(monthTotal(row));
    return totals;
}

QString MonthlyCostModel::seriesKey(int column) const
{
    return m_seriesKeys.value(column);
}

QString MonthlyCostModel::seriesTitle(int column) const
{
    return m_seriesTitles.value(column);
}
