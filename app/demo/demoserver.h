#pragma once

#include "democonditional.h"
#include "demohttp.h"
#include "scalingodemoapi.h"
#include "skysqldemoapi.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;

// A failure the demo server produces on purpose, so tests can exercise the client's
// timeouts, retries and decode errors against real HTTP.
struct DemoFault final
{
    enum class Kind {
        Status,         // answer `status` with a provider error body (+ Retry-After)
        Stall,          // accept the request and never answer
        StallAfterHandling,  // handle the request (a create happens) but never answer: a lost response
        TruncatedBody,  // promise the real body, send half of it, close the connection
        MalformedJson,  // the request is handled (a write happens), then 200 with broken JSON
        SlowBody,       // the real answer's headers, then its body one byte every `intervalMs`
        DropConnection, // close the connection without answering
        Redirect,       // answer `status` (301, 302, 303, 307, 308) with Location: `location`
        HugeBody,       // 200 with a JSON body of `bodyBytes` bytes
        EndlessPages,   // the real answer, its meta.pagination always announcing one more page
        PaddedBody,     // the real answer (a PDF) followed by `bodyBytes` bytes of PDF comment
    };

    Kind kind = Kind::Status;
    int status = 500;
    int retryAfterSeconds = -1;     // -1: no Retry-After header
    QByteArray retryAfterHttpDate;  // if non-empty, sent as Retry-After instead
    int times = 1;
    int intervalMs = 1000;          // SlowBody
    QByteArray location;            // Redirect: absolute or relative to the request
    qint64 bodyBytes = 0;           // HugeBody, PaddedBody
    // Only requests with this method ("POST", "PATCH"...) take the fault; empty: any method.
    // A create and its list share a path: this faults the write and not the read before it.
    QByteArray method;
};

// The demo backend: an HTTP server on 127.0.0.1 speaking the providers' billing APIs over
// generated, internally consistent data. Used by `billdeck --demo`, by the standalone
// billdeck-demo-server and by the integration tests.
class DemoServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    void setSkySqlApiKey(const QString &apiKey);
    QString skySqlApiKey() const;
    QString organizationId() const;

    // Scalingo: the long-lived API token that POST /v1/tokens/exchange accepts
    // (default "tk-us-demo-billdeck").
    void setScalingoToken(const QString &token);
    QString scalingoToken() const;
    // Lifetime of the bearer JWTs the exchange issues (default 3600 s). Zero or negative
    // issues already expired tokens, so tests see the 401 without waiting.
    void setScalingoTokenLifetime(int seconds);
    // Scalingo's 60 requests per rolling minute (on by default, like the real API).
    void setScalingoRateLimitEnabled(bool enabled);
    bool isScalingoRateLimitEnabled() const;
    // Removes the account's billing profile so the create path (POST /profiles) can be
    // exercised; setReferenceDate() restores the generated one.
    void clearScalingoBillingProfile();

    // "Today" for the generated history (default: the current date). Regenerates the data.
    void setReferenceDate(const QDate &referenceDate);
    QDate referenceDate() const;

    // Large accounts, for benchmarks. Each setter regenerates that provider's data (and
    // resets its editable state). SkySQL: 36 invoices by default, one a month; above 60,
    // several projects each invoiced monthly over up to five years (2,000 = 34 projects over
    // 59 months). Scalingo: 30 monthly invoices by default; an operation count of 0 keeps
    // the operations the invoices make, a larger one adds prepaid credit top-ups spread over
    // the history, a smaller one keeps the newest.
    void setSkySqlInvoiceCount(int count);
    int skySqlInvoiceCount() const;
    void setScalingoInvoiceCount(int count);
    int scalingoInvoiceCount() const;
    void setScalingoOperationCount(int count);
    int scalingoOperationCount() const;  // operations served now

    // Changes at run time, so incremental syncs and conditional requests can be tested:
    // the lists' first pages and ETags change. SkySQL: the open invoices are paid and the
    // next month is invoiced (bills, ledgers and contracts stay as generated); returns the
    // new invoice ids. Scalingo: the newest invoice is paid and the next month invoiced, with
    // their billing operations; returns the new invoice id. addScalingoOperations(): new
    // operations (credit top-ups) after the newest; returns their ids, newest first.
    QStringList issueSkySqlNextMonth();
    QString issueScalingoNextMonth();
    QStringList addScalingoOperations(int count);

    // Loopback only: the demo must never be reachable from the network. Port 0 lets the OS
    // pick one (tests run in parallel).
    bool listen(quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    QUrl baseUrl() const;  // http://127.0.0.1:PORT

    // Queues a fault for the next `fault.times` requests whose URL path equals `path` (and
    // whose method is `fault.method`, when set), checked before authentication. Faults queued
    // for the same path apply in order.
    void injectFault(const QString &path, const DemoFault &fault);
    void clearFaults();
    // Requests received for a path, faulted ones included: lets tests count retries.
    int requestCount(const QString &path) const;
    // All requests received.
    int totalRequestCount() const;
    // Answers sent with `status` (304 for conditional GETs that matched), in all or for a
    // path. Stalled requests count as status 0.
    int responseCount(int status) const;
    int responseCount(const QString &path, int status) const;
    // Forgets the request and response counts (a benchmark's second pass).
    void resetCounts();

signals:
    // status is 0 for a stalled request (no answer was sent).
    void requestHandled(const QString &method, const QString &path, int status);

private:
    void handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    bool takeFault(const QString &path, const QString &method, DemoFault *fault);
    void answered(const QString &method, const QString &path, int status);
    void dataChanged();
    DemoResponse errorResponse(int status, const QString &message, const QString &location) const;
    static void writeResponse(QHttpServerResponder &responder, const DemoResponse &response);
    void writeSlowly(QHttpServerResponder &&responder, const DemoResponse &response, int intervalMs);
    static DemoResponse withEndlessPages(DemoResponse response);

    DemoHttpServer *m_httpServer = nullptr;
    DemoRouter m_router;
    SkySqlDemoApi m_skySql;
    ScalingoDemoApi m_scalingo;
    QDate m_referenceDate;
    quint16 m_port = 0;
    QString m_errorString;
    QHash<QString, QList<DemoFault>> m_faults;
    QHash<QString, int> m_requestCounts;
    QHash<int, int> m_responseCounts;
    QHash<QString, QHash<int, int>> m_pathResponseCounts;
    DemoConditionalGets m_conditionalGets;
    // Stalled requests keep their responder (and so their connection) until destruction.
    std::vector<std::unique_ptr<QHttpServerResponder>> m_stalledResponders;
};
