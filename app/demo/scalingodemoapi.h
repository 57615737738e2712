#pragma once

#include "demohttp.h"
#include "scalingodemodata.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <optional>

class QDate;

// Scalingo as the demo backend speaks it, on one origin: the auth service's token exchange
// (`/v1/tokens/exchange`), the regional API's `/v1/account/...` billing and invoice routes,
// and the billing host's profile routes (`/profile`, `/profiles`) the way Scalingo's own
// JavaScript client calls them. API tokens are exchanged for HS256 JWTs signed with a
// per-server secret; every other route wants `Authorization: Bearer <jwt>`, valid and not
// expired. Lists paginate like the API (page, per_page: default 30, at most 50), and the
// 60 requests per minute rate limit answers 429 "Retry later" in plain text.
class ScalingoDemoApi final
{
public:
    static constexpr int DefaultPerPage = 30;
    static constexpr int MaxPerPage = 50;
    static constexpr int RateLimitRequests = 60;
    static constexpr qint64 RateLimitWindowMs = 60 * 1000;
    static constexpr int DefaultTokenLifetimeSeconds = 3600;

    ScalingoDemoApi();

    void setApiToken(const QString &token);
    QString apiToken() const;
    // Zero or negative issues already expired JWTs: lets tests check the 401 without waiting.
    void setTokenLifetime(int seconds);
    int tokenLifetime() const;
    void setRateLimitEnabled(bool enabled);
    bool isRateLimitEnabled() const;

    // Invoice and PDF URLs are absolute, and the port is only known once the server listens.
    void setBaseUrl(const QUrl &baseUrl);
    // Regenerates the history and restores the initial billing profile.
    void generate(const QDate &referenceDate);
    // The account then has no billing profile until POST /profiles creates one.
    void clearBillingProfile();
    // The size of the generated account (see ScalingoDemoData); applies at the next generate().
    void setInvoiceCount(int count);
    void setOperationCount(int count);
    // Changes at run time, for incremental syncs: see ScalingoDemoData.
    QStringList addBillingOperations(int count);
    QString issueNextMonth();
    const ScalingoDemoData &data() const;

    // Handlers capture this object: it must outlive the router.
    void registerRoutes(DemoRouter &router);

    // Paths served here, so unknown paths below them get Scalingo's error shape.
    static bool ownsPath(const QString &path);
    // {"error": message}; 404s add "resource".
    static DemoResponse errorResponse(int status, const QString &message,
                                      const QString &resource = {});

    // The PDF as served for an invoice (exposed so tests and previews need no HTTP).
    QByteArray invoicePdf(const ScalingoDemoInvoice &invoice) const;

private:
    using Endpoint = DemoResponse (ScalingoDemoApi::*)(const DemoRouteContext &);
    enum class Auth { None, Bearer };

    struct BearerCheck final
    {
        QString userId;  // empty when rejected
        QString error;
    };

    DemoRouter::Handler guarded(Endpoint endpoint, Auth auth);
    std::optional<DemoResponse> rateLimited(const DemoRouteContext &context);
    QString rateLimitKey(const DemoRouteContext &context) const;
    BearerCheck checkBearer(const DemoRouteContext &context) const;
    QString issueToken();

    DemoResponse exchangeToken(const DemoRouteContext &context);
    DemoResponse listBillingOperations(const DemoRouteContext &context);
    DemoResponse getAccountBillingProfile(const DemoRouteContext &context);
    DemoResponse listInvoices(const DemoRouteContext &context);
    DemoResponse getInvoice(const DemoRouteContext &context);
    DemoResponse downloadInvoice(const DemoRouteContext &context);
    DemoResponse getInvoicePdf(const DemoRouteContext &context);
    DemoResponse getBillingHostProfile(const DemoRouteContext &context);
    DemoResponse createBillingProfile(const DemoRouteContext &context);
    DemoResponse updateBillingProfile(const DemoRouteContext &context);

    std::optional<DemoResponse> applyProfileChanges(const DemoRouteContext &context,
                                                    bool creating,
                                                    ScalingoDemoData::BillingProfile *profile) const;

    QString signature(const QString &invoiceId) const;
    QString invoicePdfUrl(const ScalingoDemoInvoice &invoice) const;
    QString invoicePdfUrl(const QString &invoiceId) const;
    QJsonObject invoiceJson(const ScalingoDemoInvoice &invoice) const;
    QJsonObject billingOperationJson(const ScalingoDemoBillingOperation &operation) const;
    QJsonObject profileJson(bool billingHost) const;

    QString m_apiToken;
    int m_tokenLifetime = DefaultTokenLifetimeSeconds;
    bool m_rateLimitEnabled = true;
    QByteArray m_jwtSecret;
    QByteArray m_storageKey;
    qint64 m_tokenSerial = 0;
    QUrl m_baseUrl;
    ScalingoDemoData m_data;
    std::optional<ScalingoDemoData::BillingProfile> m_profile;
    // Accepted requests per client in the rolling minute, in m_clock's milliseconds
    // (monotonic: a wall-clock change must not reset or extend the window).
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_requestTimes;
};
