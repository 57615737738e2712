// Integration tests of the demo backend itself: real HTTP on 127.0.0.1 through a plain
// QNetworkAccessManager (not the client's ApiClient), so the server's contract is checked
// independently of the client's decoders.

#include "demoserver.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QtTest>

using namespace TestSupport;

// Compare money in cents: the JSON carries decimals, the invariants hold on integers.
static qint64 cents(const QJsonValue &value)
{
    return qRound64(value.toDouble() * 100);
}

class TestDemoServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void listsThreeYearsOfInvoicesNewestFirst();
    void detailsAddUpToTheCent();
    void resourceViewAddsUpToo();
    void rejectsMissingOrWrongCredentials();
    void unknownThingsAreJson404s();
    void startDateFilters();
    void endDateFilters();
    void invalidQueriesAre400s();
    void servesAValidPdf();
    void sameReferenceDateSameBytes();
    void statusFaultThenSuccess();
    void retryAfterHeaders();
    void stallNeverAnswers();
    void truncatedBodyIsShort();
    void malformedJsonDoesNotParse();

private:
    HttpReply get(const QString &pathAndQuery, int timeoutMs = 5000);
    QJsonArray invoiceList(const QString &query = {});

    const QDate m_referenceDate {2025, 11, 14};
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
};

void TestDemoServer::initTestCase()
{
    m_server = startDemoServer(m_referenceDate);
    QVERIFY(m_server);
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
}

HttpReply TestDemoServer::get(const QString &pathAndQuery, int timeoutMs)
{
    return httpGet(m_network, m_server->baseUrl(), pathAndQuery,
                   {{"X-API-Key", m_server->skySqlApiKey().toUtf8()}}, timeoutMs);
}

QJsonArray TestDemoServer::invoiceList(const QString &query)
{
    const HttpReply result = get(QStringLiteral("/billing/v1/invoices") + query);
    if (result.status != 200 || !result.json().isArray())
        return {};
    return result.json().array();
}

void TestDemoServer::listsThreeYearsOfInvoicesNewestFirst()
{
    const HttpReply result = get(QStringLiteral("/billing/v1/invoices"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(result.json().isArray());
    const QJsonArray invoices = result.json().array();
    // Longer than the two years a client asking for "the last 24 months" sees.
    QCOMPARE(invoices.size(), 36);

    QCOMPARE(invoices.first()[QStringLiteral("period")].toString(), QStringLiteral("2025-10"));
    QCOMPARE(invoices.last()[QStringLiteral("period")].toString(), QStringLiteral("2022-11"));

    QSet<QString> ids;
    int failed = 0;
    for (int i = 0; i < invoices.size(); ++i) {
        const QJsonObject invoice = invoices.at(i).toObject();
        for (const char *field : {"invoice_amount", "invoice_date", "invoice_due_date",
                                  "invoice_id", "invoice_pdf_url", "org_id", "period",
                                  "currency", "status"})
            QVERIFY2(invoice.contains(QLatin1String(field)), field);
        QVERIFY(invoice[QStringLiteral("invoice_amount")].isDouble());
        QVERIFY(cents(invoice[QStringLiteral("invoice_amount")]) > 0);
        QCOMPARE(invoice[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        QCOMPARE(invoice[QStringLiteral("org_id")].toString(), m_server->organizationId());

        const QString id = invoice[QStringLiteral("invoice_id")].toString();
        QVERIFY(!ids.contains(id));
        ids.insert(id);
        const QString period = invoice[QStringLiteral("period")].toString();
        QVERIFY(id.startsWith(QStringLiteral("inv_") + QString(period).replace(u'-', u'_') + u'_'));

        // Newest first: period i is one month after period i + 1.
        const QDate periodStart = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
        QVERIFY(periodStart.isValid());
        QCOMPARE(periodStart, QDate(2025, 10, 1).addMonths(-i));
        const QDate invoiceDate = QDate::fromString(invoice[QStringLiteral("invoice_date")].toString(), Qt::ISODate);
        QCOMPARE(invoiceDate, periodStart.addMonths(1));
        QCOMPARE(QDate::fromString(invoice[QStringLiteral("invoice_due_date")].toString(), Qt::ISODate),
                 invoiceDate.addDays(30));
        QCOMPARE(invoice[QStringLiteral("invoice_pdf_url")].toString(),
                 m_server->baseUrl().toString() + QStringLiteral("/public/services/bcs/invoices/")
                     + id + QStringLiteral("/pdf"));

        const QString status = invoice[QStringLiteral("status")].toString();
        if (i == 0)
            QCOMPARE(status, QStringLiteral("open"));
        else if (status == u"failed")
            ++failed;
        else
            QCOMPARE(status, QStringLiteral("paid"));
    }
    QCOMPARE(failed, 1);
}

void TestDemoServer::detailsAddUpToTheCent()
{
    const QJsonArray invoices = invoiceList();
    QCOMPARE(invoices.size(), 36);
    QSet<int> serviceCounts;
    for (const QJsonValue &summary : invoices) {
        const QString id = summary[QStringLiteral("invoice_id")].toString();
        const HttpReply result = get(QStringLiteral("/billing/v1/invoices/") + id);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject detail = result.json().object();
        QCOMPARE(detail[QStringLiteral("invoice_id")].toString(), id);
        QCOMPARE(detail[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        QCOMPARE(detail[QStringLiteral("symbol")].toString(), QStringLiteral("$"));
        QCOMPARE(detail[QStringLiteral("status")], summary[QStringLiteral("status")]);
        QCOMPARE(cents(detail[QStringLiteral("invoice_amount")]),
                 cents(summary[QStringLiteral("invoice_amount")]));
        const QDate usageStart = QDate::fromString(detail[QStringLiteral("usage_start_date")].toString(), Qt::ISODate);
        QVERIFY(usageStart.isValid());
        QCOMPARE(QDate::fromString(detail[QStringLiteral("usage_end_date")].toString(), Qt::ISODate),
                 usageStart.addMonths(1).addDays(-1));

        const QJsonArray services = detail[QStringLiteral("services")].toArray();
        serviceCounts.insert(int(services.size()));
        qint64 total = 0;
        for (const QJsonValue &entry : services) {
            const QJsonObject storage = entry[QStringLiteral("storage")].toObject();
            QCOMPARE(cents(storage[QStringLiteral("cost")])
                         + cents(storage[QStringLiteral("iops")][QStringLiteral("cost")])
                         + cents(storage[QStringLiteral("throughput")][QStringLiteral("cost")]),
                     cents(storage[QStringLiteral("total_cost")]));
            qint64 nodeTotal = 0;
            const QJsonArray nodes = entry[QStringLiteral("nodes")].toArray();
            QVERIFY(!nodes.isEmpty());
            for (const QJsonValue &node : nodes) {
                nodeTotal += cents(node[QStringLiteral("cost")]);
                QCOMPARE(node[QStringLiteral("quantity")].toInteger(),
                         qint64(usageStart.daysInMonth()) * 24
                             * node[QStringLiteral("active_nodes")].toInteger());
            }
            QCOMPARE(nodeTotal, cents(entry[QStringLiteral("node_cost")]));
            QCOMPARE(cents(entry[QStringLiteral("node_cost")]) + cents(storage[QStringLiteral("total_cost")]),
                     cents(entry[QStringLiteral("cost")]));
            QVERIFY(!entry[QStringLiteral("service")][QStringLiteral("service_id")].toString().isEmpty());
            total += cents(entry[QStringLiteral("cost")]);
        }
        QCOMPARE(total, cents(detail[QStringLiteral("invoice_amount")]));
    }
    // The replica starts partway through the history.
    QCOMPARE(serviceCounts, QSet<int>({3, 4}));
}

void TestDemoServer::resourceViewAddsUpToo()
{
    const QJsonArray invoices = invoiceList();
    QVERIFY(!invoices.isEmpty());
    for (const QJsonValue &summary : invoices) {
        const QString id = summary[QStringLiteral("invoice_id")].toString();
        const QJsonObject byService =
            get(QStringLiteral("/billing/v1/invoices/%1?as=service").arg(id)).json().object();
        const QJsonObject byResource =
            get(QStringLiteral("/billing/v1/invoices/%1?as=resource").arg(id)).json().object();
        int nodeCount = 0;
        for (const QJsonValue &entry : byService[QStringLiteral("services")].toArray()) {
            for (const QJsonValue &node : entry[QStringLiteral("nodes")].toArray())
                nodeCount += node[QStringLiteral("active_nodes")].toInt();
        }
        const QJsonArray resources = byResource[QStringLiteral("services")].toArray();
        QCOMPARE(resources.size(), nodeCount);
        qint64 total = 0;
        for (const QJsonValue &entry : resources) {
            const QJsonArray nodes = entry[QStringLiteral("nodes")].toArray();
            QCOMPARE(nodes.size(), 1);
            QCOMPARE(nodes.first()[QStringLiteral("active_nodes")].toInt(), 1);
            QCOMPARE(cents(entry[QStringLiteral("node_cost")])
                         + cents(entry[QStringLiteral("storage")][QStringLiteral("total_cost")]),
                     cents(entry[QStringLiteral("cost")]));
            total += cents(entry[QStringLiteral("cost")]);
        }
        QCOMPARE(total, cents(byResource[QStringLiteral("invoice_amount")]));
        QCOMPARE(total, cents(summary[QStringLiteral("invoice_amount")]));
    }
}

void TestDemoServer::rejectsMissingOrWrongCredentials()
{
    const QString path = QStringLiteral("/billing/v1/invoices");
    const QByteArray key = m_server->skySqlApiKey().toUtf8();

    HttpReply result = httpGet(m_network, m_server->baseUrl(), path, {});
    QCOMPARE(result.status, 401);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QJsonObject error = result.json().object();
    QCOMPARE(error[QStringLiteral("code")].toInt(), 401);
    QCOMPARE(error[QStringLiteral("type")].toString(), QStringLiteral("error"));
    for (const char *field : {"message", "location", "solution", "exception", "err"})
        QVERIFY2(error[QLatin1String(field)].isString(), field);
    QVERIFY(error[QStringLiteral("metadata")].isArray());

    result = httpGet(m_network, m_server->baseUrl(), path, {{"X-API-Key", "not-the-key"}});
    QCOMPARE(result.status, 401);

    // Header names are case-insensitive.
    result = httpGet(m_network, m_server->baseUrl(), path, {{"x-api-key", key}});
    QCOMPARE(result.status, 200);

    result = httpGet(m_network, m_server->baseUrl(), path, {{"X-API-Key", key}, {"X-SkySQL-Org-ID", "org-someone-else"}});
    QCOMPARE(result.status, 403);
    QCOMPARE(result.json().object()[QStringLiteral("code")].toInt(), 403);

    result = httpGet(m_network, m_server->baseUrl(), path,
                     {{"X-API-Key", key}, {"X-SkySQL-Org-ID", m_server->organizationId().toUtf8()}});
    QCOMPARE(result.status, 200);

    // The PDF needs the key as well.
    const QString id = invoiceList().first()[QStringLiteral("invoice_id")].toString();
    result = httpGet(m_network, m_server->baseUrl(), QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(id), {});
    QCOMPARE(result.status, 401);
}

void TestDemoServer::unknownThingsAreJson404s()
{
    for (const QString &path : {QStringLiteral("/billing/v1/invoices/inv_does_not_exist"),
                                QStringLiteral("/public/services/bcs/invoices/inv_nope/pdf"),
                                QStringLiteral("/no/such/route")}) {
        const HttpReply result = get(path);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(result.json().object()[QStringLiteral("code")].toInt(), 404);
    }
}

void TestDemoServer::startDateFilters()
{
    const QJsonArray all = invoiceList();
    QCOMPARE(all.size(), 36);
    // By billing period: from the first of a month, that month's invoice on.
    const QString cut = all.at(5)[QStringLiteral("period")].toString() + QStringLiteral("-01");
    const QJsonArray recent = invoiceList(QStringLiteral("?start_date=") + cut);
    QCOMPARE(recent.size(), 6);
    for (const QJsonValue &invoice : recent)
        QVERIFY(invoice[QStringLiteral("period")].toString() + QStringLiteral("-01") >= cut);

    // A day later excludes that invoice.
    const QString dayAfter = QDate::fromString(cut, Qt::ISODate).addDays(1).toString(Qt::ISODate);
    QCOMPARE(invoiceList(QStringLiteral("?start_date=") + dayAfter).size(), 5);
    QCOMPARE(invoiceList(QStringLiteral("?start_date=2000-01-01")).size(), 36);
    QCOMPARE(invoiceList(QStringLiteral("?start_date=2030-01-01")).size(), 0);
    // What a client asking for the last 24 months gets: 24 of the 36.
    QCOMPARE(invoiceList(QStringLiteral("?start_date=") + m_referenceDate.addMonths(-24).toString(QStringLiteral("yyyy-MM-01"))).size(), 24);
    // An empty start_date is no filter.
    QCOMPARE(invoiceList(QStringLiteral("?start_date=")).size(), 36);
}

void TestDemoServer::endDateFilters()
{
    // Inclusive, on the billing period, alone or with start_date.
    const QJsonArray old = invoiceList(QStringLiteral("?end_date=2023-10-31"));
    QCOMPARE(old.size(), 12);
    QCOMPARE(old.first()[QStringLiteral("period")].toString(), QStringLiteral("2023-10"));
    QCOMPARE(old.last()[QStringLiteral("period")].toString(), QStringLiteral("2022-11"));
    QCOMPARE(invoiceList(QStringLiteral("?end_date=2023-10-01")).size(), 12);
    QCOMPARE(invoiceList(QStringLiteral("?end_date=2023-09-30")).size(), 11);
    const QJsonArray year = invoiceList(QStringLiteral("?start_date=2024-01-01&end_date=2024-12-31"));
    QCOMPARE(year.size(), 12);
    QCOMPARE(year.first()[QStringLiteral("period")].toString(), QStringLiteral("2024-12"));
    QCOMPARE(year.last()[QStringLiteral("period")].toString(), QStringLiteral("2024-01"));
    QCOMPARE(invoiceList(QStringLiteral("?start_date=2024-03-01&end_date=2024-03-01")).size(), 1);
    QCOMPARE(invoiceList(QStringLiteral("?end_date=2000-01-01")).size(), 0);
}

void TestDemoServer::invalidQueriesAre400s()
{
    for (const QString &query : {QStringLiteral("/billing/v1/invoices?start_date=2025-13-01"),
                                 QStringLiteral("/billing/v1/invoices?start_date=yesterday"),
                                 QStringLiteral("/billing/v1/invoices?end_date=2025-02-30"),
                                 QStringLiteral("/billing/v1/invoices?start_date=2025-03-01&end_date=2025-02-01")}) {
        const HttpReply result = get(query);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json().object()[QStringLiteral("code")].toInt(), 400);
    }
    const QString id = invoiceList().first()[QStringLiteral("invoice_id")].toString();
    QCOMPARE(get(QStringLiteral("/billing/v1/invoices/%1?as=bogus").arg(id)).status, 400);
}

void TestDemoServer::servesAValidPdf()
{
    const QString id = invoiceList().at(3)[QStringLiteral("invoice_id")].toString();
    const HttpReply result = get(QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(id));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/pdf"));
    const QByteArray pdf = result.body;
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.endsWith("%%EOF"));
    QVERIFY(pdf.contains(id.toLatin1()));

    const qsizetype startxref = pdf.lastIndexOf("startxref");
    QVERIFY(startxref > 0);
    const qint64 xrefOffset = pdf.mid(startxref + 9).trimmed().split('\n').first().toLongLong();
    QVERIFY(pdf.mid(xrefOffset).startsWith("xref\n"));

    const QList<QByteArray> lines = pdf.mid(xrefOffset).split('\n');
    const QList<QByteArray> subsection = lines.at(1).split(' ');
    QCOMPARE(subsection.first(), QByteArray("0"));
    const int count = subsection.at(1).toInt();
    QVERIFY(count > 5);
    // Entries are 20 bytes each, starting right after "xref\n0 N\n".
    const qint64 entriesStart = xrefOffset + lines.at(0).size() + 1 + lines.at(1).size() + 1;
    for (int number = 1; number < count; ++number) {
        const QByteArray entry = pdf.mid(entriesStart + 20 * number, 20);
        QVERIFY2(entry.endsWith(" n \n"), entry.constData());
        const qint64 offset = entry.left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray::number(number) + " 0 obj"),
                 qPrintable(QStringLiteral("object %1 at %2").arg(number).arg(offset)));
    }
}

void TestDemoServer::sameReferenceDateSameBytes()
{
    const auto first = startDemoServer(m_referenceDate);
    const auto second = startDemoServer(m_referenceDate);
    const auto later = startDemoServer(m_referenceDate.addMonths(1));
    QVERIFY(first);
    QVERIFY(second);
    QVERIFY(later);

    // The PDF URLs carry the port; everything else must be byte-identical.
    auto fetch = [this](DemoServer &server, const QString &path) {
        QByteArray body = httpGet(m_network, server.baseUrl(), path, {{"X-API-Key", server.skySqlApiKey().toUtf8()}}).body;
        return body.replace(server.baseUrl().toString().toUtf8(), "BASE");
    };
    const QString list = QStringLiteral("/billing/v1/invoices");
    const QByteArray firstList = fetch(*first, list);
    QVERIFY(firstList.size() > 1000);
    QCOMPARE(fetch(*second, list), firstList);

    const QString id = QJsonDocument::fromJson(firstList).array().first()[QStringLiteral("invoice_id")].toString();
    const QString detail = QStringLiteral("/billing/v1/invoices/%1?as=resource").arg(id);
    QCOMPARE(fetch(*second, detail), fetch(*first, detail));
    const QString pdf = QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(id);
    QCOMPARE(fetch(*second, pdf), fetch(*first, pdf));

    // A month later the window has moved.
    const QJsonArray laterList = QJsonDocument::fromJson(fetch(*later, list)).array();
    QCOMPARE(laterList.size(), 36);
    QCOMPARE(laterList.first()[QStringLiteral("period")].toString(), QStringLiteral("2025-11"));
}

void TestDemoServer::statusFaultThenSuccess()
{
    const QString path = QStringLiteral("/billing/v1/invoices");
    const int before = m_server->requestCount(path);
    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 500;
    m_server->injectFault(path, fault);

    HttpReply result = get(path);
    QCOMPARE(result.status, 500);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(result.json().object()[QStringLiteral("code")].toInt(), 500);
    QVERIFY(result.header("Retry-After").isEmpty());

    result = get(path);
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->requestCount(path), before + 2);

    // times > 1, and faults on other paths leave this one alone.
    fault.status = 503;
    fault.times = 2;
    m_server->injectFault(path, fault);
    m_server->injectFault(QStringLiteral("/elsewhere"), fault);
    QCOMPARE(get(path).status, 503);
    QCOMPARE(get(path).status, 503);
    QCOMPARE(get(path).status, 200);
    m_server->clearFaults();
}

void TestDemoServer::retryAfterHeaders()
{
    const QString path = QStringLiteral("/billing/v1/invoices");
    DemoFault fault;
    fault.status = 429;
    fault.retryAfterSeconds = 7;
    m_server->injectFault(path, fault);
    fault.retryAfterHttpDate = "Wed, 21 Oct 2015 07:28:00 GMT";
    m_server->injectFault(path, fault);

    HttpReply result = get(path);
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), QByteArray("7"));
    result = get(path);
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), QByteArray("Wed, 21 Oct 2015 07:28:00 GMT"));
    QCOMPARE(get(path).status, 200);
}

void TestDemoServer::stallNeverAnswers()
{
    const QString path = QStringLiteral("/billing/v1/invoices");
    DemoFault fault;
    fault.kind = DemoFault::Kind::Stall;
    m_server->injectFault(path, fault);

    QElapsedTimer timer;
    timer.start();
    const HttpReply result = get(path, 500);
    QVERIFY(!result.finished);
    QVERIFY(timer.elapsed() >= 450);

    // The server keeps serving other requests.
    QCOMPARE(get(path).status, 200);
}

void TestDemoServer::truncatedBodyIsShort()
{
    const QString path = QStringLiteral("/billing/v1/invoices");
    DemoFault fault;
    fault.kind = DemoFault::Kind::TruncatedBody;
    m_server->injectFault(path, fault);

    const HttpReply result = get(path);
    QVERIFY(result.finished);
    const bool shortBody = result.declaredLength > 0 && result.body.size() < result.declaredLength;
    QVERIFY2(result.error != QNetworkReply::NoError || shortBody,
             qPrintable(QStringLiteral("error %1, %2 of %3 bytes")
                            .arg(result.error).arg(result.body.size()).arg(result.declaredLength)));
    QVERIFY(!QJsonDocument::fromJson(result.body).isArray());

    QCOMPARE(get(path).status, 200);
}

void TestDemoServer::malformedJsonDoesNotParse()
{
    const QString path = QStringLiteral("/billing/v1/invoices");
    DemoFault fault;
    fault.kind = DemoFault::Kind::MalformedJson;
    m_server->injectFault(path, fault);

    const HttpReply result = get(path);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
