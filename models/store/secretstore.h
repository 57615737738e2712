#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Why a secret could not be read, written or deleted. `message` is one plain sentence and
// never contains the secret.
struct SecretStoreError {
    enum class Kind {
        None,
        NoKeychain,    // no Secret Service / keychain reachable: offer a session-only store
        AccessDenied,  // the keychain is locked or the user said no
        NotFound,      // nothing stored for this account
        Other,
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const;
    static QString kindName(Kind kind);
};

// Where API keys and tokens live, keyed by Account::id. Asynchronous because the OS keychain
// may ask the user to unlock it. Callbacks run once, later (never inside the call), and only
// while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &secret, const SecretStoreError &error)>;
    using DoneCallback = std::function<void(const SecretStoreError &error)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual void readSecret(const QString &accountId, QObject *context, const ReadCallback &done) = 0;
    // Replaces any secret already stored for the account.
    virtual void writeSecret(const QString &accountId, const QString &secret, QObject *context,
                             const DoneCallback &done) = 0;
    // Deleting a secret that is not there succeeds.
    virtual void deleteSecret(const QString &accountId, QObject *context, const DoneCallback &done) = 0;

    // False when secrets are forgotten when the app quits (the session-only store).
    virtual bool keepsSecretsAfterQuit() const = 0;
};

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Never falls back to a plaintext file.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using ProbeCallback = std::function<void(bool available, const SecretStoreError &error)>;

    // `service` groups Billdeck's entries in the keychain; tests pass their own.
    explicit KeychainSecretStore(const QString &service = QStringLiteral("Billdeck"), QObject *parent = nullptr);

    QString service() const;

    // Asks the keychain for an entry that does not exist: the answer tells whether a keychain
    // is there at all. On false, `error` says why (NoKeychain, AccessDenied, Other).
    void isAvailable(QObject *context, const ProbeCallback &done);

    void readSecret(const QString &accountId, QObject *context, const ReadCallback &done) override;
    void writeSecret(const QString &accountId, const QString &secret, QObject *context,
                     const DoneCallback &done) override;
    void deleteSecret(const QString &accountId, QObject *context, const DoneCallback &done) override;
    bool keepsSecretsAfterQuit() const override;

private:
    QString m_service;
};

// Secrets for this session only, when there is no keychain and the user accepted that.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void readSecret(const QString &accountId, QObject *context, const ReadCallback &done) override;
    void writeSecret(const QString &accountId, const QString &secret, QObject *context,
                     const DoneCallback &done) override;
    void deleteSecret(const QString &accountId, QObject *context, const DoneCallback &done) override;
    bool keepsSecretsAfterQuit() const override;

private:
    QHash<QString, QString> m_secrets;
};
