// How fast Billdeck's response decoders read the bodies a sync receives, beside
// QJsonDocument::fromJson alone on the same bytes in the same run (the floor: every decoder
// parses with it first). Prints MB/s for both and the ratio decoder ÷ fromJson; run with
// `ctest -L benchmark -V`. The bodies come from the demo backend over HTTP: SkySQL's invoice list
// (its entries repeated to a 2,000-invoice account), every SkySQL invoice's details, a Scalingo
// invoice page and a Scalingo billing-operations page of 50. Each decoded result is checked
// against counts and totals read from the same bytes with QJsonDocument, so a decoder that
// skips work fails here rather than looking fast.

#include "api/apierror.h"
#include "api/scalingo/scalingodecoders.h"
#include "api/skysql/skysqldecoders.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtTest>

#include <cmath>
#include <ctime>
#include <functional>
#include <memory>

using namespace TestSupport;

namespace
{
constexpr int SkySqlListEntries = 2000;
constexpr int ScalingoPerPage = 50;
// Each figure is the best of this many timed passes, decoder and baseline alternating, so a
// burst of load from another process on the machine lands on both sides or on neither.
constexpr int Passes = 9;
// A timed pass decodes its bodies often enough to last about this long.
constexpr double PassSeconds = 0.08;

// What a decoded body holds, counted the same way from the decoder's result and from the
// parsed JSON: how many records, how many lines under them, and their amounts in minor units.
struct Tally final {
    qint64 records = 0;
    qint64 lines = 0;
    qint64 minorUnits = 0;

    Tally &operator+=(const Tally &other)
    {
        records += other.records;
        lines += other.lines;
        minorUnits += other.minorUnits;
        return *this;
    }
    bool operator==(const Tally &other) const
    {
        return records == other.records && lines == other.lines && minorUnits == other.minorUnits;
    }
};

char *toString(const Tally &tally)
{
    return QTest::toString(QStringLiteral("%1 records, %2 lines, %3 minor units")
                               .arg(tally.records)
                               .arg(tally.lines)
                               .arg(tally.minorUnits));
}

// The demo writes amounts with at most two decimals: cents, read without Money.
qint64 cents(const QJsonValue &value)
{
    return std::llround(value.toDouble() * 100);
}

qint64 size(const QJsonValue &value)
{
    return value.toArray().size();
}

struct Family final {
    const char *name;
    QList<QByteArray> bodies;
    // Decodes one body; *error is set on a decode problem.
    std::function<Tally(const QByteArray &body, ApiError *error)> decode;
    // The same figures read from the parsed JSON, to check the decoder's.
    std::function<Tally(const QJsonDocument &document)> expected;
};

qint64 totalBytes(const QList<QByteArray> &bodies)
{
    qint64 bytes = 0;
    for (const QByteArray &body : bodies)
        bytes += body.size();
    return bytes;
}

// This thread's CPU seconds where the system can tell them, so that time spent waiting while
// other processes have the CPU counts for neither side; wall-clock seconds elsewhere.
double seconds()
{
#ifdef Q_OS_LINUX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
#else
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return double(clock.nsecsElapsed()) / 1e9;
#endif
}

// Seconds for `rounds` runs of `work` over every body.
double timeRounds(const QList<QByteArray> &bodies, int rounds, const std::function<void(const QByteArray &)> &work)
{
    const double start = seconds();
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray &body : bodies)
            work(body);
    }
    return seconds() - start;
}

Tally skySqlInvoiceListTally(const QList<Invoice> &invoices)
{
    Tally tally;
    tally.records = invoices.size();
    for (const Invoice &invoice : invoices)
        tally.minorUnits += invoice.amount.minorUnits();
    return tally;
}

Tally invoiceDetailTally(const Invoice &invoice)
{
    Tally tally;
    tally.records = 1 + invoice.services.size();
    tally.lines = invoice.lines.size();
    tally.minorUnits = invoice.amount.minorUnits();
    for (const InvoiceLine &line : invoice.lines)
        tally.minorUnits += line.cost.minorUnits();
    for (const InvoiceService &service : invoice.services) {
        tally.lines += service.lines.size();
        for (const InvoiceLine &line : service.lines)
            tally.minorUnits += line.cost.minorUnits();
    }
    return tally;
}
}

class BenchDecoders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void skySqlInvoiceList();
    void skySqlInvoiceDetails();
    void scalingoInvoicePage();
    void scalingoBillingOperationsPage();

private:
    HttpReply get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers);
    void run(const Family &family);

    std::unique_ptr<DemoServer> m_server;
    QNetworkAccessManager m_network;
    QByteArray m_skySqlList;
    QList<QByteArray> m_skySqlDetails;
    QByteArray m_scalingoInvoices;
    QByteArray m_scalingoOperations;
};

HttpReply BenchDecoders::get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return httpGet(m_network, m_server->baseUrl(), pathAndQuery, headers);
}

void BenchDecoders::initTestCase()
{
    m_server = startDemoServer(QDate(2025, 11, 15));
    QVERIFY(m_server);
    m_server->setScalingoRateLimitEnabled(false);

    const QList<QPair<QByteArray, QByteArray>> skySql{{"X-API-Key", m_server->skySqlApiKey().toUtf8()}};
    const HttpReply list = get(QStringLiteral("/billing/v1/invoices"), skySql);
    QCOMPARE(list.status, 200);
    const QJsonArray entries = list.array();
    QVERIFY(!entries.isEmpty());
    // A long history: the demo's entries again and again, each copy with its own id.
    QJsonArray history;
    for (int i = 0; i < SkySqlListEntries; ++i) {
        QJsonObject entry = entries.at(i % entries.size()).toObject();
        entry.insert(QStringLiteral("invoice_id"),
                     QStringLiteral("%1-%2").arg(entry.value(QStringLiteral("invoice_id")).toString()).arg(i));
        history.append(entry);
    }
    m_skySqlList = QJsonDocument(history).toJson(QJsonDocument::Compact);

    for (const QJsonValue &entry : entries) {
        const HttpReply detail =
            get(QStringLiteral("/billing/v1/invoices/%1").arg(entry.toObject().value(QStringLiteral("invoice_id")).toString()), skySql);
        QCOMPARE(detail.status, 200);
        m_skySqlDetails.append(detail.body);
    }

    HttpRequest exchange;
    exchange.method = "POST";
    exchange.pathAndQuery = QStringLiteral("/v1/tokens/exchange");
    exchange.headers = {{"Authorization", "Basic " + (":" + m_server->scalingoToken().toUtf8()).toBase64()}};
    const HttpReply token = httpSend(m_network, m_server->baseUrl(), exchange);
    QCOMPARE(token.status, 200);
    const QList<QPair<QByteArray, QByteArray>> scalingo{
        {"Authorization", "Bearer " + token.object().value(QStringLiteral("token")).toString().toUtf8()}};
    const HttpReply invoices = get(QStringLiteral("/v1/account/invoices?per_page=%1").arg(ScalingoPerPage), scalingo);
    QCOMPARE(invoices.status, 200);
    m_scalingoInvoices = invoices.body;
    const HttpReply operations =
        get(QStringLiteral("/v1/account/billing/operations?per_page=%1").arg(ScalingoPerPage), scalingo);
    QCOMPARE(operations.status, 200);
    m_scalingoOperations = operations.body;
    QCOMPARE(operations.object().value(QStringLiteral("billing-operations")).toArray().size(), ScalingoPerPage);
}

void BenchDecoders::run(const Family &family)
{
    // Correct first: every body decodes, to the figures the JSON itself holds.
    Tally decoded;
    Tally expected;
    for (const QByteArray &body : family.bodies) {
        ApiError error;
        decoded += family.decode(body, &error);
        QVERIFY2(!error.isError(), qPrintable(error.detail()));
        expected += family.expected(QJsonDocument::fromJson(body));
    }
    QVERIFY(expected.records > 0);
    QCOMPARE(decoded, expected);

    // Enough rounds per pass to last about PassSeconds, judged from one run of the decoder.
    const auto baseline = [](const QByteArray &body) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isNull())
            qFatal("the body is not JSON");
    };
    qint64 sink = 0;
    const auto decode = [&family, &sink](const QByteArray &body) {
        ApiError error;
        sink += family.decode(body, &error).records;
    };
    const double once = std::max(timeRounds(family.bodies, 1, decode), 1e-6);
    const int rounds = std::max(1, int(PassSeconds / once));

    double bestBaseline = 1e300;
    double bestDecoder = 1e300;
    for (int pass = 0; pass < Passes; ++pass) {
        bestBaseline = std::min(bestBaseline, timeRounds(family.bodies, rounds, baseline));
        bestDecoder = std::min(bestDecoder, timeRounds(family.bodies, rounds, decode));
    }
    QVERIFY(sink > 0);

    const double megabytes = double(totalBytes(family.bodies)) * rounds / 1e6;
    qInfo("%-34s %4lld bodies, %8lld bytes: decoder %7.1f MB/s, QJsonDocument::fromJson %7.1f MB/s, ratio %.2fx",
          family.name, qint64(family.bodies.size()), totalBytes(family.bodies), megabytes / bestDecoder,
          megabytes / bestBaseline, bestDecoder / bestBaseline);
}

void BenchDecoders::skySqlInvoiceList()
{
    run({"SkySQL invoice list (2,000)",
         {m_skySqlList},
         [](const QByteArray &body, ApiError *error) {
             return skySqlInvoiceListTally(SkySqlDecoders::invoicesInCurrency(body, QStringLiteral("USD"), error));
         },
         [](const QJsonDocument &document) {
             Tally tally;
             const QJsonArray entries = document.array();
             tally.records = entries.size();
             for (const QJsonValue &entry : entries)
                 tally.minorUnits += cents(entry.toObject().value(QStringLiteral("invoice_amount")));
             return tally;
         }});
}

void BenchDecoders::skySqlInvoiceDetails()
{
    run({"SkySQL invoice details",
         m_skySqlDetails,
         [](const QByteArray &body, ApiError *error) { return invoiceDetailTally(SkySqlDecoders::invoice(body, error)); },
         [](const QJsonDocument &document) {
             const QJsonObject invoice = document.object();
             Tally tally;
             tally.records = 1;
             tally.minorUnits = cents(invoice.value(QStringLiteral("invoice_amount")));
             for (const QJsonValue &value : invoice.value(QStringLiteral("services")).toArray()) {
                 const QJsonObject service = value.toObject();
                 ++tally.records;
                 for (const QJsonValue &node : service.value(QStringLiteral("nodes")).toArray()) {
                     ++tally.lines;
                     tally.minorUnits += cents(node.toObject().value(QStringLiteral("cost")));
                 }
                 const QJsonObject storage = service.value(QStringLiteral("storage")).toObject();
                 if (storage.isEmpty())
                     continue;
                 ++tally.lines;
                 tally.minorUnits += cents(storage.value(QStringLiteral("cost")));
                 for (const QString &part : {QStringLiteral("iops"), QStringLiteral("throughput")}) {
                     if (storage.value(part).isObject()) {
                         ++tally.lines;
                         tally.minorUnits += cents(storage.value(part).toObject().value(QStringLiteral("cost")));
                     }
                 }
             }
             return tally;
         }});
}

void BenchDecoders::scalingoInvoicePage()
{
    run({"Scalingo invoice page",
         {m_scalingoInvoices},
         [](const QByteArray &body, ApiError *error) {
             Tally tally;
             for (const Invoice &invoice : ScalingoDecoders::invoices(body, error).items)
                 tally += invoiceDetailTally(invoice);
             return tally;
         },
         [](const QJsonDocument &document) {
             Tally tally;
             for (const QJsonValue &value : document.object().value(QStringLiteral("invoices")).toArray()) {
                 const QJsonObject invoice = value.toObject();
                 QSet<QString> apps;
                 ++tally.records;
                 tally.minorUnits += invoice.value(QStringLiteral("total_price_with_vat")).toInteger();
                 tally.lines += size(invoice.value(QStringLiteral("items")));
                 for (const QJsonValue &item : invoice.value(QStringLiteral("items")).toArray())
                     tally.minorUnits += item.toObject().value(QStringLiteral("price")).toInteger();
                 for (const QJsonValue &item : invoice.value(QStringLiteral("detailed_items")).toArray()) {
                     ++tally.lines;
                     apps.insert(item.toObject().value(QStringLiteral("app")).toString());
                     tally.minorUnits += item.toObject().value(QStringLiteral("price")).toInteger();
                 }
                 tally.records += apps.size();
             }
             return tally;
         }});
}

void BenchDecoders::scalingoBillingOperationsPage()
{
    run({"Scalingo billing operations page",
         {m_scalingoOperations},
         [](const QByteArray &body, ApiError *error) {
             Tally tally;
             for (const BillingOperation &operation : ScalingoDecoders::billingOperations(body, error).items) {
                 ++tally.records;
                 tally.lines += operation.createdAt.isValid() ? 1 : 0;
                 tally.minorUnits += operation.amount.minorUnits();
             }
             return tally;
         },
         [](const QJsonDocument &document) {
             Tally tally;
             for (const QJsonValue &value : document.object().value(QStringLiteral("billing-operations")).toArray()) {
                 ++tally.records;
                 ++tally.lines;  // every operation has a creation time
                 tally.minorUnits += cents(value.toObject().value(QStringLiteral("amount")));
             }
             return tally;
         }});
}

QTEST_GUILESS_MAIN(BenchDecoders)
#include "bench_decoders.moc"
