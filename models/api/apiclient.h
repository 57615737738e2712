#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/responsecache.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSaveFile;
class QTimer;
class CircuitBreaker;
class RateLimiter;

// How a provider proves who we are. SkySQL adds a header; Scalingo first exchanges its API
// token for a short-lived bearer JWT, so preparing and renewing are asynchronous.
class ApiAuthenticator
{
public:
    using Done = std::function<void(const ApiError &error)>;

    virtual ~ApiAuthenticator();

    // Called before each attempt; calls done() once credentials are ready (or with an error).
    virtual void prepare(const Done &done);
    // Adds credentials to a request about to go to the account's own origin.
    virtual void authorize(QNetworkRequest &request) const = 0;
    // After a 401: renew the credentials (exchange the token again) and retry once.
    virtual bool canRenew() const;
    virtual void renew(const Done &done);
};

// Static headers (SkySQL's X-API-Key and X-SkySQL-Org-ID).
class HeaderAuthenticator final : public ApiAuthenticator
{
public:
    explicit HeaderAuthenticator(const QList<QPair<QByteArray, QByteArray>> &headers);
    void authorize(QNetworkRequest &request) const override;

private:
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

struct RetryPolicy {
    int maxAttempts = 4;                           // first try included
    std::chrono::milliseconds baseDelay{500};      // doubled each attempt
    std::chrono::milliseconds maxDelay{30000};
    double jitter = 0.25;                          // ± fraction of the delay
    std::chrono::seconds maxRetryAfter{120};       // a longer Retry-After is reported, not waited

    // Delay before attempt `attempt` (2 = first retry), without Retry-After. `random` in [0,1).
    std::chrono::milliseconds backoff(int attempt, double random) const;
};

// How long and how large an answer may be. The defaults let a dead or stalled server fail a
// whole export within 45 s; tests shorten them.
struct ApiLimits {
    // No byte received for this long: the attempt fails (QNetworkRequest's transfer timeout).
    std::chrono::milliseconds idle{15000};
    // One attempt, from sending to the last byte: a body trickling one byte every few seconds
    // never trips the idle timeout, so this does.
    std::chrono::milliseconds attempt{20000};
    // The whole call: every attempt, redirect and wait between them.
    std::chrono::milliseconds operation{40000};
    // Answers past these are aborted as soon as they pass (Content-Length or bytes received).
    qint64 maxJsonBytes = qint64(32) << 20;
    qint64 maxDocumentBytes = qint64(64) << 20;  // answers that are not JSON (invoice PDFs)
};

// Seconds to wait from a Retry-After value: delta-seconds or an HTTP-date. -1 if unreadable.
int parseRetryAfter(const QByteArray &value, const QDateTime &now);

// Turns an HTTP status and body into an ApiError: kind from the status, message and field
// errors from either provider's error body (SkySQL {"code","message",...,"metadata"},
// Scalingo {"error"} / {"errors": {field: [...]}}, or plain text such as "Retry later").
ApiError errorFromHttpResponse(int status, const QByteArray &body, const QString &endpoint);

// One request in flight. Emits finished() once, then deletes itself.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    const ApiResponse &response() const;
    const ApiError &error() const;
    bool ok() const;
    int attempts() const;
    // A download's file (ApiClient::download): there, whole, once the call succeeded.
    QString filePath() const;
    void cancel();

Q_SIGNALS:
    void finished();
    void retrying(int attempt, int delayMs, const ApiError &reason);

private:
    friend class ApiClient;
    explicit ApiCall(const ApiRequest &request, QObject *parent);

    // Why the client aborted the reply in flight, read when it finishes.
    enum class Abort { None, AttemptDeadline, OperationDeadline, TooLarge, FileNotWritten };

    ApiRequest m_request;
    ApiResponse m_response;
    ApiError m_error;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_renewedAuth = false;
    bool m_cancelled = false;
    bool m_finished = false;
    // The current attempt went to another host without the account's credentials.
    bool m_credentialsWithheld = false;
    Abort m_abort = Abort::None;
    QUrl m_currentUrl;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_attemptTimer = nullptr;
    QTimer *m_operationTimer = nullptr;
    std::optional<CachedResponse> m_storedCopy;  // looked up on first need
    // A download's destination, and the current attempt's file (committed only on success).
    QString m_filePath;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_fileBytes = 0;
    QString m_fileError;
};

// One per account: owns the account's auth, sends every request to its base URL through the
// injected QNetworkAccessManager, and is the one place that handles timeouts, deadlines, size caps, redirects,
// the circuit breaker, retries and turning status + body into an ApiError.
class ApiClient final : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, const QUrl &baseUrl,
              std::unique_ptr<ApiAuthenticator> authenticator, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const;
    QNetworkAccessManager *network() const;

    // The idle timeout (ApiLimits::idle).
    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const;
    void setLimits(const ApiLimits &limits);
    ApiLimits limits() const;
    // "SkySQL API": names what a 404 on a list says the address is not.
    void setApiName(const QString &name);
    // Shared by the account's clients (one is created for each client by default).
    void setCircuitBreaker(const std::shared_ptr<CircuitBreaker> &breaker);
    std::shared_ptr<CircuitBreaker> circuitBreaker() const;
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    // Optional client-side limit (not owned; may be shared by the account's clients): each
    // attempt waits for it before preparing credentials, and a 429 holds it off for everyone.
    void setRateLimiter(RateLimiter *limiter);
    RateLimiter *rateLimiter() const;

    // Where this account's GET responses are kept (not owned; null keeps nothing). With one, a
    // GET asks conditionally (If-None-Match / If-Modified-Since), a 304 is answered with the
    // stored body, and a stored copy stands in when the server cannot answer (the response's
    // storedAt and staleReason say so).
    void setResponseCache(ResponseCache *cache);
    // Offline: every GET is answered from the stored responses only; nothing goes out.
    void setOffline(bool offline);
    // Paint from the store first (the window): the first time in this client's life a GET of
    // FetchPolicy::Default is sent, its stored copy answers at once (storedAt says when it was
    // fetched) and the same request goes to the server behind it; when the server's answer
    // differs, storedCopyReplaced() says so and the caller reads again.
    void setStoredFirst(bool storedFirst);
    // The key a GET's response is kept under ("GET /path?query"); empty when it is not kept
    // (writes, download links, anything but JSON).
    static QString cacheKey(const ApiRequest &request);

    // The URL a request goes to (base URL + path + query), for tests and logs.
    QUrl urlFor(const ApiRequest &request) const;

    ApiCall *send(const ApiRequest &request);
    // As send(), for an answer that is a document (an invoice PDF): its body is written to
    // `filePath` as it arrives, never held whole in memory. The file appears, atomically, only
    // once the whole answer came with a success status; a failure, an abort, the size cap, a
    // deadline or an attempt restarted for a retry or a redirect leaves nothing there, not even
    // part of it. The response's body stays empty.
    ApiCall *download(const ApiRequest &request, const QString &filePath);

Q_SIGNALS:
    // A copy answered from the store first was replaced by a different answer from the server.
    void storedCopyReplaced(const QString &key);

private:
    // The call's stored copy, read from the cache once per call (invalid when none is kept).
    const CachedResponse &storedCopy(ApiCall *call) const;
    // Finishes the call with its stored copy as the answer.
    void answerWithStoredCopy(ApiCall *call, const ApiError &staleReason);
    bool answerFromStore(ApiCall *call);
    void revalidate(const ApiRequest &request, const QByteArray &storedBody);
    bool standInForFailure(ApiCall *call, const ApiError &error);
    void startAttempt(ApiCall *call);
    void prepareAndSend(ApiCall *call);
    void sendOnNetwork(ApiCall *call);
    void handleReply(ApiCall *call, QNetworkReply *reply);
    // Writes what a download's successful answer has brought so far to its file.
    void saveArrivedBytes(ApiCall *call, QNetworkReply *reply);
    bool commitFile(ApiCall *call);
    ApiError fileError(const ApiCall *call) const;
    ApiError transportError(const ApiCall *call, const QNetworkReply *reply) const;
    // Follows a redirect (true) or says why not in `error`.
    bool followRedirect(ApiCall *call, const QNetworkReply *reply, ApiError *error);
    void retryOrFail(ApiCall *call, const ApiError &error);
    void operationExpired(ApiCall *call);
    qint64 sizeCap(const ApiRequest &request) const;
    void finishWithError(ApiCall *call, ApiError error);
    void finish(ApiCall *call);
    bool isSameOrigin(const QUrl &url) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::unique_ptr<ApiAuthenticator> m_authenticator;
    ApiLimits m_limits;
    QString m_apiName;
    RetryPolicy m_retryPolicy;
    QPointer<RateLimiter> m_rateLimiter;
    ResponseCache *m_cache = nullptr;
    bool m_offline = false;
    bool m_storedFirst = false;
    QSet<QString> m_answeredFirst;  // keys already answered from the store first
    std::shared_ptr<CircuitBreaker> m_circuitBreaker;
};
