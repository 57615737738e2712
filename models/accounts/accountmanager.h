#pragma once

#include "domain/account.h"
#include "store/secretstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class AccountRegistry;
class AccountStore;
class QSettings;

// The saved accounts' life cycle, shared by the Accounts dialog, the first-run screen and
// `billdeck accounts`: settings in the AccountStore, the secret in the keychain (or, when the
// user accepted it, in memory for this session), the live connection in the AccountRegistry.
// Nothing here ever writes a secret anywhere else.
class AccountManager final : public QObject
{
    Q_OBJECT

public:
    // Where a secret is kept when an account is saved.
    enum class SecretLocation {
        Keychain,
        SessionOnly,  // no keychain: forgotten when the app quits, never written to a file
    };

    using SaveCallback = std::function<void(const QString &accountId, const SecretStoreError &error)>;
    using DoneCallback = SecretStore::DoneCallback;
    using ReadCallback = SecretStore::ReadCallback;

    // None is owned. `settings` also remembers which account the window shows.
    AccountManager(QSettings *settings, AccountStore *store, SecretStore *keychain, AccountRegistry *registry,
                   QObject *parent = nullptr);
    ~AccountManager() override;

    AccountStore *store() const;
    AccountRegistry *registry() const;

    // Reads every saved account's secret and connects the account; accounts appear one by one.
    // savedAccountsConnected() follows once all have answered (also when there are none).
    void connectSavedAccounts();
    bool isConnectingSavedAccounts() const;
    // Plain sentences about saved accounts that could not be connected (missing key, …).
    QStringList problems() const;

    // Saves a new account (empty id) or an edited one: settings first, then the secret, then
    // the connection. With Keychain and no keychain on the system, `done` gets a NoKeychain
    // error and nothing is saved, so the caller can ask whether to keep it for this session.
    void save(const Account &account, const QString &secret, SecretLocation location, QObject *context,
              const SaveCallback &done);
    // Settings, secret and connection. A demo account only has a connection.
    void remove(const QString &accountId, QObject *context, const DoneCallback &done);
    // False with errorString() when the name is empty or taken.
    bool rename(const QString &accountId, const QString &displayName);
    QString errorString() const;
    // From whichever store holds it.
    void readSecret(const QString &accountId, QObject *context, const ReadCallback &done);
    bool isSessionOnly(const QString &accountId) const;

    // Every account to list: the saved ones in their order, then connected ones that are not
    // saved (the demo, an account given on the command line).
    QList<Account> accounts() const;

    // The shown account as the settings remember it ("" = all accounts).
    QString rememberedShownAccountId() const;
    // The window remembers what people choose in it; a one-off `export --account` does not.
    void setRemembersShownAccount(bool remembers);

Q_SIGNALS:
    void savedAccountsConnected();
    void problemFound(const QString &message);
    // Added, edited, renamed or removed.
    void accountsChanged();

private:
    void connectionRead(const Account &account, const QString &secret, const SecretStoreError &error);
    void rememberShownAccount();
    // Connects (or reconnects) without losing which account is shown.
    void connectAccount(const Account &account, const QString &secret);

    QSettings *m_settings;
    AccountStore *m_store;
    SecretStore *m_keychain;
    MemorySecretStore m_sessionSecrets;
    AccountRegistry *m_registry;
    QSet<QString> m_sessionOnly;
    QSet<QString> m_pending;
    QStringList m_problems;
    QString m_errorString;
    bool m_restoringShown = false;
    bool m_remembersShown = false;
};
