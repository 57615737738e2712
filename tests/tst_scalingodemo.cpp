// Integration tests of the demo backend's Scalingo side: real HTTP on 127.0.0.1 through a
// plain QNetworkAccessManager, so the contract (token exchange, JWTs, pagination, invoice
// arithmetic, redirects, billing profile, rate limit) is checked independently of the
// client's decoders.

#include "demoserver.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <memory>

using namespace TestSupport;

// Scalingo authenticates with one header; a call without a value sends none.
static QList<QPair<QByteArray, QByteArray>> authorizationHeader(const QByteArray &value)
{
    if (value.isEmpty())
        return {};
    return {{"Authorization", value}};
}

// Whole cents from a JSON number that must be an integer (invoice amounts are cents).
static bool isIntegral(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
}

static QJsonObject jwtPart(const QString &token, int part)
{
    const QByteArray encoded = token.toLatin1().split('.').value(part);
    return QJsonDocument::fromJson(QByteArray::fromBase64(
                                       encoded, QByteArray::Base64UrlEncoding))
        .object();
}

class TestScalingoDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exchangeIssuesAnHourLongJwt();
    void exchangeRejectsWrongOrMissingToken();
    void accountRoutesNeedAValidBearer();
    void expiredBearerIsRejected();
    void billingOperationsPaginateWithPreviousPage();
    void invoicesPaginateWithPrevPage();
    void perPageDefaultsAndLimits();
    void everyInvoicePageGivesThirtyMonths();
    void invoiceItemsAndVatAddUp();
    void invoiceDetailAndNotFound();
    void billingOperationsMatchInvoices();
    void downloadRedirectsToASignedPdf();
    void billingProfileHasTheDocumentedShape();
    void profileUpdateIsValidatedAndReflected();
    void profileCreateAfterClear();
    void rateLimitAfterSixtyRequestsAndSwitchOff();
    void sameReferenceDateSameData();
    void unknownPathsGetScalingoErrors();

private:
    HttpReply send(DemoServer &server, const HttpRequest &request);
    HttpReply get(const QString &path, bool authenticated = true);
    QString exchange(DemoServer &server, const QString &apiToken);
    QByteArray bearer() const;
    QList<QJsonObject> readAllPages(const QString &path, const QString &rootKey, int perPage);

    const QDate m_referenceDate {2025, 11, 14};
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
    QString m_token;
};

void TestScalingoDemo::initTestCase()
{
    m_server = startDemoServer(m_referenceDate);
    QVERIFY(m_server);
    // Checked on its own server in rateLimitAfterSixtyRequestsAndSwitchOff(); here it
    // would cut the other checks short.
    m_server->setScalingoRateLimitEnabled(false);
    QCOMPARE(m_server->scalingoToken(), QStringLiteral("tk-us-demo-billdeck"));
    m_token = exchange(*m_server, m_server->scalingoToken());
    QVERIFY(!m_token.isEmpty());
}

HttpReply TestScalingoDemo::send(DemoServer &server, const HttpRequest &request)
{
    return httpSend(m_network, server.baseUrl(), request);
}

HttpReply TestScalingoDemo::get(const QString &path, bool authenticated)
{
    HttpRequest call;
    call.pathAndQuery = path;
    if (authenticated)
        call.headers = authorizationHeader(bearer());
    return send(*m_server, call);
}

QString TestScalingoDemo::exchange(DemoServer &server, const QString &apiToken)
{
    HttpRequest call;
    call.method = "POST";
    call.pathAndQuery = QStringLiteral("/v1/tokens/exchange");
    call.headers = authorizationHeader("Basic " + (":" + apiToken.toUtf8()).toBase64());
    const HttpReply result = send(server, call);
    if (result.status != 200)
        return {};
    return result.object().value(QStringLiteral("token")).toString();
}

QByteArray TestScalingoDemo::bearer() const
{
    return "Bearer " + m_token.toLatin1();
}

QList<QJsonObject> TestScalingoDemo::readAllPages(const QString &path, const QString &rootKey,
                                                  int perPage)
{
    QList<QJsonObject> items;
    QJsonValue page = 1;
    int pages = 0;
    while (!page.isNull()) {
        const HttpReply result =
            get(QStringLiteral("%1?page=%2&per_page=%3").arg(path).arg(page.toInt()).arg(perPage));
        if (result.status != 200 || ++pages > 100)
            return {};
        const QJsonObject body = result.object();
        const QJsonArray array = body.value(rootKey).toArray();
        for (const QJsonValue &value : array)
            items.append(value.toObject());
        page = body.value(QStringLiteral("meta")).toObject()
                   .value(QStringLiteral("pagination")).toObject()
                   .value(QStringLiteral("next_page"));
    }
    return items;
}

void TestScalingoDemo::exchangeIssuesAnHourLongJwt()
{
    const QStringList parts = m_token.split(u'.');
    QCOMPARE(parts.size(), 3);
    for (const QString &part : parts)
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(part).hasMatch(),
                 qPrintable(part));

    const QJsonObject header = jwtPart(m_token, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));

    const QJsonObject claims = jwtPart(m_token, 1);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 exp = qint64(claims.value(QStringLiteral("exp")).toDouble());
    const qint64 iat = qint64(claims.value(QStringLiteral("iat")).toDouble());
    QVERIFY2(qAbs(exp - (now + 3600)) <= 60, qPrintable(QString::number(exp - now)));
    QCOMPARE(exp - iat, 3600);
    QVERIFY(claims.value(QStringLiteral("uid")).toString().startsWith(u"us-"));
    QCOMPARE(claims.value(QStringLiteral("sub")), claims.value(QStringLiteral("uid")));

    // Two exchanges give two different tokens, both valid.
    const QString second = exchange(*m_server, m_server->scalingoToken());
    QVERIFY(!second.isEmpty());
    QVERIFY(second != m_token);
    HttpRequest call;
    call.pathAndQuery = QStringLiteral("/v1/account/billing/profile");
    call.headers = authorizationHeader("Bearer " + second.toLatin1());
    QCOMPARE(send(*m_server, call).status, 200);
}

void TestScalingoDemo::exchangeRejectsWrongOrMissingToken()
{
    QVERIFY(exchange(*m_server, QStringLiteral("tk-us-wrong")).isEmpty());

    HttpRequest call;
    call.method = "POST";
    call.pathAndQuery = QStringLiteral("/v1/tokens/exchange");
    for (const QByteArray &authorization :
         {QByteArray(), QByteArray("Basic ") + QByteArray(":tk-us-wrong").toBase64(),
          QByteArray("Basic ") + QByteArray(":").toBase64(), QByteArray("Basic !!!"),
          QByteArray("Bearer tk-us-demo-billdeck")}) {
        call.headers = authorizationHeader(authorization);
        const HttpReply result = send(*m_server, call);
        QCOMPARE(result.status, 401);
        QVERIFY(result.header("Content-Type").startsWith("application/json"));
        QVERIFY2(!result.object().value(QStringLiteral("error")).toString().isEmpty(), result.body);
    }

    // Another accepted token after setScalingoToken(); the old one is refused.
    m_server->setScalingoToken(QStringLiteral("tk-us-other"));
    QVERIFY(exchange(*m_server, QStringLiteral("tk-us-demo-billdeck")).isEmpty());
    QVERIFY(!exchange(*m_server, QStringLiteral("tk-us-other")).isEmpty());
    m_server->setScalingoToken(QStringLiteral("tk-us-demo-billdeck"));
}

void TestScalingoDemo::accountRoutesNeedAValidBearer()
{
    const QStringList paths {
        QStringLiteral("/v1/account/billing/operations"),
        QStringLiteral("/v1/account/billing/profile"),
        QStringLiteral("/v1/account/invoices"),
        QStringLiteral("/profile"),
    };
    // A token whose payload was edited (exp pushed out) no longer matches its signature.
    QStringList tampered = m_token.split(u'.');
    QJsonObject claims = jwtPart(m_token, 1);
    claims.insert(QStringLiteral("exp"), claims.value(QStringLiteral("exp")).toDouble() + 86400);
    tampered[1] = QString::fromLatin1(QJsonDocument(claims).toJson(QJsonDocument::Compact)
                                          .toBase64(QByteArray::Base64UrlEncoding
                                                    | QByteArray::OmitTrailingEquals));
    const QList<QByteArray> authorizations {
        QByteArray(),
        QByteArray("Bearer"),
        QByteArray("Bearer not-a-jwt"),
        "Bearer " + tampered.join(u'.').toLatin1(),
        "Basic " + QByteArray(":tk-us-demo-billdeck").toBase64(),
    };
    for (const QString &path : paths) {
        QCOMPARE(get(path).status, 200);
        for (const QByteArray &authorization : authorizations) {
            HttpRequest call;
            call.pathAndQuery = path;
            call.headers = authorizationHeader(authorization);
            const HttpReply result = send(*m_server, call);
            QCOMPARE(result.status, 401);
            QVERIFY2(!result.object().value(QStringLiteral("error")).toString().isEmpty(),
                     result.body);
        }
    }
}

void TestScalingoDemo::expiredBearerIsRejected()
{
    m_server->setScalingoTokenLifetime(-5);
    const QString expired = exchange(*m_server, m_server->scalingoToken());
    m_server->setScalingoTokenLifetime(3600);
    QVERIFY(!expired.isEmpty());
    QVERIFY(qint64(jwtPart(expired, 1).value(QStringLiteral("exp")).toDouble())
            < QDateTime::currentSecsSinceEpoch());

    HttpRequest call;
    call.pathAndQuery = QStringLiteral("/v1/account/invoices");
    call.headers = authorizationHeader("Bearer " + expired.toLatin1());
    const HttpReply result = send(*m_server, call);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.object().value(QStringLiteral("error")).toString(),
             QStringLiteral("token expired"));
}

void TestScalingoDemo::billingOperationsPaginateWithPreviousPage()
{
    const HttpReply first = get(QStringLiteral("/v1/account/billing/operations"));
    QCOMPARE(first.status, 200);
    const QJsonObject body = first.object();
    QCOMPARE(body.value(QStringLiteral("billing-operations")).toArray().size(), 30);
    const QJsonObject pagination =
        body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("pagination")).toObject();
    QCOMPARE(pagination.value(QStringLiteral("current_page")).toInt(), 1);
    QCOMPARE(pagination.value(QStringLiteral("next_page")).toInt(), 2);
    QVERIFY(pagination.contains(QStringLiteral("previous_page")));
    QVERIFY(pagination.value(QStringLiteral("previous_page")).isNull());
    QVERIFY(!pagination.contains(QStringLiteral("prev_page")));
    // 30 invoices, 28 payments (newest unpaid, one failed), 2 credits, 1 refund.
    QCOMPARE(pagination.value(QStringLiteral("total_count")).toInt(), 61);
    QCOMPARE(pagination.value(QStringLiteral("total_pages")).toInt(), 3);

    const QJsonObject last = get(QStringLiteral("/v1/account/billing/operations?page=3")).object();
    const QJsonObject lastPagination =
        last.value(QStringLiteral("meta")).toObject().value(QStringLiteral("pagination")).toObject();
    QCOMPARE(last.value(QStringLiteral("billing-operations")).toArray().size(), 1);
    QVERIFY(lastPagination.value(QStringLiteral("next_page")).isNull());
    QCOMPARE(lastPagination.value(QStringLiteral("previous_page")).toInt(), 2);
}

void TestScalingoDemo::invoicesPaginateWithPrevPage()
{
    const QJsonObject body = get(QStringLiteral("/v1/account/invoices?page=2&per_page=7")).object();
    QCOMPARE(body.value(QStringLiteral("invoices")).toArray().size(), 7);
    const QJsonObject pagination =
        body.value(QStringLiteral("meta")).toObject().value(QStringLiteral("pagination")).toObject();
    QCOMPARE(pagination.value(QStringLiteral("current_page")).toInt(), 2);
    QCOMPARE(pagination.value(QStringLiteral("next_page")).toInt(), 3);
    QCOMPARE(pagination.value(QStringLiteral("prev_page")).toInt(), 1);
    QVERIFY(!pagination.contains(QStringLiteral("previous_page")));
    QCOMPARE(pagination.value(QStringLiteral("total_pages")).toInt(), 5);
    QCOMPARE(pagination.value(QStringLiteral("total_count")).toInt(), 30);

    const QJsonObject lastPage = get(QStringLiteral("/v1/account/invoices?page=5&per_page=7")).object();
    QCOMPARE(lastPage.value(QStringLiteral("invoices")).toArray().size(), 2);
}

void TestScalingoDemo::perPageDefaultsAndLimits()
{
    const auto pageOf = [this](const QString &query) {
        const QJsonObject body = get(QStringLiteral("/v1/account/invoices") + query).object();
        return qMakePair(body.value(QStringLiteral("invoices")).toArray().size(),
                         body.value(QStringLiteral("meta")).toObject()
                             .value(QStringLiteral("pagination")).toObject());
    };
    // Default 30: all 30 invoices on page 1.
    QCOMPARE(pageOf(QString()).first, 30);
    // Above the maximum of 50 is clamped, not refused; operations show it (61 of them).
    const QJsonObject clamped =
        get(QStringLiteral("/v1/account/billing/operations?per_page=500")).object();
    QCOMPARE(clamped.value(QStringLiteral("billing-operations")).toArray().size(), 50);
    // Unreadable or non-positive values fall back to the defaults.
    QCOMPARE(pageOf(QStringLiteral("?per_page=0")).first, 30);
    QCOMPARE(pageOf(QStringLiteral("?per_page=abc&page=xyz")).second
                 .value(QStringLiteral("current_page")).toInt(), 1);
    // Past the last page: an empty list, no next or previous page.
    const auto beyond = pageOf(QStringLiteral("?page=9&per_page=10"));
    QCOMPARE(beyond.first, 0);
    QCOMPARE(beyond.second.value(QStringLiteral("current_page")).toInt(), 9);
    QVERIFY(beyond.second.value(QStringLiteral("next_page")).isNull());
    QVERIFY(beyond.second.value(QStringLiteral("prev_page")).isNull());
    QCOMPARE(beyond.second.value(QStringLiteral("total_pages")).toInt(), 3);
}

void TestScalingoDemo::everyInvoicePageGivesThirtyMonths()
{
    const QList<QJsonObject> invoices =
        readAllPages(QStringLiteral("/v1/account/invoices"), QStringLiteral("invoices"), 4);
    QCOMPARE(invoices.size(), 30);

    QSet<QString> ids;
    int failed = 0;
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const QJsonObject &invoice = invoices.at(i);
        ids.insert(invoice.value(QStringLiteral("id")).toString());
        // Newest first, one per month, the last one for the month before the reference date.
        const QDate expectedMonth = QDate(2025, 10, 1).addMonths(-int(i));
        QCOMPARE(invoice.value(QStringLiteral("billing_month")).toString(),
                 expectedMonth.toString(Qt::ISODate));
        QVERIFY2(QRegularExpression(QStringLiteral("^SC-%1-%2-\\d{4}$")
                                        .arg(expectedMonth.year())
                                        .arg(expectedMonth.month(), 2, 10, QLatin1Char('0')))
                     .match(invoice.value(QStringLiteral("invoice_number")).toString())
                     .hasMatch(),
                 qPrintable(invoice.value(QStringLiteral("invoice_number")).toString()));
        const QString state = invoice.value(QStringLiteral("state")).toString();
        if (i == 0)
            QCOMPARE(state, QStringLiteral("new"));
        else if (state == u"failed")
            ++failed;
        else
            QCOMPARE(state, QStringLiteral("paid"));
    }
    QCOMPARE(ids.size(), 30);
    QCOMPARE(failed, 1);
}

void TestScalingoDemo::invoiceItemsAndVatAddUp()
{
    const QJsonArray invoices =
        get(QStringLiteral("/v1/account/invoices?per_page=50")).object()
            .value(QStringLiteral("invoices")).toArray();
    QCOMPARE(invoices.size(), 30);

    int invoicesWithCredits = 0;
    QSet<QString> apps;
    for (const QJsonValue &value : invoices) {
        const QJsonObject invoice = value.toObject();
        const QString number = invoice.value(QStringLiteral("invoice_number")).toString();
        QVERIFY(isIntegral(invoice.value(QStringLiteral("total_price"))));
        QVERIFY(isIntegral(invoice.value(QStringLiteral("total_price_with_vat"))));
        QCOMPARE(invoice.value(QStringLiteral("vat_rate")).toInt(), 200);
        const qint64 total = qint64(invoice.value(QStringLiteral("total_price")).toDouble());
        const qint64 withVat = qint64(invoice.value(QStringLiteral("total_price_with_vat")).toDouble());
        QVERIFY(total > 0);
        // Half up, on whole cents: total × 200 / 1000.
        QCOMPARE(withVat, total + (total * 200 + 500) / 1000);

        qint64 itemsSum = 0;
        qint64 credits = 0;
        QHash<QString, qint64> appItems;
        const QJsonArray items = invoice.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &itemValue : items) {
            const QJsonObject item = itemValue.toObject();
            QVERIFY(!item.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(isIntegral(item.value(QStringLiteral("price"))));
            const qint64 price = qint64(item.value(QStringLiteral("price")).toDouble());
            itemsSum += price;
            const QString label = item.value(QStringLiteral("label")).toString();
            if (price < 0)
                credits += price;
            else if (label.startsWith(u"Application "))
                appItems.insert(label.mid(12), price);
            else
                QFAIL(qPrintable(number + QStringLiteral(": unexpected item ") + label));
        }
        QVERIFY2(itemsSum == total, qPrintable(number));
        if (credits < 0)
            ++invoicesWithCredits;

        QHash<QString, qint64> detailedByApp;
        const QJsonArray detailed = invoice.value(QStringLiteral("detailed_items")).toArray();
        for (const QJsonValue &detailValue : detailed) {
            const QJsonObject detail = detailValue.toObject();
            for (const char *key : {"id", "label", "price", "app", "duration"})
                QVERIFY2(detail.contains(QLatin1String(key)), key);
            QVERIFY(isIntegral(detail.value(QStringLiteral("price"))));
            QVERIFY(detail.value(QStringLiteral("duration")).toDouble() > 0);
            detailedByApp[detail.value(QStringLiteral("app")).toString()] +=
                qint64(detail.value(QStringLiteral("price")).toDouble());
            apps.insert(detail.value(QStringLiteral("app")).toString());
        }
        QCOMPARE(detailedByApp, appItems);
    }
    QCOMPARE(invoicesWithCredits, 2);
    QCOMPARE(apps, (QSet<QString> {QStringLiteral("shop-front"), QStringLiteral("shop-api"),
                                   QStringLiteral("shop-worker")}));
}

void TestScalingoDemo::invoiceDetailAndNotFound()
{
    const QJsonObject listed = get(QStringLiteral("/v1/account/invoices?page=3&per_page=1")).object()
                                   .value(QStringLiteral("invoices")).toArray().first().toObject();
    const QString id = listed.value(QStringLiteral("id")).toString();
    const HttpReply detail = get(QStringLiteral("/v1/account/invoices/") + id);
    QCOMPARE(detail.status, 200);
    QCOMPARE(detail.object().value(QStringLiteral("invoice")).toObject(), listed);

    const HttpReply missing = get(QStringLiteral("/v1/account/invoices/no-such-invoice"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.object().value(QStringLiteral("resource")).toString(), QStringLiteral("invoice"));
    QVERIFY(!missing.object().value(QStringLiteral("error")).toString().isEmpty());
}

void TestScalingoDemo::billingOperationsMatchInvoices()
{
    QHash<QString, QJsonObject> invoices;
    const QJsonArray invoiceArray = get(QStringLiteral("/v1/account/invoices?per_page=50")).object()
                                        .value(QStringLiteral("invoices")).toArray();
    for (const QJsonValue &value : invoiceArray)
        invoices.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());

    const QList<QJsonObject> operations = readAllPages(
        QStringLiteral("/v1/account/billing/operations"), QStringLiteral("billing-operations"), 30);
    QCOMPARE(operations.size(), 61);
    QHash<QString, int> bySource;
    QDateTime previous;
    for (const QJsonObject &operation : operations) {
        const QString source = operation.value(QStringLiteral("source")).toString();
        ++bySource[source];
        QVERIFY(operation.value(QStringLiteral("amount")).isDouble());
        QVERIFY(operation.value(QStringLiteral("amount")).toDouble() > 0);
        // "2016-09-01T15:02:09.013+02:00": milliseconds and a UTC offset, newest first.
        const QString createdText = operation.value(QStringLiteral("created_at")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral(
                     "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{2}:\\d{2}$"))
                     .match(createdText).hasMatch(),
                 qPrintable(createdText));
        const QDateTime created = QDateTime::fromString(createdText, Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        if (previous.isValid())
            QVERIFY(previous >= created);
        previous = created;

        const QJsonValue invoiceId = operation.value(QStringLiteral("invoice_id"));
        if (source == u"credit") {
            QVERIFY(invoiceId.isNull());
            QVERIFY(operation.value(QStringLiteral("invoice_url")).isNull());
            continue;
        }
        QVERIFY2(invoices.contains(invoiceId.toString()), qPrintable(invoiceId.toString()));
        QVERIFY(operation.value(QStringLiteral("invoice_url")).toString().startsWith(u"http://127.0.0.1:"));
        const QJsonObject invoice = invoices.value(invoiceId.toString());
        const qint64 amountCents = qRound64(operation.value(QStringLiteral("amount")).toDouble() * 100);
        if (source == u"invoicing") {
            QCOMPARE(amountCents,
                     qint64(invoice.value(QStringLiteral("total_price_with_vat")).toDouble()));
            const QDate month = QDate::fromString(
                invoice.value(QStringLiteral("billing_month")).toString(), Qt::ISODate);
            QCOMPARE(operation.value(QStringLiteral("description")).toString(),
                     QStringLiteral("Invoice for %1 %2")
                         .arg(QLocale::c().monthName(month.month()))
                         .arg(month.year()));
        } else if (source == u"payment") {
            QCOMPARE(invoice.value(QStringLiteral("state")).toString(), QStringLiteral("paid"));
            QCOMPARE(amountCents,
                     qint64(invoice.value(QStringLiteral("total_price_with_vat")).toDouble()));
        }
    }
    QCOMPARE(bySource.value(QStringLiteral("invoicing")), 30);
    QCOMPARE(bySource.value(QStringLiteral("payment")), 28);
    QCOMPARE(bySource.value(QStringLiteral("credit")), 2);
    QCOMPARE(bySource.value(QStringLiteral("refund")), 1);
    QCOMPARE(bySource.size(), 4);
}

void TestScalingoDemo::downloadRedirectsToASignedPdf()
{
    const QJsonObject invoice = get(QStringLiteral("/v1/account/invoices?per_page=1")).object()
                                    .value(QStringLiteral("invoices")).toArray().first().toObject();
    const QString id = invoice.value(QStringLiteral("id")).toString();
    const QString downloadPath = QStringLiteral("/v1/account/invoices/%1/download").arg(id);

    const HttpReply redirect = get(downloadPath);
    QCOMPARE(redirect.status, 302);
    const QUrl location(QString::fromUtf8(redirect.header("Location")));
    QCOMPARE(location.toString(), invoice.value(QStringLiteral("pdf_url")).toString());
    QCOMPARE(location.port(), int(m_server->port()));
    QVERIFY(location.query().startsWith(u"signature="));
    QCOMPARE(get(downloadPath, false).status, 401);

    // The signed URL needs no bearer token, like a storage link.
    const HttpReply pdf = get(location.path() + u'?' + location.query(), false);
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.header("Content-Type"), QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-1."));
    QVERIFY(pdf.body.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.body.contains(invoice.value(QStringLiteral("invoice_number")).toString().toLatin1()));

    // A client that follows redirects gets the PDF from the API route directly.
    HttpRequest follow;
    follow.pathAndQuery = downloadPath;
    follow.headers = authorizationHeader(bearer());
    follow.followRedirects = true;
    const HttpReply followed = send(*m_server, follow);
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.body, pdf.body);

    // Without the right signature the storage refuses.
    QCOMPARE(get(location.path(), false).status, 403);
    QCOMPARE(get(location.path() + QStringLiteral("?signature=00"), false).status, 403);
    QCOMPARE(get(QStringLiteral("/v1/account/invoices/nope/download")).status, 404);
}

void TestScalingoDemo::billingProfileHasTheDocumentedShape()
{
    const HttpReply result = get(QStringLiteral("/v1/account/billing/profile"));
    QCOMPARE(result.status, 200);
    const QJsonObject profile = result.object().value(QStringLiteral("billing_profile")).toObject();
    QStringList keys = profile.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList {
                       QStringLiteral("address_city"), QStringLiteral("address_country"),
                       QStringLiteral("address_line1"), QStringLiteral("address_line2"),
                       QStringLiteral("address_state"), QStringLiteral("address_zip"),
                       QStringLiteral("company"), QStringLiteral("credit"),
                       QStringLiteral("email"), QStringLiteral("id"),
                       QStringLiteral("invoice_additional_info"), QStringLiteral("name"),
                       QStringLiteral("payment_method"), QStringLiteral("paypal_payment_method"),
                       QStringLiteral("stripe_payment_method"), QStringLiteral("vat_number"),
                   }));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$"))
                .match(profile.value(QStringLiteral("id")).toString()).hasMatch());
    QVERIFY(profile.value(QStringLiteral("credit")).isDouble());
    QVERIFY(profile.value(QStringLiteral("address_state")).isNull());
    QVERIFY(profile.value(QStringLiteral("paypal_payment_method")).isNull());
    QCOMPARE(profile.value(QStringLiteral("payment_method")).toString(), QStringLiteral("stripe"));

    const QJsonObject card = profile.value(QStringLiteral("stripe_payment_method")).toObject();
    QCOMPARE(card.size(), 10);
    QVERIFY(QRegularExpression(QStringLiteral("^(0[1-9]|1[0-2])/\\d{4}$"))
                .match(card.value(QStringLiteral("default_card_exp")).toString()).hasMatch());
    QCOMPARE(card.value(QStringLiteral("default_card_last4")).toString().size(), 4);
    QVERIFY(card.value(QStringLiteral("sepa_mandate_url")).isNull());

    // The billing host's view of the same profile (root "profile").
    const QJsonObject hostProfile = get(QStringLiteral("/profile")).object()
                                        .value(QStringLiteral("profile")).toObject();
    QCOMPARE(hostProfile.value(QStringLiteral("id")), profile.value(QStringLiteral("id")));
    QVERIFY(hostProfile.value(QStringLiteral("flags")).isArray());
}

void TestScalingoDemo::profileUpdateIsValidatedAndReflected()
{
    const QJsonObject before = get(QStringLiteral("/profile")).object()
                                   .value(QStringLiteral("profile")).toObject();
    const QString id = before.value(QStringLiteral("id")).toString();

    const auto put = [this](const QString &profileId, const QByteArray &body) {
        HttpRequest call;
        call.method = "PUT";
        call.pathAndQuery = QStringLiteral("/profiles/") + profileId;
        call.headers = authorizationHeader(bearer());
        call.body = body;
        return send(*m_server, call);
    };

    const HttpReply invalid = put(id, R"({"profile": {"name": " ", "email": "no-at-sign",
                                                       "vat_number": 42}})");
    QCOMPARE(invalid.status, 422);
    const QJsonObject errors = invalid.object().value(QStringLiteral("errors")).toObject();
    QCOMPARE(errors.keys(), (QStringList {QStringLiteral("email"), QStringLiteral("name"),
                                          QStringLiteral("vat_number")}));
    QCOMPARE(errors.value(QStringLiteral("name")).toArray().first().toString(),
             QStringLiteral("can't be blank"));
    QCOMPARE(get(QStringLiteral("/profile")).object().value(QStringLiteral("profile")).toObject(),
             before);

    const HttpReply updated = put(id, R"({"profile": {"name": "Alex Dupont",
                                                       "address_state": "Grand Est",
                                                       "vat_number": ""}})");
    QCOMPARE(updated.status, 200);
    const QJsonObject profile = updated.object().value(QStringLiteral("profile")).toObject();
    QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("Alex Dupont"));
    QCOMPARE(profile.value(QStringLiteral("address_city")), before.value(QStringLiteral("address_city")));

    const QJsonObject account = get(QStringLiteral("/v1/account/billing/profile")).object()
                                    .value(QStringLiteral("billing_profile")).toObject();
    QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("Alex Dupont"));
    QCOMPARE(account.value(QStringLiteral("address_state")).toString(), QStringLiteral("Grand Est"));
    QCOMPARE(account.value(QStringLiteral("vat_number")).toString(), QString());

    QCOMPARE(put(QStringLiteral("000000000000000000000000"), R"({"profile": {}})").status, 404);
    QCOMPARE(put(id, "not json").status, 400);
    QCOMPARE(put(id, R"({"name": "no profile key"})").status, 400);
}

void TestScalingoDemo::profileCreateAfterClear()
{
    m_server->clearScalingoBillingProfile();
    QCOMPARE(get(QStringLiteral("/v1/account/billing/profile")).status, 404);
    QCOMPARE(get(QStringLiteral("/profile")).status, 404);

    const auto post = [this](const QByteArray &body) {
        HttpRequest call;
        call.method = "POST";
        call.pathAndQuery = QStringLiteral("/profiles");
        call.headers = authorizationHeader(bearer());
        call.body = body;
        return send(*m_server, call);
    };

    const HttpReply incomplete = post(R"({"profile": {"name": "Alex Dupont"}})");
    QCOMPARE(incomplete.status, 422);
    QCOMPARE(incomplete.object().value(QStringLiteral("errors")).toObject().keys(),
             (QStringList {QStringLiteral("address_city"), QStringLiteral("address_country"),
                           QStringLiteral("address_line1"), QStringLiteral("address_zip")}));
    QCOMPARE(get(QStringLiteral("/profile")).status, 404);

    const HttpReply created = post(R"({"profile": {"name": "Alex Dupont",
        "email": "alex@example.org", "address_line1": "1 place Broglie",
        "address_zip": "67000", "address_city": "Strasbourg", "address_country": "France"}})");
    QCOMPARE(created.status, 201);
    const QJsonObject profile = created.object().value(QStringLiteral("profile")).toObject();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$"))
                .match(profile.value(QStringLiteral("id")).toString()).hasMatch());
    QVERIFY(profile.value(QStringLiteral("stripe_payment_method")).isNull());

    const QJsonObject account = get(QStringLiteral("/v1/account/billing/profile")).object()
                                    .value(QStringLiteral("billing_profile")).toObject();
    QCOMPARE(account.value(QStringLiteral("id")), profile.value(QStringLiteral("id")));
    QCOMPARE(account.value(QStringLiteral("email")).toString(), QStringLiteral("alex@example.org"));

    QCOMPARE(post(R"({"profile": {"name": "Again"}})").status, 409);

    // Back to the generated profile for the other tests.
    m_server->setReferenceDate(m_referenceDate);
    QCOMPARE(get(QStringLiteral("/profile")).status, 200);
}

void TestScalingoDemo::rateLimitAfterSixtyRequestsAndSwitchOff()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    QVERIFY(server->isScalingoRateLimitEnabled());

    const QString token = exchange(*server, server->scalingoToken());  // request 1
    QVERIFY(!token.isEmpty());
    HttpRequest call;
    call.pathAndQuery = QStringLiteral("/v1/account/billing/profile");
    call.headers = authorizationHeader("Bearer " + token.toLatin1());
    for (int i = 2; i <= 60; ++i)
        QCOMPARE(send(*server, call).status, 200);

    const HttpReply throttled = send(*server, call);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Content-Type"), QByteArray("text/plain"));
    QCOMPARE(throttled.body.trimmed(), QByteArray("Retry later"));
    // The limit is per user: the token exchange counts against it too.
    QVERIFY(exchange(*server, server->scalingoToken()).isEmpty());
    // The PDF storage is not the API: not throttled. (Same reference date, same signed
    // path on both servers.)
    const QUrl pdfUrl(get(QStringLiteral("/v1/account/invoices?per_page=1")).object()
                          .value(QStringLiteral("invoices")).toArray().first().toObject()
                          .value(QStringLiteral("pdf_url")).toString());
    HttpRequest pdf;
    pdf.pathAndQuery = pdfUrl.path() + u'?' + pdfUrl.query();
    QCOMPARE(send(*server, pdf).status, 200);

    server->setScalingoRateLimitEnabled(false);
    QVERIFY(!server->isScalingoRateLimitEnabled());
    for (int i = 0; i < 70; ++i)
        QCOMPARE(send(*server, call).status, 200);

    // Switched back on, the count starts over.
    server->setScalingoRateLimitEnabled(true);
    for (int i = 0; i < 60; ++i)
        QCOMPARE(send(*server, call).status, 200);
    QCOMPARE(send(*server, call).status, 429);
}

void TestScalingoDemo::sameReferenceDateSameData()
{
    const auto other = startDemoServer(m_referenceDate);
    QVERIFY(other);
    other->setScalingoRateLimitEnabled(false);
    const QString otherToken = exchange(*other, other->scalingoToken());

    for (const QString &path : {QStringLiteral("/v1/account/invoices?per_page=50"),
                                QStringLiteral("/v1/account/billing/operations?per_page=50")}) {
        HttpRequest call;
        call.pathAndQuery = path;
        call.headers = authorizationHeader("Bearer " + otherToken.toLatin1());
        QByteArray theirs = send(*other, call).body;
        QByteArray ours = get(path).body;
        QVERIFY(!ours.isEmpty());
        // Only the port in the URLs differs.
        theirs.replace(other->baseUrl().toString().toLatin1(), "BASE");
        ours.replace(m_server->baseUrl().toString().toLatin1(), "BASE");
        QCOMPARE(theirs, ours);
    }

    // A token from one server is not accepted by another (each signs with its own secret).
    HttpRequest foreign;
    foreign.pathAndQuery = QStringLiteral("/v1/account/invoices");
    foreign.headers = authorizationHeader("Bearer " + otherToken.toLatin1());
    QCOMPARE(send(*m_server, foreign).status, 401);
}

void TestScalingoDemo::unknownPathsGetScalingoErrors()
{
    const HttpReply unknown = get(QStringLiteral("/v1/account/nothing-here"));
    QCOMPARE(unknown.status, 404);
    QVERIFY(!unknown.object().value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!unknown.object().contains(QStringLiteral("code")));  // not SkySQL's shape

    HttpRequest wrongMethod;
    wrongMethod.method = "DELETE";
    wrongMethod.pathAndQuery = QStringLiteral("/v1/account/invoices");
    wrongMethod.headers = authorizationHeader(bearer());
    const HttpReply notAllowed = send(*m_server, wrongMethod);
    QCOMPARE(notAllowed.status, 405);
    QVERIFY(!notAllowed.object().value(QStringLiteral("error")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestScalingoDemo)
#include "tst_scalingodemo.moc"
