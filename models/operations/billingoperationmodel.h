#pragma once

#include "domain/billingoperation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QString>

// One Scalingo billing operation with the Billdeck account it belongs to.
struct BillingOperationRow {
    QString accountId;
    QString accountName;
    BillingOperation operation;
};

// The billing operations of the accounts shown, one row each. Amounts are signed by what they
// do to the balance owed to the provider (see signedAmount()), so a column of them reads like
// a statement.
class BillingOperationModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        DescriptionColumn,
        AmountColumn,
        SourceColumn,
        InvoiceColumn,
        AccountColumn,
        ColumnCount
    };

    enum Role {
        // Sortable value of a cell: QDateTime, qint64 minor units, text.
        RawValueRole = Qt::UserRole + 1,
        AccountIdRole,
        InvoiceIdRole,
        // The provider's word for the source ("invoicing"...), unchanged.
        SourceKeyRole,
        CurrencyRole,
    };

    enum class Source { Invoicing, Payment, Credit, Refund, Other };

    explicit BillingOperationModel(QObject *parent = nullptr);

    static Source sourceFromString(const QString &source);
    // "Invoicing", "Payment"... for people; an unknown word is shown as the provider sent it.
    static QString sourceText(const QString &source);
    // The provider sends every amount positive. An invoice adds to what is owed; a payment or a
    // credit takes it down, so they are negative. A refund is money sent back to the customer:
    // it undoes part of a payment, so it counts like a charge (positive) and its source says
    // "Refund". Unknown sources keep the provider's sign.
    static Money signedAmount(const BillingOperation &operation);

    void setLocale(const QLocale &locale);
    void setOperations(const QList<BillingOperationRow> &rows);
    // Replaces one account's rows, keeping the others (accounts load independently).
    void setAccountOperations(const QString &accountId, const QString &accountName,
                              const QList<BillingOperation> &operations);
    void clear();
    const BillingOperationRow &rowAt(int row) const;
    // Row of the operation, -1 when absent.
    int indexOf(const QString &accountId, const QString &operationId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const BillingOperationRow &row, int column) const;
    QVariant rawValue(const BillingOperationRow &row, int column) const;

    QLocale m_locale;
    QList<BillingOperationRow> m_rows;
};
