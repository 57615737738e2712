#pragma once

#include "api/apierror.h"
#include "domain/billingaccount.h"

#include <QList>
#include <QObject>
#include <QString>

class CommitLedgerModel;
class ContractModel;
class LedgerModel;
class SkySqlBackend;

// Loads what the Overview shows for one SkySQL account: its billing account, the prepaid
// credit ledger, the postpaid commit ledger and the contracts, all at once, into the models
// it owns. Each part that fails is reported and the others still show.
class OverviewLoader final : public QObject
{
    Q_OBJECT

public:
    // `organizationId` names the organization whose contracts are listed; empty: the one the
    // billing account answers with.
    OverviewLoader(SkySqlBackend *backend, const QString &organizationId, QObject *parent = nullptr);

    // Starts (or restarts) loading; answers of an earlier load are dropped.
    void load();
    bool isLoading() const;
    // Failures of the last load (empty when all parts loaded).
    QList<ApiError> errors() const;

    bool hasAccount() const;
    const BillingAccount &account() const;
    LedgerModel *creditLedger() const;
    CommitLedgerModel *commitLedger() const;
    ContractModel *contracts() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void accountLoaded();
    void failed(const ApiError &error);
    // Every part answered (some may have failed: see errors()).
    void loaded();

private:
    void loadContracts(int generation, const QString &organizationId);
    void partDone(int generation, const ApiError &error);

    SkySqlBackend *m_backend;
    QString m_organizationId;
    LedgerModel *m_creditLedger;
    CommitLedgerModel *m_commitLedger;
    ContractModel *m_contracts;
    BillingAccount m_account;
    bool m_hasAccount = false;
    QList<ApiError> m_errors;
    int m_generation = 0;
    int m_pending = 0;
};
