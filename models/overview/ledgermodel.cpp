#include "overview/ledgermodel.h"

#include "format/displayformat.h"

#include <QHash>

#include <algorithm>

LedgerModel::LedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LedgerModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LedgerModel::setEntries(const QList<LedgerEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    // An entry whose date could not be read sorts first: its place is unknown, and the
    // balance of the dated entries after it stays right.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const LedgerEntry &a, const LedgerEntry &b) {
        return a.createdAt < b.createdAt;
    });
    m_balances.clear();
    QHash<QString, Money> balances;
    for (const LedgerEntry &entry : std::as_const(m_entries)) {
        const QString currency = entry.amount.currency();
        Money balance = balances.value(currency, Money(0, currency));
        balance += entry.amount;
        balances.insert(currency, balance);
        m_balances.append(balance);
    }
    endResetModel();
}

void LedgerModel::clear()
{
    setEntries({});
}

const LedgerEntry &LedgerModel::entryAt(int row) const
{
    return m_entries.at(row);
}

Money LedgerModel::balanceAt(int row) const
{
    return m_balances.at(row);
}

Money LedgerModel::currentBalance(const QString &currency) const
{
    for (int row = m_entries.size() - 1; row >= 0; --row) {
        if (m_balances.at(row).currency() == currency)
            return m_balances.at(row);
    }
    return Money(0, currency);
}

QStringList LedgerModel::currencies() const
{
    QStringList result;
    for (const LedgerEntry &entry : m_entries) {
        if (!result.contains(entry.amount.currency()))
            result.append(entry.amount.currency());
    }
    return result;
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry &entry = m_entries.at(index.row());
    const Money &balance = m_balances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return entry.createdAt.isValid() ? DisplayFormat(m_locale).shortDate(entry.createdAt.date())
                                             : entry.createdAtText;
        case TypeColumn:
            return entry.type.isEmpty() ? QString() : entry.type.at(0).toUpper() + entry.type.mid(1);
        case ReasonColumn:
            return entry.reason;
        case BatchColumn:
            return m_locale.toString(entry.batch);
        case AmountColumn:
            return entry.amount.format(m_locale);
        case BalanceColumn:
            return balance.format(m_locale);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case DateColumn: return entry.createdAt;
        case TypeColumn: return entry.type;
        case ReasonColumn: return entry.reason;
        case BatchColumn: return entry.batch;
        case AmountColumn: return entry.amount.minorUnits();
        case BalanceColumn: return balance.minorUnits();
        }
        return {};
    case CurrencyRole:
        return entry.amount.currency();
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == BalanceColumn || index.column() == BatchColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == DateColumn)
            return tr("%1\nEntry %2, contract %3").arg(entry.createdAtText, entry.id, entry.contractId);
        return {};
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && (section == AmountColumn || section == BalanceColumn || section == BatchColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case TypeColumn: return tr("Type");
    case ReasonColumn: return tr("Reason");
    case BatchColumn: return tr("Batch");
    case AmountColumn: return tr("Amount");
    case BalanceColumn: return tr("Balance");
    }
    return {};
}
