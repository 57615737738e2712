#include "invoices/invoicesortmodel.h"

#include "invoices/invoicetablemodel.h"

#include <QDate>

InvoiceSortModel::InvoiceSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

bool InvoiceSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(InvoiceTableModel::RawValueRole);
    const QVariant b = right.data(InvoiceTableModel::RawValueRole);
    if (left.column() == InvoiceTableModel::AmountColumn || left.column() == InvoiceTableModel::VatColumn) {
        // No VAT stated sorts before every stated amount.
        if (a.isValid() != b.isValid())
            return !a.isValid();
        const QString currencyA = left.data(InvoiceTableModel::CurrencyRole).toString();
        const QString currencyB = right.data(InvoiceTableModel::CurrencyRole).toString();
        if (currencyA != currencyB)
            return currencyA < currencyB;
        return a.toLongLong() < b.toLongLong();
    }
    if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
        // Invalid dates (no due date) sort before every real date.
        const QDate dateA = a.toDate();
        const QDate dateB = b.toDate();
        if (dateA.isValid() != dateB.isValid())
            return !dateA.isValid();
        return dateA < dateB;
    }
    if (a.typeId() == QMetaType::Int || a.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    return QSortFilterProxyModel::lessThan(left, right);
}
