#include "invoices/invoicesortmodel.h"

#include "invoices/invoicetablemodel.h"

#include <QCollatorSortKey>
#include <QDate>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace
{
// A row's place in one sort, as plain integers compared in turn: cheap enough for 100,000 rows.
using RankedKey = std::tuple<qint64, qint64, qint64>;

// Each row's rank under a comparison of two rows: equal rows share a rank.
template<typename LessByRow>
QList<int> ranksOf(int rows, LessByRow less)
{
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), less);
    QList<int> ranks(rows);
    int rank = 0;
    for (int i = 0; i < rows; ++i) {
        if (i > 0 && less(order.at(i - 1), order.at(i)))
            ++rank;
        ranks[order.at(i)] = rank;
    }
    return ranks;
}
}

InvoiceSortModel::InvoiceSortModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void InvoiceSortModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_table = qobject_cast<const InvoiceTableModel *>(source);
    Q_ASSERT_X(source == nullptr || m_table != nullptr, "InvoiceSortModel", "the source must be an InvoiceTableModel");
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &InvoiceSortModel::onSourceAboutToBeReset);
        connect(source, &QAbstractItemModel::modelReset, this, &InvoiceSortModel::onSourceReset);
        connect(source, &QAbstractItemModel::dataChanged, this, &InvoiceSortModel::onSourceDataChanged);
        connect(source, &QAbstractItemModel::headerDataChanged, this, &InvoiceSortModel::headerDataChanged);
        // InvoiceTableModel only resets or changes rows; anything else is taken as a reset.
        for (const auto aboutTo : {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved,
                                   &QAbstractItemModel::columnsAboutToBeInserted,
                                   &QAbstractItemModel::columnsAboutToBeRemoved})
            connect(source, aboutTo, this, &InvoiceSortModel::onSourceAboutToBeReset);
        for (const auto done : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                                &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
            connect(source, done, this, &InvoiceSortModel::onSourceReset);
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, &InvoiceSortModel::onSourceAboutToBeReset);
        connect(source, &QAbstractItemModel::rowsMoved, this, &InvoiceSortModel::onSourceReset);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &InvoiceSortModel::onSourceAboutToBeReset);
        connect(source, &QAbstractItemModel::layoutChanged, this, &InvoiceSortModel::onSourceReset);
    }
    onSourceReset();
}

QModelIndex InvoiceSortModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0 || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex InvoiceSortModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

QModelIndex InvoiceSortModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int InvoiceSortModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int InvoiceSortModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool InvoiceSortModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex InvoiceSortModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_shown.size())
        return QModelIndex();
    return sourceModel()->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex InvoiceSortModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.row() >= m_proxyRowOf.size())
        return QModelIndex();
    const int row = m_proxyRowOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void InvoiceSortModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    changeLayout(
        [this, column, order] {
            m_sortColumn = column;
            m_sortOrder = order;
            sortOrderedRows();
            // Sorting keeps the same rows: no need to ask the filter again.
            m_shown = shownRowsInOrder();
        },
        VerticalSortHint);
}

int InvoiceSortModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder InvoiceSortModel::sortOrder() const
{
    return m_sortOrder;
}

int InvoiceSortModel::sortRole() const
{
    return InvoiceTableModel::RawValueRole;
}

const Invoice &InvoiceSortModel::invoiceAt(int row) const
{
    return m_table->invoiceAt(m_shown.at(row));
}

bool InvoiceSortModel::filterAcceptsRow(int) const
{
    return true;
}

void InvoiceSortModel::sourceRowsChanged(int, int)
{
}

const InvoiceTableModel *InvoiceSortModel::invoiceTable() const
{
    return m_table;
}

void InvoiceSortModel::refilter()
{
    QList<int> accepted = acceptedRows();
    if (accepted == m_shown)
        return;
    changeLayout(
        [this, &accepted] {
            m_shown = std::move(accepted);
        },
        NoLayoutChangeHint);
}

InvoiceSortModel::SortMode InvoiceSortModel::sortModeOf(int column) const
{
    if (column == InvoiceTableModel::AmountColumn || column == InvoiceTableModel::VatColumn)
        return SortMode::Money;
    // A column holding dates compares as dates: a text among them (a period without its
    // first day) counts as no date.
    SortMode mode = SortMode::Text;
    bool decided = false;
    for (int row = 0; row < sourceModel()->rowCount(); ++row) {
        const QVariant value = sourceModel()->index(row, column).data(InvoiceTableModel::RawValueRole);
        if (value.typeId() == QMetaType::QDate)
            return SortMode::Date;
        if (!decided && value.isValid()) {
            const bool integer = value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong;
            mode = integer ? SortMode::Integer : SortMode::Text;
            decided = true;
            // Only period and date columns mix dates with text; the others are decided here.
            if (column != InvoiceTableModel::PeriodColumn)
                return mode;
        }
    }
    return mode;
}

InvoiceSortModel::SortKey InvoiceSortModel::sortKeyOf(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, m_sortColumn);
    const QVariant value = index.data(InvoiceTableModel::RawValueRole);
    SortKey key;
    switch (m_sortMode) {
    case SortMode::Money:
        key.valid = value.isValid();
        key.text = index.data(InvoiceTableModel::CurrencyRole).toString();
        key.number = value.toLongLong();
        break;
    case SortMode::Date: {
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate() : QDate();
        key.valid = date.isValid();
        key.number = date.isValid() ? date.toJulianDay() : 0;
        break;
    }
    case SortMode::Integer:
        key.number = value.toLongLong();
        break;
    case SortMode::Text:
        key.valid = value.isValid();
        key.text = value.toString();
        break;
    }
    return key;
}

bool InvoiceSortModel::keyLess(const SortKey &a, const SortKey &b) const
{
    switch (m_sortMode) {
    case SortMode::Money:
        // Across currencies by currency first: amounts are never compared across them.
        if (a.valid != b.valid)
            return !a.valid;
        if (a.text != b.text)
            return a.text < b.text;
        return a.number < b.number;
    case SortMode::Date:
        if (a.valid != b.valid)
            return !a.valid;
        return a.number < b.number;
    case SortMode::Integer:
        return a.number < b.number;
    case SortMode::Text:
        if (!a.valid || !b.valid)
            return a.valid;
        return m_collator.compare(a.text, b.text) < 0;
    }
    return false;
}

bool InvoiceSortModel::before(const SortKey &a, const SortKey &b) const
{
    return m_sortOrder == Qt::AscendingOrder ? keyLess(a, b) : keyLess(b, a);
}

void InvoiceSortModel::sortOrderedRows()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_sortColumn < 0 || m_sortColumn >= columnCount() || rows == 0) {
        m_ordered.resize(rows);
        std::iota(m_ordered.begin(), m_ordered.end(), 0);
        return;
    }
    m_sortMode = sortModeOf(m_sortColumn);
    // Every row's key once, turned into integers (texts and currencies by rank), so the sort
    // itself compares numbers: no QVariant, no collation per comparison.
    QList<SortKey> keys(rows);
    for (int row = 0; row < rows; ++row)
        keys[row] = sortKeyOf(row);
    // Currencies are few: their order by a short list. Texts are many (invoice numbers): ranked
    // by collation once, then kept until the source changes.
    QStringList currencies;
    QList<int> currencyOf;
    if (m_sortMode == SortMode::Money) {
        currencyOf.resize(rows);
        for (int row = 0; row < rows; ++row) {
            qsizetype at = currencies.indexOf(keys.at(row).text);
            if (at < 0) {
                at = currencies.size();
                currencies.append(keys.at(row).text);
            }
            currencyOf[row] = int(at);
        }
        QStringList sorted = currencies;
        std::sort(sorted.begin(), sorted.end());
        QList<int> rankOfCurrency(currencies.size());
        for (qsizetype i = 0; i < currencies.size(); ++i)
            rankOfCurrency[i] = int(sorted.indexOf(currencies.at(i)));
        for (int &currency : currencyOf)
            currency = rankOfCurrency.at(currency);
    }
    if (m_sortMode == SortMode::Text && m_textRanks.value(m_sortColumn).size() != rows) {
        std::vector<QCollatorSortKey> collated;
        collated.reserve(size_t(rows));
        for (const SortKey &key : std::as_const(keys))
            collated.push_back(m_collator.sortKey(key.text));
        m_textRanks[m_sortColumn] = ranksOf(rows, [&collated](int a, int b) {
            return collated[size_t(a)].compare(collated[size_t(b)]) < 0;
        });
    }
    const QList<int> textRanks = m_sortMode == SortMode::Text ? m_textRanks.value(m_sortColumn) : QList<int>();
    QList<RankedKey> ranked(rows);
    for (int row = 0; row < rows; ++row) {
        const SortKey &key = keys.at(row);
        switch (m_sortMode) {
        case SortMode::Money:
            ranked[row] = {key.valid ? 1 : 0, currencyOf.at(row), key.number};
            break;
        case SortMode::Date:
            ranked[row] = {key.valid ? 1 : 0, key.number, 0};
            break;
        case SortMode::Integer:
            ranked[row] = {key.number, 0, 0};
            break;
        case SortMode::Text:
            ranked[row] = {key.valid ? 0 : 1, textRanks.at(row), 0};
            break;
        }
    }
    // Stable, from the previous order: equal rows keep the order the last sort gave them.
    if (m_ordered.size() != rows) {
        m_ordered.resize(rows);
        std::iota(m_ordered.begin(), m_ordered.end(), 0);
    }
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_ordered.begin(), m_ordered.end(), [&ranked](int a, int b) {
            return ranked.at(a) < ranked.at(b);
        });
    else
        std::stable_sort(m_ordered.begin(), m_ordered.end(), [&ranked](int a, int b) {
            return ranked.at(b) < ranked.at(a);
        });
}

QList<int> InvoiceSortModel::acceptedRows() const
{
    QList<int> accepted;
    accepted.reserve(m_ordered.size());
    for (const int row : m_ordered) {
        if (filterAcceptsRow(row))
            accepted.append(row);
    }
    return accepted;
}

QList<int> InvoiceSortModel::shownRowsInOrder() const
{
    QList<int> shown;
    shown.reserve(m_shown.size());
    for (const int row : m_ordered) {
        if (m_proxyRowOf.at(row) >= 0)
            shown.append(row);
    }
    return shown;
}

void InvoiceSortModel::rebuildProxyRows()
{
    m_proxyRowOf.fill(-1, m_ordered.size());
    for (int row = 0; row < m_shown.size(); ++row)
        m_proxyRowOf[m_shown.at(row)] = row;
}

void InvoiceSortModel::changeLayout(const std::function<void()> &change, LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // Whoever holds an index (the selection, the current row) keeps its invoice, or loses it
    // when the invoice is filtered out.
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sourceCells;
    sourceCells.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceCells.append({m_shown.at(index.row()), index.column()});
    change();
    rebuildProxyRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[sourceRow, column] : std::as_const(sourceCells)) {
        const int row = m_proxyRowOf.at(sourceRow);
        after.append(row < 0 ? QModelIndex() : createIndex(row, column));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

void InvoiceSortModel::onSourceAboutToBeReset()
{
    beginResetModel();
}

void InvoiceSortModel::onSourceReset()
{
    m_textRanks.clear();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_ordered.resize(rows);
    std::iota(m_ordered.begin(), m_ordered.end(), 0);
    sourceRowsChanged(0, rows - 1);
    sortOrderedRows();
    m_shown = acceptedRows();
    rebuildProxyRows();
    endResetModel();
}

void InvoiceSortModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                           const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // An invoice's details arriving change one row: move that row alone. A change to many rows
    // (a new locale) sorts and filters everything again at once.
    constexpr int FewRows = 8;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    m_textRanks.clear();
    sourceRowsChanged(first, last);
    if (last - first < FewRows) {
        for (int row = first; row <= last; ++row)
            updateRow(row, roles);
        return;
    }
    changeLayout(
        [this] {
            sortOrderedRows();
            m_shown = acceptedRows();
        },
        NoLayoutChangeHint);
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

void InvoiceSortModel::updateRow(int sourceRow, const QList<int> &roles)
{
    const int oldProxyRow = m_proxyRowOf.at(sourceRow);
    if (m_sortColumn >= 0 && m_sortColumn < columnCount()) {
        // A row that now holds a date in a column sorted as text changes how the whole
        // column compares.
        const QVariant value = sourceModel()->index(sourceRow, m_sortColumn).data(InvoiceTableModel::RawValueRole);
        if ((m_sortMode == SortMode::Text || m_sortMode == SortMode::Integer) && value.typeId() == QMetaType::QDate) {
            changeLayout(
                [this] {
                    sortOrderedRows();
                    m_shown = acceptedRows();
                },
                NoLayoutChangeHint);
            return;
        }
        const qsizetype at = m_ordered.indexOf(sourceRow);
        const SortKey key = sortKeyOf(sourceRow);
        const bool afterPrevious = at == 0 || !before(key, sortKeyOf(m_ordered.at(at - 1)));
        const bool beforeNext = at == m_ordered.size() - 1 || !before(sortKeyOf(m_ordered.at(at + 1)), key);
        if (!afterPrevious || !beforeNext) {
            m_ordered.remove(at);
            const auto place = std::upper_bound(m_ordered.begin(), m_ordered.end(), key, [this](const SortKey &k, int row) {
                return before(k, sortKeyOf(row));
            });
            m_ordered.insert(place, sourceRow);
        }
    }
    const bool accepted = filterAcceptsRow(sourceRow);
    // Where the row goes among the rows shown: after every shown row that precedes it.
    int newProxyRow = 0;
    if (accepted) {
        for (const int row : std::as_const(m_ordered)) {
            if (row == sourceRow)
                break;
            if (m_proxyRowOf.at(row) >= 0)
                ++newProxyRow;
        }
    }
    if (oldProxyRow < 0 && !accepted)
        return;
    if (oldProxyRow < 0) {
        beginInsertRows(QModelIndex(), newProxyRow, newProxyRow);
        m_shown.insert(newProxyRow, sourceRow);
        rebuildProxyRows();
        endInsertRows();
        return;
    }
    if (!accepted) {
        beginRemoveRows(QModelIndex(), oldProxyRow, oldProxyRow);
        m_shown.remove(oldProxyRow);
        rebuildProxyRows();
        endRemoveRows();
        return;
    }
    if (newProxyRow != oldProxyRow) {
        beginMoveRows(QModelIndex(), oldProxyRow, oldProxyRow, QModelIndex(),
                      newProxyRow > oldProxyRow ? newProxyRow + 1 : newProxyRow);
        m_shown.move(oldProxyRow, newProxyRow);
        rebuildProxyRows();
        endMoveRows();
    }
    Q_EMIT dataChanged(index(newProxyRow, 0), index(newProxyRow, columnCount() - 1), roles);
}
