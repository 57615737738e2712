#pragma once

#include <QSortFilterProxyModel>

// Sorts invoices on raw values (dates as dates, money as minor units; across currencies by
// currency first), never on the displayed text.
class InvoiceSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InvoiceSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
