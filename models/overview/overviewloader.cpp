#include "overview/overviewloader.h"

#include "api/skysql/skysqlbackend.h"
#include "overview/commitledgermodel.h"
#include "overview/contractmodel.h"
#include "overview/ledgermodel.h"

OverviewLoader::OverviewLoader(SkySqlBackend *backend, const QString &organizationId, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_organizationId(organizationId)
    , m_creditLedger(new LedgerModel(this))
    , m_commitLedger(new CommitLedgerModel(this))
    , m_contracts(new ContractModel(this))
{
}

void OverviewLoader::load()
{
    const int generation = ++m_generation;
    const bool wasLoading = isLoading();
    m_errors.clear();
    // Four parts; the contracts wait for the account when the organization is not known yet.
    m_pending = 4;
    if (!wasLoading)
        Q_EMIT loadingChanged(true);

    m_backend->account(this, [this, generation](const ApiResult<BillingAccount> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            m_account = result.value;
            m_hasAccount = true;
            Q_EMIT accountLoaded();
        }
        if (m_organizationId.isEmpty()) {
            if (result.ok() && !result.value.organizationId.isEmpty())
                loadContracts(generation, result.value.organizationId);
            else
                partDone(generation, ApiError());  // no organization: no contracts to list
        }
        partDone(generation, result.error);
    });
    m_backend->prepaidCreditLedger(this, [this, generation](const ApiResult<QList<LedgerEntry>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_creditLedger->setEntries(result.value);
        partDone(generation, result.error);
    });
    m_backend->postpaidCommitLedger(this, [this, generation](const ApiResult<QList<PostpaidCommitEntry>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_commitLedger->setEntries(result.value);
        partDone(generation, result.error);
    });
    if (!m_organizationId.isEmpty())
        loadContracts(generation, m_organizationId);
}

void OverviewLoader::loadContracts(int generation, const QString &organizationId)
{
    m_backend->contracts(organizationId, this, [this, generation](const ApiResult<QList<Contract>> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_contracts->setContracts(result.value);
        partDone(generation, result.error);
    });
}

void OverviewLoader::partDone(int generation, const ApiError &error)
{
    if (generation != m_generation || m_pending <= 0)
        return;
    if (error.isError() && error.kind() != ApiError::Kind::Cancelled) {
        m_errors.append(error);
        Q_EMIT failed(error);
    }
    if (--m_pending == 0) {
        Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
    }
}

bool OverviewLoader::isLoading() const
{
    return m_pending > 0;
}

QList<ApiError> OverviewLoader::errors() const
{
    return m_errors;
}

bool OverviewLoader::hasAccount() const
{
    return m_hasAccount;
}

const BillingAccount &OverviewLoader::account() const
{
    return m_account;
}

LedgerModel *OverviewLoader::creditLedger() const
{
    return m_creditLedger;
}

CommitLedgerModel *OverviewLoader::commitLedger() const
{
    return m_commitLedger;
}

ContractModel *OverviewLoader::contracts() const
{
    return m_contracts;
}
