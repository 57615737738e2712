#include "invoices/invoicefiltermodel.h"

#include "invoices/invoicetablemodel.h"

namespace
{
bool parseBound(const QString &text, const QString &currency, std::optional<qint64> *bound)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        bound->reset();
        return true;
    }
    Money money;
    // A currency only sets the number of decimals here; "USD" stands in for "any".
    if (!Money::parseDecimal(trimmed, currency.isEmpty() ? QStringLiteral("USD") : currency, &money))
        return false;
    *bound = money.minorUnits();
    return true;
}
}

InvoiceFilterModel::InvoiceFilterModel(QObject *parent)
    : InvoiceSortModel(parent)
{
    // Details arriving (status, currency) can move a row in or out of the filter.
    setDynamicSortFilter(true);
}

void InvoiceFilterModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_searchTexts.clear();
    // Connected before the base class connects its own handlers, so the cache is forgotten
    // before the proxy refilters on the same signal.
    if (source) {
        const auto forget = [this] {
            m_searchTexts.clear();
        };
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, forget);
        connect(source, &QAbstractItemModel::rowsInserted, this, forget);
        connect(source, &QAbstractItemModel::rowsRemoved, this, forget);
        connect(source, &QAbstractItemModel::rowsMoved, this, forget);
        connect(source, &QAbstractItemModel::layoutChanged, this, forget);
        connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            for (int row = topLeft.row(); row <= bottomRight.row() && row < m_searchTexts.size(); ++row)
                m_searchTexts[row].clear();
        });
    }
    InvoiceSortModel::setSourceModel(source);
}

void InvoiceFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

QString InvoiceFilterModel::searchText() const
{
    return m_searchText;
}

void InvoiceFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

QDate InvoiceFilterModel::fromDate() const
{
    return m_from;
}

QDate InvoiceFilterModel::toDate() const
{
    return m_to;
}

void InvoiceFilterModel::setStatuses(const QSet<InvoiceStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    refilter();
}

QSet<InvoiceStatus> InvoiceFilterModel::statuses() const
{
    return m_statuses;
}

bool InvoiceFilterModel::setAmountRange(const QString &minimum, const QString &maximum)
{
    std::optional<qint64> probe;
    // Checked with two decimals up front so a typo is refused whatever currencies the rows have.
    if (!parseBound(minimum, QString(), &probe) || !parseBound(maximum, QString(), &probe))
        return false;
    if (minimum.trimmed() == m_minimumAmount && maximum.trimmed() == m_maximumAmount)
        return true;
    m_minimumAmount = minimum.trimmed();
    m_maximumAmount = maximum.trimmed();
    m_boundsByCurrency.clear();
    refilter();
    return true;
}

QString InvoiceFilterModel::minimumAmount() const
{
    return m_minimumAmount;
}

QString InvoiceFilterModel::maximumAmount() const
{
    return m_maximumAmount;
}

void InvoiceFilterModel::setAccountIds(const QSet<QString> &accountIds)
{
    if (accountIds == m_accountIds)
        return;
    m_accountIds = accountIds;
    refilter();
}

QSet<QString> InvoiceFilterModel::accountIds() const
{
    return m_accountIds;
}

void InvoiceFilterModel::clearFilters()
{
    m_searchText.clear();
    m_searchWords.clear();
    m_from = QDate();
    m_to = QDate();
    m_statuses.clear();
    m_minimumAmount.clear();
    m_maximumAmount.clear();
    m_boundsByCurrency.clear();
    m_accountIds.clear();
    refilter();
}

bool InvoiceFilterModel::isFiltering() const
{
    return !m_searchWords.isEmpty() || m_from.isValid() || m_to.isValid() || !m_statuses.isEmpty()
        || !m_minimumAmount.isEmpty() || !m_maximumAmount.isEmpty() || !m_accountIds.isEmpty();
}

void InvoiceFilterModel::refilter()
{
    invalidateFilter();
}

const InvoiceFilterModel::Bounds &InvoiceFilterModel::boundsFor(const QString &currency) const
{
    auto found = m_boundsByCurrency.constFind(currency);
    if (found != m_boundsByCurrency.constEnd())
        return *found;
    Bounds bounds;
    bounds.valid = parseBound(m_minimumAmount, currency, &bounds.minimum)
        && parseBound(m_maximumAmount, currency, &bounds.maximum);
    return *m_boundsByCurrency.insert(currency, bounds);
}

bool InvoiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);

    if (!m_accountIds.isEmpty() && !m_accountIds.contains(first.data(InvoiceTableModel::AccountIdRole).toString()))
        return false;
    if (!m_statuses.isEmpty()
        && !m_statuses.contains(static_cast<InvoiceStatus>(first.data(InvoiceTableModel::StatusRole).toInt())))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = source->index(sourceRow, InvoiceTableModel::DateColumn, sourceParent)
                               .data(InvoiceTableModel::RawValueRole)
                               .toDate();
        if (!date.isValid() || (m_from.isValid() && date < m_from) || (m_to.isValid() && date > m_to))
            return false;
    }
    if (!m_minimumAmount.isEmpty() || !m_maximumAmount.isEmpty()) {
        const Bounds &bounds = boundsFor(first.data(InvoiceTableModel::CurrencyRole).toString());
        const qint64 amount = source->index(sourceRow, InvoiceTableModel::AmountColumn, sourceParent)
                                  .data(InvoiceTableModel::RawValueRole)
                                  .toLongLong();
        if (!bounds.valid || (bounds.minimum && amount < *bounds.minimum) || (bounds.maximum && amount > *bounds.maximum))
            return false;
    }
    return m_searchWords.isEmpty() || matchesSearch(sourceRow);
}

bool InvoiceFilterModel::matchesSearch(int sourceRow) const
{
    if (m_searchTexts.size() != sourceModel()->rowCount())
        m_searchTexts = QList<QString>(sourceModel()->rowCount());
    QString &haystack = m_searchTexts[sourceRow];
    if (haystack.isEmpty())
        haystack = searchTextOf(sourceRow);
    for (const QString &word : m_searchWords) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

QString InvoiceFilterModel::searchTextOf(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    QString haystack;
    for (int column = 0; column < InvoiceTableModel::ColumnCount; ++column) {
        const QModelIndex index = source->index(sourceRow, column);
        haystack += index.data(Qt::DisplayRole).toString();
        haystack += QLatin1Char('\n');
        // The raw text too: "2025-10", "1234.50" match whatever the locale shows.
        const QVariant raw = index.data(InvoiceTableModel::RawValueRole);
        if (column == InvoiceTableModel::PeriodColumn || column == InvoiceTableModel::DateColumn
            || column == InvoiceTableModel::DueDateColumn) {
            haystack += raw.toDate().isValid() ? raw.toDate().toString(Qt::ISODate) : raw.toString();
            haystack += QLatin1Char('\n');
        }
    }
    const QModelIndex first = source->index(sourceRow, 0);
    const QString currency = first.data(InvoiceTableModel::CurrencyRole).toString();
    const qint64 minor = source->index(sourceRow, InvoiceTableModel::AmountColumn)
                             .data(InvoiceTableModel::RawValueRole)
                             .toLongLong();
    haystack += Money(minor, currency).toDecimalString() + QLatin1Char('\n') + currency + QLatin1Char('\n');
    haystack += invoiceStatusKey(static_cast<InvoiceStatus>(first.data(InvoiceTableModel::StatusRole).toInt()));
    haystack += QLatin1Char('\n') + first.data(InvoiceTableModel::InvoiceIdRole).toString();
    return haystack.toCaseFolded();
}
