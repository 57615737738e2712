#pragma once

#include <QSortFilterProxyModel>

// Sorts invoices on raw values (dates as dates, money as minor units; across currencies by
// currency first), never on the displayed text. Not final: InvoiceFilterModel adds the page's
// filters to the same proxy, so one proxy sorts and filters and the view maps rows once.
class InvoiceSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InvoiceSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
