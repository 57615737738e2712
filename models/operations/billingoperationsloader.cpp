#include "operations/billingoperationsloader.h"

#include "accounts/accountregistry.h"
#include "api/scalingo/scalingobackend.h"
#include "operations/billingoperationmodel.h"
#include "store/billingstore.h"
#include "store/snapshots.h"
#include "sync/billingoperationsync.h"

#include <algorithm>

BillingOperationsLoader::BillingOperationsLoader(AccountRegistry *accounts, BillingOperationModel *model, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_model(model)
{
    connect(m_accounts, &AccountRegistry::shownAccountsChanged, this, &BillingOperationsLoader::refresh);
    connect(m_accounts, &AccountRegistry::accountAdded, this, &BillingOperationsLoader::refresh);
    connect(m_accounts, &AccountRegistry::accountRemoved, this, &BillingOperationsLoader::refresh);
}

bool BillingOperationsLoader::hasScalingoAccount() const
{
    const QList<AccountConnection *> shown = m_accounts->shownConnections();
    return std::any_of(shown.cbegin(), shown.cend(), [](const AccountConnection *connection) {
        return connection->scalingo() != nullptr;
    });
}

bool BillingOperationsLoader::isLoading() const
{
    return m_pending > 0;
}

QList<ApiError> BillingOperationsLoader::errors() const
{
    return m_errors;
}

void BillingOperationsLoader::refresh()
{
    const bool wasLoading = isLoading();
    const quint64 generation = ++m_generation;
    m_errors.clear();
    m_model->clear();
    m_pending = 0;

    QList<AccountConnection *> scalingo;
    const QList<AccountConnection *> shown = m_accounts->shownConnections();
    for (AccountConnection *connection : shown) {
        if (connection->scalingo())
            scalingo.append(connection);
    }
    if (scalingo.isEmpty()) {
        if (wasLoading)
            Q_EMIT loadingChanged(false);
        Q_EMIT loaded();
        return;
    }

    m_pending = static_cast<int>(scalingo.size());
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    for (AccountConnection *connection : std::as_const(scalingo)) {
        const QString accountId = connection->account().id;
        const QString accountName = connection->account().displayName;
        // What the store kept is painted before any request; the read then stops at its newest.
        const QList<BillingOperation> kept = keptOperations(accountId);
        if (!kept.isEmpty())
            m_model->setAccountOperations(accountId, accountName, kept);
        const QSet<QString> keptIds = BillingOperationSync::ids(kept);
        connection->scalingo()->billingOperationsSince(
            keptIds, this,
            [this, generation, accountId, accountName, kept, keptIds](const ApiResult<QList<BillingOperation>> &result) {
                if (generation != m_generation)
                    return;
                // A later page may fail after earlier ones arrived: show what came with what was
                // kept, and say why the rest is missing.
                const bool readToTheEnd = result.ok() && !BillingOperationSync::reachesKept(result.value, keptIds);
                const QList<BillingOperation> operations = BillingOperationSync::merge(kept, result.value, readToTheEnd);
                if (!operations.isEmpty() || result.ok())
                    m_model->setAccountOperations(accountId, accountName, operations);
                if (result.ok())
                    keepOperations(accountId, operations, result.storedAt);
                // A cancelled request (the account went away) is nobody's failure.
                if (result.error.isError() && result.error.kind() != ApiError::Kind::Cancelled) {
                    m_errors.append(result.error);
                    Q_EMIT errorOccurred(result.error);
                }
                finishOne();
            });
    }
}

QList<BillingOperation> BillingOperationsLoader::keptOperations(const QString &accountId) const
{
    QList<BillingOperation> kept;
    if (BillingStore *store = m_accounts->store())
        Snapshots::decode(store->response(accountId, Snapshots::billingOperationsKey()).body, &kept);
    return kept;
}

void BillingOperationsLoader::keepOperations(const QString &accountId, const QList<BillingOperation> &operations,
                                             const QDateTime &storedAt)
{
    BillingStore *store = m_accounts->store();
    if (!store)
        return;
    CachedResponse record;
    record.body = Snapshots::encode(operations);
    record.fetchedAt = storedAt.isValid() ? storedAt : QDateTime::currentDateTimeUtc();
    store->saveResponse(accountId, Snapshots::billingOperationsKey(), record);
}

void BillingOperationsLoader::finishOne()
{
    if (--m_pending > 0)
        return;
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
}
