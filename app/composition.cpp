#include "composition.h"

#include "accounts/accountmanager.h"
#include "accounts/accountregistry.h"
#include "demoserver.h"
#include "invoices/invoicerepository.h"
#include "store/accountstore.h"
#include "store/billingstore.h"

#include <QNetworkAccessManager>

Composition::Composition(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_accounts(std::make_unique<AccountRegistry>(m_network.get()))
    , m_repository(std::make_unique<InvoiceRepository>())
{
    connect(m_accounts.get(), &AccountRegistry::accountAdded, this, &Composition::syncRepository);
    connect(m_accounts.get(), &AccountRegistry::accountRemoved, this, &Composition::syncRepository);
    connect(m_accounts.get(), &AccountRegistry::shownAccountsChanged, this, &Composition::syncRepository);
}

Composition::~Composition()
{
    m_accountManager.reset();
    m_accountStore.reset();
    // The repository refers to the connections' backends: it goes first.
    m_repository.reset();
    m_accounts.reset();
    m_store.reset();
}

bool Composition::useStore(const QString &databasePath, const QString &documentsFolder, QString *errorMessage)
{
    auto store = std::make_unique<BillingStore>(databasePath, documentsFolder);
    if (!store->isOpen()) {
        *errorMessage = tr("The stored billing data cannot be used: %1").arg(store->errorString());
        return false;
    }
    m_store = std::move(store);
    m_accounts->setStore(m_store.get());
    m_repository->setStore(m_store.get());
    return true;
}

BillingStore *Composition::store() const
{
    return m_store.get();
}

bool Composition::addDemoAccount(QString *errorMessage, const QDate &referenceDate)
{
    if (m_demoServer)
        return true;
    auto server = std::make_unique<DemoServer>();
    if (referenceDate.isValid())
        server->setReferenceDate(referenceDate);
    if (!server->listen(0)) {
        *errorMessage = tr("The demo server could not start: %1").arg(server->errorString());
        return false;
    }
    m_demoServer = std::move(server);
    const Account skySql = demoAccount(*m_demoServer);
    m_accounts->add(skySql, m_demoServer->skySqlApiKey());
    m_accounts->add(demoScalingoAccount(*m_demoServer), m_demoServer->scalingoToken());
    m_accounts->setShownAccountId(skySql.id);
    return true;
}

Account Composition::demoAccount(const DemoServer &server)
{
    Account account;
    account.id = QStringLiteral("demo");
    account.displayName = tr("Demo SkySQL");
    account.provider = Provider::SkySql;
    account.apiUrl = server.baseUrl();
    account.organizationId = server.organizationId();
    account.isDemo = true;
    return account;
}

Account Composition::demoScalingoAccount(const DemoServer &server)
{
    Account account;
    account.id = QStringLiteral("demo-scalingo");
    account.displayName = tr("Demo Scalingo");
    account.provider = Provider::Scalingo;
    // One origin plays the regional API, the auth host and the billing host.
    account.apiUrl = server.baseUrl();
    account.authUrl = server.baseUrl();
    account.billingUrl = server.baseUrl();
    account.region = QStringLiteral("custom");
    account.isDemo = true;
    return account;
}

void Composition::syncRepository()
{
    if (!m_repository)
        return;
    for (const Account &listed : m_repository->accounts()) {
        if (!m_accounts->connection(listed.id) || !m_accounts->isShown(listed.id))
            m_repository->removeAccount(listed.id);
    }
    const QList<AccountConnection *> shown = m_accounts->shownConnections();
    for (AccountConnection *connection : shown) {
        if (m_repository->account(connection->account().id).id.isEmpty())
            m_repository->addAccount(connection->account(), connection->invoiceSource());
    }
}

void Composition::useSavedAccounts(QSettings *settings, SecretStore *keychain)
{
    m_accountManager.reset();
    m_accountStore = std::make_unique<AccountStore>(settings);
    m_accountManager = std::make_unique<AccountManager>(settings, m_accountStore.get(), keychain, m_accounts.get());
}

AccountManager *Composition::accountManager() const
{
    return m_accountManager.get();
}

AccountRegistry *Composition::accounts() const
{
    return m_accounts.get();
}

InvoiceRepository *Composition::repository() const
{
    return m_repository.get();
}

QNetworkAccessManager *Composition::network() const
{
    return m_network.get();
}

DemoServer *Composition::demoServer() const
{
    return m_demoServer.get();
}
