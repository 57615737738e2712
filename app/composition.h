#pragma once

#include "domain/account.h"

#include <QDate>
#include <QObject>

#include <memory>

class AccountManager;
class AccountRegistry;
class AccountStore;
class BillingStore;
class QSettings;
class SecretStore;
class DemoServer;
class QNetworkAccessManager;
class InvoiceRepository;

// The composition root: the one place that creates the network access manager, the accounts'
// connections (clients and backends), the repository the window or an export reads from, and
// the demo server when asked for.
class Composition final : public QObject
{
    Q_OBJECT

public:
    explicit Composition(QObject *parent = nullptr);
    ~Composition() override;

    // Starts the demo server on a free loopback port and adds its two accounts, "Demo SkySQL"
    // and "Demo Scalingo"; the SkySQL one is shown. An invalid `referenceDate` means today.
    // False, with a message for people, if it cannot listen.
    bool addDemoAccount(QString *errorMessage, const QDate &referenceDate = QDate());

    // The saved accounts: their settings in `settings`, their secrets in `keychain` (neither
    // owned; the app passes its QSettings and a KeychainSecretStore, tests temporary ones).
    // Creates accountManager(); connecting them is AccountManager::connectSavedAccounts().
    void useSavedAccounts(QSettings *settings, SecretStore *keychain);
    // Null until useSavedAccounts().
    AccountManager *accountManager() const;

    // Keeps every account's billing data in the store at `databasePath` (PDFs in
    // `documentsFolder`), so the next start paints it before any request. False, with the
    // reason, when it cannot be opened: the app then works without it.
    bool useStore(const QString &databasePath, const QString &documentsFolder, QString *errorMessage);
    // Null until useStore() succeeds.
    BillingStore *store() const;

    AccountRegistry *accounts() const;
    InvoiceRepository *repository() const;
    QNetworkAccessManager *network() const;
    DemoServer *demoServer() const;

    // The accounts the demo server's data belongs to.
    static Account demoAccount(const DemoServer &server);
    static Account demoScalingoAccount(const DemoServer &server);

private:
    // The repository holds the shown accounts only; it follows the registry.
    void syncRepository();

    // Declared in the order they depend on each other; destroyed the other way round.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<BillingStore> m_store;
    std::unique_ptr<DemoServer> m_demoServer;
    std::unique_ptr<AccountRegistry> m_accounts;
    std::unique_ptr<InvoiceRepository> m_repository;
    std::unique_ptr<AccountStore> m_accountStore;
    std::unique_ptr<AccountManager> m_accountManager;
};
