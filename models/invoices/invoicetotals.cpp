#include "invoices/invoicetotals.h"

#include "domain/invoice.h"
#include "invoices/invoicesortmodel.h"
#include "invoices/invoicetablemodel.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QStringList>

#include <algorithm>

InvoiceTotals::InvoiceTotals(QObject *parent)
    : QObject(parent)
{
}

void InvoiceTotals::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_invoices = qobject_cast<const InvoiceSortModel *>(model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &InvoiceTotals::recompute);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
            if (!parent.isValid()) {
                addRows(first, last, +1);
                publish();
            }
        });
        connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        addRows(first, last, -1);
                });
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InvoiceTotals::publish);
        // Sorting moves rows without changing what they add up to; InvoiceFilterModel says a
        // new filter with one layout change (any other hint), which changes the rows.
        connect(m_model, &QAbstractItemModel::layoutChanged, this,
                [this](const QList<QPersistentModelIndex> &, QAbstractItemModel::LayoutChangeHint hint) {
                    if (hint != QAbstractItemModel::VerticalSortHint)
                        recompute();
                });
        // An invoice's details bring its currency and final amount.
        connect(m_model, &QAbstractItemModel::dataChanged, this, &InvoiceTotals::recompute);
    }
    recompute();
}

int InvoiceTotals::invoiceCount() const
{
    return m_count;
}

QList<Money> InvoiceTotals::totals() const
{
    return m_totals;
}

Money InvoiceTotals::total(const QString &currency) const
{
    const auto found = std::find_if(m_totals.cbegin(), m_totals.cend(), [&currency](const Money &money) {
        return money.currency() == currency;
    });
    return found != m_totals.cend() ? *found : Money(0, currency);
}

int InvoiceTotals::pendingCount() const
{
    return m_pending;
}

QString InvoiceTotals::summary(const QLocale &locale) const
{
    if (m_count == 0)
        return tr("No invoices");
    QStringList parts{m_count == 1 ? tr("1 invoice") : tr("%1 invoices").arg(locale.toString(m_count))};
    for (const Money &total : m_totals)
        parts << total.format(locale);
    if (m_pending > 0)
        parts << (m_pending == 1 ? tr("1 amount loading") : tr("%1 amounts loading").arg(locale.toString(m_pending)));
    return parts.join(QStringLiteral(" · "));
}

void InvoiceTotals::recompute()
{
    m_sums.clear();
    m_rows = 0;
    m_pendingRows = 0;
    if (m_model && m_model->rowCount() > 0)
        addRows(0, m_model->rowCount() - 1, +1);
    publish();
}

void InvoiceTotals::addRows(int first, int last, int sign)
{
    for (int row = first; row <= last; ++row) {
        const Money amount = amountAt(row);
        const QString currency = amount.currency();
        m_rows += sign;
        if (currency.isEmpty()) {
            m_pendingRows += sign;
            continue;
        }
        CurrencySum &sum = m_sums[currency];
        sum.minorUnits += sign * amount.minorUnits();
        sum.rows += sign;
        if (sum.rows == 0)
            m_sums.remove(currency);
    }
}

Money InvoiceTotals::amountAt(int row) const
{
    // Over the page's proxy, straight from the invoice: a refilter sums up to 100,000 rows.
    if (m_invoices)
        return m_invoices->invoiceAt(row).amount;
    const QModelIndex amount = m_model->index(row, InvoiceTableModel::AmountColumn);
    return Money(amount.data(InvoiceTableModel::RawValueRole).toLongLong(),
                 amount.data(InvoiceTableModel::CurrencyRole).toString());
}

void InvoiceTotals::publish()
{
    QList<Money> totals;
    for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it)
        totals << Money(it.value().minorUnits, it.key());
    if (totals == m_totals && m_rows == m_count && m_pendingRows == m_pending)
        return;
    m_totals = totals;
    m_count = m_rows;
    m_pending = m_pendingRows;
    Q_EMIT changed();
}
