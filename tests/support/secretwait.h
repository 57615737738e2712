#pragma once

#include "store/secretstore.h"

#include <QString>

namespace TestSupport
{
// What a SecretStore answered; `done` is false when it did not answer in time.
struct SecretAnswer final {
    bool done = false;
    QString secret;  // reads only
    SecretStoreError error;
};

// SecretStore's calls, awaited: stores answer later, from the event loop, by design.
SecretAnswer readSecretNow(SecretStore &store, const QString &accountId, int timeoutMs);
SecretAnswer writeSecretNow(SecretStore &store, const QString &accountId, const QString &secret, int timeoutMs);
SecretAnswer deleteSecretNow(SecretStore &store, const QString &accountId, int timeoutMs);

// The secret stored for `accountId` (empty when there is none), or "<no answer>" when the store
// did not answer in time: a comparison with any expected secret, the empty one included, then fails.
QString storedSecret(SecretStore &store, const QString &accountId, int timeoutMs = 5000);
} // namespace TestSupport
