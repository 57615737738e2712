// Every fault the demo backend can inject × every endpoint family an export goes through, run
// as `billdeck export` runs (ExportCommand over a fresh Composition with the demo accounts):
// either the export recovers, or it fails with the one plain message for that cause, within
// its time bound, with nothing on standard output; and the billing store behind the run (a
// temporary one) keeps nothing from a faulted answer: each response it holds is the server's
// real answer for that request, never a malformed, cut, oversized or error body.
//
// The clients' limits are shortened so the whole matrix runs in about a minute; with
// BILLDECK_FAULTMATRIX_DEFAULT_LIMITS=1 it keeps the shipped defaults, and the time bound is the
// 45 s that a dead or stalled server may take (run one row with `tst_faultmatrix exportFaults:ROW`).

#include "accounts/accountconnection.h"
#include "accounts/accountregistry.h"
#include "api/apiclient.h"
#include "api/scalingo/scalingobackend.h"
#include "composition.h"
#include "demoserver.h"
#include "exportcommand.h"
#include "invoices/invoicerepository.h"
#include "api/skysql/skysqlrequests.h"
#include "store/billingstore.h"
#include "store/snapshots.h"
#include "support/commandrun.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;
using namespace TestSupport;

Q_DECLARE_METATYPE(DemoFault)

namespace
{
enum class Family { SkySqlList, SkySqlDetail, ScalingoExchange, ScalingoInvoicePages, ScalingoOperationPages };

struct FamilyInfo {
    Family family;
    const char *name;
    bool scalingo;
    bool paged;
    bool post;
};

const QList<FamilyInfo> &families()
{
    static const QList<FamilyInfo> all = {
        {Family::SkySqlList, "skysql list", false, false, false},
        {Family::SkySqlDetail, "skysql detail", false, false, false},
        {Family::ScalingoExchange, "scalingo token exchange", true, false, true},
        {Family::ScalingoInvoicePages, "scalingo invoice pages", true, true, false},
        // No "scalingo invoice detail" row: Scalingo's invoice list carries each invoice's lines
        // (items, detailed_items), so neither the window nor export asks for a detail any more.
        {Family::ScalingoOperationPages, "scalingo operation pages", true, true, false},
    };
    return all;
}

bool useDefaultLimits()
{
    return qEnvironmentVariableIntValue("BILLDECK_FAULTMATRIX_DEFAULT_LIMITS") == 1;
}

// The invoice ids whose detail paths the detail families fault: the demo data is generated from
// the reference date, so a first clean export on the same date names them.
struct KnownIds {
    QString skySqlInvoice;
    QString scalingoInvoice;
};
}

class TestFaultMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportFaults_data();
    void exportFaults();

private:
    static QString path(Family family, const KnownIds &ids);
    static void prepare(Composition &composition, bool scalingo);
    static CommandRun runExport(Composition &composition, const QString &kind, int timeoutMs);
    // Every response the store keeps for the shown account, compared with what the server
    // answers now, without faults, over plain HTTP; empty when all are the real answers.
    static QString storedProblem(Composition &composition, bool scalingo);

    const QDate m_today = QDate::currentDate();
    KnownIds m_ids;
};

QString TestFaultMatrix::path(Family family, const KnownIds &ids)
{
    switch (family) {
    case Family::SkySqlList: return QStringLiteral("/billing/v1/invoices");
    case Family::SkySqlDetail: return QStringLiteral("/billing/v1/invoices/") + ids.skySqlInvoice;
    case Family::ScalingoExchange: return QStringLiteral("/v1/tokens/exchange");
    case Family::ScalingoInvoicePages: return QStringLiteral("/v1/account/invoices");
    case Family::ScalingoOperationPages: return QStringLiteral("/v1/account/billing/operations");
    }
    return QString();
}

void TestFaultMatrix::prepare(Composition &composition, bool scalingo)
{
    composition.demoServer()->setScalingoRateLimitEnabled(false);
    for (AccountConnection *connection : composition.accounts()->connections()) {
        if ((connection->scalingo() != nullptr) == scalingo)
            composition.accounts()->setShownAccountId(connection->account().id);
        if (connection->scalingo())
            connection->scalingo()->setMaxPages(5);
        if (useDefaultLimits())
            continue;
        ApiLimits limits;
        limits.idle = 500ms;
        limits.attempt = 1500ms;
        limits.operation = 4s;
        limits.maxJsonBytes = qint64(1) << 20;
        RetryPolicy quick;
        quick.baseDelay = 50ms;
        quick.maxDelay = 200ms;
        for (ApiClient *client : connection->apiClients()) {
            client->setLimits(limits);
            client->setRetryPolicy(quick);
        }
    }
}

CommandRun TestFaultMatrix::runExport(Composition &composition, const QString &kind, int timeoutMs)
{
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::Export;
    options.exportKind = kind;
    options.format = CommandLineOptions::ExportFormat::Csv;
    return runCommand<ExportCommand>(timeoutMs, composition.accounts(), composition.repository(), options);
}

QString TestFaultMatrix::storedProblem(Composition &composition, bool scalingo)
{
    BillingStore *store = composition.store();
    store->flush();
    const DemoServer &server = *composition.demoServer();
    const Account account = scalingo ? Composition::demoScalingoAccount(server) : Composition::demoAccount(server);
    QNetworkAccessManager network;
    const QList<QPair<QByteArray, QByteArray>> auth = scalingo
        ? QList<QPair<QByteArray, QByteArray>> {{"Authorization", TestSupport::scalingoAuthorization(network, server)}}
        : SkySqlRequests::authHeaders(server.skySqlApiKey(), server.organizationId());
    const QStringList keys = store->responseKeys(account.id);
    for (const QString &key : keys) {
        if (!key.startsWith(QLatin1String("GET "))) {
            // A decoded record of what the models showed (Snapshots), built from answers that
            // decoded: it must read back, never be a faulted body.
            QList<Invoice> invoices;
            QList<BillingOperation> operations;
            const QByteArray record = store->response(account.id, key).body;
            if (!Snapshots::decode(record, &invoices) && !Snapshots::decode(record, &operations))
                return QStringLiteral("the store keeps an unreadable record under %1").arg(key);
            continue;
        }
        // "GET /path?query": the request to repeat.
        const QString pathAndQuery = key.section(QLatin1Char(' '), 1);
        const CachedResponse kept = store->response(account.id, key);
        const HttpReply real = TestSupport::httpGet(network, server.baseUrl(), pathAndQuery, auth);
        if (real.status != 200 || kept.body != real.body) {
            return QStringLiteral("the store keeps for %1 %2 bytes (%3...) where the server answers HTTP %4 with %5 bytes")
                .arg(key).arg(kept.body.size()).arg(QString::fromUtf8(kept.body.left(60))).arg(real.status).arg(real.body.size());
        }
    }
    return QString();
}

void TestFaultMatrix::initTestCase()
{
    for (const bool scalingo : {false, true}) {
        Composition composition;
        QString problem;
        QVERIFY2(composition.addDemoAccount(&problem, m_today), qPrintable(problem));
        prepare(composition, scalingo);
        const CommandRun run = runExport(composition, QStringLiteral("invoices"), 30000);
        QCOMPARE(run.exitCode, CommandLine::ExitSuccess);
        const QList<Invoice> &invoices = composition.repository()->invoices();
        QVERIFY(invoices.size() >= 3);
        (scalingo ? m_ids.scalingoInvoice : m_ids.skySqlInvoice) = invoices.at(1).id;
    }
}

void TestFaultMatrix::exportFaults_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<DemoFault>("fault");
    QTest::addColumn<QString>("says");  // empty: the export recovers

    struct FaultCase {
        const char *name;
        DemoFault fault;
        QString says;
    };
    const auto make = [](DemoFault::Kind kind, int times) {
        DemoFault fault;
        fault.kind = kind;
        fault.times = times;
        return fault;
    };
    DemoFault status503 = make(DemoFault::Kind::Status, 1);
    status503.status = 503;
    DemoFault status500 = make(DemoFault::Kind::Status, 100);
    status500.status = 500;
    DemoFault status404 = make(DemoFault::Kind::Status, 100);
    status404.status = 404;
    DemoFault slowBody = make(DemoFault::Kind::SlowBody, 100);
    slowBody.intervalMs = 150;
    DemoFault redirectLoop = make(DemoFault::Kind::Redirect, 100);
    redirectLoop.status = 302;
    DemoFault hugeBody = make(DemoFault::Kind::HugeBody, 100);
    hugeBody.bodyBytes = qint64(4) << 20;

    const QString recovered;
    const QString timeout = QStringLiteral("127.0.0.1 did not answer in time");
    const QList<FaultCase> faults = {
        {"503 once", status503, recovered},
        {"500", status500, QStringLiteral("had a problem answering (HTTP 500)")},
        {"404", status404, QString()},  // per family, below
        {"stall once", make(DemoFault::Kind::Stall, 1), recovered},
        {"stall", make(DemoFault::Kind::Stall, 100), timeout},
        {"stall after handling", make(DemoFault::Kind::StallAfterHandling, 100), timeout},
        {"truncated once", make(DemoFault::Kind::TruncatedBody, 1), recovered},
        {"truncated", make(DemoFault::Kind::TruncatedBody, 100), QStringLiteral("was cut short")},
        {"malformed json", make(DemoFault::Kind::MalformedJson, 100), QStringLiteral("could not be read")},
        {"slow body", slowBody, timeout},
        {"dropped once", make(DemoFault::Kind::DropConnection, 1), recovered},
        {"dropped", make(DemoFault::Kind::DropConnection, 100), QStringLiteral("closed the connection before answering")},
        {"redirect loop", redirectLoop, QStringLiteral("redirected the request too many times")},
        {"huge body", hugeBody, QStringLiteral("is too large (more than ")},
        {"endless pages", make(DemoFault::Kind::EndlessPages, 1000), QStringLiteral("kept announcing more pages")},
    };
    const KnownIds ids = m_ids;
    for (const FamilyInfo &family : families()) {
        for (FaultCase fault : faults) {
            if (fault.fault.kind == DemoFault::Kind::EndlessPages && !family.paged)
                continue;
            if (fault.fault.kind == DemoFault::Kind::Redirect) {
                fault.fault.location = path(family.family, ids).toLatin1();
                // A POST is not turned into a GET: the exchange's redirect is refused at once.
                if (family.post)
                    fault.says = QStringLiteral("would turn it into a plain read");
            }
            if (fault.fault.kind == DemoFault::Kind::Status && fault.fault.status == 404) {
                const bool detail = family.family == Family::SkySqlDetail;
                fault.says = detail ? QStringLiteral("does not know this item")
                                    : QStringLiteral("does not answer like the %1").arg(family.scalingo ? QStringLiteral("Scalingo API")
                                                                                                        : QStringLiteral("SkySQL API"));
            }
            QTest::addRow("%s: %s", family.name, fault.name) << int(family.family) << fault.fault << fault.says;
        }
    }
}

void TestFaultMatrix::exportFaults()
{
    QFETCH(int, family);
    QFETCH(DemoFault, fault);
    QFETCH(QString, says);
    const FamilyInfo &info = families().at(family);

    Composition composition;
    QString problem;
    QTemporaryDir storeDir;
    QVERIFY(storeDir.isValid());
    QVERIFY2(composition.useStore(storeDir.filePath(QStringLiteral("billing.sqlite")), storeDir.filePath(QStringLiteral("documents")), &problem),
             qPrintable(problem));
    QVERIFY2(composition.addDemoAccount(&problem, m_today), qPrintable(problem));
    prepare(composition, info.scalingo);
    const QString faultedPath = path(info.family, m_ids);
    composition.demoServer()->injectFault(faultedPath, fault);

    // The bound: what the limits allow for a dead server, with room for a loaded machine.
    const int boundMs = useDefaultLimits() ? 45000 : 15000;
    const QString kind = info.family == Family::ScalingoOperationPages ? QStringLiteral("operations") : QStringLiteral("invoices");
    QElapsedTimer timer;
    timer.start();
    const CommandRun run = runExport(composition, kind, boundMs);
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: exit %d after %lld ms: %s", QTest::currentDataTag(), run.exitCode, elapsed, run.errors.trimmed().constData());

    QVERIFY2(composition.demoServer()->requestCount(faultedPath) > 0, "the faulted endpoint was never requested");
    QVERIFY2(run.exitCode != -1, qPrintable(QStringLiteral("no result within %1 ms").arg(boundMs)));
    composition.demoServer()->clearFaults();
    const QString stored = storedProblem(composition, info.scalingo);
    QVERIFY2(stored.isEmpty(), qPrintable(stored));
    if (says.isEmpty()) {
        QVERIFY2(run.errors.isEmpty(), run.errors.constData());
        QCOMPARE(run.exitCode, CommandLine::ExitSuccess);
        QVERIFY(!run.output.isEmpty());
        return;
    }
    QCOMPARE(run.exitCode, CommandLine::ExitFailure);
    QVERIFY2(run.output.isEmpty(), run.output.left(200).constData());
    QVERIFY2(QString::fromUtf8(run.errors).contains(says), run.errors.constData());
    // One cause, one message: not the generic "could not reach" for something else.
    if (!says.contains(QStringLiteral("Check your network")))
        QVERIFY2(!run.errors.contains("Check your network connection"), run.errors.constData());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
