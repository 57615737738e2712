#pragma once

#include "api/apiclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

// Holds a Scalingo account's API token and the bearer JWT it is exchanged for, both in memory
// only, and exchanges the token again when the JWT is close to expiry or refused. Every ApiClient
// of the account (regional API, billing host) authenticates through one session, so they share
// one JWT and one exchange. Neither secret is ever logged or put into an error.
class ScalingoTokenSession final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    using Done = ApiAuthenticator::Done;

    // Scalingo's own clients exchange again when fewer than 5 minutes are left.
    static constexpr std::chrono::seconds RenewMargin{300};

    // Exchanges at `authUrl` (https://auth.scalingo.com, or the demo backend) through its own
    // ApiClient on `network`.
    ScalingoTokenSession(QNetworkAccessManager *network, const QUrl &authUrl, const QString &apiToken,
                         QObject *parent = nullptr);
    ~ScalingoTokenSession() override;

    QUrl authUrl() const;
    // The client that talks to the auth host; exposed for timeouts and tests.
    ApiClient *exchangeClient() const;

    // Replaces the API token and forgets the JWT obtained with the old one.
    void setApiToken(const QString &apiToken);
    bool hasApiToken() const;

    // Current time source (UTC); tests inject a fixed clock.
    void setClock(const Clock &clock);

    bool hasBearer() const;
    QDateTime bearerExpiry() const;
    // "Bearer <jwt>", for ScalingoAuthenticator; empty without a JWT.
    QByteArray authorizationHeader() const;
    // True without a JWT or when its exp is less than RenewMargin after `now`.
    bool needsExchange(const QDateTime &now) const;
    // Exchanges done since construction, for tests and diagnostics.
    int exchangeCount() const;

    // Calls `done` once a JWT valid for at least RenewMargin is held: at once when it already
    // is, else after an exchange. Concurrent callers share one exchange.
    void ensureFresh(const Done &done);
    // Exchanges now (the JWT was refused), joining an exchange already running.
    void forceExchange(const Done &done);

    // Accepts a JWT obtained elsewhere (tests); a malformed one is a Decode error and is not kept.
    ApiError setBearer(const QByteArray &jwt);

Q_SIGNALS:
    void exchanged(const QDateTime &expiry);
    void exchangeFailed(const ApiError &error);

private:
    void queue(const Done &done);
    void startExchange();
    void finishExchange(const ApiError &error);

    QUrl m_authUrl;
    QString m_apiToken;
    QByteArray m_jwt;
    QDateTime m_expiry;
    Clock m_clock;
    int m_exchangeCount = 0;
    std::vector<Done> m_waiting;
    QPointer<ApiCall> m_exchange;
    // Declared last: destroyed first, while the token it reads still exists.
    std::unique_ptr<ApiClient> m_exchangeClient;
};

// The authenticator of a Scalingo ApiClient: prepares by making sure the session holds a fresh
// JWT, sends it as "Authorization: Bearer", and after a 401 forces a new exchange.
class ScalingoAuthenticator final : public ApiAuthenticator
{
public:
    explicit ScalingoAuthenticator(ScalingoTokenSession *session);

    void prepare(const Done &done) override;
    void authorize(QNetworkRequest &request) const override;
    bool canRenew() const override;
    void renew(const Done &done) override;

private:
    QPointer<ScalingoTokenSession> m_session;
};
