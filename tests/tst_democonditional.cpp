// The demo backend's conditional GETs (ETag / If-None-Match, Last-Modified /
// If-Modified-Since) on every read route of both providers, and the changes a test can make
// at run time so incremental syncs see new invoices and operations on their first pages.
// Real HTTP through a plain QNetworkAccessManager, no client code.

#include "demoserver.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace TestSupport;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray ContactBody = R"({"first_name": "Ada", "last_name": "Byron", "email": "ada@example.org",
    "type": "technical", "address": {"address_line_1": "10 Downing Street", "city": "London",
    "country": "GB", "postal_code": "SW1A 2AA"}})";

QString firstId(const QJsonArray &list, const QString &key)
{
    return list.isEmpty() ? QString() : list.first().toObject().value(key).toString();
}
} // namespace

class TestDemoConditional final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void everyReadRouteSendsValidators_data();
    void everyReadRouteSendsValidators();
    void ifNoneMatchAnswers304WithoutBody();
    void ifModifiedSinceAnswers304();
    void ifNoneMatchWinsOverIfModifiedSince();
    void errorsAndWritesHaveNoValidators();
    void writesChangeTheReadsTheyTouch();
    void newOperationsComeFirstAndChangeTheETag();
    void scalingoNextMonthChangesOnlyWhatChanged();
    void skySqlNextMonthChangesOnlyWhatChanged();

private:
    HttpReply skySql(const QString &pathAndQuery, const Headers &extra = {});
    HttpReply scalingo(const QString &pathAndQuery, const Headers &extra = {});
    HttpReply createContact();
    QString scalingoPath(const QString &which);
    QString skySqlPath(const QString &which);

    const QDate m_referenceDate {2025, 11, 14};
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
    QByteArray m_bearer;
};

void TestDemoConditional::init()
{
    // A fresh server per test: the run-time changes below must not leak into other tests.
    m_server = startDemoServer(m_referenceDate);
    QVERIFY(m_server);
    m_server->setScalingoRateLimitEnabled(false);
    m_bearer = scalingoAuthorization(m_network, *m_server);
    QVERIFY(!m_bearer.isEmpty());
}

HttpReply TestDemoConditional::skySql(const QString &pathAndQuery, const Headers &extra)
{
    return httpGet(m_network, m_server->baseUrl(), pathAndQuery,
                   Headers {{"X-API-Key", m_server->skySqlApiKey().toUtf8()}} + extra);
}

HttpReply TestDemoConditional::scalingo(const QString &pathAndQuery, const Headers &extra)
{
    return httpGet(m_network, m_server->baseUrl(), pathAndQuery,
                   Headers {{"Authorization", m_bearer}} + extra);
}

HttpReply TestDemoConditional::createContact()
{
    HttpRequest create;
    create.method = "POST";
    create.pathAndQuery = QStringLiteral("/billing/v1/contacts");
    create.headers = {{"X-API-Key", m_server->skySqlApiKey().toUtf8()}};
    create.body = ContactBody;
    return httpSend(m_network, m_server->baseUrl(), create);
}

// Paths that need an id from a list, resolved against the running server.
QString TestDemoConditional::skySqlPath(const QString &which)
{
    if (which != u"invoice" && which != u"pdf")
        return which;
    const QString id = firstId(skySql(QStringLiteral("/billing/v1/invoices")).array(),
                               QStringLiteral("invoice_id"));
    return which == u"invoice" ? QStringLiteral("/billing/v1/invoices/") + id
                               : QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(id);
}

QString TestDemoConditional::scalingoPath(const QString &which)
{
    if (which != u"invoice")
        return which;
    const QJsonArray invoices =
        scalingo(QStringLiteral("/v1/account/invoices")).object().value(QStringLiteral("invoices")).toArray();
    return QStringLiteral("/v1/account/invoices/") + firstId(invoices, QStringLiteral("id"));
}

void TestDemoConditional::everyReadRouteSendsValidators_data()
{
    QTest::addColumn<bool>("isScalingo");
    QTest::addColumn<QString>("path");
    const QString org = QStringLiteral("org-demo-7f3a");
    for (const QString &path :
         {QStringLiteral("/billing/v1/invoices"), QStringLiteral("/billing/v1/invoices?start_date=2025-01-01"),
          QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("/billing/v1/account"),
          QStringLiteral("/billing/v1/account/postpaid-commit-ledger"),
          QStringLiteral("/billing/v1/account/prepaid-credit-ledger"), QStringLiteral("/billing/v1/bills"),
          QStringLiteral("/billing/v2/bills?year=2025&month=3"), QStringLiteral("/billing/v1/contacts"),
          QStringLiteral("/billing/v1/contracts/") + org, QStringLiteral("/billing/v1/tax"),
          QStringLiteral("/billing/v1/payment-methods"), QStringLiteral("/billing/v1/offerings"),
          QStringLiteral("/billing/v1/locale/country")})
        QTest::addRow("skysql %s", qPrintable(path)) << false << path;
    for (const QString &path :
         {QStringLiteral("/v1/account/invoices"), QStringLiteral("/v1/account/invoices?page=2&per_page=10"),
          QStringLiteral("invoice"), QStringLiteral("/v1/account/billing/operations"),
          QStringLiteral("/v1/account/billing/profile"), QStringLiteral("/profile")})
        QTest::addRow("scalingo %s", qPrintable(path)) << true << path;
}

void TestDemoConditional::everyReadRouteSendsValidators()
{
    QFETCH(bool, isScalingo);
    QFETCH(QString, path);
    const QString resolved = isScalingo ? scalingoPath(path) : skySqlPath(path);
    const auto get = [&](const Headers &extra) {
        return isScalingo ? scalingo(resolved, extra) : skySql(resolved, extra);
    };

    const HttpReply first = get({});
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"') && !etag.startsWith("W/"),
             etag.constData());
    const QByteArray lastModified = first.header("Last-Modified");
    QVERIFY2(lastModified.endsWith(" GMT"), lastModified.constData());
    QVERIFY(QLocale::c().toDateTime(QString::fromLatin1(lastModified), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).isValid());

    // The same body, the same validators.
    const HttpReply again = get({});
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("ETag"), etag);
    QCOMPARE(again.header("Last-Modified"), lastModified);

    const int notModifiedBefore = m_server->responseCount(304);
    const HttpReply conditional = get({{"If-None-Match", etag}});
    QCOMPARE(conditional.status, 304);
    QVERIFY(conditional.body.isEmpty());
    QCOMPARE(conditional.header("ETag"), etag);
    QCOMPARE(m_server->responseCount(304), notModifiedBefore + 1);
    QCOMPARE(m_server->responseCount(QUrl(m_server->baseUrl().toString() + resolved).path(), 304), 1);
}

void TestDemoConditional::ifNoneMatchAnswers304WithoutBody()
{
    const QString path = QStringLiteral("/billing/v1/invoices");
    QSignalSpy handled(m_server.get(), &DemoServer::requestHandled);
    const HttpReply first = skySql(path);
    const QByteArray etag = first.header("ETag");

    // Any of a list, weak or strong, and "*"; a stale tag gets the body again.
    for (const QByteArray &header : {etag, "\"stale\", " + etag, "W/" + etag, QByteArray("*")}) {
        const HttpReply result = skySql(path, {{"If-None-Match", header}});
        QVERIFY2(result.status == 304, header.constData());
        QVERIFY(result.body.isEmpty());
        QVERIFY(result.header("Content-Type").isEmpty());
    }
    const HttpReply stale = skySql(path, {{"If-None-Match", "\"stale\""}});
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body, first.body);

    QCOMPARE(handled.size(), 6);
    QCOMPARE(handled.at(1).at(2).toInt(), 304);
    QCOMPARE(handled.at(5).at(2).toInt(), 200);
    QCOMPARE(m_server->responseCount(path, 304), 4);
    QCOMPARE(m_server->responseCount(path, 200), 2);
    QCOMPARE(m_server->requestCount(path), 6);
}

void TestDemoConditional::ifModifiedSinceAnswers304()
{
    const QString path = QStringLiteral("/v1/account/billing/operations");
    const HttpReply first = scalingo(path);
    const QByteArray lastModified = first.header("Last-Modified");
    QCOMPARE(scalingo(path, {{"If-Modified-Since", lastModified}}).status, 304);

    QDateTime later = QLocale::c().toDateTime(QString::fromLatin1(lastModified),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    later.setTimeZone(QTimeZone::utc());
    const auto httpDate = [](const QDateTime &time) {
        return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    };
    QCOMPARE(scalingo(path, {{"If-Modified-Since", httpDate(later.addSecs(60))}}).status, 304);
    const HttpReply earlier = scalingo(path, {{"If-Modified-Since", httpDate(later.addSecs(-1))}});
    QCOMPARE(earlier.status, 200);
    QCOMPARE(earlier.body, first.body);
    // An unreadable date is ignored, as HTTP says.
    QCOMPARE(scalingo(path, {{"If-Modified-Since", "yesterday"}}).status, 200);
}

void TestDemoConditional::ifNoneMatchWinsOverIfModifiedSince()
{
    const QString path = QStringLiteral("/billing/v1/account");
    const HttpReply first = skySql(path);
    const HttpReply result = skySql(path, {{"If-None-Match", "\"other\""},
                                           {"If-Modified-Since", first.header("Last-Modified")}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, first.body);
}

void TestDemoConditional::errorsAndWritesHaveNoValidators()
{
    const HttpReply missing = skySql(QStringLiteral("/billing/v1/invoices/inv_nope"));
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.header("ETag").isEmpty());
    const HttpReply unauthorized = httpGet(m_network, m_server->baseUrl(), QStringLiteral("/billing/v1/invoices"));
    QCOMPARE(unauthorized.status, 401);
    QVERIFY(unauthorized.header("ETag").isEmpty());

    const HttpReply created = createContact();
    QCOMPARE(created.status, 200);
    QVERIFY(created.header("ETag").isEmpty());
}

void TestDemoConditional::writesChangeTheReadsTheyTouch()
{
    const QString path = QStringLiteral("/billing/v1/contacts");
    const HttpReply before = skySql(path);
    const QByteArray etag = before.header("ETag");

    QCOMPARE(createContact().status, 200);

    const HttpReply after = skySql(path, {{"If-None-Match", etag}});
    QCOMPARE(after.status, 200);
    QVERIFY(after.header("ETag") != etag);
    QCOMPARE(after.array().size(), before.array().size() + 1);
    // Last-Modified moved on, so a client holding the old date gets the new list too.
    QCOMPARE(skySql(path, {{"If-Modified-Since", before.header("Last-Modified")}}).status, 200);
    QCOMPARE(skySql(path, {{"If-Modified-Since", after.header("Last-Modified")}}).status, 304);
}

void TestDemoConditional::newOperationsComeFirstAndChangeTheETag()
{
    const QString path = QStringLiteral("/v1/account/billing/operations?page=1&per_page=50");
    const HttpReply before = scalingo(path);
    const QJsonObject body = before.object();
    const QJsonArray operations = body.value(QStringLiteral("billing-operations")).toArray();
    const int total = body[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("total_count")].toInt();
    QCOMPARE(total, m_server->scalingoOperationCount());
    // Newest first, as the provider's example: a client reads pages until one it knows.
    for (int i = 1; i < operations.size(); ++i) {
        QVERIFY(QDateTime::fromString(operations.at(i - 1)[QStringLiteral("created_at")].toString(), Qt::ISODateWithMs)
                >= QDateTime::fromString(operations.at(i)[QStringLiteral("created_at")].toString(), Qt::ISODateWithMs));
    }
    const QString knownNewest = firstId(operations, QStringLiteral("id"));

    const QStringList added = m_server->addScalingoOperations(3);
    QCOMPARE(added.size(), 3);
    QCOMPARE(m_server->scalingoOperationCount(), total + 3);

    const HttpReply after = scalingo(path, {{"If-None-Match", before.header("ETag")}});
    QCOMPARE(after.status, 200);
    QVERIFY(after.header("ETag") != before.header("ETag"));
    const QJsonArray page = after.object().value(QStringLiteral("billing-operations")).toArray();
    QStringList firstIds;
    for (int i = 0; i < 4; ++i)
        firstIds.append(page.at(i)[QStringLiteral("id")].toString());
    QCOMPARE(firstIds, added + QStringList {knownNewest});
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(page.at(i)[QStringLiteral("source")].toString(), QStringLiteral("credit"));
        QVERIFY(page.at(i)[QStringLiteral("invoice_id")].isNull());
    }
    QCOMPARE(after.object()[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("total_count")].toInt(),
             total + 3);
    // Unchanged again until the next change.
    QCOMPARE(scalingo(path, {{"If-None-Match", after.header("ETag")}}).status, 304);
}

void TestDemoConditional::scalingoNextMonthChangesOnlyWhatChanged()
{
    const QString list = QStringLiteral("/v1/account/invoices?per_page=50");
    const HttpReply before = scalingo(list);
    const QJsonArray invoices = before.object().value(QStringLiteral("invoices")).toArray();
    QCOMPARE(invoices.first()[QStringLiteral("state")].toString(), QStringLiteral("new"));
    const QString wasNewest = firstId(invoices, QStringLiteral("id"));
    const QString older = invoices.at(3)[QStringLiteral("id")].toString();
    const HttpReply olderDetail = scalingo(QStringLiteral("/v1/account/invoices/") + older);
    const HttpReply newestDetail = scalingo(QStringLiteral("/v1/account/invoices/") + wasNewest);
    const int operationsBefore = m_server->scalingoOperationCount();

    const QString issued = m_server->issueScalingoNextMonth();
    QVERIFY(!issued.isEmpty());

    const HttpReply after = scalingo(list, {{"If-None-Match", before.header("ETag")}});
    QCOMPARE(after.status, 200);
    const QJsonArray now = after.object().value(QStringLiteral("invoices")).toArray();
    QCOMPARE(now.size(), invoices.size() + 1);
    QCOMPARE(now.at(0)[QStringLiteral("id")].toString(), issued);
    QCOMPARE(now.at(0)[QStringLiteral("state")].toString(), QStringLiteral("new"));
    QCOMPARE(now.at(0)[QStringLiteral("billing_month")].toString(),
             QDate::fromString(invoices.first()[QStringLiteral("billing_month")].toString(), Qt::ISODate)
                 .addMonths(1).toString(Qt::ISODate));
    QCOMPARE(now.at(1)[QStringLiteral("id")].toString(), wasNewest);
    QCOMPARE(now.at(1)[QStringLiteral("state")].toString(), QStringLiteral("paid"));

    // A final invoice is unchanged; the one that got paid is not.
    QCOMPARE(scalingo(QStringLiteral("/v1/account/invoices/") + older, {{"If-None-Match", olderDetail.header("ETag")}}).status, 304);
    QCOMPARE(scalingo(QStringLiteral("/v1/account/invoices/") + wasNewest, {{"If-None-Match", newestDetail.header("ETag")}}).status, 200);

    // Its payment and the new invoicing are the newest operations.
    QCOMPARE(m_server->scalingoOperationCount(), operationsBefore + 2);
    const QJsonArray operations = scalingo(QStringLiteral("/v1/account/billing/operations"))
                                      .object().value(QStringLiteral("billing-operations")).toArray();
    QCOMPARE(operations.at(0)[QStringLiteral("source")].toString(), QStringLiteral("invoicing"));
    QCOMPARE(operations.at(0)[QStringLiteral("invoice_id")].toString(), issued);
    QCOMPARE(operations.at(1)[QStringLiteral("source")].toString(), QStringLiteral("payment"));
    QCOMPARE(operations.at(1)[QStringLiteral("invoice_id")].toString(), wasNewest);
}

void TestDemoConditional::skySqlNextMonthChangesOnlyWhatChanged()
{
    const QString list = QStringLiteral("/billing/v1/invoices");
    const HttpReply before = skySql(list);
    const QJsonArray invoices = before.array();
    const QString wasOpen = firstId(invoices, QStringLiteral("invoice_id"));
    QCOMPARE(invoices.first()[QStringLiteral("status")].toString(), QStringLiteral("open"));
    const QString paid = invoices.at(2)[QStringLiteral("invoice_id")].toString();
    const HttpReply paidDetail = skySql(list + u'/' + paid);
    const HttpReply openDetail = skySql(list + u'/' + wasOpen);

    const QStringList issued = m_server->issueSkySqlNextMonth();
    QCOMPARE(issued.size(), 1);

    const HttpReply after = skySql(list, {{"If-None-Match", before.header("ETag")}});
    QCOMPARE(after.status, 200);
    const QJsonArray now = after.array();
    QCOMPARE(now.size(), invoices.size() + 1);
    QCOMPARE(now.at(0)[QStringLiteral("invoice_id")].toString(), issued.first());
    QCOMPARE(now.at(0)[QStringLiteral("status")].toString(), QStringLiteral("open"));
    QCOMPARE(now.at(0)[QStringLiteral("period")].toString(), QStringLiteral("2025-11"));
    QCOMPARE(now.at(1)[QStringLiteral("status")].toString(), QStringLiteral("paid"));

    QCOMPARE(skySql(list + u'/' + paid, {{"If-None-Match", paidDetail.header("ETag")}}).status, 304);
    QCOMPARE(skySql(list + u'/' + wasOpen, {{"If-None-Match", openDetail.header("ETag")}}).status, 200);
    const HttpReply detail = skySql(list + u'/' + issued.first());
    QCOMPARE(detail.status, 200);
    QCOMPARE(detail.object()[QStringLiteral("usage_start_date")].toString(), QStringLiteral("2025-11-01"));
    // Only the new month's invoice is for a period from November on.
    QCOMPARE(skySql(list + QStringLiteral("?start_date=2025-11-01")).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestDemoConditional)
#include "tst_democonditional.moc"
