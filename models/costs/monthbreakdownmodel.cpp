#include "costs/monthbreakdownmodel.h"

#include "costs/costaggregation.h"
#include "dates.h"
#include "domain/invoice.h"
#include "invoices/invoicerepository.h"

#include <algorithm>

MonthBreakdownModel::MonthBreakdownModel(InvoiceRepository *repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &InvoiceRepository::invoicesReset, this, &MonthBreakdownModel::recompute);
    connect(m_repository, &InvoiceRepository::invoicesChanged, this, &MonthBreakdownModel::recompute);
}

void MonthBreakdownModel::setMonth(const QDate &month, const QString &currency)
{
    m_month = Dates::firstOfMonth(month);
    m_currency = currency;
    recompute();
}

QDate MonthBreakdownModel::month() const
{
    return m_month;
}

QString MonthBreakdownModel::currency() const
{
    return m_currency;
}

Money MonthBreakdownModel::total() const
{
    return Money(m_total, m_currency);
}

void MonthBreakdownModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MonthBreakdownModel::recompute()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_month.isValid()) {
        for (const Invoice &invoice : m_repository->invoices()) {
            if (CostAggregation::invoiceMonth(invoice) != m_month || invoice.amount.currency() != m_currency)
                continue;
            const QString accountName = m_repository->account(invoice.accountId).displayName;
            for (const CostAggregation::ServiceAmount &entry : CostAggregation::serviceAmounts(invoice)) {
                const QString service = entry.name.isEmpty() ? CostAggregation::otherServiceTitle() : entry.name;
                auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &row) {
                    return row.service == service && row.accountId == invoice.accountId;
                });
                if (it == m_rows.end())
                    m_rows.append({service, invoice.accountId, accountName, entry.minorUnits});
                else
                    it->minorUnits += entry.minorUnits;
                m_total += entry.minorUnits;
            }
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.minorUnits > b.minorUnits;
        });
    }
    endResetModel();
}

int MonthBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MonthBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    // Per mille of the month, rounded half up; only meaningful while the month is positive.
    const qint64 shareMille = m_total > 0 ? (row.minorUnits * 2000 + m_total) / (2 * m_total) : 0;
    // Names read and sort as they are; amounts and shares sort on their numbers.
    if (role == Qt::DisplayRole || role == RawValueRole) {
        if (index.column() == ServiceColumn)
            return row.service;
        if (index.column() == AccountColumn)
            return row.accountName;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == AmountColumn)
            return Money(row.minorUnits, m_currency).format(m_locale);
        if (index.column() == ShareColumn)
            return m_total > 0 ? m_locale.toString(double(shareMille) / 10.0, 'f', 1) + QStringLiteral(" %") : QString();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == ShareColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        if (index.column() == AmountColumn)
            return row.minorUnits;
        if (index.column() == ShareColumn)
            return shareMille;
        return {};
    case ChartValueRole:
        return index.column() == AmountColumn ? QVariant(CostAggregation::majorUnits(row.minorUnits, m_currency)) : QVariant();
    default:
        return {};
    }
}

QVariant MonthBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case AccountColumn:
        return tr("Account");
    case AmountColumn:
        return tr("Amount");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}
