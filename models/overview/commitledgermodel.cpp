#include "overview/commitledgermodel.h"

#include "format/displayformat.h"

#include "dates.h"

#include <algorithm>

CommitLedgerModel::CommitLedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CommitLedgerModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CommitLedgerModel::setEntries(const QList<PostpaidCommitEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    // "2025-10" sorts as text the way it sorts as a month.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const PostpaidCommitEntry &a, const PostpaidCommitEntry &b) {
        return a.period > b.period;
    });
    endResetModel();
}

const PostpaidCommitEntry &CommitLedgerModel::entryAt(int row) const
{
    return m_entries.at(row);
}

int CommitLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CommitLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PostpaidCommitEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeriodColumn: {
            const QDate month = Dates::parseMonth(entry.period);
            return month.isValid() ? DisplayFormat(m_locale).month(month) : entry.period;
        }
        case MinimumCommitColumn: return entry.minComputeCommit.format(m_locale);
        case UsedColumn: return entry.invoiceAmount.format(m_locale);
        case UnusedColumn: return entry.unusedComputeCommit.format(m_locale);
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case PeriodColumn: return Dates::parseMonth(entry.period);
        case MinimumCommitColumn: return entry.minComputeCommit.minorUnits();
        case UsedColumn: return entry.invoiceAmount.minorUnits();
        case UnusedColumn: return entry.unusedComputeCommit.minorUnits();
        }
        return {};
    case CurrencyRole:
        return entry.minComputeCommit.currency();
    case Qt::TextAlignmentRole:
        if (index.column() != PeriodColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("Entry %1, entitlement %2, recorded %3")
            .arg(entry.id, entry.contractEntitlementId, entry.createdAtText);
    }
    return {};
}

QVariant CommitLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section != PeriodColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeriodColumn: return tr("Month");
    case MinimumCommitColumn: return tr("Minimum commit");
    case UsedColumn: return tr("Used (invoiced)");
    case UnusedColumn: return tr("Unused");
    }
    return {};
}
