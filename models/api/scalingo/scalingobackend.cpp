#include "api/scalingo/scalingobackend.h"

#include "api/apiclient.h"
#include "api/decodedcall.h"
#include "api/ratelimiter.h"
#include "api/scalingo/scalingodecoders.h"
#include "api/scalingo/scalingorequests.h"
#include "api/scalingo/scalingotokensession.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

ScalingoBackend::ScalingoBackend(ApiClient *apiClient, ApiClient *billingClient, QObject *parent)
    : QObject(parent)
    , m_apiClient(apiClient)
    , m_billingClient(billingClient)
{
    Q_ASSERT(m_apiClient);
    Q_ASSERT(m_billingClient);
}

ScalingoBackend *ScalingoBackend::create(QNetworkAccessManager *network, const ScalingoEndpoints &endpoints,
                                         const QString &apiToken, QObject *parent)
{
    auto *session = new ScalingoTokenSession(network, endpoints.authUrl, apiToken);
    auto *limiter = new RateLimiter();
    auto *apiClient = new ApiClient(network, endpoints.apiUrl, std::make_unique<ScalingoAuthenticator>(session));
    const QUrl billingUrl = endpoints.billingUrl.isValid() ? endpoints.billingUrl : ScalingoRequests::defaultBillingUrl();
    auto *billingClient = new ApiClient(network, billingUrl, std::make_unique<ScalingoAuthenticator>(session));
    apiClient->setRateLimiter(limiter);
    billingClient->setRateLimiter(limiter);
    // One account, one memory of its origins' failures: a dead auth host stops the reads too.
    const auto breaker = apiClient->circuitBreaker();
    billingClient->setCircuitBreaker(breaker);
    session->exchangeClient()->setCircuitBreaker(breaker);
    for (ApiClient *client : {apiClient, billingClient, session->exchangeClient()})
        client->setApiName(QCoreApplication::translate("ScalingoBackend", "Scalingo API"));

    auto *backend = new ScalingoBackend(apiClient, billingClient, parent);
    // Children are deleted in this order: the clients (and their requests) go before the
    // session those requests may be waiting on.
    apiClient->setParent(backend);
    billingClient->setParent(backend);
    limiter->setParent(backend);
    session->setParent(backend);
    backend->m_session = session;
    backend->m_rateLimiter = limiter;
    return backend;
}

ApiClient *ScalingoBackend::apiClient() const
{
    return m_apiClient;
}

ApiClient *ScalingoBackend::billingClient() const
{
    return m_billingClient;
}

ScalingoTokenSession *ScalingoBackend::session() const
{
    return m_session;
}

RateLimiter *ScalingoBackend::rateLimiter() const
{
    return m_rateLimiter;
}

void ScalingoBackend::setMaxPages(int pages)
{
    m_maxPages = pages;
}

template<typename T>
void ScalingoBackend::fetchAllPages(const std::function<ApiRequest(int page)> &build,
                                    const std::function<ScalingoPage<T>(const QByteArray &, ApiError *)> &decode,
                                    QObject *context, const ApiCallback<QList<T>> &done)
{
    struct Walk {
        ScalingoPageWalk pages;
        QList<T> items;
        std::function<void(int)> fetch;
    };
    auto walk = std::make_shared<Walk>();
    walk->pages = ScalingoPageWalk(m_maxPages);
    QPointer<QObject> guard(context);
    ApiClient *client = m_apiClient;
    // The lambda holds the state through a weak pointer, so the walk frees itself when done.
    std::weak_ptr<Walk> weak = walk;
    walk->fetch = [client, guard, build, decode, done, weak](int page) {
        const std::shared_ptr<Walk> state = weak.lock();
        if (!state || !guard)
            return;
        const ApiRequest request = build(page);
        ApiCall *apiCall = client->send(request);
        QObject::connect(apiCall, &ApiCall::finished, guard.data(), [apiCall, state, page, decode, done, request] {
            ApiResult<QList<T>> result;
            if (!apiCall->ok()) {
                result.error = apiCall->error();
                result.value = state->items;
                done(result);
                return;
            }
            ApiError error;
            const ScalingoPage<T> decoded = decode(apiCall->response().body, &error);
            if (error.isError()) {
                error.setHost(apiCall->response().url.host());
                result.error = error;
                result.value = state->items;
                done(result);
                return;
            }
            QStringList ids;
            ids.reserve(decoded.items.size());
            for (const T &item : decoded.items)
                ids.append(item.id);
            const ScalingoPageWalk::Step step = state->pages.afterPage(page, decoded.pagination, ids);
            if (step.kind != ScalingoPageWalk::Step::Kind::Fail)
                state->items.append(decoded.items);
            if (step.kind == ScalingoPageWalk::Step::Kind::Fetch) {
                state->fetch(step.page);
                return;
            }
            if (step.kind == ScalingoPageWalk::Step::Kind::Fail) {
                result.error = ScalingoPageWalk::failure(request.endpoint(), step);
                result.error.setHost(apiCall->response().url.host());
            }
            result.value = state->items;
            done(result);
        });
    };
    walk->fetch(walk->pages.firstPage());
}

void ScalingoBackend::billingOperations(QObject *context, const ApiCallback<QList<BillingOperation>> &done)
{
    fetchAllPages<BillingOperation>([](int page) { return ScalingoRequests::billingOperations(page); },
                                    &ScalingoDecoders::billingOperations, context, done);
}

void ScalingoBackend::invoices(QObject *context, const ApiCallback<QList<Invoice>> &done)
{
    fetchAllPages<Invoice>([](int page) { return ScalingoRequests::invoices(page); },
                           &ScalingoDecoders::invoices, context, done);
}

void ScalingoBackend::invoice(const QString &invoiceId, QObject *context, const ApiCallback<Invoice> &done)
{
    sendDecoded<Invoice>(m_apiClient, ScalingoRequests::invoice(invoiceId), context, &ScalingoDecoders::invoice, done);
}

void ScalingoBackend::invoicePdf(const QString &invoiceId, QObject *context, const ApiCallback<QByteArray> &done)
{
    sendDecoded<QByteArray>(m_apiClient, ScalingoRequests::invoiceDownload(invoiceId), context, &ScalingoDecoders::invoicePdf, done);
}

void ScalingoBackend::billingProfile(QObject *context, const ApiCallback<BillingProfile> &done)
{
    sendDecoded<BillingProfile>(m_apiClient, ScalingoRequests::billingProfile(), context, &ScalingoDecoders::billingProfile, done);
}

void ScalingoBackend::billingHostProfile(QObject *context, const ApiCallback<BillingProfile> &done)
{
    sendDecoded<BillingProfile>(m_billingClient, ScalingoRequests::billingHostProfile(), context,
                         &ScalingoDecoders::billingHostProfile, done);
}

void ScalingoBackend::createBillingProfile(const BillingProfile &profile, QObject *context,
                                           const ApiCallback<BillingProfile> &done)
{
    sendDecoded<BillingProfile>(m_billingClient, ScalingoRequests::createBillingProfile(profile), context,
                         &ScalingoDecoders::billingHostProfile, done);
}

void ScalingoBackend::updateBillingProfile(const QString &profileId, const BillingProfile &profile, QObject *context,
                                           const ApiCallback<BillingProfile> &done)
{
    sendDecoded<BillingProfile>(m_billingClient, ScalingoRequests::updateBillingProfile(profileId, profile), context,
                         &ScalingoDecoders::billingHostProfile, done);
}

void ScalingoBackend::listInvoices(QObject *context, const ApiCallback<QList<Invoice>> &done)
{
    invoices(context, done);
}

void ScalingoBackend::invoiceDetails(const QString &invoiceId, QObject *context, const ApiCallback<Invoice> &done)
{
    invoice(invoiceId, context, done);
}

void ScalingoBackend::invoiceDocument(const QString &invoiceId, QObject *context, const ApiCallback<QByteArray> &done)
{
    invoicePdf(invoiceId, context, done);
}
