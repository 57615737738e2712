#include "api/apiclient.h"

#include "api/circuitbreaker.h"
#include "api/ratelimiter.h"
#include "api/responsecache.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcApi, "billdeck.api", QtInfoMsg)

namespace
{
constexpr int MaxRedirects = 5;
// A download is written to its file in pieces this large at most, as they arrive.
constexpr qint64 DownloadChunkBytes = 64 * 1024;
const QByteArray UserAgent = QByteArrayLiteral("Billdeck/" "0.1");

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Connection, proxy and protocol failures: there is no HTTP answer to interpret.
    // Content errors (201-299) and server errors (401-499) carry an HTTP status instead.
    const int code = static_cast<int>(error);
    return (code >= 1 && code <= 199) || (code >= 301 && code <= 399);
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(static_cast<double>(duration.count()) / 1000.0, 'g', 3);
}

QString megabytes(qint64 bytes)
{
    return QStringLiteral("more than %1 MB").arg(QString::number(static_cast<double>(bytes) / (1 << 20), 'g', 3));
}

// Opens a download's file on its first bytes (or at the end of an empty answer), with its folder.
bool openOnce(QSaveFile &file, const QString &path)
{
    return file.isOpen() || (QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly));
}

bool isSafeMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD";
}

QString firstString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray() && !value.toArray().isEmpty())
        return firstString(value.toArray().first());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"message", "msg", "error", "detail"}) {
            const QString text = firstString(object.value(QLatin1String(key)));
            if (!text.isEmpty())
                return text;
        }
    }
    return QString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    if (value.isString()) {
        if (!value.toString().isEmpty())
            result << value.toString();
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            const QString text = firstString(item);
            if (!text.isEmpty())
                result << text;
        }
    }
    return result;
}
}

ApiAuthenticator::~ApiAuthenticator() = default;

void ApiAuthenticator::prepare(const Done &done)
{
    done(ApiError());
}

bool ApiAuthenticator::canRenew() const
{
    return false;
}

void ApiAuthenticator::renew(const Done &done)
{
    done(ApiError());
}

HeaderAuthenticator::HeaderAuthenticator(const QList<QPair<QByteArray, QByteArray>> &headers)
    : m_headers(headers)
{
}

void HeaderAuthenticator::authorize(QNetworkRequest &request) const
{
    for (const auto &header : m_headers)
        request.setRawHeader(header.first, header.second);
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt, double random) const
{
    const int exponent = std::clamp(attempt - 2, 0, 20);
    const double base = std::min(static_cast<double>(baseDelay.count()) * std::pow(2.0, exponent),
                                 static_cast<double>(maxDelay.count()));
    const double factor = 1.0 + jitter * (2.0 * random - 1.0);
    // Jitter spreads retries out but never beyond maxDelay: a caller's cap is a promise.
    const double delay = std::clamp(base * factor, 0.0, static_cast<double>(maxDelay.count()));
    return std::chrono::milliseconds(static_cast<qint64>(delay));
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    // A wait longer than an int holds is the longest one, still a wait the caller reports rather
    // than "not said" (which would retry at once) or a wrapped, negative number.
    constexpr qint64 Longest = std::numeric_limits<int>::max();
    // delta-seconds: digits only.
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool fits = false;
        const qint64 seconds = trimmed.toLongLong(&fits);
        return static_cast<int>(fits ? std::min(seconds, Longest) : Longest);
    }
    // HTTP-date, IMF-fixdate form: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    // Rounded up: at 07:27:00.9 "07:28:00" is 59.1 s away, and a wait of 59 s would ask again
    // before the server's time (secsTo() rounds toward zero).
    const qint64 milliseconds = now.msecsTo(when);
    const qint64 seconds = milliseconds <= 0 ? 0 : (milliseconds + 999) / 1000;
    return static_cast<int>(std::min(seconds, Longest));
}

ApiError errorFromHttpResponse(int status, const QByteArray &body, const QString &endpoint)
{
    ApiError::Kind kind = ApiError::Kind::Server;
    if (status == 401 || status == 403)
        kind = ApiError::Kind::Auth;
    else if (status == 404 || status == 410)
        kind = ApiError::Kind::NotFound;
    else if (status == 408)
        kind = ApiError::Kind::Timeout;
    else if (status == 429)
        kind = ApiError::Kind::RateLimited;
    else if (status >= 400 && status < 500)
        kind = ApiError::Kind::Validation;

    ApiError error(kind, QStringLiteral("HTTP %1").arg(status));
    error.setHttpStatus(status);
    error.setEndpoint(endpoint);

    QString message;
    QMap<QString, QStringList> fields;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        // SkySQL: {"code", "message", "type", "location", "solution", ..., "metadata": [{key, value}]}
        message = firstString(object.value(QLatin1String("message")));
        // Scalingo: {"error": "..."}; some APIs nest it as {"error": {"message": ...}}.
        if (message.isEmpty())
            message = firstString(object.value(QLatin1String("error")));
        // FastAPI-style {"detail": "..."} or {"detail": [{"loc": [...], "msg": ...}]}.
        const QJsonValue detail = object.value(QLatin1String("detail"));
        if (detail.isArray()) {
            const QJsonArray items = detail.toArray();
            for (const QJsonValue &item : items) {
                const QJsonObject entry = item.toObject();
                const QJsonArray location = entry.value(QLatin1String("loc")).toArray();
                const QString field = location.isEmpty() ? QString() : location.last().toVariant().toString();
                const QString text = entry.value(QLatin1String("msg")).toString();
                if (!field.isEmpty() && !text.isEmpty())
                    fields[field] << text;
            }
        } else if (message.isEmpty()) {
            message = firstString(detail);
        }
        // Scalingo 422: {"errors": {"field": ["message", ...]}}.
        const QJsonValue errors = object.value(QLatin1String("errors"));
        if (errors.isObject()) {
            const QJsonObject byField = errors.toObject();
            // A field with no message ({"vat_number": []}) is no error to show beside it.
            for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
                const QStringList messages = stringList(it.value());
                if (!messages.isEmpty())
                    fields[it.key()] << messages;
            }
        } else if (errors.isArray() && message.isEmpty()) {
            message = firstString(errors);
        }
        const QJsonValue metadata = object.value(QLatin1String("metadata"));
        if (metadata.isArray() && (status == 400 || status == 422)) {
            const QJsonArray entries = metadata.toArray();
            for (const QJsonValue &entry : entries) {
                const QJsonObject pair = entry.toObject();
                const QString key = pair.value(QLatin1String("key")).toString();
                const QString value = pair.value(QLatin1String("value")).toVariant().toString();
                if (!key.isEmpty() && !value.isEmpty())
                    fields[key] << value;
            }
        }
        const QString solution = object.value(QLatin1String("solution")).toString();
        if (!solution.isEmpty() && !message.isEmpty() && solution != message)
            message += QStringLiteral(" (%1)").arg(solution);
    } else {
        // Plain text, like Scalingo's 429 "Retry later"; keep it short and printable.
        const QString text = QString::fromUtf8(body).simplified();
        if (!text.isEmpty() && !text.startsWith(QLatin1Char('<')))
            message = text.left(200);
    }
    error.setProviderMessage(message);
    error.setFieldErrors(fields);
    return error;
}

ResponseCache::~ResponseCache() = default;

ApiCall::ApiCall(const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
}

// An uncommitted QSaveFile removes what it wrote when it goes.
ApiCall::~ApiCall() = default;

QString ApiCall::filePath() const
{
    return m_filePath;
}

const ApiResponse &ApiCall::response() const
{
    return m_response;
}

const ApiError &ApiCall::error() const
{
    return m_error;
}

bool ApiCall::ok() const
{
    return !m_error.isError();
}

int ApiCall::attempts() const
{
    return m_attempts;
}

void ApiCall::cancel()
{
    m_cancelled = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply)
        m_reply->abort();
}

ApiClient::ApiClient(QNetworkAccessManager *network, const QUrl &baseUrl,
                     std::unique_ptr<ApiAuthenticator> authenticator, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_authenticator(std::move(authenticator))
    , m_circuitBreaker(std::make_shared<CircuitBreaker>())
{
    Q_ASSERT(m_network);
    Q_ASSERT(m_authenticator);
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::baseUrl() const
{
    return m_baseUrl;
}

QNetworkAccessManager *ApiClient::network() const
{
    return m_network;
}

void ApiClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_limits.idle = timeout;
}

std::chrono::milliseconds ApiClient::transferTimeout() const
{
    return m_limits.idle;
}

void ApiClient::setLimits(const ApiLimits &limits)
{
    m_limits = limits;
}

ApiLimits ApiClient::limits() const
{
    return m_limits;
}

void ApiClient::setApiName(const QString &name)
{
    m_apiName = name;
}

void ApiClient::setCircuitBreaker(const std::shared_ptr<CircuitBreaker> &breaker)
{
    Q_ASSERT(breaker);
    m_circuitBreaker = breaker;
}

std::shared_ptr<CircuitBreaker> ApiClient::circuitBreaker() const
{
    return m_circuitBreaker;
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
}

RetryPolicy ApiClient::retryPolicy() const
{
    return m_retryPolicy;
}

void ApiClient::setResponseCache(ResponseCache *cache)
{
    m_cache = cache;
}

void ApiClient::setOffline(bool offline)
{
    m_offline = offline;
}

void ApiClient::setStoredFirst(bool storedFirst)
{
    m_storedFirst = storedFirst;
}

QString ApiClient::cacheKey(const ApiRequest &request)
{
    if (request.method != "GET" || request.absoluteUrl.isValid() || !request.accept.contains("json"))
        return QString();
    QString key = QStringLiteral("GET ") + request.path;
    if (!request.query.isEmpty())
        key += QLatin1Char('?') + request.query.query(QUrl::FullyEncoded);
    return key;
}

const CachedResponse &ApiClient::storedCopy(ApiCall *call) const
{
    if (!call->m_storedCopy) {
        const QString key = cacheKey(call->m_request);
        call->m_storedCopy = m_cache && !key.isEmpty() ? m_cache->lookup(key) : CachedResponse();
    }
    return *call->m_storedCopy;
}

void ApiClient::answerWithStoredCopy(ApiCall *call, const ApiError &staleReason)
{
    const CachedResponse &stored = storedCopy(call);
    call->m_response = ApiResponse();
    call->m_response.status = 200;
    call->m_response.body = stored.body;
    call->m_response.url = call->m_currentUrl;
    call->m_response.storedAt = stored.fetchedAt;
    call->m_response.staleReason = staleReason;
    finish(call);
}

bool ApiClient::answerFromStore(ApiCall *call)
{
    ApiRequest &request = call->m_request;
    const QString key = cacheKey(request);
    if (m_offline && !key.isEmpty())
        request.fetchPolicy = FetchPolicy::StoredOnly;
    if (request.fetchPolicy == FetchPolicy::Default) {
        if (key.isEmpty() || !m_storedFirst || m_answeredFirst.contains(key) || !storedCopy(call).isValid())
            return false;
        m_answeredFirst.insert(key);
        const ApiRequest asked = request;
        const QByteArray storedBody = storedCopy(call).body;
        answerWithStoredCopy(call, ApiError());
        revalidate(asked, storedBody);
        return true;
    }
    if (key.isEmpty() || request.fetchPolicy == FetchPolicy::Network)
        return false;
    if (storedCopy(call).isValid()) {
        answerWithStoredCopy(call, ApiError());
        return true;
    }
    if (request.fetchPolicy == FetchPolicy::StoredOnly) {
        finishWithError(call, ApiError(ApiError::Kind::NotStored, QStringLiteral("no stored copy of %1").arg(key)));
        return true;
    }
    return false;
}

void ApiClient::revalidate(const ApiRequest &request, const QByteArray &storedBody)
{
    ApiRequest again = request;
    again.fetchPolicy = FetchPolicy::Network;
    ApiCall *check = send(again);
    connect(check, &ApiCall::finished, this, [this, check, storedBody, key = cacheKey(request)] {
        // A 304 or a failure answers with the stored body: nothing to read again.
        if (check->ok() && check->response().body != storedBody)
            Q_EMIT storedCopyReplaced(key);
    });
}

bool ApiClient::standInForFailure(ApiCall *call, const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Auth:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
        break;
    default:
        return false;  // a wrong request or a deleted item is not hidden behind old data
    }
    if (!storedCopy(call).isValid())
        return false;
    qCInfo(lcApi) << call->m_request.endpoint() << "answered from the store as of" << storedCopy(call).fetchedAt
                  << "after" << ApiError::kindName(error.kind());
    answerWithStoredCopy(call, error);
    return true;
}

void ApiClient::setRateLimiter(RateLimiter *limiter)
{
    m_rateLimiter = limiter;
}

RateLimiter *ApiClient::rateLimiter() const
{
    return m_rateLimiter;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    if (request.absoluteUrl.isValid())
        return request.absoluteUrl;
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // request.path is already percent-encoded (ids go through SkySqlRequests::segment); the
    // default DecodedMode would encode its escapes again ("a%2Fb" sent as "a%252Fb").
    url.setPath(basePath + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

bool ApiClient::isSameOrigin(const QUrl &url) const
{
    return url.scheme() == m_baseUrl.scheme() && url.host() == m_baseUrl.host()
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

ApiCall *ApiClient::download(const ApiRequest &request, const QString &filePath)
{
    Q_ASSERT(!filePath.isEmpty());
    // A document is never answered from the stored responses (cacheKey() keeps only JSON).
    ApiCall *call = send(request);
    call->m_filePath = filePath;
    return call;
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(request, this);
    call->m_currentUrl = urlFor(request);
    call->m_attemptTimer = new QTimer(call);
    call->m_attemptTimer->setSingleShot(true);
    connect(call->m_attemptTimer, &QTimer::timeout, call, [call] {
        if (call->m_reply) {
            call->m_abort = ApiCall::Abort::AttemptDeadline;
            call->m_reply->abort();
        }
    });
    // The operation's deadline runs from now: waits on the rate limiter, on credentials and
    // between retries all count.
    call->m_operationTimer = new QTimer(call);
    call->m_operationTimer->setSingleShot(true);
    connect(call->m_operationTimer, &QTimer::timeout, call, [this, call] { operationExpired(call); });
    call->m_operationTimer->start(m_limits.operation);
    // Start on the next turn of the event loop so callers can connect to finished() first.
    QTimer::singleShot(0, call, [this, call] {
        if (!answerFromStore(call))
            startAttempt(call);
    });
    return call;
}

void ApiClient::startAttempt(ApiCall *call)
{
    if (call->m_finished)
        return;
    if (call->m_cancelled) {
        finishWithError(call, ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    // The origin already failed twice in a row: fail at once with what it did, sending nothing.
    const ApiError refusal = m_circuitBreaker->refusal(urlFor(call->m_request));
    if (refusal.isError()) {
        ApiError error = refusal;
        error.setEndpoint(call->m_request.endpoint());
        finishWithError(call, error);
        return;
    }
    ++call->m_attempts;
    if (m_rateLimiter) {
        QPointer<ApiCall> guard(call);
        m_rateLimiter->acquire(call, [this, guard] {
            if (guard && !guard->m_finished)
                prepareAndSend(guard);
        });
        return;
    }
    prepareAndSend(call);
}

void ApiClient::prepareAndSend(ApiCall *call)
{
    // Cancelled while waiting for the rate limiter.
    if (call->m_cancelled) {
        finishWithError(call, ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }
    QPointer<ApiCall> guard(call);
    m_authenticator->prepare([this, guard](const ApiError &error) {
        if (!guard || guard->m_finished)
            return;
        if (error.isError())
            finishWithError(guard, error);
        else
            sendOnNetwork(guard);
    });
}

void ApiClient::sendOnNetwork(ApiCall *call)
{
    const ApiRequest &request = call->m_request;
    QNetworkRequest networkRequest(call->m_currentUrl);
    networkRequest.setRawHeader("Accept", request.accept);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, UserAgent);
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT" || request.method == "PATCH")
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 request.contentType.isEmpty() ? QByteArrayLiteral("application/json") : request.contentType);
    // Credentials only go to the account's own origin, never to a redirect target elsewhere
    // (a PDF download redirected to a storage host).
    call->m_credentialsWithheld = !isSameOrigin(call->m_currentUrl);
    if (!call->m_credentialsWithheld)
        m_authenticator->authorize(networkRequest);
    networkRequest.setTransferTimeout(static_cast<int>(m_limits.idle.count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Ask whether the stored copy is still current: an unchanged account costs 304s, not bodies.
    if (isSameOrigin(call->m_currentUrl)) {
        const CachedResponse &stored = storedCopy(call);
        if (stored.isValid() && !stored.etag.isEmpty())
            networkRequest.setRawHeader("If-None-Match", stored.etag);
        else if (stored.isValid() && !stored.lastModified.isEmpty())
            networkRequest.setRawHeader("If-Modified-Since", stored.lastModified);
    }

    // A followed redirect keeps the method and body: only 307/308 are followed for a change
    // (followRedirect), and a GET stays a GET.
    QNetworkReply *reply = request.method == "GET" ? m_network->get(networkRequest)
                                                   : m_network->sendCustomRequest(networkRequest, request.method, request.body);
    call->m_reply = reply;
    call->m_abort = ApiCall::Abort::None;
    qCDebug(lcApi) << "sending" << request.endpoint() << "attempt" << call->m_attempts;
    const qint64 cap = sizeCap(request);
    // Stop reading as soon as the answer announces or passes the cap, not once it is all in memory.
    connect(reply, &QNetworkReply::downloadProgress, call, [call, reply, cap](qint64 received, qint64 total) {
        if ((received > cap || total > cap) && call->m_reply == reply && call->m_abort == ApiCall::Abort::None) {
            call->m_abort = ApiCall::Abort::TooLarge;
            reply->abort();
        }
    });
    if (!call->m_filePath.isEmpty()) {
        // Each attempt writes a file of its own: what an earlier one wrote (cut off, or before
        // a redirect) is dropped with its QSaveFile and never mixes with this answer.
        call->m_file = std::make_unique<QSaveFile>(call->m_filePath);
        call->m_fileBytes = 0;
        connect(reply, &QNetworkReply::readyRead, call, [this, call, reply] { saveArrivedBytes(call, reply); });
    }
    connect(reply, &QNetworkReply::finished, call, [this, call, reply] { handleReply(call, reply); });
    call->m_attemptTimer->start(m_limits.attempt);
}

void ApiClient::saveArrivedBytes(ApiCall *call, QNetworkReply *reply)
{
    // Only a success's body is the document: a redirect's or an error's stays in the reply,
    // where handleReply reads it as it does for any request.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!call->m_file || call->m_reply != reply || call->m_abort != ApiCall::Abort::None || status < 200 || status >= 300)
        return;
    QSaveFile &file = *call->m_file;
    bool written = openOnce(file, call->m_filePath);
    while (written && reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(DownloadChunkBytes);
        written = file.write(chunk) == chunk.size();
        call->m_fileBytes += chunk.size();
    }
    if (!written) {
        call->m_fileError = file.errorString();
        call->m_abort = ApiCall::Abort::FileNotWritten;
        reply->abort();
    }
}

bool ApiClient::commitFile(ApiCall *call)
{
    QSaveFile &file = *call->m_file;
    // An empty answer never opened the file: it is an empty document, for its reader to refuse.
    const bool written = openOnce(file, call->m_filePath) && file.commit();
    if (!written)
        call->m_fileError = file.errorString();
    call->m_file.reset();
    return written;
}

qint64 ApiClient::sizeCap(const ApiRequest &request) const
{
    return request.accept.contains("json") ? m_limits.maxJsonBytes : m_limits.maxDocumentBytes;
}

void ApiClient::operationExpired(ApiCall *call)
{
    if (call->m_finished)
        return;
    if (call->m_reply) {
        // handleReply reports it, as a timeout that is not retried.
        call->m_abort = ApiCall::Abort::OperationDeadline;
        call->m_reply->abort();
        return;
    }
    // Waiting on the rate limiter, on credentials or to retry.
    if (call->m_retryTimer)
        call->m_retryTimer->stop();
    ApiError error(ApiError::Kind::Timeout, QStringLiteral("no answer within the request's %1 s").arg(seconds(m_limits.operation)));
    finishWithError(call, error);
}

ApiError ApiClient::transportError(const ApiCall *call, const QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    ApiError error;
    switch (call->m_abort) {
    case ApiCall::Abort::TooLarge:
        return ApiError::fromCause(ApiError::Cause::TooLarge, megabytes(sizeCap(call->m_request)));
    case ApiCall::Abort::FileNotWritten:
        return fileError(call);
    case ApiCall::Abort::AttemptDeadline:
        error = ApiError(ApiError::Kind::Timeout, QStringLiteral("the answer took longer than %1 s").arg(seconds(m_limits.attempt)));
        break;
    case ApiCall::Abort::OperationDeadline:
        error = ApiError(ApiError::Kind::Timeout, QStringLiteral("no answer within the request's %1 s").arg(seconds(m_limits.operation)));
        break;
    case ApiCall::Abort::None:
        if (networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::OperationCanceledError)
            error = ApiError(ApiError::Kind::Timeout, QStringLiteral("no byte for %1 s").arg(seconds(m_limits.idle)));
        else if (networkError == QNetworkReply::SslHandshakeFailedError)
            error = ApiError(ApiError::Kind::Network, QStringLiteral("TLS certificate problem: %1").arg(reply->errorString()));
        else if (status == 0 && networkError == QNetworkReply::RemoteHostClosedError)
            error = ApiError::fromCause(ApiError::Cause::ConnectionClosed, reply->errorString());
        else if (status > 0)
            // The answer had begun: its status and headers came, the rest did not.
            error = ApiError::fromCause(ApiError::Cause::BodyCutShort, reply->errorString());
        else
            error = ApiError(ApiError::Kind::Network, reply->errorString());
        break;
    }
    error.setHttpStatus(call->m_abort == ApiCall::Abort::None ? status : 0);
    return error;
}

bool ApiClient::followRedirect(ApiCall *call, const QNetworkReply *reply, ApiError *error)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl target = reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    const bool keepsMethod = status == 307 || status == 308;
    if (!target.isValid() || ++call->m_redirects > MaxRedirects) {
        *error = ApiError::fromCause(ApiError::Cause::TooManyRedirects,
                                     target.isValid() ? QStringLiteral("more than %1 redirects").arg(MaxRedirects)
                                                      : QStringLiteral("a redirect without a valid target"));
    } else if (call->m_currentUrl.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
        *error = ApiError::fromCause(ApiError::Cause::InsecureRedirect,
                                     QStringLiteral("refused a redirect from https to %1").arg(target.scheme()));
    } else if (!keepsMethod && !isSafeMethod(call->m_request.method)) {
        // 301/302/303 would turn the change into a GET that does nothing, reported as done.
        *error = ApiError::fromCause(ApiError::Cause::RedirectChangesMethod,
                                     QStringLiteral("HTTP %1 to a %2").arg(status).arg(QString::fromLatin1(call->m_request.method)));
    } else {
        call->m_currentUrl = target;
        return true;
    }
    error->setHttpStatus(status);
    return false;
}

void ApiClient::handleReply(ApiCall *call, QNetworkReply *reply)
{
    reply->deleteLater();
    // The rest of a download's body goes to its file while the reply is still the call's.
    saveArrivedBytes(call, reply);
    call->m_reply = nullptr;
    call->m_attemptTimer->stop();
    if (call->m_finished)
        return;
    const ApiRequest &request = call->m_request;
    const QString endpoint = request.endpoint();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    // What the answer's body holds: in the reply, or for a download in its file.
    const qint64 received = call->m_file ? call->m_fileBytes : reply->bytesAvailable();

    if (call->m_cancelled) {
        finishWithError(call, ApiError(ApiError::Kind::Cancelled, QString()));
        return;
    }

    ApiError error;
    if (call->m_abort != ApiCall::Abort::None || isTransportError(networkError)
        || (status == 0 && networkError != QNetworkReply::NoError)) {
        error = transportError(call, reply);
    } else if (status >= 300 && status < 400 && status != 304) {
        if (followRedirect(call, reply, &error)) {
            sendOnNetwork(call);
            return;
        }
    } else if (status == 304 && storedCopy(call).isValid()) {
        // The copy whose validators were sent is current: its body is the answer.
        const CachedResponse &stored = storedCopy(call);
        call->m_response.status = 200;
        call->m_response.body = stored.body;
        call->m_response.url = reply->url();
        call->m_response.headers = reply->rawHeaderPairs();
        m_cache->confirm(cacheKey(request), QDateTime::currentDateTimeUtc());
        m_circuitBreaker->recordAnswer(call->m_currentUrl);
        qCDebug(lcApi) << endpoint << "not modified";
        finish(call);
        return;
    } else if (status >= 200 && status < 300 && !reply->header(QNetworkRequest::ContentLengthHeader).isNull()
               && received < reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
               && request.method != "HEAD") {
        error = ApiError::fromCause(ApiError::Cause::BodyCutShort,
                                    QStringLiteral("%1 of %2 bytes").arg(received)
                                        .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()));
        error.setHttpStatus(status);
    } else if (status >= 200 && status < 300 && call->m_file && !commitFile(call)) {
        error = fileError(call);
    } else if (status >= 200 && status < 300) {
        call->m_response.status = status;
        call->m_response.body = call->m_filePath.isEmpty() ? reply->readAll() : QByteArray();
        call->m_response.url = reply->url();
        call->m_response.headers = reply->rawHeaderPairs();
        m_circuitBreaker->recordAnswer(call->m_currentUrl);
        qCDebug(lcApi) << endpoint << status << call->m_response.body.size() << "bytes";
        if (const QString key = cacheKey(request); m_cache && !key.isEmpty()) {
            const CachedResponse entry{call->m_response.body, reply->rawHeader("ETag"), reply->rawHeader("Last-Modified"),
                                       QDateTime::currentDateTimeUtc()};
            // Kept once its reader decoded it (ApiResponse::keep), never before.
            call->m_response.keep = [client = QPointer<ApiClient>(this), cache = m_cache, key, entry] {
                if (client && client->m_cache == cache)
                    cache->save(key, entry);
            };
        }
        finish(call);
        return;
    } else {
        error = errorFromHttpResponse(status, reply->readAll(), endpoint);
        if (status == 429 || status == 503)
            error.setRetryAfterSeconds(parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()));
        if (status == 429 && m_rateLimiter) {
            // Scalingo's 429 says only "Retry later": pause every request sharing the limiter,
            // for no longer than any wait (a longer Retry-After is reported, not held to).
            const std::chrono::milliseconds pause = error.retryAfterSeconds() >= 0
                ? std::chrono::milliseconds(std::min(std::chrono::seconds(error.retryAfterSeconds()), m_retryPolicy.maxRetryAfter))
                : m_retryPolicy.backoff(call->m_attempts + 1, 0.5);
            m_rateLimiter->holdOff(pause, m_rateLimiter->now());
        }
        if (error.kind() == ApiError::Kind::Auth && call->m_credentialsWithheld)
            error.setCause(ApiError::Cause::CredentialsWithheld);
        else if (error.kind() == ApiError::Kind::NotFound && request.alwaysThere)
            error.setCause(ApiError::Cause::WrongAddress);
    }
    // Whatever this attempt wrote goes: a retry starts its own file, a failure leaves none.
    call->m_file.reset();
    error.setEndpoint(endpoint);
    error.setHost(call->m_currentUrl.host());
    error.setApiName(m_apiName);
    if (CircuitBreaker::isNetworkLevel(error))
        m_circuitBreaker->recordFailure(call->m_currentUrl, error);
    else if (status > 0)
        m_circuitBreaker->recordAnswer(call->m_currentUrl);
    qCInfo(lcApi) << endpoint << "failed:" << ApiError::kindName(error.kind()) << status << error.detail();

    // A 401 may mean an expired token: renew once and resend. The request was refused before
    // it did anything, so this is safe even for a POST.
    if (error.kind() == ApiError::Kind::Auth && status == 401 && !call->m_credentialsWithheld && !call->m_renewedAuth
        && m_authenticator->canRenew()) {
        call->m_renewedAuth = true;
        QPointer<ApiCall> guard(call);
        m_authenticator->renew([this, guard](const ApiError &renewError) {
            if (!guard || guard->m_finished)
                return;
            if (renewError.isError())
                finishWithError(guard, renewError);
            else
                sendOnNetwork(guard);
        });
        return;
    }
    if (std::exchange(call->m_abort, ApiCall::Abort::None) == ApiCall::Abort::OperationDeadline) {
        finishWithError(call, error);
        return;
    }
    retryOrFail(call, error);
}

void ApiClient::retryOrFail(ApiCall *call, const ApiError &error)
{
    const ApiRequest &request = call->m_request;
    const bool mayRetry = request.isIdempotent() && error.isRetryable() && call->m_attempts < m_retryPolicy.maxAttempts;
    if (!mayRetry) {
        finishWithError(call, error);
        return;
    }
    std::chrono::milliseconds delay = m_retryPolicy.backoff(call->m_attempts + 1, QRandomGenerator::global()->generateDouble());
    if (error.retryAfterSeconds() >= 0) {
        if (std::chrono::seconds(error.retryAfterSeconds()) > m_retryPolicy.maxRetryAfter) {
            finishWithError(call, error);
            return;
        }
        delay = std::chrono::seconds(error.retryAfterSeconds());
    }
    // A retry that could not start before the deadline would only end in a timeout: report
    // what happened instead.
    if (delay >= call->m_operationTimer->remainingTimeAsDuration()) {
        finishWithError(call, error);
        return;
    }
    qCInfo(lcApi) << "retrying" << request.endpoint() << "in" << delay.count() << "ms";
    Q_EMIT call->retrying(call->m_attempts + 1, static_cast<int>(delay.count()), error);
    if (!call->m_retryTimer) {
        call->m_retryTimer = new QTimer(call);
        call->m_retryTimer->setSingleShot(true);
        connect(call->m_retryTimer, &QTimer::timeout, call, [this, call] { startAttempt(call); });
    }
    call->m_currentUrl = urlFor(request);
    call->m_redirects = 0;
    call->m_retryTimer->start(delay);
}

ApiError ApiClient::fileError(const ApiCall *call) const
{
    // The answer came; this computer could not keep it (disk full, folder not writable).
    return ApiError(ApiError::Kind::Decode,
                    QStringLiteral("could not write %1: %2").arg(QDir::toNativeSeparators(call->m_filePath), call->m_fileError));
}

void ApiClient::finishWithError(ApiCall *call, ApiError error)
{
    if (error.host().isEmpty())
        error.setHost(call->m_currentUrl.host());
    if (error.endpoint().isEmpty())
        error.setEndpoint(call->m_request.endpoint());
    if (standInForFailure(call, error))
        return;
    call->m_error = error;
    finish(call);
}

void ApiClient::finish(ApiCall *call)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    call->m_file.reset();
    call->m_attemptTimer->stop();
    call->m_operationTimer->stop();
    if (call->m_retryTimer)
        call->m_retryTimer->stop();
    Q_EMIT call->finished();
    call->deleteLater();
}
