#pragma once

#include "api/apierror.h"
#include "domain/billingoperation.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class AccountRegistry;
class BillingOperationModel;

// Loads the billing operations of the shown Scalingo accounts into a BillingOperationModel.
// SkySQL has no such history, so its accounts are skipped. Follows the registry: showing
// other accounts reloads; answers from an earlier refresh are dropped. With the registry's
// store, what it kept is shown before any request and pages are read only until a kept one
// (BillingOperationSync).
class BillingOperationsLoader final : public QObject
{
    Q_OBJECT

public:
    BillingOperationsLoader(AccountRegistry *accounts, BillingOperationModel *model, QObject *parent = nullptr);

    // True when at least one shown account is a Scalingo account.
    bool hasScalingoAccount() const;
    bool isLoading() const;
    // The failures of the last refresh, one per account at most.
    QList<ApiError> errors() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    // Every shown Scalingo account answered (or failed); also after a refresh with none.
    void loaded();

private:
    void finishOne();
    QList<BillingOperation> keptOperations(const QString &accountId) const;
    void keepOperations(const QString &accountId, const QList<BillingOperation> &operations, const QDateTime &storedAt);

    AccountRegistry *m_accounts;
    BillingOperationModel *m_model;
    QList<ApiError> m_errors;
    quint64 m_generation = 0;
    int m_pending = 0;
};
