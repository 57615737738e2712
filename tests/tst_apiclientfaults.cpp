// ApiClient against the demo backend's hostile answers over real HTTP on 127.0.0.1: deadlines
// (idle, per attempt, per operation), the per-account circuit breaker, one plain message per
// cause, redirects that keep or refuse the method, and the response size cap. Limits are
// shortened so that each fault shows in well under a second.

#include "api/apiclient.h"
#include "api/circuitbreaker.h"
#include "api/skysql/skysqlrequests.h"
#include "demoserver.h"
#include "support/demoserverfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

#include <memory>

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
}

class TestApiClientFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void slowBodyFailsAtTheAttemptDeadline();
    void operationDeadlineEndsTheRetries();
    void breakerFailsWhatIsQueuedAtOnce();
    void breakerClosesOnAnAnswer();
    void onePlainMessagePerCause_data();
    void onePlainMessagePerCause();
    void insecureRedirectIsRefusedAndNotRetried();
    void redirect307KeepsThePost();
    void redirect302OnAPostIsNotFollowedAsAGet();
    void answerPastTheSizeCapIsAbortedEarly();

private:
    std::unique_ptr<ApiClient> makeClient(const QUrl &baseUrl = QUrl());
    CallOutcome run(ApiClient &client, const ApiRequest &request);

    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
    RetryPolicy m_quickRetries;
    ApiLimits m_shortLimits;
};

void TestApiClientFaults::initTestCase()
{
    m_server = TestSupport::startDemoServer(QDate(2025, 11, 14));
    QVERIFY(m_server);
    m_quickRetries = TestSupport::quickRetries();
    m_shortLimits = TestSupport::shortLimits();
}

void TestApiClientFaults::init()
{
    m_server->clearFaults();
}

std::unique_ptr<ApiClient> TestApiClientFaults::makeClient(const QUrl &baseUrl)
{
    auto client = std::make_unique<ApiClient>(
        &m_network, baseUrl.isValid() ? baseUrl : m_server->baseUrl(),
        std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(m_server->skySqlApiKey(), QString())));
    client->setRetryPolicy(m_quickRetries);
    client->setLimits(m_shortLimits);
    client->setApiName(QStringLiteral("SkySQL API"));
    return client;
}

CallOutcome TestApiClientFaults::run(ApiClient &client, const ApiRequest &request)
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
    // Far past every limit the tests set: a call still running then has no deadline at all.
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, 30000))
        QTest::qFail("the call never finished", __FILE__, __LINE__);
    return outcome;
}

void TestApiClientFaults::slowBodyFailsAtTheAttemptDeadline()
{
    // One byte every 100 ms never trips the 400 ms idle timeout; before the attempt deadline
    // the list (a few KB) took minutes and the call hung.
    const auto client = makeClient();
    RetryPolicy once = m_quickRetries;
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    DemoFault fault;
    fault.kind = DemoFault::Kind::SlowBody;
    fault.intervalMs = 100;
    m_server->injectFault(InvoicesPath, fault);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
    QVERIFY2(outcome.error.detail().contains(QStringLiteral("longer than 1 s")), qPrintable(outcome.error.detail()));
    QVERIFY2(outcome.error.message().contains(QStringLiteral("127.0.0.1 did not answer in time")),
             qPrintable(outcome.error.message()));
    qInfo("slow body failed after %lld ms (attempt deadline 1000 ms)", outcome.elapsedMs);
}

void TestApiClientFaults::operationDeadlineEndsTheRetries()
{
    // Ten attempts of 300 ms each would take over 3 s; the 1 s operation deadline ends them
    // with the timeout, and no retry starts that could not finish in time.
    const auto client = makeClient();
    client->setCircuitBreaker(std::make_shared<CircuitBreaker>(0ms));  // never open: deadlines only
    ApiLimits limits = m_shortLimits;
    limits.idle = 300ms;
    limits.operation = 1s;
    client->setLimits(limits);
    RetryPolicy many = m_quickRetries;
    many.maxAttempts = 10;
    client->setRetryPolicy(many);
    DemoFault fault;
    fault.kind = DemoFault::Kind::Stall;
    fault.times = 10;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
    QVERIFY2(outcome.attempts < many.maxAttempts, qPrintable(QString::number(outcome.attempts)));
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, outcome.attempts);
    qInfo("%d attempts, failed after %lld ms (operation deadline 1000 ms)", outcome.attempts, outcome.elapsedMs);
}

void TestApiClientFaults::breakerFailsWhatIsQueuedAtOnce()
{
    const auto client = makeClient();
    RetryPolicy once = m_quickRetries;
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    DemoFault stall;
    stall.kind = DemoFault::Kind::Stall;
    stall.times = 2;
    m_server->injectFault(InvoicesPath, stall);
    // Two requests time out: the origin has failed twice in a row.
    const CallOutcome first = run(*client, SkySqlRequests::invoices(QDate()));
    const CallOutcome second = run(*client, SkySqlRequests::invoices(QDate()));
    QCOMPARE(first.error.kind(), ApiError::Kind::Timeout);
    QCOMPARE(second.error.kind(), ApiError::Kind::Timeout);

    // What comes next fails at once with the same message, and the server never sees it.
    const QString detailPath = QStringLiteral("/billing/v1/invoices/some-invoice");
    const int before = m_server->requestCount(detailPath);
    for (int i = 0; i < 5; ++i) {
        const CallOutcome queued = run(*client, SkySqlRequests::invoice(QStringLiteral("some-invoice"),
                                                                          SkySqlRequests::InvoiceView::Service));
        QVERIFY(!queued.ok);
        QCOMPARE(queued.error.message(), second.error.message());
        QCOMPARE(queued.error.endpoint(), QStringLiteral("GET ") + detailPath);
        QCOMPARE(queued.attempts, 0);
    }
    QCOMPARE(m_server->requestCount(detailPath), before);
}

void TestApiClientFaults::breakerClosesOnAnAnswer()
{
    CircuitBreaker breaker(1h);
    const QUrl url = m_server->baseUrl();
    const ApiError timeout(ApiError::Kind::Timeout, QStringLiteral("no byte"));
    breaker.recordFailure(url, timeout);
    QVERIFY(!breaker.refusal(url).isError());  // once is not "in a row"
    breaker.recordFailure(url, timeout);
    QCOMPARE(breaker.refusal(url).kind(), ApiError::Kind::Timeout);
    // Another origin of the same account is not affected.
    QVERIFY(!breaker.refusal(QUrl(QStringLiteral("http://localhost:1/"))).isError());
    breaker.recordAnswer(url);
    QVERIFY(!breaker.refusal(url).isError());
    // An HTTP error is an answer: the server is there.
    QVERIFY(!CircuitBreaker::isNetworkLevel(ApiError(ApiError::Kind::Server, QStringLiteral("HTTP 500"))));
    QVERIFY(!CircuitBreaker::isNetworkLevel(ApiError::fromCause(ApiError::Cause::TooManyRedirects, QString())));
    QVERIFY(CircuitBreaker::isNetworkLevel(ApiError::fromCause(ApiError::Cause::ConnectionClosed, QString())));
}

void TestApiClientFaults::onePlainMessagePerCause_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");  // "OTHER_HOST": the same server under another name
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("expectedRequests");  // -1: any (retried network faults)

    const int redirect = int(DemoFault::Kind::Redirect);
    QTest::newRow("connection closed early")
        << int(DemoFault::Kind::DropConnection) << 0 << QByteArray() << 100 << int(ApiError::Cause::ConnectionClosed)
        << QStringLiteral("127.0.0.1 closed the connection before answering") << -1;
    QTest::newRow("body cut short") << int(DemoFault::Kind::TruncatedBody) << 0 << QByteArray() << 100
                                    << int(ApiError::Cause::BodyCutShort)
                                    << QStringLiteral("The answer from 127.0.0.1 was cut short") << -1;
    // A loop is followed five times, then reported; retrying it would only loop again.
    QTest::newRow("redirect loop") << redirect << 302 << InvoicesPath.toLatin1() << 100
                                   << int(ApiError::Cause::TooManyRedirects)
                                   << QStringLiteral("redirected the request too many times") << 6;
    QTest::newRow("404 on a list: wrong address")
        << int(DemoFault::Kind::Status) << 404 << QByteArray() << 1 << int(ApiError::Cause::WrongAddress)
        << QStringLiteral("127.0.0.1 does not answer like the SkySQL API") << 1;
    // The key is rightly withheld from another host, which then refuses: say that, not "the key
    // was refused", which sends people to change a key that is fine. Both hosts are this server:
    // the redirect and the refused request, and no renewal or retry after it.
    QTest::newRow("credentials withheld from another host")
        << redirect << 302 << QByteArray("OTHER_HOST") << 1 << int(ApiError::Cause::CredentialsWithheld)
        << QStringLiteral("redirected to another host, localhost, which refused it") << 2;
}

void TestApiClientFaults::onePlainMessagePerCause()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(int, times);
    QFETCH(int, cause);
    QFETCH(QString, says);
    QFETCH(int, expectedRequests);

    const auto client = makeClient();
    DemoFault fault;
    fault.kind = DemoFault::Kind(kind);
    fault.status = status;
    fault.times = times;
    if (location == "OTHER_HOST") {
        QUrl other = m_server->baseUrl();
        other.setHost(QStringLiteral("localhost"));
        other.setPath(InvoicesPath);
        location = other.toEncoded();
    }
    fault.location = location;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY(!outcome.ok);
    QCOMPARE(int(outcome.error.cause()), cause);
    QVERIFY2(outcome.error.message().contains(says), qPrintable(outcome.error.message()));
    QVERIFY2(!outcome.error.message().contains(QStringLiteral("Check your network connection")),
             qPrintable(outcome.error.message()));
    if (expectedRequests >= 0)
        QCOMPARE(m_server->requestCount(InvoicesPath) - before, expectedRequests);
}

void TestApiClientFaults::insecureRedirectIsRefusedAndNotRetried()
{
    // A TLS server on loopback (a self-signed certificate made for these tests) whose every
    // answer is a 302 to the plain-HTTP demo server.
    QFile certificateFile(QStringLiteral(BILLDECK_TEST_DATA_DIR "/tls/loopback-tls-cert.pem"));
    QFile keyFile(QStringLiteral(BILLDECK_TEST_DATA_DIR "/tls/loopback-tls-key.pem"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer tls;
    tls.setSslConfiguration(configuration);
    QVERIFY(tls.listen(QHostAddress::LocalHost, 0));
    int answered = 0;
    const QByteArray location = m_server->baseUrl().toEncoded() + InvoicesPath.toLatin1();
    connect(&tls, &QSslServer::pendingConnectionAvailable, this, [&tls, &answered, location] {
        while (QTcpSocket *socket = tls.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &answered, location] {
                const QByteArray received = socket->property("received").toByteArray() + socket->readAll();
                socket->setProperty("received", received);
                if (!received.contains("\r\n\r\n"))
                    return;
                ++answered;
                socket->write("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
            });
        }
    });
    // The certificate is this test's own: trusted by this test's manager only.
    QNetworkAccessManager network;
    connect(&network, &QNetworkAccessManager::sslErrors, this,
            [](QNetworkReply *reply, const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QUrl tlsUrl;
    tlsUrl.setScheme(QStringLiteral("https"));
    tlsUrl.setHost(QStringLiteral("127.0.0.1"));
    tlsUrl.setPort(tls.serverPort());
    ApiClient client(&network, tlsUrl,
                     std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(m_server->skySqlApiKey(), QString())));
    client.setRetryPolicy(m_quickRetries);
    client.setLimits(m_shortLimits);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(client, SkySqlRequests::invoices(QDate()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.cause(), ApiError::Cause::InsecureRedirect);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("to an insecure address; Billdeck did not follow it")),
             qPrintable(outcome.error.message()));
    // Refused once, not asked four times; and the plain-HTTP address never saw the request.
    QCOMPARE(answered, 1);
    QCOMPARE(m_server->requestCount(InvoicesPath), before);
}

void TestApiClientFaults::redirect307KeepsThePost()
{
    const auto client = makeClient();
    const QString movedPath = QStringLiteral("/billing/v1/contacts-moved");
    DemoFault fault;
    fault.kind = DemoFault::Kind::Redirect;
    fault.status = 307;
    fault.location = "/billing/v1/contacts";
    m_server->injectFault(movedPath, fault);
    QSignalSpy handled(m_server.get(), &DemoServer::requestHandled);
    const QByteArray body = R"({"email": "billing@example.com", "contact_type": "billing", "first_name": "A", "last_name": "B"})";
    const CallOutcome outcome = run(*client, ApiRequest::withJson("POST", movedPath, body));
    QVERIFY2(outcome.ok || outcome.error.kind() == ApiError::Kind::Validation, qPrintable(outcome.error.longMessage()));
    QCOMPARE(handled.size(), 2);
    QCOMPARE(handled.at(1).at(0).toString(), QStringLiteral("POST"));
    QCOMPARE(handled.at(1).at(1).toString(), QStringLiteral("/billing/v1/contacts"));
}

void TestApiClientFaults::redirect302OnAPostIsNotFollowedAsAGet()
{
    const auto client = makeClient();
    const QString movedPath = QStringLiteral("/billing/v1/contacts-moved");
    DemoFault fault;
    fault.kind = DemoFault::Kind::Redirect;
    fault.status = 302;
    fault.location = "/billing/v1/contacts";
    m_server->injectFault(movedPath, fault);
    const int targetBefore = m_server->requestCount(QStringLiteral("/billing/v1/contacts"));
    const CallOutcome outcome = run(*client, ApiRequest::withJson("POST", movedPath, QByteArrayLiteral("{}")));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.cause(), ApiError::Cause::RedirectChangesMethod);
    QVERIFY(!outcome.error.isRetryable());
    QVERIFY2(outcome.error.message().contains(QStringLiteral("did not follow it")), qPrintable(outcome.error.message()));
    // Before, the POST was sent on as a GET that read the contacts and reported success.
    QCOMPARE(m_server->requestCount(QStringLiteral("/billing/v1/contacts")), targetBefore);
}

void TestApiClientFaults::answerPastTheSizeCapIsAbortedEarly()
{
    const auto client = makeClient();
    ApiLimits limits = m_shortLimits;
    limits.maxJsonBytes = qint64(1) << 20;
    client->setLimits(limits);
    DemoFault fault;
    fault.kind = DemoFault::Kind::HugeBody;
    fault.bodyBytes = qint64(8) << 20;
    fault.times = 4;
    m_server->injectFault(InvoicesPath, fault);
    const int before = m_server->requestCount(InvoicesPath);
    const CallOutcome outcome = run(*client, SkySqlRequests::invoices(QDate()));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.cause(), ApiError::Cause::TooLarge);
    QVERIFY2(outcome.error.message().contains(QStringLiteral("is too large (more than 1 MB)")), qPrintable(outcome.error.message()));
    QVERIFY(outcome.response.body.isEmpty());
    // Not retried: the same answer would come again.
    QCOMPARE(m_server->requestCount(InvoicesPath) - before, 1);
    QCOMPARE(client->limits().maxDocumentBytes, qint64(64) << 20);
    QCOMPARE(ApiLimits().maxJsonBytes, qint64(32) << 20);
}

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "tst_apiclientfaults.moc"
