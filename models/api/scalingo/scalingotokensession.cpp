#include "api/scalingo/scalingotokensession.h"

#include "api/scalingo/scalingodecoders.h"
#include "api/scalingo/scalingorequests.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcScalingoAuth, "billdeck.scalingo.auth", QtInfoMsg)

namespace
{
// HTTP Basic towards the auth host: empty user, the API token as password. Reads the token
// from the session each time, so a replaced token is used at once.
class ExchangeAuthenticator final : public ApiAuthenticator
{
public:
    explicit ExchangeAuthenticator(const QString *apiToken)
        : m_apiToken(apiToken)
    {
    }

    void authorize(QNetworkRequest &request) const override
    {
        request.setRawHeader("Authorization", ScalingoRequests::basicAuthorization(*m_apiToken));
    }

private:
    const QString *m_apiToken;
};

ApiError missingTokenError(const QUrl &authUrl)
{
    ApiError error(ApiError::Kind::Auth, QCoreApplication::translate("ScalingoTokenSession", "no API token is set for this account"));
    error.setHttpStatus(401);
    error.setHost(authUrl.host());
    error.setEndpoint(ScalingoRequests::tokenExchange().endpoint());
    return error;
}
}

ScalingoTokenSession::ScalingoTokenSession(QNetworkAccessManager *network, const QUrl &authUrl,
                                           const QString &apiToken, QObject *parent)
    : QObject(parent)
    , m_authUrl(authUrl)
    , m_apiToken(apiToken)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_exchangeClient(std::make_unique<ApiClient>(network, authUrl, std::make_unique<ExchangeAuthenticator>(&m_apiToken)))
{
}

ScalingoTokenSession::~ScalingoTokenSession()
{
    // Waiting requests belong to ApiClients that may outlive us; they must not wait forever.
    if (!m_waiting.empty())
        finishExchange(ApiError(ApiError::Kind::Cancelled, QString()));
}

QUrl ScalingoTokenSession::authUrl() const
{
    return m_authUrl;
}

ApiClient *ScalingoTokenSession::exchangeClient() const
{
    return m_exchangeClient.get();
}

void ScalingoTokenSession::setApiToken(const QString &apiToken)
{
    m_apiToken = apiToken;
    m_jwt.clear();
    m_expiry = QDateTime();
}

bool ScalingoTokenSession::hasApiToken() const
{
    return !m_apiToken.isEmpty();
}

void ScalingoTokenSession::setClock(const Clock &clock)
{
    m_clock = clock;
}

bool ScalingoTokenSession::hasBearer() const
{
    return !m_jwt.isEmpty();
}

QDateTime ScalingoTokenSession::bearerExpiry() const
{
    return m_expiry;
}

QByteArray ScalingoTokenSession::authorizationHeader() const
{
    return m_jwt.isEmpty() ? QByteArray() : ScalingoRequests::bearerAuthorization(m_jwt);
}

bool ScalingoTokenSession::needsExchange(const QDateTime &now) const
{
    if (m_jwt.isEmpty() || !m_expiry.isValid())
        return true;
    return now.secsTo(m_expiry) < RenewMargin.count();
}

int ScalingoTokenSession::exchangeCount() const
{
    return m_exchangeCount;
}

ApiError ScalingoTokenSession::setBearer(const QByteArray &jwt)
{
    ApiError error;
    const QDateTime expiry = ScalingoDecoders::jwtExpiry(jwt, &error);
    if (error.isError())
        return error;
    m_jwt = jwt;
    m_expiry = expiry;
    return ApiError();
}

void ScalingoTokenSession::ensureFresh(const Done &done)
{
    if (m_exchange.isNull() && !needsExchange(m_clock())) {
        done(ApiError());
        return;
    }
    queue(done);
}

void ScalingoTokenSession::forceExchange(const Done &done)
{
    queue(done);
}

void ScalingoTokenSession::queue(const Done &done)
{
    m_waiting.push_back(done);
    if (m_exchange.isNull())
        startExchange();
}

void ScalingoTokenSession::startExchange()
{
    if (m_apiToken.isEmpty()) {
        finishExchange(missingTokenError(m_authUrl));
        return;
    }
    ++m_exchangeCount;
    qCDebug(lcScalingoAuth) << "exchanging the API token at" << m_authUrl.host();
    ApiCall *call = m_exchangeClient->send(ScalingoRequests::tokenExchange());
    m_exchange = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_exchange = nullptr;
        if (!call->ok()) {
            finishExchange(call->error());
            return;
        }
        ApiError error;
        const QByteArray jwt = ScalingoDecoders::exchangedToken(call->response().body, &error);
        if (!error.isError())
            error = setBearer(jwt);
        if (error.isError())
            error.setHost(m_authUrl.host());
        finishExchange(error);
    });
}

void ScalingoTokenSession::finishExchange(const ApiError &error)
{
    if (error.isError()) {
        // A JWT that could not be renewed is not trusted any longer.
        m_jwt.clear();
        m_expiry = QDateTime();
        qCInfo(lcScalingoAuth) << "token exchange failed:" << ApiError::kindName(error.kind()) << error.httpStatus();
        Q_EMIT exchangeFailed(error);
    } else {
        Q_EMIT exchanged(m_expiry);
    }
    // Callbacks may queue again (a retry): take the list first.
    std::vector<Done> waiting;
    waiting.swap(m_waiting);
    for (const Done &done : waiting)
        done(error);
}

ScalingoAuthenticator::ScalingoAuthenticator(ScalingoTokenSession *session)
    : m_session(session)
{
}

void ScalingoAuthenticator::prepare(const Done &done)
{
    if (!m_session) {
        done(ApiError(ApiError::Kind::Auth, QStringLiteral("the Scalingo session is closed")));
        return;
    }
    m_session->ensureFresh(done);
}

void ScalingoAuthenticator::authorize(QNetworkRequest &request) const
{
    if (m_session && m_session->hasBearer())
        request.setRawHeader("Authorization", m_session->authorizationHeader());
}

bool ScalingoAuthenticator::canRenew() const
{
    return !m_session.isNull();
}

void ScalingoAuthenticator::renew(const Done &done)
{
    if (!m_session) {
        done(ApiError(ApiError::Kind::Auth, QStringLiteral("the Scalingo session is closed")));
        return;
    }
    m_session->forceExchange(done);
}
