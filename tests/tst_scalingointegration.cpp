// ScalingoBackend::create against the demo backend over real HTTP: the token exchange, every
// page of invoices and billing operations, the profile, renewal before and after expiry, 429s,
// a refused token, and the PDF behind a 302.

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/ratelimiter.h"
#include "api/scalingo/scalingobackend.h"
#include "api/scalingo/scalingotokensession.h"
#include "demoserver.h"
#include "support/await.h"
#include "support/demoserverfixture.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

namespace
{
constexpr int WaitMs = 30000;
const QString ExchangePath = QStringLiteral("/v1/tokens/exchange");
const QString ProfilePath = QStringLiteral("/v1/account/billing/profile");
const QString InvoicesPath = QStringLiteral("/v1/account/invoices");
const QString OperationsPath = QStringLiteral("/v1/account/billing/operations");
}

using TestSupport::awaitApi;

class TestScalingoIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exchangesTheTokenThenReadsEveryInvoicePage();
    void readsEveryBillingOperationPage();
    void readsTheProfile();
    void exchangesAgainWhenTheJwtIsCloseToExpiry();
    void exchangesAgainWhenTheShortLivedJwtEntersTheMargin();
    void refusedExpiredJwtIsExchangedOnceAndRetried();
    void retriesAfterA429();
    void tokenExchangeIsRetriedLikeAGet_data();
    void tokenExchangeIsRetriedLikeAGet();
    void persistent429GivesAPlainMessage();
    void badApiTokenGivesAClearAuthMessageWithoutTheToken();
    void downloadsThePdfThroughTheRedirect();

private:
    ScalingoBackend *makeBackend(const QString &token);

    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<ScalingoBackend> m_backend;
};

void TestScalingoIntegration::initTestCase()
{
    m_server = TestSupport::startDemoServer(QDate(2025, 11, 15));
    QVERIFY(m_server);
}

void TestScalingoIntegration::init()
{
    m_server->clearFaults();
    m_server->setScalingoRateLimitEnabled(false);
    m_server->setScalingoTokenLifetime(3600);
    m_server->setScalingoToken(QStringLiteral("tk-us-demo-billdeck"));
    m_backend.reset(makeBackend(m_server->scalingoToken()));
}

void TestScalingoIntegration::cleanup()
{
    m_backend.reset();
}

ScalingoBackend *TestScalingoIntegration::makeBackend(const QString &token)
{
    ScalingoEndpoints endpoints;
    endpoints.apiUrl = m_server->baseUrl();
    endpoints.authUrl = m_server->baseUrl();
    endpoints.billingUrl = m_server->baseUrl();
    return ScalingoBackend::create(&m_network, endpoints, token);
}

void TestScalingoIntegration::exchangesTheTokenThenReadsEveryInvoicePage()
{
    const int exchangesBefore = m_server->requestCount(ExchangePath);
    const int pagesBefore = m_server->requestCount(InvoicesPath);
    QVERIFY(!m_backend->session()->hasBearer());
    const auto result = awaitApi<QList<Invoice>>([this](QObject *context, const ApiCallback<QList<Invoice>> &done) {
        m_backend->invoices(context, done);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.size(), 30);
    QCOMPARE(m_backend->session()->exchangeCount(), 1);
    QCOMPARE(m_server->requestCount(ExchangePath) - exchangesBefore, 1);
    QVERIFY(m_backend->session()->hasBearer());
    // The server's largest page holds the thirty months (the operations below take two pages).
    QCOMPARE(m_server->requestCount(InvoicesPath) - pagesBefore, 1);
    QSet<QString> ids;
    for (const Invoice &invoice : result.value) {
        ids.insert(invoice.id);
        QCOMPARE(invoice.amount.currency(), QStringLiteral("EUR"));
        QVERIFY(invoice.amountExcludingVat.has_value());
        QVERIFY(invoice.number.startsWith(QStringLiteral("SC-")));
    }
    QCOMPARE(ids.size(), 30);
}

void TestScalingoIntegration::readsEveryBillingOperationPage()
{
    const int pagesBefore = m_server->requestCount(OperationsPath);
    const auto result = awaitApi<QList<BillingOperation>>([this](QObject *context, const ApiCallback<QList<BillingOperation>> &done) {
        m_backend->billingOperations(context, done);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.size(), 61);
    QVERIFY(m_server->requestCount(OperationsPath) - pagesBefore > 1);
    QSet<QString> sources;
    for (const BillingOperation &operation : result.value)
        sources.insert(operation.source);
    QCOMPARE(sources, (QSet<QString> {QStringLiteral("invoicing"), QStringLiteral("payment"), QStringLiteral("credit"),
                                      QStringLiteral("refund")}));
}

void TestScalingoIntegration::readsTheProfile()
{
    const auto result = awaitApi<BillingProfile>([this](QObject *context, const ApiCallback<BillingProfile> &done) {
        m_backend->billingProfile(context, done);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.value.name, QStringLiteral("Camille Martin"));
    QCOMPARE(result.value.company, QStringLiteral("Shop Demo SAS"));
    QCOMPARE(result.value.vatNumber, QStringLiteral("FR40123456824"));
    QCOMPARE(result.value.credit, Money(1250, QStringLiteral("EUR")));
    QCOMPARE(result.value.paymentKind, BillingProfile::PaymentKind::Card);
    QVERIFY(result.value.card.has_value());
    QCOMPARE(result.value.card->last4, QStringLiteral("4242"));
}

void TestScalingoIntegration::exchangesAgainWhenTheJwtIsCloseToExpiry()
{
    const auto profile = [this] {
        return awaitApi<BillingProfile>([this](QObject *context, const ApiCallback<BillingProfile> &done) {
            m_backend->billingProfile(context, done);
        });
    };
    QVERIFY(profile().ok());
    QCOMPARE(m_backend->session()->exchangeCount(), 1);
    QVERIFY(profile().ok());
    QCOMPARE(m_backend->session()->exchangeCount(), 1);  // still fresh: no new exchange
    // 58 minutes later fewer than 5 minutes are left: the next request exchanges first.
    m_backend->session()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(58 * 60); });
    const int profileRequests = m_server->requestCount(ProfilePath);
    QVERIFY(profile().ok());
    QCOMPARE(m_backend->session()->exchangeCount(), 2);
    QCOMPARE(m_server->requestCount(ProfilePath) - profileRequests, 1);  // no refused attempt
}

void TestScalingoIntegration::exchangesAgainWhenTheShortLivedJwtEntersTheMargin()
{
    // 301 s: fresh when issued, inside the 5-minute margin a moment later.
    constexpr int lifetime = 301;
    m_server->setScalingoTokenLifetime(lifetime);
    const auto operations = [this] {
        return awaitApi<BillingProfile>([this](QObject *context, const ApiCallback<BillingProfile> &done) {
            m_backend->billingProfile(context, done);
        });
    };
    QVERIFY(operations().ok());
    QCOMPARE(m_backend->session()->exchangeCount(), 1);
    // Time moves on the session's clock, not by sleeping: two seconds after the JWT was issued.
    const QDateTime issued = m_backend->session()->bearerExpiry().addSecs(-lifetime);
    QVERIFY(!m_backend->session()->needsExchange(issued));
    const QDateTime later = issued.addSecs(2);
    m_backend->session()->setClock([later] { return later; });
    QVERIFY(m_backend->session()->needsExchange(later));
    QVERIFY(operations().ok());
    QCOMPARE(m_backend->session()->exchangeCount(), 2);
}

void TestScalingoIntegration::refusedExpiredJwtIsExchangedOnceAndRetried()
{
    // The server issues an already expired JWT; the client's clock is behind, so it believes the
    // JWT fresh and sends it. The 401 makes it exchange once (now for a good JWT) and retry.
    m_server->setScalingoTokenLifetime(0);
    m_backend->session()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-2 * 3600); });
    connect(m_backend->session(), &ScalingoTokenSession::exchanged, this, [this] {
        m_server->setScalingoTokenLifetime(3600);
    });
    const int profileRequests = m_server->requestCount(ProfilePath);
    const auto result = awaitApi<BillingProfile>([this](QObject *context, const ApiCallback<BillingProfile> &done) {
        m_backend->billingProfile(context, done);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_backend->session()->exchangeCount(), 2);
    QCOMPARE(m_server->requestCount(ProfilePath) - profileRequests, 2);
}

void TestScalingoIntegration::retriesAfterA429()
{
    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 429;
    fault.retryAfterSeconds = 1;
    fault.times = 1;
    m_server->injectFault(ProfilePath, fault);
    const int before = m_server->requestCount(ProfilePath);
    QElapsedTimer timer;
    timer.start();
    const auto result = awaitApi<BillingProfile>([this](QObject *context, const ApiCallback<BillingProfile> &done) {
        m_backend->billingProfile(context, done);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_server->requestCount(ProfilePath) - before, 2);
    QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 was honoured");
}

void TestScalingoIntegration::tokenExchangeIsRetriedLikeAGet_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("503") << int(DemoFault::Kind::Status) << 503;
    QTest::newRow("429") << int(DemoFault::Kind::Status) << 429;
    QTest::newRow("dropped connection") << int(DemoFault::Kind::TruncatedBody) << 200;
}

void TestScalingoIntegration::tokenExchangeIsRetriedLikeAGet()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    DemoFault fault;
    fault.kind = static_cast<DemoFault::Kind>(kind);
    fault.status = status;
    fault.retryAfterSeconds = status == 429 ? 0 : -1;
    fault.times = 1;
    m_server->injectFault(ExchangePath, fault);
    const int exchangesBefore = m_server->requestCount(ExchangePath);
    const auto result = awaitApi<BillingProfile>([this](QObject *context, const ApiCallback<BillingProfile> &done) {
        m_backend->billingProfile(context, done);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    // The faulted exchange and the one that worked.
    QCOMPARE(m_server->requestCount(ExchangePath) - exchangesBefore, 2);
    QVERIFY(m_backend->session()->hasBearer());
}

void TestScalingoIntegration::persistent429GivesAPlainMessage()
{
    // Scalingo's own limit (60 a minute, "Retry later" in plain text) against a client whose
    // limiter lets everything through and which retries quickly: the excess is refused.
    m_server->setScalingoRateLimitEnabled(true);
    auto *permissive = new RateLimiter(1000, std::chrono::seconds(60), m_backend.get());
    m_backend->apiClient()->setRateLimiter(permissive);
    m_backend->billingClient()->setRateLimiter(permissive);
    RetryPolicy quick = m_backend->apiClient()->retryPolicy();
    quick.maxAttempts = 2;
    quick.baseDelay = std::chrono::milliseconds(50);
    m_backend->apiClient()->setRetryPolicy(quick);

    int ok = 0;
    QList<ApiError> errors;
    int answered = 0;
    QObject context;
    constexpr int Requests = 70;
    for (int i = 0; i < Requests; ++i) {
        m_backend->billingProfile(&context, [&](const ApiResult<BillingProfile> &result) {
            ++answered;
            if (result.ok())
                ++ok;
            else
                errors.append(result.error);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, Requests, WaitMs);
    QVERIFY2(ok >= 55 && ok <= 60, qPrintable(QString::number(ok)));
    QVERIFY(!errors.isEmpty());
    for (const ApiError &error : std::as_const(errors)) {
        QCOMPARE(error.kind(), ApiError::Kind::RateLimited);
        QCOMPARE(error.httpStatus(), 429);
        const QString message = error.message();
        QVERIFY2(message.startsWith(QStringLiteral("Too many requests")), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QVERIFY(!message.contains(QLatin1Char('<')));
    }
}

void TestScalingoIntegration::badApiTokenGivesAClearAuthMessageWithoutTheToken()
{
    const QString wrong = QStringLiteral("tk-us-not-the-right-one-4f2a");
    m_backend.reset(makeBackend(wrong));
    const auto result = awaitApi<QList<Invoice>>([this](QObject *context, const ApiCallback<QList<Invoice>> &done) {
        m_backend->invoices(context, done);
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Auth);
    QCOMPARE(result.error.httpStatus(), 401);
    const QString message = result.error.message();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(wrong), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("4f2a")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Bearer"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(!m_backend->session()->hasBearer());
    QVERIFY(result.value.isEmpty());
}

void TestScalingoIntegration::downloadsThePdfThroughTheRedirect()
{
    const auto list = awaitApi<QList<Invoice>>([this](QObject *context, const ApiCallback<QList<Invoice>> &done) {
        m_backend->invoices(context, done);
    });
    QVERIFY2(list.ok(), qPrintable(list.error.message()));
    const QString id = list.value.constFirst().id;
    const int downloads = m_server->requestCount(InvoicesPath + QLatin1Char('/') + id + QStringLiteral("/download"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("invoice.pdf"));
    const auto pdf = awaitApi<QString>([this, id, path](QObject *context, const ApiCallback<QString> &done) {
        m_backend->invoiceDocument(id, path, context, done);
    });
    QVERIFY2(pdf.ok(), qPrintable(pdf.error.message()));
    QCOMPARE(pdf.value, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    QCOMPARE(m_server->requestCount(InvoicesPath + QLatin1Char('/') + id + QStringLiteral("/download")) - downloads, 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/demo/scalingo/invoices/%1.pdf").arg(id)), 1);
}

QTEST_GUILESS_MAIN(TestScalingoIntegration)
#include "tst_scalingointegration.moc"
