// ApiClient + SkySqlBackend against the demo backend over real HTTP on 127.0.0.1: auth,
// decoding, retries with backoff and Retry-After, timeouts and broken answers.

#include "api/apiclient.h"
#include "api/circuitbreaker.h"
#include "api/skysql/skysqlbackend.h"
#include "api/skysql/skysqlrequests.h"
#include "demoserver.h"
#include "support/demoserverfixture.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimeZone>
#include <QtTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace
{
const QString InvoicesPath = QStringLiteral("/billing/v1/invoices");

struct CallOutcome {
    bool finished = false;
    bool ok = false;
    ApiError error;
    ApiResponse response;
    int attempts = 0;
    qint64 elapsedMs = 0;
};

template<typename T>
struct Outcome {
    std::optional<ApiResult<T>> result;
};
}

class TestApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsAndDetailsAddUp();
    void missingKeyIsRefused();
    void wrongKeyIsRefusedWithoutLeakingIt();
    void wrongOrganizationIsForbidden();
    void unknownInvoiceIsNotFound();
    void serviceUnavailableIsRetried();
    void internalServerErrorIsNotRetried();
    void retriesGiveUpAfterMaxAttempts();
    void retryAfterSecondsIsHonoured();
    void retryAfterHttpDateIsHonoured();
    void stalledResponseTimesOut();
    void truncatedBodyIsNeverASuccess();
    void malformedJsonIsDecodeError();
    void postIsNeverRetried();
    void invoicePdfIsAPdf();

private:
    std::unique_ptr<ApiClient> makeClient(const QList<QPair<QByteArray, QByteArray>> &headers);
    std::unique_ptr<ApiClient> makeClient();
    CallOutcome run(ApiClient &client, const ApiRequest &request);

    const QDate m_referenceDate{2025, 11, 14};
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
    RetryPolicy m_quickRetries;
};

void TestApiClient::initTestCase()
{
    m_server = TestSupport::startDemoServer(m_referenceDate);
    QVERIFY(m_server);
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));

    m_quickRetries.maxAttempts = 4;
    m_quickRetries.baseDelay = 20ms;
    m_quickRetries.maxDelay = 200ms;
    m_quickRetries.jitter = 0.25;
}

void TestApiClient::init()
{
    m_server->clearFaults();
}

void TestApiClient::cleanup()
{
    m_server->clearFaults();
}

std::unique_ptr<ApiClient> TestApiClient::makeClient(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto client = std::make_unique<ApiClient>(&m_network, m_server->baseUrl(), std::make_unique<HeaderAuthenticator>(headers));
    client->setRetryPolicy(m_quickRetries);
    client->setTransferTimeout(10s);
    return client;
}

std::unique_ptr<ApiClient> TestApiClient::makeClient()
{
    return makeClient(SkySqlRequests::authHeaders(m_server->skySqlApiKey(), QString()));
}

CallOutcome TestApiClient::run(ApiClient &client, const ApiRequest &request)
{
    CallOutcome outcome;
    QElapsedTimer timer;
    timer.start();
    ApiCall *call = client.send(request);
    connect(call, &ApiCall::finished, this, [&outcome, &timer, call] {
        outcome.finished = true;
        outcome.ok = call->ok();
        outcome.error = call->error();
        outcome.response = call->response();
        outcome.attempts = call->attempts();
        outcome.elapsedMs = timer.elapsed();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 20000))
        QTest::qFail("the call never finished", __FILE__, __LINE__);
    return outcome;
}

void TestApiClient::listsAndDetailsAddUp()
{
    const auto client = makeClient();
    SkySqlBackend backend(client.get());

    Outcome<QList<Invoice>> list;
    backend.invoices(QDate(), this, [&list](const ApiResult<QList<Invoice>> &result) { list.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(list.result.has_value(), 10000);
    QVERIFY2(list.result->ok(), qPrintable(list.result->error.longMessage()));
    const QList<Invoice> invoices = list.result->value;
    // No start date: the whole history, three years of the demo's.
    QCOMPARE(invoices.size(), 36);

    QSet<QString> ids;
    for (const Invoice &invoice : invoices) {
        QVERIFY(!invoice.id.isEmpty());
        QVERIFY(invoice.date.isValid());
        QVERIFY(invoice.date <= m_referenceDate);
        QVERIFY(invoice.amount.minorUnits() > 0);
        ids.insert(invoice.id);
    }
    QCOMPARE(ids.size(), 36);

    int answered = 0;
    QStringList problems;
    for (const Invoice &listed : invoices) {
        backend.invoice(listed.id, SkySqlRequests::InvoiceView::Service, this,
                        [&answered, &problems, listed](const ApiResult<Invoice> &result) {
                            ++answered;
                            if (!result.ok()) {
                                problems << result.error.longMessage();
                                return;
                            }
                            const Invoice &detail = result.value;
                            Money sum(0, detail.amount.currency());
                            for (const InvoiceService &service : detail.services)
                                sum += service.cost;
                            if (detail.id != listed.id || detail.amount.minorUnits() != listed.amount.minorUnits()
                                || sum != detail.amount || detail.services.isEmpty() || !detail.hasDetails) {
                                problems << QStringLiteral("%1: amount %2, services add to %3")
                                                .arg(detail.id, detail.amount.toDecimalString(), sum.toDecimalString());
                            }
                        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 36, 20000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestApiClient::missingKeyIsRefused()
{
    const auto client = makeClient({});
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Auth);
    QCOMPARE(outcome.error.httpStatus(), 401);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("refused")), qPrintable(outcome.error.message()));
    QCOMPARE(outcome.error.host(), QStringLiteral("127.0.0.1"));
    // A refused key is not retried.
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, 1);
}

void TestApiClient::wrongKeyIsRefusedWithoutLeakingIt()
{
    const QString secret = QStringLiteral("sk-wrong-9f8e7d6c5b4a");
    const auto client = makeClient(SkySqlRequests::authHeaders(secret, QString()));
    SkySqlBackend backend(client.get());
    Outcome<QList<Invoice>> list;
    backend.invoices(QDate(), this, [&list](const ApiResult<QList<Invoice>> &result) { list.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(list.result.has_value(), 10000);
    const ApiError &error = list.result->error;
    QCOMPARE(error.kind(), ApiError::Kind::Auth);
    QVERIFY(list.result->value.isEmpty());
    QVERIFY2(error.message().contains(QStringLiteral("refused")), qPrintable(error.message()));
    QVERIFY2(!error.message().contains(secret), qPrintable(error.message()));
    QVERIFY2(!error.longMessage().contains(secret), qPrintable(error.longMessage()));
    QVERIFY(!error.providerMessage().contains(secret));
    QVERIFY(!error.detail().contains(secret));
    QVERIFY(!error.endpoint().contains(secret));
}

void TestApiClient::wrongOrganizationIsForbidden()
{
    const auto client = makeClient(SkySqlRequests::authHeaders(m_server->skySqlApiKey(), QStringLiteral("org-not-mine")));
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Auth);
    QCOMPARE(outcome.error.httpStatus(), 403);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("organization")), qPrintable(outcome.error.message()));

    // The right organization is accepted.
    const auto right = makeClient(SkySqlRequests::authHeaders(m_server->skySqlApiKey(), m_server->organizationId()));
    const CallOutcome fine = run(*right, SkySqlRequests::invoices(QDate()));
    QVERIFY2(fine.ok, qPrintable(fine.error.longMessage()));
}

void TestApiClient::unknownInvoiceIsNotFound()
{
    const auto client = makeClient();
    SkySqlBackend backend(client.get());
    Outcome<Invoice> detail;
    backend.invoice(QStringLiteral("inv_does_not_exist"), SkySqlRequests::InvoiceView::Service, this,
                    [&detail](const ApiResult<Invoice> &result) { detail.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(detail.result.has_value(), 10000);
    QCOMPARE(detail.result->error.kind(), ApiError::Kind::NotFound);
    QCOMPARE(detail.result->error.httpStatus(), 404);
    QVERIFY(!detail.result->error.providerMessage().isEmpty());
    QVERIFY(detail.result->value.id.isEmpty());
}

void TestApiClient::serviceUnavailableIsRetried()
{
    const auto client = makeClient();
    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 503;
    fault.times = 1;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.longMessage()));
    QCOMPARE(outcome.response.status, 200);
    QCOMPARE(outcome.attempts, 2);
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, 2);
}

void TestApiClient::internalServerErrorIsNotRetried()
{
    const auto client = makeClient();
    DemoFault fault;
    fault.status = 500;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Server);
    QCOMPARE(outcome.error.httpStatus(), 500);
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, 1);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("500")), qPrintable(outcome.error.message()));
}

void TestApiClient::retriesGiveUpAfterMaxAttempts()
{
    const auto client = makeClient();
    DemoFault fault;
    fault.status = 502;
    fault.times = 10;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Server);
    QCOMPARE(outcome.error.httpStatus(), 502);
    QCOMPARE(outcome.attempts, m_quickRetries.maxAttempts);
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, m_quickRetries.maxAttempts);
}

void TestApiClient::retryAfterSecondsIsHonoured()
{
    const auto client = makeClient();
    DemoFault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 1;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.longMessage()));
    QCOMPARE(outcome.attempts, 2);
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, 2);
    // The server's second, not the 20 ms backoff.
    QVERIFY2(outcome.elapsedMs >= 900, qPrintable(QString::number(outcome.elapsedMs)));
    QVERIFY2(outcome.elapsedMs < 5000, qPrintable(QString::number(outcome.elapsedMs)));
}

void TestApiClient::retryAfterHttpDateIsHonoured()
{
    const auto client = makeClient();
    DemoFault fault;
    fault.status = 429;
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3);
    fault.retryAfterHttpDate = QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    m_server->injectFault(InvoicesPath, fault);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY2(outcome.ok, qPrintable(outcome.error.longMessage()));
    QCOMPARE(outcome.attempts, 2);
    // Whole seconds on the wire: at least 2 of the 3 are waited.
    QVERIFY2(outcome.elapsedMs >= 1500, qPrintable(QString::number(outcome.elapsedMs)));
    QVERIFY2(outcome.elapsedMs < 8000, qPrintable(QString::number(outcome.elapsedMs)));

    // A wait longer than the policy allows is reported, not waited.
    RetryPolicy impatient = m_quickRetries;
    impatient.maxRetryAfter = 5s;
    client->setRetryPolicy(impatient);
    DemoFault longWait;
    longWait.status = 429;
    longWait.retryAfterSeconds = 3600;
    m_server->injectFault(InvoicesPath, longWait);
    const CallOutcome refused = run(*client, SkySqlRequests::invoices(QDate()));
    QCOMPARE(refused.error.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(refused.error.retryAfterSeconds(), 3600);
    QCOMPARE(refused.attempts, 1);
    QVERIFY(refused.elapsedMs < 3000);
}

void TestApiClient::stalledResponseTimesOut()
{
    const auto client = makeClient();
    client->setTransferTimeout(300ms);
    RetryPolicy once = m_quickRetries;
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    DemoFault fault;
    fault.kind = DemoFault::Kind::Stall;
    m_server->injectFault(InvoicesPath, fault);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY(outcome.finished);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(outcome.error.isRetryable());
    QVERIFY2(outcome.elapsedMs >= 250 && outcome.elapsedMs < 5000, qPrintable(QString::number(outcome.elapsedMs)));
    QVERIFY2(outcome.error.message().contains(QStringLiteral("did not answer")), qPrintable(outcome.error.message()));
}

void TestApiClient::truncatedBodyIsNeverASuccess()
{
    const auto client = makeClient();
    RetryPolicy once = m_quickRetries;
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    SkySqlBackend backend(client.get());
    DemoFault fault;
    fault.kind = DemoFault::Kind::TruncatedBody;
    m_server->injectFault(InvoicesPath, fault);
    Outcome<QList<Invoice>> list;
    backend.invoices(QDate(), this, [&list](const ApiResult<QList<Invoice>> &result) { list.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(list.result.has_value(), 10000);
    QVERIFY(!list.result->ok());
    QVERIFY2(list.result->error.kind() == ApiError::Kind::Network || list.result->error.kind() == ApiError::Kind::Decode,
             qPrintable(ApiError::kindName(list.result->error.kind())));
    QVERIFY(list.result->value.isEmpty());

    // With retries allowed, a cut connection is a network fault and the next attempt succeeds.
    // A fresh breaker: the cut above and this one's first attempt would be two network
    // failures in a row, after which the account's breaker rightly sends nothing more.
    client->setRetryPolicy(m_quickRetries);
    client->setCircuitBreaker(std::make_shared<CircuitBreaker>());
    m_server->injectFault(InvoicesPath, fault);
    Outcome<QList<Invoice>> retried;
    backend.invoices(QDate(), this, [&retried](const ApiResult<QList<Invoice>> &result) { retried.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(retried.result.has_value(), 10000);
    QVERIFY2(retried.result->ok(), qPrintable(retried.result->error.longMessage()));
    QCOMPARE(retried.result->value.size(), 36);
}

void TestApiClient::malformedJsonIsDecodeError()
{
    const auto client = makeClient();
    SkySqlBackend backend(client.get());
    DemoFault fault;
    fault.kind = DemoFault::Kind::MalformedJson;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    Outcome<QList<Invoice>> list;
    backend.invoices(QDate(), this, [&list](const ApiResult<QList<Invoice>> &result) { list.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(list.result.has_value(), 10000);
    QCOMPARE(list.result->error.kind(), ApiError::Kind::Decode);
    QVERIFY(list.result->value.isEmpty());
    QVERIFY2(list.result->error.detail().contains(QStringLiteral("GET /billing/v1/invoices")), qPrintable(list.result->error.detail()));
    QCOMPARE(list.result->error.host(), QStringLiteral("127.0.0.1"));
    // A 200 with a body that cannot be read is not something a retry fixes.
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, 1);
}

void TestApiClient::postIsNeverRetried()
{
    const auto client = makeClient();
    DemoFault fault;
    fault.status = 503;
    fault.times = 3;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, ApiRequest::withJson("POST", InvoicesPath, QByteArrayLiteral("{}")));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Server);
    QCOMPARE(outcome.error.httpStatus(), 503);
    QCOMPARE(outcome.attempts, 1);
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, 1);
    QCOMPARE(outcome.error.endpoint(), QStringLiteral("POST /billing/v1/invoices"));
}

void TestApiClient::invoicePdfIsAPdf()
{
    const auto client = makeClient();
    SkySqlBackend backend(client.get());
    Outcome<QList<Invoice>> list;
    backend.invoices(QDate(), this, [&list](const ApiResult<QList<Invoice>> &result) { list.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(list.result.has_value(), 10000);
    QVERIFY(list.result->ok());
    QVERIFY(!list.result->value.isEmpty());

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("invoice.pdf"));
    Outcome<QString> pdf;
    backend.invoicePdf(list.result->value.first().id, path, this, [&pdf](const ApiResult<QString> &result) { pdf.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(pdf.result.has_value(), 10000);
    QVERIFY2(pdf.result->ok(), qPrintable(pdf.result->error.longMessage()));
    QFile file(pdf.result->value);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("%%EOF"));

    const QString missingPath = folder.filePath(QStringLiteral("missing.pdf"));
    Outcome<QString> missing;
    backend.invoicePdf(QStringLiteral("inv_nope"), missingPath, this, [&missing](const ApiResult<QString> &result) { missing.result = result; });
    QTRY_VERIFY_WITH_TIMEOUT(missing.result.has_value(), 10000);
    QCOMPARE(missing.result->error.kind(), ApiError::Kind::NotFound);
    QVERIFY(!QFile::exists(missingPath));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
