#include "accounts/accountregistry.h"

AccountRegistry::AccountRegistry(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

AccountRegistry::~AccountRegistry()
{
    qDeleteAll(m_connections);
}

QNetworkAccessManager *AccountRegistry::network() const
{
    return m_network;
}

void AccountRegistry::setStore(BillingStore *store)
{
    m_store = store;
    for (AccountConnection *connection : std::as_const(m_connections))
        connection->useStore(store);
}

BillingStore *AccountRegistry::store() const
{
    return m_store;
}

void AccountRegistry::setOffline(bool offline)
{
    m_offline = offline;
    for (AccountConnection *connection : std::as_const(m_connections))
        connection->setOffline(offline);
}

void AccountRegistry::setStoredFirst(bool storedFirst)
{
    m_storedFirst = storedFirst;
    for (AccountConnection *connection : std::as_const(m_connections))
        connection->setStoredFirst(storedFirst);
}

AccountConnection *AccountRegistry::add(const Account &account, const QString &secret)
{
    if (connection(account.id))
        remove(account.id);
    auto *created = new AccountConnection(account, secret, m_network);
    created->useStore(m_store);
    created->setOffline(m_offline);
    created->setStoredFirst(m_storedFirst);
    m_connections.append(created);
    Q_EMIT accountAdded(account.id);
    return created;
}

void AccountRegistry::remove(const QString &accountId)
{
    AccountConnection *found = connection(accountId);
    if (!found)
        return;
    m_connections.removeOne(found);
    Q_EMIT accountRemoved(accountId);
    if (m_shownAccountId == accountId)
        setShownAccountId(QString());
    // Callbacks in flight are tied to contexts, not to the connection; deleting later lets the
    // current event finish.
    found->deleteLater();
}

QList<AccountConnection *> AccountRegistry::connections() const
{
    return m_connections;
}

AccountConnection *AccountRegistry::connection(const QString &accountId) const
{
    for (AccountConnection *candidate : m_connections) {
        if (candidate->account().id == accountId)
            return candidate;
    }
    return nullptr;
}

AccountConnection *AccountRegistry::connectionNamed(const QString &displayName) const
{
    for (AccountConnection *candidate : m_connections) {
        if (candidate->account().displayName.compare(displayName.trimmed(), Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return nullptr;
}

bool AccountRegistry::isEmpty() const
{
    return m_connections.isEmpty();
}

QString AccountRegistry::shownAccountId() const
{
    return m_shownAccountId;
}

void AccountRegistry::setShownAccountId(const QString &accountId)
{
    const QString id = connection(accountId) ? accountId : QString();
    if (id == m_shownAccountId)
        return;
    m_shownAccountId = id;
    Q_EMIT shownAccountsChanged();
}

bool AccountRegistry::isShown(const QString &accountId) const
{
    return m_shownAccountId.isEmpty() || m_shownAccountId == accountId;
}

QList<AccountConnection *> AccountRegistry::shownConnections() const
{
    QList<AccountConnection *> result;
    for (AccountConnection *candidate : m_connections) {
        if (isShown(candidate->account().id))
            result.append(candidate);
    }
    return result;
}

QList<AccountConnection *> AccountRegistry::shownConnectionsOffering(Capability capability) const
{
    QList<AccountConnection *> result;
    for (AccountConnection *candidate : m_connections) {
        if (isShown(candidate->account().id) && candidate->offers(capability))
            result.append(candidate);
    }
    return result;
}
