#include "support/secretwait.h"

#include "support/await.h"

namespace TestSupport
{
SecretAnswer readSecretNow(SecretStore &store, const QString &accountId, int timeoutMs)
{
    const auto read = [&](QObject *context, const auto &done) {
        store.readSecret(accountId, context, [done](const QString &secret, const SecretStoreError &error) {
            done(SecretAnswer{true, secret, error});
        });
    };
    return awaitCallback<SecretAnswer>(read, timeoutMs).value_or(SecretAnswer{});
}

SecretAnswer writeSecretNow(SecretStore &store, const QString &accountId, const QString &secret, int timeoutMs)
{
    const auto write = [&](QObject *context, const auto &done) {
        store.writeSecret(accountId, secret, context, [done](const SecretStoreError &error) {
            done(SecretAnswer{true, QString(), error});
        });
    };
    return awaitCallback<SecretAnswer>(write, timeoutMs).value_or(SecretAnswer{});
}

SecretAnswer deleteSecretNow(SecretStore &store, const QString &accountId, int timeoutMs)
{
    const auto remove = [&](QObject *context, const auto &done) {
        store.deleteSecret(accountId, context, [done](const SecretStoreError &error) {
            done(SecretAnswer{true, QString(), error});
        });
    };
    return awaitCallback<SecretAnswer>(remove, timeoutMs).value_or(SecretAnswer{});
}

QString storedSecret(SecretStore &store, const QString &accountId, int timeoutMs)
{
    const SecretAnswer answer = readSecretNow(store, accountId, timeoutMs);
    return answer.done ? answer.secret : QStringLiteral("<no answer>");
}
} // namespace TestSupport
