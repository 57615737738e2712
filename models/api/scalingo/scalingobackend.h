#pragma once

#include "api/apirequest.h"
#include "api/apiresult.h"
#include "api/invoicesource.h"
#include "api/scalingo/scalingopagination.h"
#include "domain/billingoperation.h"
#include "domain/billingprofile.h"
#include "domain/invoice.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class ApiClient;
class QNetworkAccessManager;
class RateLimiter;
class ScalingoTokenSession;

// Where a Scalingo account's three hosts are. Each is configurable so the demo backend can play
// all of them.
struct ScalingoEndpoints {
    QUrl apiUrl;      // regional API, https://api.osc-fr1.scalingo.com
    QUrl authUrl;     // token exchange, https://auth.scalingo.com
    QUrl billingUrl;  // billing host, https://cashmachine.scalingo.com
};

// Every Scalingo billing operation as one typed method: builds the request, sends it through the
// right ApiClient, follows pages, decodes the answer. Callbacks run only while `context` is alive.
// Lists are fetched whole; when a later page fails, the result holds the items received so far
// and the error.
class ScalingoBackend final : public QObject, public InvoiceSource
{
    Q_OBJECT

public:
    // Both clients should authenticate with a ScalingoAuthenticator over the same session.
    ScalingoBackend(ApiClient *apiClient, ApiClient *billingClient, QObject *parent = nullptr);

    // The usual composition: one session for `apiToken` (memory only), one 60-per-minute limiter
    // shared by both clients, the API and billing-host clients; all owned by the backend.
    static ScalingoBackend *create(QNetworkAccessManager *network, const ScalingoEndpoints &endpoints,
                                   const QString &apiToken, QObject *parent = nullptr);

    ApiClient *apiClient() const;
    ApiClient *billingClient() const;
    // Set by create(); null when the clients were given.
    ScalingoTokenSession *session() const;
    RateLimiter *rateLimiter() const;
    // The most pages a list is read to (ScalingoPageWalk::MaxPages; tests lower it).
    void setMaxPages(int pages);

    void billingOperations(QObject *context, const ApiCallback<QList<BillingOperation>> &done);
    // The newest operations, newest first, down to the first page that holds one of `known`
    // (operations kept from an earlier read): later pages hold nothing new. With no known
    // one, every page.
    void billingOperationsSince(const QSet<QString> &known, QObject *context,
                                const ApiCallback<QList<BillingOperation>> &done);
    void invoices(QObject *context, const ApiCallback<QList<Invoice>> &done);
    void invoice(const QString &invoiceId, QObject *context, const ApiCallback<Invoice> &done);
    // Follows the API's 302 to the PDF (credentials are not sent to another host).
    // Streams the PDF to `filePath`; `done` gets the path (see InvoiceSource::invoiceDocument).
    void invoicePdf(const QString &invoiceId, const QString &filePath, QObject *context, const ApiCallback<QString> &done);

    // The profile as the public API shows it (root "billing_profile").
    void billingProfile(QObject *context, const ApiCallback<BillingProfile> &done);
    // The profile on the billing host (root "profile"), where it is created and updated.
    void billingHostProfile(QObject *context, const ApiCallback<BillingProfile> &done);
    void createBillingProfile(const BillingProfile &profile, QObject *context, const ApiCallback<BillingProfile> &done);
    void updateBillingProfile(const QString &profileId, const BillingProfile &profile, QObject *context,
                              const ApiCallback<BillingProfile> &done);

    // InvoiceSource: every invoice, details with items and per-app lines.
    void listInvoices(const InvoiceFetch &fetch, QObject *context, const ApiCallback<QList<Invoice>> &done) override;
    void invoiceDetails(const QString &invoiceId, FetchPolicy policy, QObject *context,
                        const ApiCallback<Invoice> &done) override;
    void invoiceDocument(const QString &invoiceId, const QString &filePath, QObject *context,
                         const ApiCallback<QString> &done) override;

private:
    template<typename T>
    void fetchAllPages(const std::function<ApiRequest(int page)> &build,
                       const std::function<ScalingoPage<T>(const QByteArray &, ApiError *)> &decode,
                       QObject *context, const ApiCallback<QList<T>> &done,
                       const std::function<bool(const QList<T> &page)> &lastWanted = {});

    ApiClient *m_apiClient;
    ApiClient *m_billingClient;
    ScalingoTokenSession *m_session = nullptr;
    RateLimiter *m_rateLimiter = nullptr;
    int m_maxPages = ScalingoPageWalk::MaxPages;
};
