// Scalingo: request builders, decoders on the reference examples, JWT expiry and exchange,
// pagination on both spellings and against a repeating server, the rate limiter, error bodies.

#include "api/apiclient.h"
#include "api/ratelimiter.h"
#include "api/scalingo/scalingobackend.h"
#include "api/scalingo/scalingodecoders.h"
#include "api/scalingo/scalingopagination.h"
#include "api/scalingo/scalingorequests.h"
#include "api/scalingo/scalingotokensession.h"
#include "invoices/invoiceitems.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QtTest>

#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace
{
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BILLDECK_TEST_DATA_DIR "/scalingo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// header.payload.signature with the payload's JSON as given.
QByteArray makeJwt(const QByteArray &payloadJson)
{
    return base64Url(R"({"alg":"HS512","typ":"JWT"})") + '.' + base64Url(payloadJson) + '.' + base64Url("signature-bytes");
}

QByteArray jwtExpiringAt(const QDateTime &expiry)
{
    return makeJwt(QByteArrayLiteral(R"({"iss":"Scalingo","uuid":"us-1234","exp":)") + QByteArray::number(expiry.toSecsSinceEpoch()) + '}');
}

QByteArray pageBody(const QString &rootKey, const QStringList &ids, int current, const QByteArray &next,
                    const char *previousKey = "prev_page")
{
    QByteArray items;
    for (const QString &id : ids) {
        if (!items.isEmpty())
            items += ',';
        items += R"({"id":")" + id.toUtf8() + R"(","created_at":"2020-01-01T10:00:00.000+01:00","amount":1.5,"source":"invoicing"})";
    }
    return "{\"" + rootKey.toUtf8() + "\":[" + items + "],\"meta\":{\"pagination\":{\"current_page\":" + QByteArray::number(current)
        + ",\"next_page\":" + next + ",\"" + previousKey + "\":null,\"total_pages\":3,\"total_count\":9}}}";
}

// A loopback HTTP/1.1 server answering each request through `handler`, one per connection.
class FakeHttpServer final
{
public:
    struct Request {
        QByteArray method;
        QByteArray target;  // path and query
        QMap<QByteArray, QByteArray> headers;  // lower-case names
        QByteArray body;
        QString path() const { return QString::fromLatin1(target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'))); }
        QUrlQuery query() const { return QUrlQuery(QString::fromLatin1(target.mid(target.indexOf('?') + 1))); }
    };
    struct Response {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    using Handler = std::function<Response(const Request &)>;

    FakeHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on loopback");
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    Handler handler;
    QList<Request> requests;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const int headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = request.headers.value("content-length", "0").toInt();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            requests.append(request);
            const Response response = handler ? handler(request) : Response{404, QByteArray(), {}};
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\nContent-Length: "
                + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n";
            for (const auto &header : response.headers)
                out += header.first + ": " + header.second + "\r\n";
            out += "\r\n" + response.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
};

FakeHttpServer::Response json(const QByteArray &body, int status = 200)
{
    return FakeHttpServer::Response{status, body, {{"Content-Type", "application/json"}}};
}
}

class TestScalingo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Request builders.
    void tokenExchangeRequest();
    void basicAuthorizationHeader();
    void pagedRequests();
    void invoiceRequests();
    void billingHostProfileRequests();

    // Decoders on the reference's examples and realistic invoices.
    void fixturesAreTheReferenceExamples();
    void decodeBillingOperationsExample();
    void decodeBillingProfileExample();
    void decodeBillingHostProfile();
    void decodeSepaAndPaypalProfiles();
    void decodeInvoicesPage();
    void decodeInvoiceDetail();
    void decodeErrorsNameTheField_data();
    void decodeErrorsNameTheField();
    void invoicePdfChecksTheBytes();
    void invoiceLinesPastRangeAreADecodeError();

    // JWT.
    void jwtExpiryReadsExp();
    void malformedJwtIsDecodeErrorWithoutTheToken_data();
    void malformedJwtIsDecodeErrorWithoutTheToken();
    void needsExchangeFiveMinutesBeforeExpiry();

    // Pagination.
    void paginationBothSpellings();
    void pageWalkFollowsNextPage();
    void pageWalkStopsOnRepeatedPage();
    void pageWalkStopsWhenNextPageDoesNotAdvance();
    void pageWalkStopsOnRepeatedItems();
    void pageWalkHasAHardCap();
    void pageWalkStopsPastTotalPages();
    void pageWalkWithoutMeta();

    // Rate limiter.
    void limiterLets60ThroughThenWaitsForTheFirstToLeave();
    void limiterHoldOffAfter429();
    void limiterAcquireWaitsAndKeepsOrder();
    void limiterDropsWaitersWhoseContextIsGone();

    // Error bodies.
    void errorBodies_data();
    void errorBodies();

    // Over loopback HTTP.
    void sessionExchangesOnceForConcurrentRequests();
    void sessionExchangesAgainNearExpiry();
    void sessionFailureKeepsSecretsOut();
    void clientRenewsOnceOn401();
    void backendFetchesEveryInvoicePage();
    void backendStopsOnRepeatingServer();
    void backendDownloadsPdfThroughRedirectWithoutLeakingBearer();
    void backendUpdatesProfileOnBillingHost();
    void clientWithLimiterWaits();
};

// --- request builders ---

void TestScalingo::tokenExchangeRequest()
{
    const ApiRequest request = ScalingoRequests::tokenExchange();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/v1/tokens/exchange"));
    QVERIFY(request.body.isEmpty());
    // A POST, but it creates nothing: retried like a GET after a 503, a 429 or a dropped line.
    QVERIFY(request.createsNothing);
    QVERIFY(request.isIdempotent());
}

void TestScalingo::basicAuthorizationHeader()
{
    const QByteArray header = ScalingoRequests::basicAuthorization(QStringLiteral("tk-us-BQ3LRmLG"));
    QVERIFY(header.startsWith("Basic "));
    QCOMPARE(QByteArray::fromBase64(header.mid(6)), QByteArray(":tk-us-BQ3LRmLG"));
    QCOMPARE(ScalingoRequests::bearerAuthorization("a.b.c"), QByteArray("Bearer a.b.c"));
}

void TestScalingo::pagedRequests()
{
    const ApiRequest operations = ScalingoRequests::billingOperations(3);
    QCOMPARE(operations.method, QByteArray("GET"));
    QCOMPARE(operations.path, QStringLiteral("/v1/account/billing/operations"));
    QCOMPARE(operations.query.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
    QCOMPARE(operations.query.queryItemValue(QStringLiteral("per_page")), QString::number(ScalingoRequests::PageSize));
    QCOMPARE(ScalingoRequests::PageSize, 100);

    const ApiRequest invoices = ScalingoRequests::invoices(0, 1000);
    QCOMPARE(invoices.path, QStringLiteral("/v1/account/invoices"));
    QCOMPARE(invoices.query.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(invoices.query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QCOMPARE(ScalingoRequests::invoices(2, 25).query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("25"));

    const ApiRequest profile = ScalingoRequests::billingProfile();
    QCOMPARE(profile.path, QStringLiteral("/v1/account/billing/profile"));
    QVERIFY(profile.query.isEmpty());
}

void TestScalingo::invoiceRequests()
{
    QCOMPARE(ScalingoRequests::invoice(QStringLiteral("5f4e3a1b")).path, QStringLiteral("/v1/account/invoices/5f4e3a1b"));
    // An id can never reach another path.
    QCOMPARE(ScalingoRequests::invoice(QStringLiteral("../profile")).path, QStringLiteral("/v1/account/invoices/..%2Fprofile"));
    const ApiRequest download = ScalingoRequests::invoiceDownload(QStringLiteral("5f4e3a1b"));
    QCOMPARE(download.method, QByteArray("GET"));
    QCOMPARE(download.path, QStringLiteral("/v1/account/invoices/5f4e3a1b/download"));
    QCOMPARE(download.accept, QByteArray("application/pdf"));
}

void TestScalingo::billingHostProfileRequests()
{
    QCOMPARE(ScalingoRequests::billingHostProfile().path, QStringLiteral("/profile"));
    QCOMPARE(ScalingoRequests::billingHostProfile().method, QByteArray("GET"));
    QCOMPARE(ScalingoRequests::defaultBillingUrl(), QUrl(QStringLiteral("https://cashmachine.scalingo.com")));

    BillingProfile profile;
    profile.id = QStringLiteral("576ba47261d7b200157d9973");
    profile.name = QStringLiteral("Jeanne Martin");
    profile.email = QStringLiteral("jeanne@example.com");
    profile.addressLine1 = QStringLiteral("15 avenue du Rhin");
    profile.city = QStringLiteral("Strasbourg");
    profile.zip = QStringLiteral("67100");
    profile.country = QStringLiteral("France");
    profile.vatNumber = QStringLiteral("FR12345678901");
    profile.company = QStringLiteral("Scalingo");
    profile.credit = Money(1500, QStringLiteral("EUR"));
    profile.paymentMethod = QStringLiteral("stripe");

    const ApiRequest create = ScalingoRequests::createBillingProfile(profile);
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, QStringLiteral("/profiles"));
    QCOMPARE(create.contentType, QByteArray("application/json"));
    const QJsonObject created = QJsonDocument::fromJson(create.body).object();
    QCOMPARE(created.keys(), QStringList{QStringLiteral("profile")});
    const QJsonObject fields = created.value(QStringLiteral("profile")).toObject();
    QCOMPARE(fields.value(QStringLiteral("name")).toString(), profile.name);
    QCOMPARE(fields.value(QStringLiteral("address_line1")).toString(), profile.addressLine1);
    QCOMPARE(fields.value(QStringLiteral("address_city")).toString(), profile.city);
    QCOMPARE(fields.value(QStringLiteral("address_zip")).toString(), profile.zip);
    QCOMPARE(fields.value(QStringLiteral("address_country")).toString(), profile.country);
    QCOMPARE(fields.value(QStringLiteral("vat_number")).toString(), profile.vatNumber);
    QVERIFY(fields.value(QStringLiteral("address_state")).isNull());
    // Read-only on the provider's side: never sent.
    QVERIFY(!fields.contains(QStringLiteral("id")));
    QVERIFY(!fields.contains(QStringLiteral("credit")));
    QVERIFY(!fields.contains(QStringLiteral("payment_method")));

    const ApiRequest update = ScalingoRequests::updateBillingProfile(profile.id, profile);
    QCOMPARE(update.method, QByteArray("PUT"));
    QCOMPARE(update.path, QStringLiteral("/profiles/576ba47261d7b200157d9973"));
    QCOMPARE(QJsonDocument::fromJson(update.body).object(), created);
}

// --- decoders ---

void TestScalingo::fixturesAreTheReferenceExamples()
{
    // Copied byte for byte from the reference (tabs, and the one line indented with spaces).
    const QByteArray operations = fixture(QStringLiteral("billing_operations.json"));
    QVERIFY(operations.startsWith("{\n\t\"billing-operations\": [\n\t\t{\n\t\t\t\"id\": \"deada621-e5be-47dd-bf64-85b06b99a0ea\",\n"));
    const QByteArray profile = fixture(QStringLiteral("billing_profile.json"));
    QVERIFY(profile.contains("\t\t\"vat_number\": \"\",\n                \"invoice_additional_info\": \"\",\n\t\t\"company\""));
}

void TestScalingo::decodeBillingOperationsExample()
{
    ApiError error;
    const ScalingoPage<BillingOperation> page = ScalingoDecoders::billingOperations(fixture(QStringLiteral("billing_operations.json")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(page.items.size(), 2);
    const BillingOperation &first = page.items.at(0);
    QCOMPARE(first.id, QStringLiteral("deada621-e5be-47dd-bf64-85b06b99a0ea"));
    QCOMPARE(first.createdAt, QDateTime(QDate(2016, 9, 1), QTime(13, 2, 9, 13), QTimeZone::utc()));
    QCOMPARE(first.amount, Money(0, QStringLiteral("EUR")));
    QCOMPARE(first.source, QStringLiteral("invoicing"));
    QCOMPARE(first.description, QStringLiteral("Invoice for August 2016"));
    QCOMPARE(first.invoiceId, QStringLiteral("23d2c27f-bab0-4038-b3d7-2e6f06f3d27a"));
    QCOMPARE(first.invoiceUrl, QStringLiteral("http://download.scalingo.com/invoices/23d2c27f-bac0-4038-b3d7-2e6f06f3d27a/download"));
    QCOMPARE(page.items.at(1).id, QStringLiteral("e11a0069-9c40-4655-bea2-269929e484eb"));
    QCOMPARE(page.items.at(1).createdAt.toUTC(), QDateTime(QDate(2016, 7, 1), QTime(13, 0, 37, 716), QTimeZone::utc()));
    QCOMPARE(page.items.at(1).description, QStringLiteral("Invoice for June 2016"));

    QVERIFY(page.pagination.present);
    QCOMPARE(page.pagination.currentPage, 1);
    QVERIFY(!page.pagination.nextPage.has_value());
    QVERIFY(!page.pagination.previousPage.has_value());
    QCOMPARE(page.pagination.totalPages, 1);
    QCOMPARE(page.pagination.totalCount, 2);

    // A non-zero float amount is euros, converted once to integer cents.
    const QByteArray body = R"({"billing-operations":[{"id":"op-1","created_at":"2020-03-01T10:00:00Z","amount":54.36}]})";
    const ScalingoPage<BillingOperation> paid = ScalingoDecoders::billingOperations(body, &error);
    QVERIFY(!error.isError());
    QCOMPARE(paid.items.at(0).amount, Money(5436, QStringLiteral("EUR")));
    QVERIFY(!paid.pagination.present);
}

void TestScalingo::decodeBillingProfileExample()
{
    ApiError error;
    const BillingProfile profile = ScalingoDecoders::billingProfile(fixture(QStringLiteral("billing_profile.json")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(profile.id, QStringLiteral("576ba47261d7b200157d9973"));
    QCOMPARE(profile.name, QStringLiteral("John Doe"));
    QCOMPARE(profile.email, QStringLiteral("john.doe@example.com"));
    QCOMPARE(profile.addressLine1, QStringLiteral("15 avenue du Rhin"));
    QCOMPARE(profile.addressLine2, QString());
    QCOMPARE(profile.city, QStringLiteral("Strasbourg"));
    QCOMPARE(profile.zip, QStringLiteral("67100"));
    QCOMPARE(profile.state, QString());
    QCOMPARE(profile.country, QStringLiteral("France"));
    QCOMPARE(profile.credit, Money(1500, QStringLiteral("EUR")));
    QCOMPARE(profile.vatNumber, QString());
    QCOMPARE(profile.invoiceAdditionalInfo, QString());
    QCOMPARE(profile.company, QStringLiteral("Scalingo"));
    QCOMPARE(profile.paymentMethod, QStringLiteral("stripe"));
    QCOMPARE(profile.paymentKind, BillingProfile::PaymentKind::Card);
    QCOMPARE(billingPaymentKindKey(profile.paymentKind), QStringLiteral("card"));
    QCOMPARE(profile.stripePaymentMethodId, QStringLiteral("576ba474fb0df6011805a681"));
    QVERIFY(profile.card.has_value());
    QCOMPARE(profile.card->last4, QStringLiteral("3935"));
    QCOMPARE(profile.card->expiry, QStringLiteral("10/2020"));
    QCOMPARE(profile.card->expiryMonth, 10);
    QCOMPARE(profile.card->expiryYear, 2020);
    QCOMPARE(profile.card->brand, QStringLiteral("Visa"));
    QCOMPARE(profile.card->holderName, QStringLiteral("Doe"));
    QVERIFY(!profile.sepa.has_value());
    QVERIFY(!profile.paypal.has_value());
}

void TestScalingo::decodeBillingHostProfile()
{
    // The billing host roots the same fields under "profile"; the JS client types credit as a string.
    const QByteArray body = R"({"profile":{"id":"p-1","name":"Jeanne","address_line1":"1 rue","address_zip":"75001",)"
                            R"("address_city":"Paris","address_country":"FR","credit":"12.50","payment_method":null}})";
    ApiError error;
    const BillingProfile profile = ScalingoDecoders::billingHostProfile(body, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(profile.id, QStringLiteral("p-1"));
    QCOMPARE(profile.credit, Money(1250, QStringLiteral("EUR")));
    QCOMPARE(profile.paymentKind, BillingProfile::PaymentKind::None);

    // The API's root key is not the billing host's.
    ScalingoDecoders::billingProfile(body, &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY(error.fieldErrors().contains(QStringLiteral("billing_profile")));
}

void TestScalingo::decodeSepaAndPaypalProfiles()
{
    const QByteArray sepaBody = R"({"billing_profile":{"id":"p","payment_method":"stripe","stripe_payment_method":{"id":"s",)"
                                R"("default_card_last4":null,"sepa_bank_code":"30004","sepa_country":"FR","sepa_last4":"1234",)"
                                R"("sepa_mandate_reference":"MANDATE-9","sepa_mandate_url":"https://stripe.example/mandate/9"},)"
                                R"("paypal_payment_method":null}})";
    ApiError error;
    const BillingProfile sepa = ScalingoDecoders::billingProfile(sepaBody, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(sepa.paymentKind, BillingProfile::PaymentKind::Sepa);
    QVERIFY(!sepa.card.has_value());
    QVERIFY(sepa.sepa.has_value());
    QCOMPARE(sepa.sepa->bankCode, QStringLiteral("30004"));
    QCOMPARE(sepa.sepa->country, QStringLiteral("FR"));
    QCOMPARE(sepa.sepa->last4, QStringLiteral("1234"));
    QCOMPARE(sepa.sepa->mandateReference, QStringLiteral("MANDATE-9"));
    QCOMPARE(sepa.sepa->mandateUrl, QUrl(QStringLiteral("https://stripe.example/mandate/9")));

    const QByteArray paypalBody = R"({"billing_profile":{"id":"p","payment_method":"paypal","stripe_payment_method":null,)"
                                  R"("paypal_payment_method":{"id":"pp-1","email":"billing@example.com"}}})";
    const BillingProfile paypal = ScalingoDecoders::billingProfile(paypalBody, &error);
    QVERIFY(!error.isError());
    QCOMPARE(paypal.paymentKind, BillingProfile::PaymentKind::Paypal);
    QVERIFY(paypal.paypal.has_value());
    QCOMPARE(paypal.paypal->email, QStringLiteral("billing@example.com"));

    QCOMPARE(billingPaymentKind(QStringLiteral("wire"), false, false), BillingProfile::PaymentKind::Other);
    QCOMPARE(billingPaymentKind(QString(), false, false), BillingProfile::PaymentKind::None);
}

void TestScalingo::decodeInvoicesPage()
{
    ApiError error;
    const ScalingoPage<Invoice> page = ScalingoDecoders::invoices(fixture(QStringLiteral("invoices_page1.json")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(page.items.size(), 2);
    const Invoice &august = page.items.at(0);
    QCOMPARE(august.id, QStringLiteral("5f4e3a1b2c9d8e0012a4b6c1"));
    QCOMPARE(august.number, QStringLiteral("SC-2020-08-004211"));
    QCOMPARE(august.amount, Money(5436, QStringLiteral("EUR")));
    QCOMPARE(august.amountExcludingVat.value(), Money(4530, QStringLiteral("EUR")));
    QCOMPARE(august.vatRatePerMille, 200);
    QCOMPARE(august.period, QStringLiteral("2020-08"));
    QCOMPARE(august.periodStart, QDate(2020, 8, 1));
    QCOMPARE(august.periodEnd, QDate(2020, 8, 31));
    QCOMPARE(august.date, QDate(2020, 9, 1));
    QCOMPARE(august.status, InvoiceStatus::Paid);
    QVERIFY(!august.hasDetails);
    QCOMPARE(page.items.at(1).status, InvoiceStatus::Failed);
    QCOMPARE(page.pagination.currentPage, 1);
    QCOMPARE(page.pagination.nextPage.value_or(-1), 2);
    QVERIFY(!page.pagination.previousPage.has_value());

    const ScalingoPage<Invoice> last = ScalingoDecoders::invoices(fixture(QStringLiteral("invoices_page2.json")), &error);
    QVERIFY(!error.isError());
    QCOMPARE(last.items.at(0).status, InvoiceStatus::Open);  // "new"
    QCOMPARE(last.items.at(0).amount, Money(0, QStringLiteral("EUR")));
    QCOMPARE(last.pagination.previousPage.value_or(-1), 1);
    QVERIFY(!last.pagination.nextPage.has_value());
}

void TestScalingo::decodeInvoiceDetail()
{
    ApiError error;
    const Invoice invoice = ScalingoDecoders::invoice(fixture(QStringLiteral("invoice.json")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QVERIFY(invoice.hasDetails);
    QCOMPARE(invoice.amount.minorUnits(), qint64(5436));
    QCOMPARE(invoice.amountExcludingVat->minorUnits(), qint64(4530));
    QCOMPARE((invoice.amount - *invoice.amountExcludingVat).minorUnits(), qint64(906));
    QCOMPARE(invoice.vatRatePerMille, 200);

    QCOMPARE(invoice.lines.size(), 3);
    QCOMPARE(invoice.lines.at(0).kind, InvoiceLine::Kind::Item);
    QCOMPARE(invoice.lines.at(0).description, QStringLiteral("Application shop-front"));
    QCOMPARE(invoice.lines.at(2).cost, Money(-500, QStringLiteral("EUR")));
    Money itemsTotal(0, QStringLiteral("EUR"));
    for (const InvoiceLine &line : invoice.lines)
        itemsTotal += line.cost;
    QCOMPARE(itemsTotal, *invoice.amountExcludingVat);

    QCOMPARE(invoice.services.size(), 2);
    QCOMPARE(invoice.services.at(0).name, QStringLiteral("shop-front"));
    QCOMPARE(invoice.services.at(0).lines.size(), 2);
    QCOMPARE(invoice.services.at(0).cost, Money(3600, QStringLiteral("EUR")));
    QCOMPARE(invoice.services.at(0).lines.at(0).quantity, 1488.0);
    QCOMPARE(invoice.services.at(1).name, QStringLiteral("shop-worker"));
    QCOMPARE(invoice.services.at(1).cost, Money(1430, QStringLiteral("EUR")));

    // Each app's subtotal item is its service: shown once, beside it only the credit.
    const QList<InvoiceLine> beside = InvoiceItems::besideServices(invoice);
    QCOMPARE(beside.size(), 1);
    QCOMPARE(beside.first().cost, Money(-500, QStringLiteral("EUR")));
    // An item naming an app but not costing what the app's lines add up to is its own line.
    Invoice changed = invoice;
    changed.lines[0].cost = Money(3599, QStringLiteral("EUR"));
    QCOMPARE(InvoiceItems::besideServices(changed).size(), 2);
    // And an app named "front" is not "Application shop-front".
    changed = invoice;
    changed.services[0].name = QStringLiteral("front");
    QCOMPARE(InvoiceItems::besideServices(changed).size(), 2);
}

void TestScalingo::decodeErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    QTest::newRow("price as float") << QByteArray(R"({"invoice":{"id":"i","total_price":45.3,"total_price_with_vat":5436,"billing_month":"2020-08-01"}})")
                                    << QStringLiteral("invoice.total_price");
    QTest::newRow("missing total") << QByteArray(R"({"invoice":{"id":"i","total_price":4530,"billing_month":"2020-08-01"}})")
                                   << QStringLiteral("invoice.total_price_with_vat");
    QTest::newRow("bad month") << QByteArray(R"({"invoice":{"id":"i","total_price":1,"total_price_with_vat":1,"billing_month":"August"}})")
                               << QStringLiteral("invoice.billing_month");
    QTest::newRow("item price string") << QByteArray(R"({"invoice":{"id":"i","total_price":1,"total_price_with_vat":1,"billing_month":"2020-08-01","items":[{"label":"x","price":"12"}]}})")
                                       << QStringLiteral("invoice.items[0].price");
    QTest::newRow("no root") << QByteArray(R"({"id":"i"})") << QStringLiteral("invoice");
}

void TestScalingo::decodeErrorsNameTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    ApiError error;
    const Invoice invoice = ScalingoDecoders::invoice(body, &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY2(error.fieldErrors().contains(field), qPrintable(error.detail()));
    QCOMPARE(error.endpoint(), QStringLiteral("GET /v1/account/invoices/{id}"));
    QVERIFY(invoice.id.isEmpty());

    ApiError operationsError;
    ScalingoDecoders::billingOperations(R"({"billing-operations":[{"id":"x","created_at":"yesterday","amount":0}]})", &operationsError);
    QVERIFY(operationsError.fieldErrors().contains(QStringLiteral("billing-operations[0].created_at")));
}

void TestScalingo::invoicePdfChecksTheBytes()
{
    ApiError error;
    QCOMPARE(ScalingoDecoders::invoicePdf("%PDF-1.4\n...", &error), QByteArray("%PDF-1.4\n..."));
    QVERIFY(!error.isError());
    ScalingoDecoders::invoicePdf("<html>login</html>", &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
}

// --- JWT ---

void TestScalingo::jwtExpiryReadsExp()
{
    const QDateTime expiry(QDate(2025, 10, 1), QTime(12, 0), QTimeZone::utc());
    ApiError error;
    QCOMPARE(ScalingoDecoders::jwtExpiry(jwtExpiringAt(expiry), &error), expiry);
    QVERIFY(!error.isError());
    // Padding present or not, both are base64url.
    const QByteArray padded = base64Url("{}") + '.' + QByteArray(R"({"exp":1759320000})").toBase64(QByteArray::Base64UrlEncoding) + ".sig";
    QCOMPARE(ScalingoDecoders::jwtExpiry(padded, &error), QDateTime::fromSecsSinceEpoch(1759320000, QTimeZone::utc()));
    QVERIFY(!error.isError());

    QCOMPARE(ScalingoDecoders::exchangedToken(R"({"token":"a.b.c"})", &error), QByteArray("a.b.c"));
    QVERIFY(!error.isError());
    ScalingoDecoders::exchangedToken(R"({"token":""})", &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
}

void TestScalingo::malformedJwtIsDecodeErrorWithoutTheToken_data()
{
    QTest::addColumn<QByteArray>("jwt");
    QTest::newRow("two parts") << QByteArray("eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjE3NTkzMjAwMDB9");
    QTest::newRow("not base64") << QByteArray("eyJhbGciOiJIUzUxMiJ9.!!!secret-ish!!!.sig");
    QTest::newRow("not json") << (base64Url("{}") + '.' + base64Url("exp=1759320000") + ".sig");
    QTest::newRow("no exp") << makeJwt(R"({"uuid":"us-1"})");
    QTest::newRow("exp as text") << makeJwt(R"({"exp":"tomorrow"})");
    QTest::newRow("negative exp") << makeJwt(R"({"exp":-5})");
    QTest::newRow("empty") << QByteArray();
}

void TestScalingo::malformedJwtIsDecodeErrorWithoutTheToken()
{
    QFETCH(QByteArray, jwt);
    ApiError error;
    QVERIFY(!ScalingoDecoders::jwtExpiry(jwt, &error).isValid());
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    if (!jwt.isEmpty()) {
        for (const QByteArray &part : jwt.split('.')) {
            if (part.size() > 3) {
                QVERIFY(!error.longMessage().contains(QString::fromLatin1(part)));
                QVERIFY(!error.detail().contains(QString::fromLatin1(part)));
            }
        }
    }
}

void TestScalingo::needsExchangeFiveMinutesBeforeExpiry()
{
    QNetworkAccessManager network;
    ScalingoTokenSession session(&network, QUrl(QStringLiteral("https://auth.scalingo.com")), QStringLiteral("tk-us-x"));
    const QDateTime now(QDate(2025, 10, 1), QTime(12, 0), QTimeZone::utc());
    QVERIFY(session.needsExchange(now));  // no JWT yet

    QVERIFY(!session.setBearer(jwtExpiringAt(now.addSecs(3600))).isError());
    QVERIFY(session.hasBearer());
    QCOMPARE(session.bearerExpiry(), now.addSecs(3600));
    QVERIFY(!session.needsExchange(now));
    QVERIFY(!session.needsExchange(now.addSecs(3600 - 300)));  // exactly 5 minutes left
    QVERIFY(session.needsExchange(now.addSecs(3600 - 299)));
    QVERIFY(session.needsExchange(now.addSecs(7200)));  // long expired

    // A malformed JWT is refused and the held one stays.
    QCOMPARE(session.setBearer("garbage").kind(), ApiError::Kind::Decode);
    QCOMPARE(session.bearerExpiry(), now.addSecs(3600));
    QVERIFY(session.authorizationHeader().startsWith("Bearer "));

    session.setApiToken(QStringLiteral("tk-us-other"));
    QVERIFY(!session.hasBearer());
    QVERIFY(session.needsExchange(now));
}

// --- pagination ---

void TestScalingo::paginationBothSpellings()
{
    for (const char *key : {"prev_page", "previous_page"}) {
        const QByteArray body = R"({"meta":{"pagination":{"current_page":3,")" + QByteArray(key)
            + R"(":2,"next_page":4,"total_pages":5,"total_count":42}}})";
        ApiError error;
        const JsonReader root(QJsonDocument::fromJson(body).object(), QStringLiteral("GET /x"), &error);
        const ScalingoPagination pagination = ScalingoPagination::read(root);
        QVERIFY(!error.isError());
        QVERIFY(pagination.present);
        QCOMPARE(pagination.currentPage, 3);
        QCOMPARE(pagination.previousPage.value_or(-1), 2);
        QCOMPARE(pagination.nextPage.value_or(-1), 4);
        QCOMPARE(pagination.totalPages, 5);
        QCOMPARE(pagination.totalCount, 42);
    }
    ApiError error;
    const JsonReader bad(QJsonDocument::fromJson(R"({"meta":{"pagination":{"next_page":"2"}}})").object(), QStringLiteral("GET /x"), &error);
    ScalingoPagination::read(bad);
    QVERIFY(error.fieldErrors().contains(QStringLiteral("meta.pagination.next_page")));
}

void TestScalingo::pageWalkFollowsNextPage()
{
    ScalingoPageWalk walk;
    QCOMPARE(walk.firstPage(), 1);
    ScalingoPagination p;
    p.present = true;
    p.currentPage = 1;
    p.nextPage = 2;
    ScalingoPageWalk::Step step = walk.afterPage(1, p, {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(step.kind, ScalingoPageWalk::Step::Kind::Fetch);
    QCOMPARE(step.page, 2);
    p.currentPage = 2;
    p.previousPage = 1;
    p.nextPage = 3;
    step = walk.afterPage(2, p, {QStringLiteral("c")});
    QCOMPARE(step.page, 3);
    p.currentPage = 3;
    p.nextPage.reset();
    step = walk.afterPage(3, p, {QStringLiteral("d")});
    QCOMPARE(step.kind, ScalingoPageWalk::Step::Kind::Done);
    QCOMPARE(walk.pagesFetched(), 3);
}

void TestScalingo::pageWalkStopsOnRepeatedPage()
{
    // A server that ignores `page` serves page 1 forever.
    ScalingoPageWalk walk;
    ScalingoPagination p;
    p.present = true;
    p.currentPage = 1;
    p.nextPage = 2;
    QCOMPARE(walk.afterPage(1, p, {QStringLiteral("a")}).kind, ScalingoPageWalk::Step::Kind::Fetch);
    const ScalingoPageWalk::Step step = walk.afterPage(2, p, {QStringLiteral("b")});
    QCOMPARE(step.kind, ScalingoPageWalk::Step::Kind::Fail);
    QVERIFY(step.problem.contains(QStringLiteral("page 1 again")));
    const ApiError error = ScalingoPageWalk::failure(QStringLiteral("GET /v1/account/invoices"), step);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY(error.fieldErrors().contains(QStringLiteral("meta.pagination")));
}

void TestScalingo::pageWalkStopsWhenNextPageDoesNotAdvance()
{
    ScalingoPageWalk walk;
    ScalingoPagination p;
    p.present = true;
    p.currentPage = 1;
    p.nextPage = 1;
    ScalingoPageWalk::Step step = walk.afterPage(1, p, {QStringLiteral("a")});
    QCOMPARE(step.kind, ScalingoPageWalk::Step::Kind::Fail);
    QVERIFY(step.problem.contains(QStringLiteral("next_page 1")));

    ScalingoPageWalk backwards;
    p.nextPage = 3;
    QCOMPARE(backwards.afterPage(1, p, {QStringLiteral("a")}).page, 3);
    p.currentPage = 3;
    p.nextPage = 2;
    QCOMPARE(backwards.afterPage(3, p, {QStringLiteral("b")}).kind, ScalingoPageWalk::Step::Kind::Fail);
}

void TestScalingo::pageWalkStopsOnRepeatedItems()
{
    // Page numbers advance but the content is the same page again.
    ScalingoPageWalk walk;
    ScalingoPagination p;
    p.present = true;
    p.currentPage = 1;
    p.nextPage = 2;
    QCOMPARE(walk.afterPage(1, p, {QStringLiteral("a"), QStringLiteral("b")}).kind, ScalingoPageWalk::Step::Kind::Fetch);
    p.currentPage = 2;
    p.nextPage = 3;
    const ScalingoPageWalk::Step step = walk.afterPage(2, p, {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(step.kind, ScalingoPageWalk::Step::Kind::Fail);
    QVERIFY(step.problem.contains(QStringLiteral("repeats")));
}

void TestScalingo::pageWalkHasAHardCap()
{
    ScalingoPageWalk walk(5);
    ScalingoPagination p;
    p.present = true;
    ScalingoPageWalk::Step step;
    int page = walk.firstPage();
    int rounds = 0;
    do {
        p.currentPage = page;
        p.nextPage = page + 1;
        step = walk.afterPage(page, p, {QStringLiteral("item-%1").arg(page)});
        page = step.page;
        ++rounds;
    } while (step.kind == ScalingoPageWalk::Step::Kind::Fetch && rounds < 100);
    QCOMPARE(step.kind, ScalingoPageWalk::Step::Kind::Fail);
    QCOMPARE(rounds, 5);
    QVERIFY(step.problem.contains(QStringLiteral("more than 5 pages")));
    // A plain message, not "could not be read": the pages read fine, there were just no end to them.
    ApiError error = ScalingoPageWalk::failure(QStringLiteral("GET /v1/account/invoices"), step);
    error.setHost(QStringLiteral("api.example"));
    QCOMPARE(error.cause(), ApiError::Cause::EndlessList);
    QVERIFY2(error.message().contains(QStringLiteral("kept announcing more pages (more than 5 pages)")), qPrintable(error.message()));
    // 1000 pages at Scalingo's 60 requests a minute were 17 minutes of silence.
    QCOMPARE(ScalingoPageWalk::MaxPages, 100);
}

void TestScalingo::pageWalkStopsPastTotalPages()
{
    ScalingoPageWalk walk;
    ScalingoPagination p;
    p.present = true;
    p.currentPage = 1;
    p.nextPage = 2;
    p.totalPages = 1;
    const ScalingoPageWalk::Step step = walk.afterPage(1, p, {QStringLiteral("a")});
    QCOMPARE(step.kind, ScalingoPageWalk::Step::Kind::Fail);
    QVERIFY2(step.problem.contains(QStringLiteral("past total_pages 1")), qPrintable(step.problem));
}

void TestScalingo::pageWalkWithoutMeta()
{
    ScalingoPageWalk walk;
    QCOMPARE(walk.afterPage(1, ScalingoPagination(), {QStringLiteral("a")}).kind, ScalingoPageWalk::Step::Kind::Done);
    ScalingoPageWalk empty;
    QCOMPARE(empty.afterPage(1, ScalingoPagination(), {}).kind, ScalingoPageWalk::Step::Kind::Done);
}

// --- rate limiter ---

void TestScalingo::limiterLets60ThroughThenWaitsForTheFirstToLeave()
{
    RateLimiter limiter;
    QCOMPARE(limiter.maxRequests(), 60);
    QCOMPARE(limiter.window(), std::chrono::milliseconds(60s));
    // 60 requests, one every 500 ms from t = 10 s.
    for (int i = 0; i < 60; ++i) {
        const std::chrono::milliseconds at = 10s + i * 500ms;
        QCOMPARE(limiter.delayBeforeNext(at).count(), 0);
        limiter.record(at);
    }
    // The 61st at t = 40 s waits until the first (t = 10 s) leaves the window at t = 70 s.
    QCOMPARE(limiter.delayBeforeNext(40s), std::chrono::milliseconds(30s));
    QCOMPARE(limiter.delayBeforeNext(69999ms), std::chrono::milliseconds(1));
    QCOMPARE(limiter.delayBeforeNext(70s).count(), 0);
    limiter.record(70s);
    // The next one then waits for the second (t = 10.5 s).
    QCOMPARE(limiter.delayBeforeNext(70s), std::chrono::milliseconds(500));
    QCOMPARE(limiter.delayBeforeNext(200s).count(), 0);
}

void TestScalingo::limiterHoldOffAfter429()
{
    RateLimiter limiter(60, 60s);
    limiter.record(1s);
    QCOMPARE(limiter.delayBeforeNext(2s).count(), 0);
    limiter.holdOff(5s, 2s);
    QCOMPARE(limiter.delayBeforeNext(3s), std::chrono::milliseconds(4s));
    QCOMPARE(limiter.delayBeforeNext(7s).count(), 0);
}

void TestScalingo::limiterAcquireWaitsAndKeepsOrder()
{
    RateLimiter limiter(3, 300ms);
    QObject context;
    QList<int> order;
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 fourthAfter = -1;
    for (int i = 0; i < 5; ++i) {
        limiter.acquire(&context, [&order, &elapsed, &fourthAfter, i] {
            order.append(i);
            if (i == 3)
                fourthAfter = elapsed.elapsed();
        });
    }
    QCOMPARE(order, (QList<int>{0, 1, 2}));
    QCOMPARE(limiter.waitingCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 5000);
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    QVERIFY2(fourthAfter >= 290, qPrintable(QString::number(fourthAfter)));
}

void TestScalingo::limiterDropsWaitersWhoseContextIsGone()
{
    // The limiter's time moves only when the test moves it.
    std::chrono::milliseconds now{0};
    RateLimiter limiter(1, 100ms);
    limiter.setClock([&now] { return now; });
    QObject keep;
    auto gone = std::make_unique<QObject>();
    int calls = 0;
    limiter.acquire(&keep, [&calls] { ++calls; });
    limiter.acquire(gone.get(), [&calls] { calls += 100; });
    limiter.acquire(&keep, [&calls] { ++calls; });
    gone.reset();
    now = 100ms;  // the first request has left the window
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 3000);
    // Nobody is left waiting, so the dropped callback cannot run later either.
    QCOMPARE(limiter.waitingCount(), 0);
    QCOMPARE(calls, 2);
}

// --- error bodies ---

void TestScalingo::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("providerMessage");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("fieldMessages");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("404") << 404 << QByteArray(R"({"resource": "invoice", "error": "not found"})")
                         << int(ApiError::Kind::NotFound) << QStringLiteral("not found") << QString() << QStringList() << false;
    QTest::newRow("400") << 400 << QByteArray(R"({"error": "There was a problem in the JSON you submitted"})")
                         << int(ApiError::Kind::Validation) << QStringLiteral("There was a problem in the JSON you submitted")
                         << QString() << QStringList() << false;
    QTest::newRow("402") << 402 << QByteArray(R"({"error": "Sorry, you need to verify your account", "url": "https://my.scalingo.com/apps/billing"})")
                         << int(ApiError::Kind::Validation) << QStringLiteral("Sorry, you need to verify your account")
                         << QString() << QStringList() << false;
    QTest::newRow("422") << 422 << QByteArray(R"({"errors": {"name": ["can't be blank"]}})")
                         << int(ApiError::Kind::Validation) << QString() << QStringLiteral("name")
                         << QStringList{QStringLiteral("can't be blank")} << false;
    QTest::newRow("422 several") << 422 << QByteArray(R"({"errors": {"address_zip": ["can't be blank", "is invalid"]}})")
                                 << int(ApiError::Kind::Validation) << QString() << QStringLiteral("address_zip")
                                 << QStringList{QStringLiteral("can't be blank"), QStringLiteral("is invalid")} << false;
    QTest::newRow("429 plain text") << 429 << QByteArray("Retry later")
                                    << int(ApiError::Kind::RateLimited) << QStringLiteral("Retry later") << QString() << QStringList() << true;
    QTest::newRow("500") << 500 << QByteArray(R"({"error": "Internal error occured, we're on it!"})")
                         << int(ApiError::Kind::Server) << QStringLiteral("Internal error occured, we're on it!")
                         << QString() << QStringList() << false;
    QTest::newRow("401") << 401 << QByteArray(R"({"error": "invalid token"})")
                         << int(ApiError::Kind::Auth) << QStringLiteral("invalid token") << QString() << QStringList() << false;
}

void TestScalingo::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, providerMessage);
    QFETCH(QString, field);
    QFETCH(QStringList, fieldMessages);
    QFETCH(bool, retryable);

    const ApiError error = errorFromHttpResponse(status, body, QStringLiteral("POST /profiles"));
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.providerMessage(), providerMessage);
    QCOMPARE(error.isRetryable(), retryable);
    if (!field.isEmpty()) {
        QCOMPARE(error.fieldErrors().value(field), fieldMessages);
        QVERIFY(error.message().contains(field));
        QVERIFY(error.message().contains(fieldMessages.first()));
    } else {
        QVERIFY(error.fieldErrors().isEmpty());
    }
    QVERIFY(!error.message().isEmpty());
}

// --- over loopback HTTP ---

void TestScalingo::sessionExchangesOnceForConcurrentRequests()
{
    FakeHttpServer auth;
    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QByteArray jwt = jwtExpiringAt(expiry);
    auth.handler = [&jwt](const FakeHttpServer::Request &) { return json(R"({"token":")" + jwt + R"("})"); };

    QNetworkAccessManager network;
    ScalingoTokenSession session(&network, auth.url(), QStringLiteral("tk-us-secret-token"));
    int done = 0;
    for (int i = 0; i < 3; ++i) {
        session.ensureFresh([&done](const ApiError &error) {
            QVERIFY(!error.isError());
            ++done;
        });
    }
    QTRY_COMPARE(done, 3);
    QCOMPARE(auth.requests.size(), 1);
    QCOMPARE(session.exchangeCount(), 1);
    const FakeHttpServer::Request &request = auth.requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path(), QStringLiteral("/v1/tokens/exchange"));
    QCOMPARE(request.headers.value("authorization"), ScalingoRequests::basicAuthorization(QStringLiteral("tk-us-secret-token")));
    QCOMPARE(session.bearerExpiry(), QDateTime::fromSecsSinceEpoch(expiry.toSecsSinceEpoch(), QTimeZone::utc()));
    QCOMPARE(session.authorizationHeader(), "Bearer " + jwt);

    // Fresh: no exchange, answered at once.
    bool immediate = false;
    session.ensureFresh([&immediate](const ApiError &) { immediate = true; });
    QVERIFY(immediate);
    QCOMPARE(auth.requests.size(), 1);
}

void TestScalingo::sessionExchangesAgainNearExpiry()
{
    FakeHttpServer auth;
    const QDateTime start(QDate(2025, 10, 1), QTime(12, 0), QTimeZone::utc());
    QDateTime now = start;
    int issued = 0;
    auth.handler = [&](const FakeHttpServer::Request &) {
        ++issued;
        return json(R"({"token":")" + jwtExpiringAt(now.addSecs(3600)) + R"("})");
    };
    QNetworkAccessManager network;
    ScalingoTokenSession session(&network, auth.url(), QStringLiteral("tk-us-x"));
    session.setClock([&now] { return now; });

    int done = 0;
    session.ensureFresh([&done](const ApiError &) { ++done; });
    QTRY_COMPARE(done, 1);
    QCOMPARE(issued, 1);

    now = start.addSecs(3600 - 301);  // just over 5 minutes left
    session.ensureFresh([&done](const ApiError &) { ++done; });
    QCOMPARE(done, 2);
    QCOMPARE(issued, 1);

    now = start.addSecs(3600 - 299);  // under 5 minutes left
    session.ensureFresh([&done](const ApiError &) { ++done; });
    QTRY_COMPARE(done, 3);
    QCOMPARE(issued, 2);
    QCOMPARE(session.bearerExpiry(), now.addSecs(3600));

    // After a 401 the exchange is forced even though the JWT looks fresh.
    session.forceExchange([&done](const ApiError &) { ++done; });
    QTRY_COMPARE(done, 4);
    QCOMPARE(issued, 3);
}

void TestScalingo::sessionFailureKeepsSecretsOut()
{
    FakeHttpServer auth;
    QByteArray answer = R"({"error":"invalid token"})";
    int status = 401;
    auth.handler = [&](const FakeHttpServer::Request &) { return json(answer, status); };
    QNetworkAccessManager network;
    const QString token = QStringLiteral("tk-us-very-secret-value");
    ScalingoTokenSession session(&network, auth.url(), token);
    ApiError failure;
    bool finished = false;
    session.ensureFresh([&](const ApiError &error) {
        failure = error;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QCOMPARE(failure.kind(), ApiError::Kind::Auth);
    QVERIFY(!failure.longMessage().contains(token));
    QVERIFY(!session.hasBearer());

    // A malformed JWT from the server is a Decode error that does not quote it.
    status = 200;
    answer = R"({"token":"not-a-jwt-but-secret"})";
    finished = false;
    session.ensureFresh([&](const ApiError &error) {
        failure = error;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QCOMPARE(failure.kind(), ApiError::Kind::Decode);
    QVERIFY(!failure.longMessage().contains(QStringLiteral("not-a-jwt-but-secret")));
    QVERIFY(!session.hasBearer());

    // No token at all: refused without a request.
    const int before = static_cast<int>(auth.requests.size());
    session.setApiToken(QString());
    finished = false;
    session.ensureFresh([&](const ApiError &error) {
        failure = error;
        finished = true;
    });
    QVERIFY(finished);
    QCOMPARE(failure.kind(), ApiError::Kind::Auth);
    QCOMPARE(static_cast<int>(auth.requests.size()), before);
}

void TestScalingo::clientRenewsOnceOn401()
{
    FakeHttpServer auth;
    int exchanges = 0;
    auth.handler = [&](const FakeHttpServer::Request &) {
        ++exchanges;
        return json(R"({"token":")" + makeJwt(R"({"exp":)" + QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600)
                                                 + R"(,"n":)" + QByteArray::number(exchanges) + "}") + R"("})");
    };
    FakeHttpServer api;
    QList<QByteArray> seenBearers;
    bool alwaysRefuse = false;
    api.handler = [&](const FakeHttpServer::Request &request) {
        seenBearers.append(request.headers.value("authorization"));
        // The first JWT is refused (revoked); the renewed one works.
        if (alwaysRefuse || seenBearers.size() == 1)
            return json(R"({"error":"token expired"})", 401);
        return json(fixture(QStringLiteral("billing_profile.json")));
    };

    QNetworkAccessManager network;
    ScalingoTokenSession session(&network, auth.url(), QStringLiteral("tk-us-x"));
    ApiClient client(&network, api.url(), std::make_unique<ScalingoAuthenticator>(&session));
    ApiClient billing(&network, api.url(), std::make_unique<ScalingoAuthenticator>(&session));
    ScalingoBackend backend(&client, &billing);

    ApiResult<BillingProfile> result;
    bool finished = false;
    backend.billingProfile(this, [&](const ApiResult<BillingProfile> &r) {
        result = r;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.error.longMessage()));
    QCOMPARE(result.value.name, QStringLiteral("John Doe"));
    QCOMPARE(exchanges, 2);
    QCOMPARE(seenBearers.size(), 2);
    QVERIFY(seenBearers.at(0).startsWith("Bearer "));
    QVERIFY(seenBearers.at(0) != seenBearers.at(1));

    // Refused again after renewing: reported, not looped.
    alwaysRefuse = true;
    finished = false;
    backend.billingProfile(this, [&](const ApiResult<BillingProfile> &r) {
        result = r;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QCOMPARE(result.error.kind(), ApiError::Kind::Auth);
    QCOMPARE(exchanges, 3);
    QCOMPARE(seenBearers.size(), 4);
}

void TestScalingo::backendFetchesEveryInvoicePage()
{
    FakeHttpServer auth;
    auth.handler = [](const FakeHttpServer::Request &) {
        return json(R"({"token":")" + jwtExpiringAt(QDateTime::currentDateTimeUtc().addSecs(3600)) + R"("})");
    };
    FakeHttpServer api;
    api.handler = [](const FakeHttpServer::Request &request) {
        if (request.path() != QLatin1String("/v1/account/invoices"))
            return json(R"({"error":"not found"})", 404);
        const QString page = request.query().queryItemValue(QStringLiteral("page"));
        return json(fixture(page == QLatin1String("2") ? QStringLiteral("invoices_page2.json") : QStringLiteral("invoices_page1.json")));
    };
    QNetworkAccessManager network;
    ScalingoBackend *backend = ScalingoBackend::create(&network, {api.url(), auth.url(), api.url()}, QStringLiteral("tk-us-x"), this);
    QVERIFY(backend->session());
    QVERIFY(backend->rateLimiter());
    QCOMPARE(backend->apiClient()->rateLimiter(), backend->rateLimiter());
    QCOMPARE(backend->billingClient()->rateLimiter(), backend->rateLimiter());

    ApiResult<QList<Invoice>> result;
    bool finished = false;
    InvoiceSource *source = backend;
    source->listInvoices({}, this, [&](const ApiResult<QList<Invoice>> &r) {
        result = r;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.error.longMessage()));
    QCOMPARE(result.value.size(), 3);
    QCOMPARE(result.value.at(2).id, QStringLiteral("5efd8a402c9d8e0010c3d5e8"));
    QCOMPARE(api.requests.size(), 2);
    QCOMPARE(api.requests.at(0).query().queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QCOMPARE(api.requests.at(1).query().queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(auth.requests.size(), 1);
    delete backend;
}

void TestScalingo::backendStopsOnRepeatingServer()
{
    FakeHttpServer auth;
    auth.handler = [](const FakeHttpServer::Request &) {
        return json(R"({"token":")" + jwtExpiringAt(QDateTime::currentDateTimeUtc().addSecs(3600)) + R"("})");
    };
    FakeHttpServer api;
    // Ignores `page`: always page 1, always "there is a page 2".
    api.handler = [](const FakeHttpServer::Request &) {
        return json(pageBody(QStringLiteral("billing-operations"), {QStringLiteral("op-1"), QStringLiteral("op-2")}, 1, "2", "previous_page"));
    };
    QNetworkAccessManager network;
    std::unique_ptr<ScalingoBackend> backend(ScalingoBackend::create(&network, {api.url(), auth.url(), QUrl()}, QStringLiteral("tk-us-x")));
    QCOMPARE(backend->billingClient()->baseUrl(), ScalingoRequests::defaultBillingUrl());

    ApiResult<QList<BillingOperation>> result;
    bool finished = false;
    backend->billingOperations(this, [&](const ApiResult<QList<BillingOperation>> &r) {
        result = r;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QCOMPARE(result.error.kind(), ApiError::Kind::Decode);
    QCOMPARE(result.error.endpoint(), QStringLiteral("GET /v1/account/billing/operations"));
    // What was received before the loop was noticed is kept.
    QCOMPARE(result.value.size(), 2);
    QCOMPARE(result.value.at(0).amount, Money(150, QStringLiteral("EUR")));
    QCOMPARE(api.requests.size(), 2);
}

void TestScalingo::backendDownloadsPdfThroughRedirectWithoutLeakingBearer()
{
    FakeHttpServer auth;
    auth.handler = [](const FakeHttpServer::Request &) {
        return json(R"({"token":")" + jwtExpiringAt(QDateTime::currentDateTimeUtc().addSecs(3600)) + R"("})");
    };
    FakeHttpServer storage;  // another origin: another port
    storage.handler = [](const FakeHttpServer::Request &) {
        return FakeHttpServer::Response{200, "%PDF-1.4\n% invoice\n", {{"Content-Type", "application/pdf"}}};
    };
    FakeHttpServer api;
    api.handler = [&storage](const FakeHttpServer::Request &request) {
        if (request.path() == QLatin1String("/v1/account/invoices/inv-1/download"))
            return FakeHttpServer::Response{302, QByteArray(), {{"Location", storage.url().toEncoded() + "/invoices/inv-1.pdf?sig=abc"}}};
        return json(R"({"error":"not found"})", 404);
    };
    QNetworkAccessManager network;
    std::unique_ptr<ScalingoBackend> backend(ScalingoBackend::create(&network, {api.url(), auth.url(), api.url()}, QStringLiteral("tk-us-x")));
    ApiResult<QString> result;
    bool finished = false;
    QTemporaryDir folder;
    backend->invoiceDocument(QStringLiteral("inv-1"), folder.filePath(QStringLiteral("inv-1.pdf")), this, [&](const ApiResult<QString> &r) {
        result = r;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.error.longMessage()));
    QFile pdf(result.value);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.readAll(), QByteArrayLiteral("%PDF-1.4\n% invoice\n"));
    QCOMPARE(api.requests.size(), 1);
    QVERIFY(api.requests.at(0).headers.value("authorization").startsWith("Bearer "));
    QCOMPARE(storage.requests.size(), 1);
    QVERIFY(!storage.requests.at(0).headers.contains("authorization"));
}

void TestScalingo::backendUpdatesProfileOnBillingHost()
{
    FakeHttpServer auth;
    auth.handler = [](const FakeHttpServer::Request &) {
        return json(R"({"token":")" + jwtExpiringAt(QDateTime::currentDateTimeUtc().addSecs(3600)) + R"("})");
    };
    FakeHttpServer billingHost;
    billingHost.handler = [](const FakeHttpServer::Request &request) {
        const QJsonObject fields = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("profile")).toObject();
        if (fields.value(QStringLiteral("name")).toString().isEmpty())
            return json(R"({"errors":{"name":["can't be blank"]}})", 422);
        QJsonObject answer = fields;
        answer.insert(QStringLiteral("id"), QStringLiteral("p-42"));
        return json(QJsonDocument(QJsonObject{{QStringLiteral("profile"), answer}}).toJson());
    };
    QNetworkAccessManager network;
    std::unique_ptr<ScalingoBackend> backend(ScalingoBackend::create(&network, {auth.url(), auth.url(), billingHost.url()}, QStringLiteral("tk-us-x")));

    BillingProfile profile;
    profile.name = QStringLiteral("Jeanne Martin");
    profile.city = QStringLiteral("Lyon");
    ApiResult<BillingProfile> result;
    bool finished = false;
    backend->updateBillingProfile(QStringLiteral("p-42"), profile, this, [&](const ApiResult<BillingProfile> &r) {
        result = r;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QVERIFY2(result.ok(), qPrintable(result.error.longMessage()));
    QCOMPARE(result.value.id, QStringLiteral("p-42"));
    QCOMPARE(result.value.city, QStringLiteral("Lyon"));
    QCOMPARE(billingHost.requests.at(0).method, QByteArray("PUT"));
    QCOMPARE(billingHost.requests.at(0).path(), QStringLiteral("/profiles/p-42"));
    QVERIFY(billingHost.requests.at(0).headers.value("authorization").startsWith("Bearer "));

    profile.name.clear();
    finished = false;
    backend->createBillingProfile(profile, this, [&](const ApiResult<BillingProfile> &r) {
        result = r;
        finished = true;
    });
    QTRY_VERIFY(finished);
    QCOMPARE(result.error.kind(), ApiError::Kind::Validation);
    QCOMPARE(result.error.fieldErrors().value(QStringLiteral("name")), QStringList{QStringLiteral("can't be blank")});
    QCOMPARE(billingHost.requests.at(1).method, QByteArray("POST"));
    QCOMPARE(billingHost.requests.at(1).path(), QStringLiteral("/profiles"));
}

void TestScalingo::clientWithLimiterWaits()
{
    FakeHttpServer api;
    api.handler = [](const FakeHttpServer::Request &) { return json(R"({"ok":true})"); };
    QNetworkAccessManager network;
    ApiClient client(&network, api.url(), std::make_unique<HeaderAuthenticator>(QList<QPair<QByteArray, QByteArray>>{}));
    RateLimiter limiter(2, 400ms);
    client.setRateLimiter(&limiter);
    QCOMPARE(client.rateLimiter(), &limiter);
    int finished = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 3; ++i) {
        ApiCall *call = client.send(ApiRequest::get(QStringLiteral("/x")));
        connect(call, &ApiCall::finished, this, [&finished] { ++finished; });
    }
    QTRY_COMPARE(finished, 2);
    QCOMPARE(api.requests.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished, 3, 5000);
    QVERIFY(elapsed.elapsed() >= 390);
}

void TestScalingo::invoiceLinesPastRangeAreADecodeError()
{
    // Each price is within range (2^53 cents), but 1,100 of them for one app pass qint64:
    // before, the sum wrapped and the app's cost was exported as a wrong number.
    QJsonArray detailed;
    for (int i = 0; i < 1100; ++i) {
        detailed.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("di-%1").arg(i)},
                                    {QStringLiteral("label"), QStringLiteral("line")},
                                    {QStringLiteral("price"), 9007199254740992.0},
                                    {QStringLiteral("app"), QStringLiteral("shop-front")}});
    }
    const QJsonObject invoice{{QStringLiteral("id"), QStringLiteral("inv-1")},
                              {QStringLiteral("billing_month"), QStringLiteral("2020-08-01")},
                              {QStringLiteral("total_price"), 100},
                              {QStringLiteral("total_price_with_vat"), 120},
                              {QStringLiteral("detailed_items"), detailed}};
    ApiError error;
    ScalingoDecoders::invoice(QJsonDocument(QJsonObject{{QStringLiteral("invoice"), invoice}}).toJson(), &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY2(error.detail().contains(QStringLiteral("do not add up in one currency within range")), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(QStringLiteral("detailed_items")), qPrintable(error.detail()));
}

QTEST_GUILESS_MAIN(TestScalingo)
#include "tst_scalingo.moc"
