#include "accounts/accountmanager.h"

#include "accounts/accountregistry.h"
#include "store/accountstore.h"
#include "store/billingstore.h"

#include <QSettings>
#include <QUuid>

namespace
{
const QString ShownAccountKey = QStringLiteral("view/shownAccount");
// Stored for "all accounts", so an empty value can still mean "never chosen".
const QString AllAccountsValue = QStringLiteral("*");
}

AccountManager::AccountManager(QSettings *settings, AccountStore *store, SecretStore *keychain,
                               AccountRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_keychain(keychain)
    , m_registry(registry)
{
    connect(m_registry, &AccountRegistry::shownAccountsChanged, this, &AccountManager::rememberShownAccount);
}

AccountManager::~AccountManager() = default;

AccountStore *AccountManager::store() const
{
    return m_store;
}

AccountRegistry *AccountManager::registry() const
{
    return m_registry;
}

void AccountManager::connectSavedAccounts()
{
    const QList<Account> saved = m_store->accounts();
    for (const QString &problem : m_store->loadProblems()) {
        m_problems << problem;
        Q_EMIT problemFound(problem);
    }
    for (const Account &account : saved)
        m_pending.insert(account.id);
    if (saved.isEmpty()) {
        // Always from the event loop, like the keychain's answers.
        QMetaObject::invokeMethod(this, &AccountManager::savedAccountsConnected, Qt::QueuedConnection);
        return;
    }
    for (const Account &account : saved) {
        m_keychain->readSecret(account.id, this, [this, account](const QString &secret, const SecretStoreError &error) {
            connectionRead(account, secret, error);
        });
    }
}

bool AccountManager::isConnectingSavedAccounts() const
{
    return !m_pending.isEmpty();
}

QStringList AccountManager::problems() const
{
    return m_problems;
}

void AccountManager::connectionRead(const Account &account, const QString &secret, const SecretStoreError &error)
{
    if (!error.isError() && !secret.isEmpty()) {
        connectAccount(account, secret);
    } else {
        const QString problem = error.kind == SecretStoreError::Kind::NotFound || !error.isError()
            ? tr("The key for %1 is not in the keychain; edit the account to enter it.").arg(account.displayName)
            : tr("The key for %1 could not be read: %2").arg(account.displayName, error.message);
        m_problems << problem;
        Q_EMIT problemFound(problem);
    }
    m_pending.remove(account.id);
    if (!m_pending.isEmpty())
        return;
    const QString remembered = rememberedShownAccountId();
    if (remembered == AllAccountsValue) {
        m_registry->setShownAccountId(QString());
    } else if (!remembered.isEmpty() && m_registry->connection(remembered)) {
        m_registry->setShownAccountId(remembered);
    }
    Q_EMIT savedAccountsConnected();
}

void AccountManager::connectAccount(const Account &account, const QString &secret)
{
    const QString shown = m_registry->shownAccountId();
    m_restoringShown = true;
    m_registry->add(account, secret);
    m_registry->setShownAccountId(shown);
    m_restoringShown = false;
}

void AccountManager::rememberShownAccount()
{
    // Only a choice made once the saved accounts are there is a choice worth keeping.
    if (!m_remembersShown || m_restoringShown || isConnectingSavedAccounts() || !m_settings)
        return;
    const QString shown = m_registry->shownAccountId();
    m_settings->setValue(ShownAccountKey, shown.isEmpty() ? AllAccountsValue : shown);
}

void AccountManager::setRemembersShownAccount(bool remembers)
{
    m_remembersShown = remembers;
}

QString AccountManager::rememberedShownAccountId() const
{
    return m_settings ? m_settings->value(ShownAccountKey).toString() : QString();
}

void AccountManager::save(const Account &account, const QString &secret, SecretLocation location, QObject *context,
                          const SaveCallback &done)
{
    Account toSave = account;
    const bool isNew = toSave.id.isEmpty() || !m_store->contains(toSave.id);
    if (toSave.id.isEmpty())
        toSave.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_store->isDisplayNameTaken(toSave.displayName, toSave.id)) {
        SecretStoreError error;
        error.kind = SecretStoreError::Kind::Other;
        error.message = tr("Another account is already called “%1”.").arg(toSave.displayName);
        QMetaObject::invokeMethod(context, [done, error] { done(QString(), error); }, Qt::QueuedConnection);
        return;
    }

    // The secret first: when there is no keychain, nothing at all is saved and the caller may
    // ask whether to keep the key for this session.
    SecretStore *secrets = location == SecretLocation::Keychain ? m_keychain
                                                                 : static_cast<SecretStore *>(&m_sessionSecrets);
    secrets->writeSecret(toSave.id, secret, context, [this, toSave, secret, location, isNew, done](const SecretStoreError &error) {
        if (error.isError()) {
            done(QString(), error);
            return;
        }
        const bool stored = isNew ? !m_store->add(toSave).isEmpty() : m_store->update(toSave);
        if (!stored) {
            SecretStoreError storeError;
            storeError.kind = SecretStoreError::Kind::Other;
            storeError.message = m_store->errorString();
            if (isNew) {
                SecretStore *written = location == SecretLocation::Keychain ? m_keychain
                                                                             : static_cast<SecretStore *>(&m_sessionSecrets);
                written->deleteSecret(toSave.id, this, [](const SecretStoreError &) {});
            }
            done(QString(), storeError);
            return;
        }
        if (location == SecretLocation::SessionOnly) {
            m_sessionOnly.insert(toSave.id);
        } else if (m_sessionOnly.remove(toSave.id)) {
            m_sessionSecrets.deleteSecret(toSave.id, this, [](const SecretStoreError &) {});
        }
        connectAccount(toSave, secret);
        Q_EMIT accountsChanged();
        done(toSave.id, SecretStoreError());
    });
}

void AccountManager::remove(const QString &accountId, QObject *context, const DoneCallback &done)
{
    const bool saved = m_store->contains(accountId);
    if (saved && !m_store->remove(accountId)) {
        SecretStoreError error;
        error.kind = SecretStoreError::Kind::Other;
        error.message = m_store->errorString();
        QMetaObject::invokeMethod(context, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    m_registry->remove(accountId);
    // Its invoices, responses and PDFs go with it: nothing of a removed account stays behind.
    if (BillingStore *billing = m_registry->store())
        billing->removeAccount(accountId);
    Q_EMIT accountsChanged();
    if (!saved) {
        QMetaObject::invokeMethod(context, [done] { done(SecretStoreError()); }, Qt::QueuedConnection);
        return;
    }
    if (m_sessionOnly.remove(accountId)) {
        m_sessionSecrets.deleteSecret(accountId, context, done);
        return;
    }
    m_keychain->deleteSecret(accountId, context, done);
}

bool AccountManager::rename(const QString &accountId, const QString &displayName)
{
    if (!m_store->contains(accountId)) {
        m_errorString = tr("Only saved accounts can be renamed.");
        return false;
    }
    if (!m_store->rename(accountId, displayName.trimmed())) {
        m_errorString = m_store->errorString();
        return false;
    }
    const Account renamed = m_store->account(accountId);
    // The connection keeps its own copy of the account: reconnect it under the new name.
    if (m_registry->connection(accountId)) {
        readSecret(accountId, this, [this, renamed](const QString &secret, const SecretStoreError &error) {
            if (!error.isError() && !secret.isEmpty())
                connectAccount(renamed, secret);
        });
    }
    Q_EMIT accountsChanged();
    return true;
}

QString AccountManager::errorString() const
{
    return m_errorString;
}

void AccountManager::readSecret(const QString &accountId, QObject *context, const ReadCallback &done)
{
    if (m_sessionOnly.contains(accountId)) {
        m_sessionSecrets.readSecret(accountId, context, done);
        return;
    }
    m_keychain->readSecret(accountId, context, done);
}

bool AccountManager::isSessionOnly(const QString &accountId) const
{
    return m_sessionOnly.contains(accountId);
}

QList<Account> AccountManager::accounts() const
{
    QList<Account> result = m_store->accounts();
    const QList<AccountConnection *> connections = m_registry->connections();
    for (AccountConnection *connection : connections) {
        if (!m_store->contains(connection->account().id))
            result << connection->account();
    }
    return result;
}
