#include "accounts/accountformbackend.h"

#include "accounts/accountconnection.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "store/providerendpoints.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace {

bool containsWhitespace(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    return text.contains(whitespace);
}

} // namespace

AccountFormBackend::AccountFormBackend(QObject *parent)
    : QObject(parent)
{
    clear();
}

AccountFormBackend::~AccountFormBackend() = default;

void AccountFormBackend::setExistingAccounts(const QList<Account> &accounts)
{
    m_existingAccounts = accounts;
    refresh();
}

void AccountFormBackend::loadFrom(const Account &account, const QString &secret)
{
    cancelTest();
    m_testSecretError.clear();
    m_testApiUrlError.clear();
    m_accountId = account.id;
    m_isDemo = account.isDemo;

    Values values;
    values.provider = account.provider;
    values.displayName = account.displayName;
    if (account.provider == Provider::SkySql) {
        values.apiKey = secret;
        values.organizationId = account.organizationId;
        values.region = ProviderEndpoints::defaultScalingoRegionKey();
        if (!account.apiUrl.isEmpty() && account.apiUrl != ProviderEndpoints::skySqlApiUrl())
            values.customApiUrl = account.apiUrl.toString();
    } else {
        values.token = secret;
        values.region = account.region;
        if (values.region.isEmpty())
            values.region = account.apiUrl.isEmpty() ? ProviderEndpoints::defaultScalingoRegionKey()
                                                     : ProviderEndpoints::customRegionKey();
        if (values.region == ProviderEndpoints::customRegionKey())
            values.customApiUrl = account.apiUrl.toString();
        if (!account.authUrl.isEmpty() && account.authUrl != ProviderEndpoints::scalingoAuthUrl())
            values.customAuthUrl = account.authUrl.toString();
    }
    m_values = values;
    m_saved = values;
    m_touched = 0;

    // Everything may have changed: tell every binding.
    Q_EMIT accountIdChanged();
    Q_EMIT providerChanged();
    Q_EMIT displayNameChanged();
    Q_EMIT apiKeyChanged();
    Q_EMIT tokenChanged();
    Q_EMIT organizationIdChanged();
    Q_EMIT regionChanged();
    Q_EMIT customApiUrlChanged();
    Q_EMIT customAuthUrlChanged();
    refresh();
}

void AccountFormBackend::clear()
{
    loadFrom(Account(), QString());
}

void AccountFormBackend::markSaved(const QString &accountId)
{
    if (m_accountId != accountId) {
        m_accountId = accountId;
        Q_EMIT accountIdChanged();
    }
    m_saved = m_values;
    refresh();
}

Account AccountFormBackend::account() const
{
    Account account;
    account.id = m_accountId;
    account.isDemo = m_isDemo;
    account.provider = m_values.provider;
    account.displayName = m_values.displayName.simplified();
    account.apiUrl = effectiveApiUrl();
    if (m_values.provider == Provider::SkySql) {
        account.organizationId = m_values.organizationId.trimmed();
    } else {
        account.region = m_values.region;
        account.authUrl = effectiveAuthUrl();
    }
    return account;
}

QString AccountFormBackend::secret() const
{
    // A pasted key often carries a newline or a space at either end.
    return (m_values.provider == Provider::SkySql ? m_values.apiKey : m_values.token).trimmed();
}

QString AccountFormBackend::accountId() const
{
    return m_accountId;
}

bool AccountFormBackend::isDemo() const
{
    return m_isDemo;
}

Provider AccountFormBackend::provider() const
{
    return m_values.provider;
}

void AccountFormBackend::setProvider(Provider provider)
{
    if (m_values.provider == provider)
        return;
    m_values.provider = provider;
    Q_EMIT providerChanged();
    connectionSettingsChanged();
    refresh();
}

QString AccountFormBackend::secretLabel() const
{
    return m_values.provider == Provider::SkySql ? tr("API key") : tr("API token");
}

QString AccountFormBackend::displayName() const
{
    return m_values.displayName;
}

void AccountFormBackend::setDisplayName(const QString &displayName)
{
    if (m_values.displayName == displayName)
        return;
    m_values.displayName = displayName;
    Q_EMIT displayNameChanged();
    touch(DisplayNameField);
}

QString AccountFormBackend::displayNameError() const
{
    return m_shown.displayName;
}

QString AccountFormBackend::apiKey() const
{
    return m_values.apiKey;
}

void AccountFormBackend::setApiKey(const QString &apiKey)
{
    if (m_values.apiKey == apiKey)
        return;
    m_values.apiKey = apiKey;
    Q_EMIT apiKeyChanged();
    if (m_values.provider == Provider::SkySql)
        connectionSettingsChanged();
    touch(SecretField);
}

QString AccountFormBackend::token() const
{
    return m_values.token;
}

void AccountFormBackend::setToken(const QString &token)
{
    if (m_values.token == token)
        return;
    m_values.token = token;
    Q_EMIT tokenChanged();
    if (m_values.provider == Provider::Scalingo)
        connectionSettingsChanged();
    touch(SecretField);
}

QString AccountFormBackend::secretError() const
{
    return m_shown.secret;
}

QString AccountFormBackend::organizationId() const
{
    return m_values.organizationId;
}

void AccountFormBackend::setOrganizationId(const QString &organizationId)
{
    if (m_values.organizationId == organizationId)
        return;
    m_values.organizationId = organizationId;
    Q_EMIT organizationIdChanged();
    if (m_values.provider == Provider::SkySql)
        connectionSettingsChanged();
    touch(OrganizationIdField);
}

QString AccountFormBackend::organizationIdError() const
{
    return m_shown.organizationId;
}

QString AccountFormBackend::region() const
{
    return m_values.region;
}

void AccountFormBackend::setRegion(const QString &region)
{
    if (m_values.region == region)
        return;
    m_values.region = region;
    Q_EMIT regionChanged();
    if (m_values.provider == Provider::Scalingo)
        connectionSettingsChanged();
    refresh();
}

bool AccountFormBackend::isCustomApiUrlRequired() const
{
    return m_customApiUrlRequired;
}

QString AccountFormBackend::customApiUrl() const
{
    return m_values.customApiUrl;
}

void AccountFormBackend::setCustomApiUrl(const QString &url)
{
    if (m_values.customApiUrl == url)
        return;
    m_values.customApiUrl = url;
    Q_EMIT customApiUrlChanged();
    connectionSettingsChanged();
    touch(ApiUrlField);
}

QString AccountFormBackend::apiUrlError() const
{
    return m_shown.apiUrl;
}

QString AccountFormBackend::customAuthUrl() const
{
    return m_values.customAuthUrl;
}

void AccountFormBackend::setCustomAuthUrl(const QString &url)
{
    if (m_values.customAuthUrl == url)
        return;
    m_values.customAuthUrl = url;
    Q_EMIT customAuthUrlChanged();
    if (m_values.provider == Provider::Scalingo)
        connectionSettingsChanged();
    touch(AuthUrlField);
}

QString AccountFormBackend::authUrlError() const
{
    return m_shown.authUrl;
}

bool AccountFormBackend::isValid() const
{
    return m_valid;
}

bool AccountFormBackend::isDirty() const
{
    return m_dirty;
}

bool AccountFormBackend::validate()
{
    m_touched = AllFields;
    refresh();
    return m_valid;
}

AccountFormBackend::TestState AccountFormBackend::testState() const
{
    return m_testState;
}

QString AccountFormBackend::testMessage() const
{
    return m_testMessage;
}

void AccountFormBackend::setTestTimeout(std::chrono::milliseconds timeout)
{
    m_testTimeout = timeout;
}

void AccountFormBackend::testConnection(QNetworkAccessManager *network)
{
    Q_ASSERT(network);
    cancelTest();
    m_testSecretError.clear();
    m_testApiUrlError.clear();
    if (!validate()) {
        setTestState(TestState::Failed, tr("Fix the fields marked above first."));
        return;
    }
    const QUrl apiUrl = effectiveApiUrl();
    auto *attempt = new QObject(this);
    m_testAttempt = attempt;
    // A test answers "does it work now"; retries would only make a wrong key slower to report.
    RetryPolicy once;
    once.maxAttempts = 1;
    const auto finished = [this, attempt](const ApiError &error) {
        attempt->deleteLater();
        if (m_testAttempt != attempt)
            return;
        m_testAttempt = nullptr;
        finishTest(error);
    };

    // The same wiring as the window's connection to a saved account, with a short leash.
    auto *connection = new AccountConnection(account(), secret(), network, attempt);
    const QList<ApiClient *> clients = connection->apiClients();
    for (ApiClient *client : clients) {
        client->setTransferTimeout(m_testTimeout);
        client->setRetryPolicy(once);
    }
    connection->checkAccess(attempt, finished);
    setTestState(TestState::Testing, tr("Connecting to %1…").arg(apiUrl.host()));
}

void AccountFormBackend::cancelTest()
{
    if (!m_testAttempt)
        return;
    // The call runs to its end (at most the test timeout) and its answer is dropped.
    m_testAttempt = nullptr;
    setTestState(TestState::Idle, QString());
}

void AccountFormBackend::finishTest(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        setTestState(TestState::Works, tr("It works: %1 accepted the %2.").arg(effectiveApiUrl().host(), secretLabel()));
        break;
    case ApiError::Kind::Auth:
        m_testSecretError = m_values.provider == Provider::SkySql
            ? tr("The API key was refused by %1.").arg(error.host())
            : tr("The API token was refused by %1.").arg(error.host());
        setTestState(TestState::WrongKey, error.httpStatus() == 403 ? error.message() : m_testSecretError);
        break;
    case ApiError::Kind::Network: {
        // Qt's own words ("Connection refused", the certificate problem) tell people what to fix.
        const QString message = error.detail().isEmpty() ? error.message()
                                                         : tr("%1 (%2)").arg(error.message(), error.detail());
        m_testApiUrlError = message;
        setTestState(TestState::Unreachable, message);
        break;
    }
    case ApiError::Kind::Timeout:
        setTestState(TestState::Timeout, error.message());
        break;
    default:
        setTestState(TestState::Failed, error.message());
        break;
    }
    refresh();
}

void AccountFormBackend::setTestState(TestState state, const QString &message)
{
    if (m_testState == state && m_testMessage == message)
        return;
    m_testState = state;
    m_testMessage = message;
    Q_EMIT testStateChanged();
}

void AccountFormBackend::connectionSettingsChanged()
{
    cancelTest();
    m_testSecretError.clear();
    m_testApiUrlError.clear();
    setTestState(TestState::Idle, QString());
}

void AccountFormBackend::touch(int fields)
{
    m_touched |= fields;
    refresh();
}

QUrl AccountFormBackend::effectiveApiUrl() const
{
    if (m_values.provider == Provider::SkySql) {
        return m_values.customApiUrl.trimmed().isEmpty() ? ProviderEndpoints::skySqlApiUrl()
                                                         : ProviderEndpoints::parseApiUrl(m_values.customApiUrl);
    }
    ScalingoRegion region;
    if (ProviderEndpoints::scalingoRegion(m_values.region, &region))
        return region.apiUrl;
    return ProviderEndpoints::parseApiUrl(m_values.customApiUrl);
}

QUrl AccountFormBackend::effectiveAuthUrl() const
{
    if (m_values.region != ProviderEndpoints::customRegionKey() || m_values.customAuthUrl.trimmed().isEmpty())
        return ProviderEndpoints::scalingoAuthUrl();
    return ProviderEndpoints::parseApiUrl(m_values.customAuthUrl);
}

AccountFormBackend::Errors AccountFormBackend::computeErrors() const
{
    Errors errors;
    const bool skySql = m_values.provider == Provider::SkySql;

    const QString name = m_values.displayName.simplified();
    if (name.isEmpty()) {
        errors.displayName = tr("Give the account a name.");
    } else {
        for (const Account &other : m_existingAccounts) {
            if (other.id != m_accountId && other.displayName.simplified().compare(name, Qt::CaseInsensitive) == 0) {
                errors.displayName = tr("Another account is already called “%1”.").arg(other.displayName.simplified());
                break;
            }
        }
    }

    const QString secretValue = secret();
    if (secretValue.isEmpty())
        errors.secret = skySql ? tr("Enter the API key.") : tr("Enter the API token.");
    else if (containsWhitespace(secretValue))
        errors.secret = skySql ? tr("An API key has no spaces; paste it again.")
                               : tr("An API token has no spaces; paste it again.");

    if (skySql && containsWhitespace(m_values.organizationId.trimmed()))
        errors.organizationId = tr("An organization id has no spaces.");

    QString problem;
    const bool customUrl = skySql ? !m_values.customApiUrl.trimmed().isEmpty()
                                  : m_values.region == ProviderEndpoints::customRegionKey();
    if (!skySql && !customUrl && !ProviderEndpoints::scalingoRegion(m_values.region, nullptr)) {
        errors.apiUrl = tr("Choose a region.");
    } else if (customUrl) {
        if (m_values.customApiUrl.trimmed().isEmpty())
            errors.apiUrl = tr("Enter the API address, e.g. https://api.example.com.");
        else if (!ProviderEndpoints::isAcceptableApiUrl(effectiveApiUrl(), &problem))
            errors.apiUrl = problem;
    }
    if (!skySql && customUrl && !m_values.customAuthUrl.trimmed().isEmpty()
        && !ProviderEndpoints::isAcceptableApiUrl(effectiveAuthUrl(), &problem))
        errors.authUrl = problem;
    return errors;
}

void AccountFormBackend::refresh()
{
    const Errors errors = computeErrors();

    const bool valid = errors.displayName.isEmpty() && errors.secret.isEmpty() && errors.organizationId.isEmpty()
        && errors.apiUrl.isEmpty() && errors.authUrl.isEmpty();

    Errors shown;
    if (m_touched & DisplayNameField)
        shown.displayName = errors.displayName;
    shown.secret = (m_touched & SecretField) && !errors.secret.isEmpty() ? errors.secret : m_testSecretError;
    if (m_touched & OrganizationIdField)
        shown.organizationId = errors.organizationId;
    shown.apiUrl = (m_touched & ApiUrlField) && !errors.apiUrl.isEmpty() ? errors.apiUrl : m_testApiUrlError;
    // A region choice is never "untouched": an unknown one is shown at once.
    if (shown.apiUrl.isEmpty() && m_values.provider == Provider::Scalingo
        && m_values.region != ProviderEndpoints::customRegionKey())
        shown.apiUrl = errors.apiUrl;
    if (m_touched & AuthUrlField)
        shown.authUrl = errors.authUrl;

    const Values &a = m_values;
    const Values &b = m_saved;
    const bool dirty = a.provider != b.provider || a.displayName != b.displayName || a.apiKey != b.apiKey
        || a.token != b.token || a.organizationId != b.organizationId || a.region != b.region
        || a.customApiUrl != b.customApiUrl || a.customAuthUrl != b.customAuthUrl;

    const bool customApiUrlRequired = m_values.provider == Provider::Scalingo
        && m_values.region == ProviderEndpoints::customRegionKey();

    const Errors previous = m_shown;
    m_shown = shown;
    if (previous.displayName != shown.displayName)
        Q_EMIT displayNameErrorChanged();
    if (previous.secret != shown.secret)
        Q_EMIT secretErrorChanged();
    if (previous.organizationId != shown.organizationId)
        Q_EMIT organizationIdErrorChanged();
    if (previous.apiUrl != shown.apiUrl)
        Q_EMIT apiUrlErrorChanged();
    if (previous.authUrl != shown.authUrl)
        Q_EMIT authUrlErrorChanged();
    if (m_valid != valid) {
        m_valid = valid;
        Q_EMIT validChanged();
    }
    if (m_dirty != dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged();
    }
    if (m_customApiUrlRequired != customApiUrlRequired) {
        m_customApiUrlRequired = customApiUrlRequired;
        Q_EMIT customApiUrlRequiredChanged();
    }
}
