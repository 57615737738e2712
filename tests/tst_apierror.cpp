// Turning status + body into one ApiError, Retry-After, backoff and request identity.

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apirequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

#include <limits>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace
{
const QString Endpoint = QStringLiteral("GET /billing/v1/invoices");

QByteArray skySqlErrorBody(int code, const QString &message, const QString &solution,
                           const QJsonArray &metadata = QJsonArray())
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("code"), code},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("type"), QStringLiteral("error")},
                             {QStringLiteral("location"), QStringLiteral("/billing/v1/invoices")},
                             {QStringLiteral("solution"), solution},
                             {QStringLiteral("exception"), QStringLiteral("HTTPException")},
                             {QStringLiteral("err"), QString()},
                             {QStringLiteral("metadata"), metadata},
                         })
        .toJson(QJsonDocument::Compact);
}
}

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusToKind_data();
    void statusToKind();
    void skySqlErrorBody();
    void skySqlValidationMetadata();
    void scalingoErrorBody();
    void scalingoValidationErrors();
    void plainTextRateLimit();
    void htmlGatewayPage();
    void emptyBody();
    void messagesArePlainSentences_data();
    void messagesArePlainSentences();
    void messageNamesHost();
    void messagesCarryNoSecrets();
    void decodeErrorMessage();
    void kindNames();
    void parseRetryAfterSeconds_data();
    void parseRetryAfterSeconds();
    void parseRetryAfterHttpDate();
    void backoffGrowsExponentially();
    void backoffIsCapped();
    void backoffJitterStaysWithinBounds();
    void requestIdempotency_data();
    void requestIdempotency();
    void requestEndpoint();
    void responseHeaderLookup();
};

void TestApiError::statusToKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("400") << 400 << ApiError::Kind::Validation << false;
    QTest::newRow("401") << 401 << ApiError::Kind::Auth << false;
    QTest::newRow("403") << 403 << ApiError::Kind::Auth << false;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound << false;
    QTest::newRow("408") << 408 << ApiError::Kind::Timeout << true;
    QTest::newRow("409") << 409 << ApiError::Kind::Validation << false;
    QTest::newRow("410") << 410 << ApiError::Kind::NotFound << false;
    QTest::newRow("422") << 422 << ApiError::Kind::Validation << false;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited << true;
    QTest::newRow("500") << 500 << ApiError::Kind::Server << false;
    QTest::newRow("501") << 501 << ApiError::Kind::Server << false;
    QTest::newRow("502") << 502 << ApiError::Kind::Server << true;
    QTest::newRow("503") << 503 << ApiError::Kind::Server << true;
    QTest::newRow("504") << 504 << ApiError::Kind::Server << true;
}

void TestApiError::statusToKind()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, retryable);
    const ApiError error = errorFromHttpResponse(status, QByteArray(), Endpoint);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.endpoint(), Endpoint);
    QCOMPARE(error.isRetryable(), retryable);
    QVERIFY(error.isError());
}

void TestApiError::skySqlErrorBody()
{
    const ApiError error = errorFromHttpResponse(
        401, ::skySqlErrorBody(401, QStringLiteral("Invalid API key"), QStringLiteral("Send a valid SkySQL API key")),
        Endpoint);
    QCOMPARE(error.kind(), ApiError::Kind::Auth);
    QVERIFY2(error.providerMessage().contains(QStringLiteral("Invalid API key")), qPrintable(error.providerMessage()));
    QVERIFY2(error.providerMessage().contains(QStringLiteral("Send a valid SkySQL API key")), qPrintable(error.providerMessage()));
    // Metadata is not a field list outside validation failures.
    QVERIFY(error.fieldErrors().isEmpty());
    QVERIFY(error.longMessage().contains(QStringLiteral("Invalid API key")));
    QVERIFY(error.longMessage().contains(Endpoint));

    // A solution that repeats the message is not shown twice.
    const ApiError same = errorFromHttpResponse(
        500, ::skySqlErrorBody(500, QStringLiteral("Internal error"), QStringLiteral("Internal error")), Endpoint);
    QCOMPARE(same.providerMessage(), QStringLiteral("Internal error"));
    QCOMPARE(same.kind(), ApiError::Kind::Server);
}

void TestApiError::skySqlValidationMetadata()
{
    const QJsonArray metadata{
        QJsonObject{{QStringLiteral("key"), QStringLiteral("start_date")}, {QStringLiteral("value"), QStringLiteral("Use the format YYYY-MM-DD")}},
        QJsonObject{{QStringLiteral("key"), QString()}, {QStringLiteral("value"), QStringLiteral("ignored without a key")}},
    };
    const ApiError error = errorFromHttpResponse(
        400, ::skySqlErrorBody(400, QStringLiteral("Invalid start_date 'x'"), QString(), metadata), Endpoint);
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.providerMessage(), QStringLiteral("Invalid start_date 'x'"));
    QCOMPARE(error.fieldErrors().size(), 1);
    QCOMPARE(error.fieldErrors().value(QStringLiteral("start_date")), QStringList{QStringLiteral("Use the format YYYY-MM-DD")});
    QVERIFY2(error.message().contains(QStringLiteral("start_date: Use the format YYYY-MM-DD")), qPrintable(error.message()));
}

void TestApiError::scalingoErrorBody()
{
    const ApiError notFound = errorFromHttpResponse(
        404, QByteArray(R"({"error": "not found", "resource": "invoice"})"), QStringLiteral("GET /v1/account/invoices/{id}"));
    QCOMPARE(notFound.kind(), ApiError::Kind::NotFound);
    QCOMPARE(notFound.providerMessage(), QStringLiteral("not found"));

    const ApiError payment = errorFromHttpResponse(
        402, QByteArray(R"({"error": "payment required", "url": "https://dashboard.scalingo.com/billing"})"), Endpoint);
    QCOMPARE(payment.kind(), ApiError::Kind::Validation);
    QCOMPARE(payment.providerMessage(), QStringLiteral("payment required"));

    const ApiError nested = errorFromHttpResponse(
        409, QByteArray(R"({"error": {"message": "already exists"}})"), Endpoint);
    QCOMPARE(nested.providerMessage(), QStringLiteral("already exists"));
}

void TestApiError::scalingoValidationErrors()
{
    const ApiError error = errorFromHttpResponse(
        422, QByteArray(R"({"errors": {"vat_number": ["is invalid", "is too short"], "email": ["can't be blank"]}})"),
        QStringLiteral("POST /profiles"));
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 422);
    QVERIFY(!error.isRetryable());
    QCOMPARE(error.fieldErrors().size(), 2);
    QCOMPARE(error.fieldErrors().value(QStringLiteral("vat_number")),
             (QStringList{QStringLiteral("is invalid"), QStringLiteral("is too short")}));
    QCOMPARE(error.fieldErrors().value(QStringLiteral("email")), QStringList{QStringLiteral("can't be blank")});
    const QString message = error.message();
    QVERIFY2(message.contains(QStringLiteral("vat_number: is invalid; is too short")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("email: can't be blank")), qPrintable(message));

    // Found by fuzz_errorbody: a field listed with no message, or an empty one, became a field
    // error without a word to show beside the field.
    const ApiError empty = errorFromHttpResponse(
        422, QByteArray(R"({"errors": {"vat_number": [], "name": "", "city": [""], "email": ["can't be blank"]}})"),
        QStringLiteral("POST /profiles"));
    QCOMPARE(empty.fieldErrors().keys(), QStringList{QStringLiteral("email")});
}

void TestApiError::plainTextRateLimit()
{
    const ApiError error = errorFromHttpResponse(429, QByteArrayLiteral("Retry later\n"), Endpoint);
    QCOMPARE(error.kind(), ApiError::Kind::RateLimited);
    QCOMPARE(error.providerMessage(), QStringLiteral("Retry later"));
    QVERIFY(error.isRetryable());
    QVERIFY(error.fieldErrors().isEmpty());
}

void TestApiError::htmlGatewayPage()
{
    const QByteArray html = QByteArrayLiteral(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
        "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    const ApiError error = errorFromHttpResponse(502, html, Endpoint);
    QCOMPARE(error.kind(), ApiError::Kind::Server);
    QVERIFY(error.isRetryable());
    // Markup is not a message for people.
    QVERIFY2(!error.providerMessage().contains(QLatin1Char('<')), qPrintable(error.providerMessage()));
    QVERIFY2(!error.message().contains(QLatin1Char('<')), qPrintable(error.message()));
    QVERIFY2(!error.longMessage().contains(QStringLiteral("<html>")), qPrintable(error.longMessage()));
    QVERIFY2(error.message().contains(QStringLiteral("502")), qPrintable(error.message()));
}

void TestApiError::emptyBody()
{
    const ApiError error = errorFromHttpResponse(503, QByteArray(), Endpoint);
    QCOMPARE(error.kind(), ApiError::Kind::Server);
    QVERIFY(error.providerMessage().isEmpty());
    QVERIFY(!error.message().isEmpty());
}

void TestApiError::messagesArePlainSentences_data()
{
    QTest::addColumn<int>("status");
    for (int status : {400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504})
        QTest::newRow(qPrintable(QString::number(status))) << status;
}

void TestApiError::messagesArePlainSentences()
{
    QFETCH(int, status);
    ApiError error = errorFromHttpResponse(status, ::skySqlErrorBody(status, QStringLiteral("Something"), QString()), Endpoint);
    error.setHost(QStringLiteral("api.skysql.com"));
    const QString message = error.message();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.at(0).isSpace(), qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('{')), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    QVERIFY(error.longMessage().startsWith(message));
}

void TestApiError::messageNamesHost()
{
    ApiError error = errorFromHttpResponse(401, QByteArray(), Endpoint);
    QVERIFY2(error.message().contains(QStringLiteral("the billing service")), qPrintable(error.message()));
    error.setHost(QStringLiteral("api.skysql.com"));
    QVERIFY2(error.message().contains(QStringLiteral("api.skysql.com")), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("refused")), qPrintable(error.message()));

    ApiError limited = errorFromHttpResponse(429, QByteArray(), Endpoint);
    limited.setRetryAfterSeconds(7);
    QVERIFY2(limited.message().contains(QStringLiteral("7 second")), qPrintable(limited.message()));

    const ApiError network(ApiError::Kind::Network, QStringLiteral("Connection refused"));
    QVERIFY(!network.message().isEmpty());
    QVERIFY(network.isRetryable());
    QVERIFY(network.longMessage().contains(QStringLiteral("Connection refused")));
    QVERIFY(!ApiError(ApiError::Kind::Cancelled, QString()).isRetryable());
    QVERIFY(ApiError().message().isEmpty());
    QVERIFY(!ApiError().isError());
}

void TestApiError::messagesCarryNoSecrets()
{
    // The endpoint names the route, never the query string where a token could travel.
    const QString secret = QStringLiteral("sk-live-0123456789abcdef");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start_date"), QStringLiteral("2025-01-01"));
    query.addQueryItem(QStringLiteral("token"), secret);
    const ApiRequest request = ApiRequest::get(QStringLiteral("/billing/v1/invoices"), query);
    QCOMPARE(request.endpoint(), QStringLiteral("GET /billing/v1/invoices"));

    for (int status : {401, 403, 404, 429, 500, 503}) {
        ApiError error = errorFromHttpResponse(status, ::skySqlErrorBody(status, QStringLiteral("Nope"), QString()),
                                               request.endpoint());
        error.setHost(QStringLiteral("api.skysql.com"));
        QVERIFY(!error.message().contains(secret));
        QVERIFY(!error.longMessage().contains(secret));
        QVERIFY(!error.detail().contains(secret));
    }
}

void TestApiError::decodeErrorMessage()
{
    const ApiError error = ApiError::decode(Endpoint, QStringLiteral("[3].invoice_amount"),
                                            QStringLiteral("expected a number, got a string"));
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.endpoint(), Endpoint);
    QVERIFY(!error.isRetryable());
    QCOMPARE(error.fieldErrors().value(QStringLiteral("[3].invoice_amount")),
             QStringList{QStringLiteral("expected a number, got a string")});
    QVERIFY2(error.message().contains(QStringLiteral("[3].invoice_amount")), qPrintable(error.message()));
    QVERIFY2(error.message().endsWith(QLatin1Char('.')), qPrintable(error.message()));
}

void TestApiError::kindNames()
{
    QCOMPARE(ApiError::kindName(ApiError::Kind::Auth), QStringLiteral("auth"));
    QCOMPARE(ApiError::kindName(ApiError::Kind::RateLimited), QStringLiteral("rate-limited"));
    QCOMPARE(ApiError::kindName(ApiError::Kind::Decode), QStringLiteral("decode"));
}

void TestApiError::parseRetryAfterSeconds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");

    QTest::newRow("one") << QByteArray("1") << 1;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("two minutes") << QByteArray("120") << 120;
    QTest::newRow("spaces") << QByteArray("  30 ") << 30;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("not a weekday") << QByteArray("Foo, 21 Oct 2015 07:28:00 GMT") << -1;
    QTest::newRow("not GMT") << QByteArray("Wed, 21 Oct 2015 07:28:00 PST") << -1;
    QTest::newRow("plus sign") << QByteArray("+5") << -1;
    // Found writing fuzz_retryafter: past an int, the wait was "not said" (-1), so the call was
    // retried at once; it is the longest wait instead, which the client reports.
    QTest::newRow("past an int") << QByteArray("99999999999") << std::numeric_limits<int>::max();
    QTest::newRow("past a qint64") << QByteArray("99999999999999999999999") << std::numeric_limits<int>::max();
}

void TestApiError::parseRetryAfterSeconds()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
    QCOMPARE(parseRetryAfter(value, now), seconds);
}

void TestApiError::parseRetryAfterHttpDate()
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT"), now), 60);
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Wed, 21 Oct 2015 08:27:00 GMT"), now), 3600);
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Thu, 22 Oct 2015 07:27:00 GMT"), now), 86400);
    // Found writing fuzz_retryafter: a date more than 68 years ahead wrapped around an int, to a
    // negative number read as "not said" or to a wrong wait.
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Fri, 31 Dec 9999 23:59:59 GMT"), now), std::numeric_limits<int>::max());
    // A date already past means "now", not a negative wait.
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Wed, 21 Oct 2015 07:00:00 GMT"), now), 0);
    // The same instant seen from a clock in another zone.
    const QDateTime paris = now.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")));
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT"), paris), 60);
    // A clock between two seconds waits the whole way: 59.1 s is 60 s, never 59 (seen as
    // tst_apiclient::retryAfterHttpDateIsHonoured asking again a second early under load).
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT"), now.addMSecs(900)), 60);
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Wed, 21 Oct 2015 07:27:01 GMT"), now.addMSecs(999)), 1);
    QCOMPARE(parseRetryAfter(QByteArrayLiteral("Wed, 21 Oct 2015 07:27:00 GMT"), now.addMSecs(1)), 0);
}

void TestApiError::backoffGrowsExponentially()
{
    RetryPolicy policy;
    policy.baseDelay = 100ms;
    policy.maxDelay = 10s;
    policy.jitter = 0.25;
    // random = 0.5 is the middle of the jitter range: no jitter.
    QCOMPARE(policy.backoff(2, 0.5), 100ms);
    QCOMPARE(policy.backoff(3, 0.5), 200ms);
    QCOMPARE(policy.backoff(4, 0.5), 400ms);
    QCOMPARE(policy.backoff(5, 0.5), 800ms);
    for (int attempt = 3; attempt < 8; ++attempt)
        QVERIFY(policy.backoff(attempt, 0.5) == 2 * policy.backoff(attempt - 1, 0.5));
}

void TestApiError::backoffIsCapped()
{
    RetryPolicy policy;
    policy.baseDelay = 500ms;
    policy.maxDelay = 3s;
    policy.jitter = 0.25;
    QCOMPARE(policy.backoff(20, 0.5), 3000ms);
    QCOMPARE(policy.backoff(1000, 0.5), 3000ms);
    // Jitter never pushes a delay beyond the cap.
    for (double random : {0.0, 0.25, 0.5, 0.75, 0.999999}) {
        for (int attempt = 2; attempt < 40; ++attempt)
            QVERIFY(policy.backoff(attempt, random) <= policy.maxDelay);
    }
}

void TestApiError::backoffJitterStaysWithinBounds()
{
    RetryPolicy policy;
    policy.baseDelay = 1000ms;
    policy.maxDelay = 60s;
    policy.jitter = 0.25;
    QCOMPARE(policy.backoff(2, 0.0), 750ms);
    QVERIFY(policy.backoff(2, 0.999999) <= 1250ms);
    QVERIFY(policy.backoff(2, 0.999999) >= 1249ms);
    for (int i = 0; i < 1000; ++i) {
        const double random = i / 1000.0;
        const auto delay = policy.backoff(3, random);
        QVERIFY2(delay >= 1500ms && delay <= 2500ms, qPrintable(QString::number(delay.count())));
    }
    // Different random draws give different delays: retries of many clients spread out.
    QVERIFY(policy.backoff(3, 0.1) != policy.backoff(3, 0.9));
    // No jitter configured: exact delays.
    policy.jitter = 0;
    QCOMPARE(policy.backoff(3, 0.0), 2000ms);
    QCOMPARE(policy.backoff(3, 0.99), 2000ms);
}

void TestApiError::requestIdempotency_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("GET") << QByteArray("GET") << true;
    QTest::newRow("HEAD") << QByteArray("HEAD") << true;
    QTest::newRow("PUT") << QByteArray("PUT") << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << true;
    QTest::newRow("POST") << QByteArray("POST") << false;
    QTest::newRow("PATCH") << QByteArray("PATCH") << false;
}

void TestApiError::requestIdempotency()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, idempotent);
    const ApiRequest request = ApiRequest::withJson(method, QStringLiteral("/billing/v1/contacts"), QByteArrayLiteral("{}"));
    QCOMPARE(request.isIdempotent(), idempotent);
    QCOMPARE(request.method, method);
    QCOMPARE(request.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(request.body, QByteArrayLiteral("{}"));
}

void TestApiError::requestEndpoint()
{
    const ApiRequest get = ApiRequest::get(QStringLiteral("/billing/v1/invoices"));
    QCOMPARE(get.endpoint(), QStringLiteral("GET /billing/v1/invoices"));
    QCOMPARE(get.method, QByteArrayLiteral("GET"));
    QCOMPARE(get.accept, QByteArrayLiteral("application/json"));
    QVERIFY(get.body.isEmpty());
    QVERIFY(get.isIdempotent());

    ApiRequest download = ApiRequest::get(QString());
    download.absoluteUrl = QUrl(QStringLiteral("https://files.example.com/invoices/42.pdf?signature=secret"));
    QCOMPARE(download.endpoint(), QStringLiteral("GET /invoices/42.pdf"));

    const ApiRequest post = ApiRequest::withJson("POST", QStringLiteral("/billing/v1/contacts"), QByteArrayLiteral("{}"));
    QCOMPARE(post.endpoint(), QStringLiteral("POST /billing/v1/contacts"));
}

void TestApiError::responseHeaderLookup()
{
    ApiResponse response;
    response.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("retry-after"), QByteArrayLiteral("3")}};
    QCOMPARE(response.header("Retry-After"), QByteArrayLiteral("3"));
    QCOMPARE(response.header("content-type"), QByteArrayLiteral("application/json"));
    QVERIFY(response.header("X-Missing").isEmpty());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
