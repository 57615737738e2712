// The demo backend's large accounts, as benchmarks ask for them: thousands of SkySQL invoices
// (several projects a month, years back) and tens of thousands of Scalingo billing
// operations, generated deterministically and served page by page. Real HTTP through a plain
// QNetworkAccessManager; the standalone billdeck-demo-server's options too.

#include "demoserver.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QtTest>

#include <memory>

using namespace TestSupport;

namespace {
qint64 cents(const QJsonValue &value)
{
    return qRound64(value.toDouble() * 100);
}

QDateTime createdAt(const QJsonValue &operation)
{
    return QDateTime::fromString(operation[QStringLiteral("created_at")].toString(), Qt::ISODateWithMs);
}
} // namespace

class TestDemoLargeAccount final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void skySqlAccountOfTwoThousandInvoices();
    void skySqlLargeAccountAddsUp();
    void sameSizeSameBytes();
    void scalingoFiftyThousandOperations();
    void fewerOperationsKeepTheNewest();
    void longerScalingoHistory();
    void demoServerOptions();
    void demoServerRejectsBadCounts();

private:
    HttpReply skySql(const QString &pathAndQuery);
    HttpReply scalingo(const QString &pathAndQuery);

    const QDate m_referenceDate {2025, 11, 14};
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;
    QByteArray m_bearer;
};

void TestDemoLargeAccount::initTestCase()
{
    m_server = startDemoServer(m_referenceDate);
    QVERIFY(m_server);
    m_server->setScalingoRateLimitEnabled(false);

    // Figures, not assertions: generation must stay well under a second or two.
    QElapsedTimer timer;
    timer.start();
    m_server->setSkySqlInvoiceCount(2000);
    const qint64 skySqlMs = timer.restart();
    m_server->setScalingoOperationCount(50000);
    qInfo("generated 2,000 SkySQL invoices in %lld ms, 50,000 Scalingo operations in %lld ms",
          skySqlMs, timer.elapsed());

    m_bearer = scalingoAuthorization(m_network, *m_server);
    QVERIFY(!m_bearer.isEmpty());
}

HttpReply TestDemoLargeAccount::skySql(const QString &pathAndQuery)
{
    return httpGet(m_network, m_server->baseUrl(), pathAndQuery,
                   {{"X-API-Key", m_server->skySqlApiKey().toUtf8()}}, 20000);
}

HttpReply TestDemoLargeAccount::scalingo(const QString &pathAndQuery)
{
    return httpGet(m_network, m_server->baseUrl(), pathAndQuery, {{"Authorization", m_bearer}}, 20000);
}

void TestDemoLargeAccount::skySqlAccountOfTwoThousandInvoices()
{
    QCOMPARE(m_server->skySqlInvoiceCount(), 2000);
    QElapsedTimer timer;
    timer.start();
    const HttpReply result = skySql(QStringLiteral("/billing/v1/invoices"));
    qInfo("served the 2,000-invoice list (%lld bytes) in %lld ms", qint64(result.body.size()), timer.elapsed());
    QCOMPARE(result.status, 200);
    const QJsonArray invoices = result.array();
    QCOMPARE(invoices.size(), 2000);

    // 34 projects a month for 58 months, and the 28 the account started with.
    QSet<QString> ids;
    QHash<QString, int> perPeriod;
    QString previousDate = QStringLiteral("9999");
    for (const QJsonValue &invoice : invoices) {
        ids.insert(invoice[QStringLiteral("invoice_id")].toString());
        ++perPeriod[invoice[QStringLiteral("period")].toString()];
        const QString date = invoice[QStringLiteral("invoice_date")].toString();
        QVERIFY2(date <= previousDate, "newest first");
        previousDate = date;
    }
    QCOMPARE(ids.size(), 2000);
    QCOMPARE(perPeriod.size(), 59);
    QCOMPARE(invoices.first()[QStringLiteral("period")].toString(), QStringLiteral("2025-10"));
    QCOMPARE(invoices.last()[QStringLiteral("period")].toString(), QStringLiteral("2020-12"));
    QCOMPARE(perPeriod.value(QStringLiteral("2025-10")), 34);
    QCOMPARE(perPeriod.value(QStringLiteral("2021-01")), 34);
    QCOMPARE(perPeriod.value(QStringLiteral("2020-12")), 28);

    // The list honours its dates, on the billing period.
    QCOMPARE(skySql(QStringLiteral("/billing/v1/invoices?start_date=2025-10-01")).array().size(), 34);
    QCOMPARE(skySql(QStringLiteral("/billing/v1/invoices?end_date=2020-12-31")).array().size(), 28);
    QCOMPARE(skySql(QStringLiteral("/billing/v1/invoices?start_date=2020-12-01&end_date=2021-01-31")).array().size(),
             28 + 34);
}

void TestDemoLargeAccount::skySqlLargeAccountAddsUp()
{
    const QJsonArray invoices = skySql(QStringLiteral("/billing/v1/invoices")).array();
    QCOMPARE(invoices.size(), 2000);
    QElapsedTimer timer;
    timer.start();
    int fetched = 0;
    qint64 newestMonth = 0;
    QSet<QString> serviceIds;
    for (qsizetype i = 0; i < invoices.size(); i += 37) {
        const QJsonObject summary = invoices.at(i).toObject();
        const QString id = summary[QStringLiteral("invoice_id")].toString();
        const HttpReply result = skySql(QStringLiteral("/billing/v1/invoices/") + id);
        QCOMPARE(result.status, 200);
        const QJsonObject detail = result.object();
        QCOMPARE(detail[QStringLiteral("invoice_id")].toString(), id);
        qint64 total = 0;
        for (const QJsonValue &service : detail[QStringLiteral("services")].toArray()) {
            total += cents(service[QStringLiteral("cost")]);
            serviceIds.insert(service[QStringLiteral("service")][QStringLiteral("service_id")].toString());
        }
        QCOMPARE(total, cents(summary[QStringLiteral("invoice_amount")]));
        ++fetched;
    }
    qInfo("served %d invoice details in %lld ms", fetched, timer.elapsed());
    // Each project runs its own services.
    QVERIFY(serviceIds.size() > 40);

    // A month's bill covers every project's invoice of that month.
    for (const QJsonValue &invoice : invoices) {
        if (invoice[QStringLiteral("period")].toString() == u"2025-10")
            newestMonth += cents(invoice[QStringLiteral("invoice_amount")]);
    }
    const HttpReply bill = skySql(QStringLiteral("/billing/v2/bills?year=2025&month=10"));
    QCOMPARE(bill.status, 200);
    QCOMPARE(cents(bill.object()[QStringLiteral("total")]), newestMonth);
}

void TestDemoLargeAccount::sameSizeSameBytes()
{
    const auto other = startDemoServer(m_referenceDate);
    QVERIFY(other);
    other->setSkySqlInvoiceCount(2000);
    const auto list = [this](DemoServer &server) {
        QByteArray body = httpGet(m_network, server.baseUrl(), QStringLiteral("/billing/v1/invoices"),
                                  {{"X-API-Key", server.skySqlApiKey().toUtf8()}}, 20000).body;
        return body.replace(server.baseUrl().toString().toUtf8(), "BASE");
    };
    const QByteArray first = list(*m_server);
    QVERIFY(first.size() > 100000);
    QCOMPARE(list(*other), first);
}

void TestDemoLargeAccount::scalingoFiftyThousandOperations()
{
    QCOMPARE(m_server->scalingoOperationCount(), 50000);
    QElapsedTimer timer;
    timer.start();
    const HttpReply first = scalingo(QStringLiteral("/v1/account/billing/operations?page=1&per_page=50"));
    qInfo("served the first page of 50,000 operations in %lld ms", timer.elapsed());
    QCOMPARE(first.status, 200);
    const QJsonObject pagination = first.object()[QStringLiteral("meta")][QStringLiteral("pagination")].toObject();
    QCOMPARE(pagination[QStringLiteral("total_count")].toInt(), 50000);
    QCOMPARE(pagination[QStringLiteral("total_pages")].toInt(), 1000);

    // Newest first across page boundaries, ids unique, down to the last page.
    QSet<QString> ids;
    QDateTime previous;
    int credits = 0;
    for (int page : {1, 2, 3, 500, 501, 999, 1000}) {
        const QJsonArray operations =
            scalingo(QStringLiteral("/v1/account/billing/operations?page=%1&per_page=50").arg(page))
                .object().value(QStringLiteral("billing-operations")).toArray();
        QCOMPARE(operations.size(), 50);
        for (const QJsonValue &operation : operations) {
            const QDateTime at = createdAt(operation);
            QVERIFY(at.isValid());
            if (previous.isValid())
                QVERIFY2(at <= previous, qPrintable(QStringLiteral("page %1").arg(page)));
            previous = at;
            ids.insert(operation[QStringLiteral("id")].toString());
            if (operation[QStringLiteral("source")].toString() == u"credit")
                ++credits;
        }
    }
    QCOMPARE(ids.size(), 7 * 50);
    QVERIFY(credits > 300);
    // The oldest operation is in the account's first month.
    QVERIFY(previous.date() >= QDate(2023, 5, 1));
}

void TestDemoLargeAccount::fewerOperationsKeepTheNewest()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    server->setScalingoRateLimitEnabled(false);
    const int natural = server->scalingoOperationCount();
    QCOMPARE(natural, 61);
    server->setScalingoOperationCount(10);
    QCOMPARE(server->scalingoOperationCount(), 10);
    server->setScalingoOperationCount(0);
    QCOMPARE(server->scalingoOperationCount(), natural);
}

void TestDemoLargeAccount::longerScalingoHistory()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    QCOMPARE(server->scalingoInvoiceCount(), 30);
    server->setScalingoInvoiceCount(120);
    QCOMPARE(server->scalingoInvoiceCount(), 120);
    // Ten years of monthly invoices, the newest still last month's.
    QVERIFY(server->scalingoOperationCount() > 2 * 120);
}

void TestDemoLargeAccount::demoServerOptions()
{
    QProcess process;
    process.start(QStringLiteral(BILLDECK_DEMO_SERVER),
                  {QStringLiteral("--reference-date"), QStringLiteral("2025-11-14"), QStringLiteral("--invoices"),
                   QStringLiteral("2000"), QStringLiteral("--scalingo-invoices"), QStringLiteral("48"),
                   QStringLiteral("--operations"), QStringLiteral("50000"), QStringLiteral("--no-rate-limit")});
    QVERIFY(process.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("Data:"), 20000);
    QVERIFY2(output.contains("Data: 2000 SkySQL invoices, 48 Scalingo invoices, 50000 Scalingo billing operations"),
             output.constData());
    const QByteArray marker = "listening on ";
    const qsizetype at = output.indexOf(marker) + marker.size();
    const QUrl baseUrl(QString::fromLatin1(output.mid(at, output.indexOf('\n', at) - at)));
    QVERIFY(baseUrl.port() > 0);

    const HttpReply list = httpGet(m_network, baseUrl, QStringLiteral("/billing/v1/invoices"),
                                   {{"X-API-Key", "demo-skysql-key"}}, 20000);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.array().size(), 2000);
    QVERIFY(!list.header("ETag").isEmpty());

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

void TestDemoLargeAccount::demoServerRejectsBadCounts()
{
    for (const QStringList &arguments : {QStringList {QStringLiteral("--invoices"), QStringLiteral("many")},
                                         QStringList {QStringLiteral("--operations"), QStringLiteral("0")},
                                         QStringList {QStringLiteral("--scalingo-invoices"), QStringLiteral("-3")}}) {
        QProcess process;
        process.start(QStringLiteral(BILLDECK_DEMO_SERVER), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains("positive number"), qPrintable(arguments.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestDemoLargeAccount)
#include "tst_demolargeaccount.moc"
