#pragma once

#include "domain/account.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class ApiError;
class QNetworkAccessManager;

// The logic behind the Accounts dialog and the first-run screen, without widgets: one property
// and one error property per field, validation, dirty tracking, and "Test connection".
//
// Field errors appear once the field was edited or validate() was called, so an empty form does
// not open covered in red; `valid` always reflects every field. A failed connection test adds
// its own error beside the field it concerns (the key, the address) until that field changes.
class AccountFormBackend final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString accountId READ accountId NOTIFY accountIdChanged)
    Q_PROPERTY(bool isDemo READ isDemo NOTIFY accountIdChanged)
    Q_PROPERTY(Provider provider READ provider WRITE setProvider NOTIFY providerChanged)
    Q_PROPERTY(QString secretLabel READ secretLabel NOTIFY providerChanged)
    Q_PROPERTY(QString displayName READ displayName WRITE setDisplayName NOTIFY displayNameChanged)
    Q_PROPERTY(QString displayNameError READ displayNameError NOTIFY displayNameErrorChanged)
    Q_PROPERTY(QString apiKey READ apiKey WRITE setApiKey NOTIFY apiKeyChanged)
    Q_PROPERTY(QString token READ token WRITE setToken NOTIFY tokenChanged)
    Q_PROPERTY(QString secretError READ secretError NOTIFY secretErrorChanged)
    Q_PROPERTY(QString organizationId READ organizationId WRITE setOrganizationId NOTIFY organizationIdChanged)
    Q_PROPERTY(QString organizationIdError READ organizationIdError NOTIFY organizationIdErrorChanged)
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY regionChanged)
    Q_PROPERTY(bool customApiUrlRequired READ isCustomApiUrlRequired NOTIFY customApiUrlRequiredChanged)
    Q_PROPERTY(QString customApiUrl READ customApiUrl WRITE setCustomApiUrl NOTIFY customApiUrlChanged)
    Q_PROPERTY(QString apiUrlError READ apiUrlError NOTIFY apiUrlErrorChanged)
    Q_PROPERTY(QString customAuthUrl READ customAuthUrl WRITE setCustomAuthUrl NOTIFY customAuthUrlChanged)
    Q_PROPERTY(QString authUrlError READ authUrlError NOTIFY authUrlErrorChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY validChanged)
    Q_PROPERTY(bool dirty READ isDirty NOTIFY dirtyChanged)
    Q_PROPERTY(TestState testState READ testState NOTIFY testStateChanged)
    Q_PROPERTY(QString testMessage READ testMessage NOTIFY testStateChanged)

public:
    enum class TestState {
        Idle,         // not tested since the last change
        Testing,
        Works,
        WrongKey,     // the service answered and refused the key or token
        Unreachable,  // no connection (DNS, refused, TLS certificate, …)
        Timeout,
        Failed,       // anything else; testMessage says what
    };
    Q_ENUM(TestState)

    explicit AccountFormBackend(QObject *parent = nullptr);
    ~AccountFormBackend() override;

    // The other accounts, for the unique-name rule (the one being edited is skipped by id).
    void setExistingAccounts(const QList<Account> &accounts);

    // Fills the form from a saved account and its secret; the result is not dirty.
    void loadFrom(const Account &account, const QString &secret);
    // An empty form for a new account (SkySQL, default endpoints).
    Q_INVOKABLE void clear();
    // After the caller stored account() and secret(): the form is clean again and, for a new
    // account, knows the id the AccountStore gave it.
    Q_INVOKABLE void markSaved(const QString &accountId);

    // What to store: the AccountStore entry (id empty for a new account) and, separately, the
    // secret for the SecretStore.
    Account account() const;
    Q_INVOKABLE QString secret() const;

    QString accountId() const;
    bool isDemo() const;

    Provider provider() const;
    void setProvider(Provider provider);
    // "API key" or "API token", for the field label.
    QString secretLabel() const;

    QString displayName() const;
    void setDisplayName(const QString &displayName);
    QString displayNameError() const;

    QString apiKey() const;  // SkySQL
    void setApiKey(const QString &apiKey);
    QString token() const;   // Scalingo
    void setToken(const QString &token);
    // Beside whichever of the two the provider uses.
    QString secretError() const;

    QString organizationId() const;  // SkySQL, optional
    void setOrganizationId(const QString &organizationId);
    QString organizationIdError() const;

    // Scalingo: a key of ProviderEndpoints::scalingoRegions() or ProviderEndpoints::customRegionKey().
    QString region() const;
    void setRegion(const QString &region);

    // SkySQL: optional (empty means https://api.skysql.com). Scalingo: required when the region
    // is "custom", ignored otherwise.
    bool isCustomApiUrlRequired() const;
    QString customApiUrl() const;
    void setCustomApiUrl(const QString &url);
    QString apiUrlError() const;

    // Scalingo custom region only: the token exchange host; empty means https://auth.scalingo.com.
    QString customAuthUrl() const;
    void setCustomAuthUrl(const QString &url);
    QString authUrlError() const;

    bool isValid() const;
    bool isDirty() const;

    // Shows every field's error and returns whether the form can be saved.
    Q_INVOKABLE bool validate();

    TestState testState() const;
    QString testMessage() const;
    // Default 15 s; tests shorten it.
    void setTestTimeout(std::chrono::milliseconds timeout);
    // One real call with the form's values (no retry); the result arrives in testState.
    // SkySQL: this month's invoices. Scalingo: the token exchange, then one invoice page.
    // Changing the provider, secret or an address cancels a running test.
    void testConnection(QNetworkAccessManager *network);
    Q_INVOKABLE void cancelTest();

Q_SIGNALS:
    void accountIdChanged();
    void providerChanged();
    void displayNameChanged();
    void displayNameErrorChanged();
    void apiKeyChanged();
    void tokenChanged();
    void secretErrorChanged();
    void organizationIdChanged();
    void organizationIdErrorChanged();
    void regionChanged();
    void customApiUrlRequiredChanged();
    void customApiUrlChanged();
    void apiUrlErrorChanged();
    void customAuthUrlChanged();
    void authUrlErrorChanged();
    void validChanged();
    void dirtyChanged();
    void testStateChanged();

private:
    enum Field {
        DisplayNameField = 0x01,
        SecretField = 0x02,
        OrganizationIdField = 0x04,
        ApiUrlField = 0x08,
        AuthUrlField = 0x10,
        AllFields = 0x1f,
    };

    struct Values {
        Provider provider = Provider::SkySql;
        QString displayName;
        QString apiKey;
        QString token;
        QString organizationId;
        QString region;
        QString customApiUrl;
        QString customAuthUrl;
    };

    struct Errors {
        QString displayName;
        QString secret;
        QString organizationId;
        QString apiUrl;
        QString authUrl;
    };

    Errors computeErrors() const;
    QUrl effectiveApiUrl() const;
    QUrl effectiveAuthUrl() const;
    // After any change: errors, validity, dirtiness; emits what changed.
    void refresh();
    // A value the test depends on changed: the last result no longer says anything.
    void connectionSettingsChanged();
    void touch(int fields);
    void setTestState(TestState state, const QString &message);
    void finishTest(const ApiError &error);

    QString m_accountId;
    bool m_isDemo = false;
    Values m_values;
    Values m_saved;
    QList<Account> m_existingAccounts;
    int m_touched = 0;

    Errors m_shown;  // what the error properties return
    bool m_valid = false;
    bool m_dirty = false;
    bool m_customApiUrlRequired = false;

    // Set by a failed connection test, cleared when the field changes.
    QString m_testSecretError;
    QString m_testApiUrlError;

    TestState m_testState = TestState::Idle;
    QString m_testMessage;
    std::chrono::milliseconds m_testTimeout{15000};
    QPointer<QObject> m_testAttempt;  // parent of the temporary ApiClient; null when idle
};
