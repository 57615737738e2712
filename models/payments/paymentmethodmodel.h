#pragma once

#include "domain/paymentmethod.h"
#include "payments/cardexpiry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The organization's stored payment methods: brand, masked number, expiry, holder, default.
// ExpiryStateRole warns about a card that expires within 60 days or has expired.
class PaymentMethodModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MethodColumn, NumberColumn, ExpiryColumn, HolderColumn, DefaultColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        PaymentMethodIdRole,
        IsDefaultRole,
        ExpiryStateRole,  // CardExpiryState as int
        ExpiryWarningRole,  // a sentence, empty when the card is fine
    };

    explicit PaymentMethodModel(QObject *parent = nullptr);

    // "Today" for the expiry warnings (tests pin it); defaults to the current date.
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPaymentMethods(const QList<PaymentMethod> &methods);
    QList<PaymentMethod> paymentMethods() const;
    PaymentMethod paymentMethodAt(int row) const;
    int rowOf(const QString &paymentMethodId) const;

    CardExpiryState expiryState(const PaymentMethod &method) const;
    QString expiryWarning(const PaymentMethod &method) const;

private:
    QDate m_today;
    QList<PaymentMethod> m_methods;
};
