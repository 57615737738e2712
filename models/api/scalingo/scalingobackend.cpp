#include "api/scalingo/scalingobackend.h"

#include "api/apiclient.h"
#include "api/decodedcall.h"
#include "api/downloadcall.h"
#include "api/ratelimiter.h"
#include "api/scalingo/scalingodecoders.h"
#include "api/scalingo/scalingorequests.h"
#include "api/scalingo/scalingotokensession.h"
#include "sync/billingoperationsync.h"

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
                                    QObject *context, const ApiCallback<QList<T>> &done,
                                    const std::function<bool(const QList<T> &page)> &lastWanted)
{
    struct Walk {
        ScalingoPageWalk pages;
        QList<T> items;
        QDateTime storedAt;
        ApiError staleReason;
        // The pages read so far, kept in the store only once the whole list has been read: a
        // list that fails on the way (an endless one, a page that does not decode) keeps none.
        QList<std::function<void()>> keep;
        std::function<void(int)> fetch;
    };
    auto walk = std::make_shared<Walk>();
    walk->pages = ScalingoPageWalk(m_maxPages);
    QPointer<QObject> guard(context);
    ApiClient *client = m_apiClient;
    // The lambda holds the state through a weak pointer, so the walk frees itself when done.
    std::weak_ptr<Walk> weak = walk;
    walk->fetch = [client, guard, build, decode, done, lastWanted, weak](int page) {
        const std::shared_ptr<Walk> state = weak.lock();
        if (!state || !guard)
            return;
        const ApiRequest request = build(page);
        const QString host = client->urlFor(request).host();
        sendDecoded<ScalingoPage<T>>(client, request, guard.data(), decode,
                                     [state, page, done, lastWanted, request, host](const ApiResult<ScalingoPage<T>> &pageResult) {
            ApiResult<QList<T>> result;
            // The list is as old as its oldest stored page.
            if (pageResult.storedAt.isValid() && (!state->storedAt.isValid() || pageResult.storedAt < state->storedAt))
                state->storedAt = pageResult.storedAt;
            if (pageResult.staleReason.isError() && !state->staleReason.isError())
                state->staleReason = pageResult.staleReason;
            result.storedAt = state->storedAt;
            result.staleReason = state->staleReason;
            if (!pageResult.ok()) {
                result.error = pageResult.error;
                result.value = state->items;
                done(result);
                return;
            }
            const ScalingoPage<T> &decoded = pageResult.value;
            QStringList ids;
            ids.reserve(decoded.items.size());
            for (const T &item : decoded.items)
                ids.append(item.id);
            const ScalingoPageWalk::Step step = state->pages.afterPage(page, decoded.pagination, ids);
            if (step.kind != ScalingoPageWalk::Step::Kind::Fail)
                state->items.append(decoded.items);
            if (pageResult.keep)
                state->keep.append(pageResult.keep);
            if (step.kind == ScalingoPageWalk::Step::Kind::Fetch && !(lastWanted && lastWanted(decoded.items))) {
                state->fetch(step.page);
                return;
            }
            if (step.kind == ScalingoPageWalk::Step::Kind::Fail) {
                result.error = ScalingoPageWalk::failure(request.endpoint(), step);
                result.error.setHost(host);
            } else {
                for (const std::function<void()> &keep : std::as_const(state->keep))
                    keep();
            }
            result.value = state->items;
            done(result);
        }, KeepAnswer::ByCaller);
    };
    walk->fetch(walk->pages.firstPage());
}

void ScalingoBackend::billingOperations(QObject *context, const ApiCallback<QList<BillingOperation>> &done)
{
    fetchAllPages<BillingOperation>([](int page) { return ScalingoRequests::billingOperations(page); },
                                    &ScalingoDecoders::billingOperations, context, done);
}

void ScalingoBackend::billingOperationsSince(const QSet<QString> &known, QObject *context,
                                             const ApiCallback<QList<BillingOperation>> &done)
{
    fetchAllPages<BillingOperation>([](int page) { return ScalingoRequests::billingOperations(page); },
                                    &ScalingoDecoders::billingOperations, context, done,
                                    [known](const QList<BillingOperation> &page) {
                                        return BillingOperationSync::reachesKept(page, known);
                                    });
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

void ScalingoBackend::invoicePdf(const QString &invoiceId, const QString &filePath, QObject *context,
                                 const ApiCallback<QString> &done)
{
    const DocumentCheck isPdf = [](const QString &path) {
        ApiError error;
        ScalingoDecoders::invoicePdf(fileHead(path, 8), &error);
        return error;
    };
    sendDownload(m_apiClient, ScalingoRequests::invoiceDownload(invoiceId), filePath, context, isPdf, done);
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

void ScalingoBackend::listInvoices(const InvoiceFetch &fetch, QObject *context, const ApiCallback<QList<Invoice>> &done)
{
    // Scalingo's list has no date filter: the whole history comes, and `from` is applied here.
    const QDate from = fetch.from;
    fetchAllPages<Invoice>(
        [policy = fetch.policy](int page) {
            ApiRequest request = ScalingoRequests::invoices(page);
            request.fetchPolicy = policy;
            return request;
        },
        &ScalingoDecoders::invoices, context, [from, done](const ApiResult<QList<Invoice>> &result) {
            if (!from.isValid() || !result.ok()) {
                done(result);
                return;
            }
            ApiResult<QList<Invoice>> filtered;
            for (const Invoice &invoice : result.value) {
                if (invoice.date >= from)
                    filtered.value.append(invoice);
            }
            done(filtered);
        });
}

void ScalingoBackend::invoiceDetails(const QString &invoiceId, FetchPolicy policy, QObject *context,
                                     const ApiCallback<Invoice> &done)
{
    ApiRequest request = ScalingoRequests::invoice(invoiceId);
    request.fetchPolicy = policy;
    sendDecoded<Invoice>(m_apiClient, request, context, &ScalingoDecoders::invoice, done);
}

void ScalingoBackend::invoiceDocument(const QString &invoiceId, const QString &filePath, QObject *context,
                                      const ApiCallback<QString> &done)
{
    invoicePdf(invoiceId, filePath, context, done);
}
