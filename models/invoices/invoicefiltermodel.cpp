#include "invoices/invoicefiltermodel.h"

#include "invoices/invoicetablemodel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>
#include <string_view>

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

namespace
{
// How long after a reset the rows' search texts start being made, in slices.
constexpr int FirstSearchSliceDelayMs = 200;
}

InvoiceFilterModel::InvoiceFilterModel(QObject *parent)
    : InvoiceSortModel(parent)
{
    m_searchTextTimer.callOnTimeout(this, &InvoiceFilterModel::makeSearchTextsForAWhile);
}

void InvoiceFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords.clear();
    const QStringList words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words)
        m_searchWords.append(word.toUtf8());
    matchSearchWords();
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

bool InvoiceFilterModel::filterAcceptsRow(int sourceRow) const
{
    // The invoice's own fields are what the table's raw roles give (AccountIdRole, StatusRole,
    // the date and amount columns' RawValueRole): read here without a QVariant per row.
    const Invoice &invoice = invoiceTable()->invoiceAt(sourceRow);
    if (!m_accountIds.isEmpty() && !m_accountIds.contains(invoice.accountId))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(invoice.status))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        if (!invoice.date.isValid() || (m_from.isValid() && invoice.date < m_from) || (m_to.isValid() && invoice.date > m_to))
            return false;
    }
    if (!m_minimumAmount.isEmpty() || !m_maximumAmount.isEmpty()) {
        const Bounds &bounds = boundsFor(invoice.amount.currency());
        const qint64 amount = invoice.amount.minorUnits();
        if (!bounds.valid || (bounds.minimum && amount < *bounds.minimum) || (bounds.maximum && amount > *bounds.maximum))
            return false;
    }
    return m_searchWords.isEmpty() || m_searchMatches.at(sourceRow);
}

void InvoiceFilterModel::sourceRowsChanged(int first, int last)
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_searchStart.size() != rows || last - first + 1 >= rows) {
        // Every row (a reset, a new locale): one buffer in row order, no stale copies.
        m_searchBuffer.clear();
        m_searchSegments.clear();
        m_searchSegments.reserve(rows);
        m_searchStart.fill(0, rows);
        m_staleBytes = 0;
        m_searchTextsMade = 0;
        m_searchMatches.fill(false, rows);
        if (m_searchWords.isEmpty()) {
            // Nothing to match yet: the texts are made when the event loop is idle, once the
            // window had time to paint the rows (a start from the store made 2,000 rows' texts
            // between the reset and the first paint); a search before then makes them at once.
            if (!m_searchTextTimer.isActive())
                m_searchTextTimer.start(FirstSearchSliceDelayMs);
            return;
        }
        matchSearchWords();
        return;
    }
    finishSearchTexts();
    for (int row = first; row <= last; ++row) {
        m_staleBytes += quint32(qstrlen(m_searchBuffer.constData() + m_searchStart.at(row))) + 1;
        storeSearchText(row);
        const std::string_view text(m_searchBuffer.constData() + m_searchStart.at(row));
        m_searchMatches[row] = std::all_of(m_searchWords.cbegin(), m_searchWords.cend(), [&text](const QByteArray &word) {
            return text.find(std::string_view(word.constData(), size_t(word.size()))) != std::string_view::npos;
        });
    }
    if (m_staleBytes > m_searchBuffer.size() / 2)
        compactSearchTexts();
}

void InvoiceFilterModel::storeSearchText(int sourceRow)
{
    const QByteArray text = searchTextOf(sourceRow).toUtf8();
    Q_ASSERT(quint64(m_searchBuffer.size()) + quint64(text.size()) < quint64(std::numeric_limits<quint32>::max()));
    const auto start = quint32(m_searchBuffer.size());
    m_searchStart[sourceRow] = start;
    m_searchSegments.append({start, sourceRow});
    m_searchBuffer.append(text);
    m_searchBuffer.append('\0');
}

void InvoiceFilterModel::makeSearchTexts(int rows)
{
    const int end = std::min<int>(rows, int(m_searchStart.size()));
    const bool first = m_searchTextsMade == 0;
    for (; m_searchTextsMade < end; ++m_searchTextsMade)
        storeSearchText(m_searchTextsMade);
    if (first && m_searchTextsMade > 0 && m_searchTextsMade < m_searchStart.size()) {
        // The whole buffer at once, sized from the first rows: grown slice by slice it would
        // leave its outgrown copies resident (15 MB at 100k rows).
        const double perRow = double(m_searchBuffer.size()) / m_searchTextsMade;
        m_searchBuffer.reserve(qsizetype(perRow * 1.1 * double(m_searchStart.size())));
    }
    if (m_searchTextsMade < m_searchStart.size())
        return;
    m_searchTextTimer.stop();
    m_searchBuffer.squeeze();
}

void InvoiceFilterModel::makeSearchTextsForAWhile()
{
    // A slice short enough that typing or scrolling meanwhile never waits on it.
    constexpr qint64 SliceNs = 4'000'000;
    constexpr int RowsBetweenLooks = 64;
    if (m_searchTextTimer.interval() != 0)
        m_searchTextTimer.start(0);
    QElapsedTimer clock;
    clock.start();
    do
        makeSearchTexts(m_searchTextsMade + RowsBetweenLooks);
    while (m_searchTextsMade < m_searchStart.size() && clock.nsecsElapsed() < SliceNs);
}

bool InvoiceFilterModel::searchTextsReady() const
{
    return m_searchTextsMade >= m_searchStart.size();
}

void InvoiceFilterModel::finishSearchTexts()
{
    makeSearchTexts(int(m_searchStart.size()));
}

void InvoiceFilterModel::compactSearchTexts()
{
    QByteArray buffer;
    buffer.reserve(m_searchBuffer.size() - m_staleBytes);
    m_searchSegments.clear();
    for (int row = 0; row < m_searchStart.size(); ++row) {
        const char *text = m_searchBuffer.constData() + m_searchStart.at(row);
        const auto start = quint32(buffer.size());
        m_searchStart[row] = start;
        m_searchSegments.append({start, row});
        buffer.append(text, qstrlen(text) + 1);
    }
    m_searchBuffer = buffer;
    m_staleBytes = 0;
}

void InvoiceFilterModel::matchSearchWords()
{
    if (m_searchWords.isEmpty())
        return;
    finishSearchTexts();
    m_searchMatches.fill(true, m_searchStart.size());
    const std::string_view buffer(m_searchBuffer.constData(), size_t(m_searchBuffer.size()));
    QList<bool> found;
    for (const QByteArray &word : std::as_const(m_searchWords)) {
        found.fill(false, m_searchStart.size());
        const std::string_view needle(word.constData(), size_t(word.size()));
        size_t from = 0;
        // A word never holds the '\0' that ends each row's text, so a hit lies inside one row's.
        while ((from = buffer.find(needle, from)) != std::string_view::npos) {
            const auto segment = std::upper_bound(m_searchSegments.cbegin(), m_searchSegments.cend(), quint32(from),
                                                  [](quint32 at, const std::pair<quint32, int> &candidate) {
                                                      return at < candidate.first;
                                                  })
                - 1;
            // An old copy of a row's text matches nothing.
            if (m_searchStart.at(segment->second) == segment->first)
                found[segment->second] = true;
            const auto next = segment + 1;
            from = next == m_searchSegments.cend() ? buffer.size() : next->first;
        }
        for (qsizetype row = 0; row < found.size(); ++row)
            m_searchMatches[row] = m_searchMatches.at(row) && found.at(row);
    }
}

QString InvoiceFilterModel::searchTextOf(int sourceRow) const
{
    // What the table shows (its DisplayRole texts) plus the raw forms, read from the invoice
    // without a QVariant or an index per cell: made for every row at each reset.
    const InvoiceTableModel *table = invoiceTable();
    const Invoice &invoice = table->invoiceAt(sourceRow);
    const auto isoDate = [](const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); };
    QString haystack;
    haystack.reserve(160);
    for (int column = 0; column < InvoiceTableModel::ColumnCount; ++column) {
        haystack += table->displayText(invoice, column);
        haystack += QLatin1Char('\n');
        // The raw text too: "2025-10", "1234.50" match whatever the locale shows.
        if (column == InvoiceTableModel::PeriodColumn)
            haystack += (invoice.periodStart.isValid() ? isoDate(invoice.periodStart) : invoice.period) + QLatin1Char('\n');
        else if (column == InvoiceTableModel::DateColumn)
            haystack += isoDate(invoice.date) + QLatin1Char('\n');
        else if (column == InvoiceTableModel::DueDateColumn)
            haystack += isoDate(invoice.dueDate) + QLatin1Char('\n');
    }
    const QString &currency = invoice.amount.currency();
    haystack += Money(invoice.amount.minorUnits(), currency).toDecimalString() + QLatin1Char('\n') + currency + QLatin1Char('\n');
    haystack += invoiceStatusKey(invoice.status);
    haystack += QLatin1Char('\n') + invoice.id;
    return haystack.toCaseFolded();
}
