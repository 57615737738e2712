#include "store/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace {

// Runs `call` on the next turn of the event loop, only if `context` is still alive, so every
// store answers the same way whether its backend is synchronous or not.
template<typename Call>
void later(QObject *context, Call call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

SecretStoreError makeError(SecretStoreError::Kind kind, const QString &message)
{
    SecretStoreError error;
    error.kind = kind;
    error.message = message;
    return error;
}

SecretStoreError notFound()
{
    return makeError(SecretStoreError::Kind::NotFound,
                     QCoreApplication::translate("SecretStore", "No API key or token is stored for this account."));
}

// QtKeychain's error strings come from the keychain service (D-Bus, libsecret), never from
// the data, so they may be shown as detail.
SecretStoreError fromKeychain(QKeychain::Error code, const QString &detail)
{
    const QString withDetail = detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
    switch (code) {
    case QKeychain::NoError:
        return SecretStoreError();
    case QKeychain::EntryNotFound:
        return notFound();
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(SecretStoreError::Kind::AccessDenied,
                         QCoreApplication::translate("SecretStore", "The keychain refused access; it may be locked.") + withDetail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux "other" is what a missing Secret Service looks like (no D-Bus session,
        // no keyring daemon); treating it as "no keychain" lets the app offer the session store.
        return makeError(SecretStoreError::Kind::NoKeychain,
                         QCoreApplication::translate("SecretStore", "No keychain is available to keep API keys safely.") + withDetail);
    case QKeychain::CouldNotDeleteEntry:
        return makeError(SecretStoreError::Kind::Other,
                         QCoreApplication::translate("SecretStore", "The keychain could not delete the stored key.") + withDetail);
    }
    return makeError(SecretStoreError::Kind::Other,
                     QCoreApplication::translate("SecretStore", "The keychain failed.") + withDetail);
}

SecretStoreError invalidId()
{
    return makeError(SecretStoreError::Kind::Other,
                     QCoreApplication::translate("SecretStore", "A secret needs an account id."));
}

} // namespace

bool SecretStoreError::isError() const
{
    return kind != Kind::None;
}

QString SecretStoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::NoKeychain: return QStringLiteral("no-keychain");
    case Kind::AccessDenied: return QStringLiteral("access-denied");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Other: return QStringLiteral("other");
    }
    return QString();
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

// --- KeychainSecretStore ---

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

QString KeychainSecretStore::service() const
{
    return m_service;
}

void KeychainSecretStore::isAvailable(QObject *context, const ProbeCallback &done)
{
    // A key no account can have (ids are UUIDs): found or not, the keychain answered.
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("billdeck-keychain-probe"));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        const QKeychain::Error code = finished->error();
        const SecretStoreError error = code == QKeychain::EntryNotFound ? SecretStoreError()
                                                                        : fromKeychain(code, finished->errorString());
        if (guard)
            later(guard, [done, error] { done(!error.isError(), error); });
    });
    job->start();
}

void KeychainSecretStore::readSecret(const QString &accountId, QObject *context, const ReadCallback &done)
{
    if (accountId.isEmpty()) {
        later(context, [done] { done(QString(), invalidId()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(accountId);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        const SecretStoreError error = fromKeychain(finished->error(), finished->errorString());
        const QString secret = error.isError() ? QString()
                                               : static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        if (guard)
            later(guard, [done, secret, error] { done(secret, error); });
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &accountId, const QString &secret, QObject *context,
                                      const DoneCallback &done)
{
    if (accountId.isEmpty()) {
        later(context, [done] { done(invalidId()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(accountId);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        const SecretStoreError error = fromKeychain(finished->error(), finished->errorString());
        if (guard)
            later(guard, [done, error] { done(error); });
    });
    job->start();
}

void KeychainSecretStore::deleteSecret(const QString &accountId, QObject *context, const DoneCallback &done)
{
    if (accountId.isEmpty()) {
        later(context, [done] { done(invalidId()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(accountId);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *finished) {
        // Already gone is what the caller wanted.
        const SecretStoreError error = finished->error() == QKeychain::EntryNotFound
            ? SecretStoreError()
            : fromKeychain(finished->error(), finished->errorString());
        if (guard)
            later(guard, [done, error] { done(error); });
    });
    job->start();
}

bool KeychainSecretStore::keepsSecretsAfterQuit() const
{
    return true;
}

// --- MemorySecretStore ---

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::readSecret(const QString &accountId, QObject *context, const ReadCallback &done)
{
    const auto it = m_secrets.constFind(accountId);
    if (accountId.isEmpty())
        later(context, [done] { done(QString(), invalidId()); });
    else if (it == m_secrets.cend())
        later(context, [done] { done(QString(), notFound()); });
    else
        later(context, [done, secret = it.value()] { done(secret, SecretStoreError()); });
}

void MemorySecretStore::writeSecret(const QString &accountId, const QString &secret, QObject *context,
                                    const DoneCallback &done)
{
    if (accountId.isEmpty()) {
        later(context, [done] { done(invalidId()); });
        return;
    }
    m_secrets.insert(accountId, secret);
    later(context, [done] { done(SecretStoreError()); });
}

void MemorySecretStore::deleteSecret(const QString &accountId, QObject *context, const DoneCallback &done)
{
    m_secrets.remove(accountId);
    later(context, [done] { done(SecretStoreError()); });
}

bool MemorySecretStore::keepsSecretsAfterQuit() const
{
    return false;
}
