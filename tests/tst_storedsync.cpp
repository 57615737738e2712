// The data layer end to end, against the demo backend over real HTTP: what one run fetched is
// stored, the next run starts from it, a dead server leaves it on screen and in exports with
// "as of", --offline asks nothing, and a paid invoice's details and PDF are fetched once.

#include "accounts/accountregistry.h"
#include "api/apiclient.h"
#include "commandline.h"
#include "composition.h"
#include "demoserver.h"
#include "exportcommand.h"
#include "invoices/invoicerepository.h"
#include "store/billingstore.h"
#include "support/await.h"
#include "support/commandrun.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace
{
constexpr int LoadTimeoutMs = 60000;

CommandRun exportInvoices(Composition &composition)
{
    CommandLineOptions options;
    options.mode = CommandLineOptions::Mode::Export;
    options.exportKind = QStringLiteral("invoices");
    options.format = CommandLineOptions::ExportFormat::Json;
    return runCommand<ExportCommand>(LoadTimeoutMs, composition.accounts(), composition.repository(), options);
}

// A dead server is noticed at once: no retries to wait for.
void failFast(Composition &composition)
{
    RetryPolicy once;
    once.maxAttempts = 1;
    for (AccountConnection *connection : composition.accounts()->connections()) {
        for (ApiClient *client : connection->apiClients())
            client->setRetryPolicy(once);
    }
}

bool refreshAndWait(InvoiceRepository *repository)
{
    QSignalSpy loaded(repository, &InvoiceRepository::loaded);
    repository->refreshInvoices();
    return loaded.wait(LoadTimeoutMs);
}

int countDetailsRequests(const QList<QList<QVariant>> &handled)
{
    int count = 0;
    for (const QList<QVariant> &request : handled) {
        const QString path = request.at(1).toString();
        if (path.startsWith(QLatin1String("/billing/v1/invoices/")) && !path.endsWith(QLatin1String("/pdf")))
            ++count;
    }
    return count;
}
}

class TestStoredSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aStoppedServerLeavesTheStoredDataWithAsOf()
    {
        QList<Account> accounts;
        QString secret;
        QByteArray online;
        QDateTime fetched;
        {
            Composition first;
            QVERIFY(useStore(first));
            QString problem;
            QVERIFY2(first.addDemoAccount(&problem), qPrintable(problem));
            for (AccountConnection *connection : first.accounts()->connections())
                accounts << connection->account();
            secret = first.demoServer()->skySqlApiKey();
            const CommandRun run = exportInvoices(first);
            QCOMPARE(run.exitCode, 0);
            QVERIFY(run.errors.isEmpty());  // fresh data: nothing to say about its age
            online = run.output;
            fetched = first.repository()->dataAsOf(QStringLiteral("demo"));
            QVERIFY(fetched.isValid());
        }  // the demo server stops here; its port no longer answers

        Composition second;
        QVERIFY(useStore(second));
        second.accounts()->add(accounts.first(), secret);
        second.accounts()->setShownAccountId(accounts.first().id);
        failFast(second);
        const CommandRun run = exportInvoices(second);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.output, online);  // the same invoices, details and all
        QVERIFY2(run.errors.contains("stored on this computer, as of"), run.errors.constData());
        QVERIFY2(run.errors.contains("Could not reach"), run.errors.constData());
        const InvoiceRepository *repository = second.repository();
        QCOMPARE(repository->staleReason(QStringLiteral("demo")).kind(), ApiError::Kind::Network);
        // As of when the first run fetched it, to the second.
        QVERIFY(qAbs(repository->dataAsOf(QStringLiteral("demo")).secsTo(fetched)) <= 1);
    }

    void offlineAsksNothingAndSaysSo()
    {
        Composition composition;
        QVERIFY(useStore(composition));
        QString problem;
        QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
        const QByteArray online = exportInvoices(composition).output;
        QVERIFY(!online.isEmpty());
        // Another store on the same file sees what is committed.
        composition.store()->flush();

        Composition offline;
        QVERIFY(useStore(offline));
        offline.accounts()->setOffline(true);
        offline.accounts()->add(Composition::demoAccount(*composition.demoServer()), composition.demoServer()->skySqlApiKey());
        offline.accounts()->setShownAccountId(QStringLiteral("demo"));
        QSignalSpy handled(composition.demoServer(), &DemoServer::requestHandled);
        CommandLineOptions options;
        options.mode = CommandLineOptions::Mode::Export;
        options.exportKind = QStringLiteral("invoices");
        options.format = CommandLineOptions::ExportFormat::Json;
        options.offline = true;
        const CommandRun run = runCommand<ExportCommand>(LoadTimeoutMs, offline.accounts(), offline.repository(), options);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.output, online);
        QVERIFY2(run.errors.contains("offline, the data stored on this computer"), run.errors.constData());
        QCOMPARE(handled.size(), 0);
    }

    void offlineWithNothingStoredFailsPlainly()
    {
        Composition composition;
        QVERIFY(useStore(composition));
        QString problem;
        QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
        composition.accounts()->setOffline(true);
        const CommandRun run = exportInvoices(composition);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.output.isEmpty());
        QVERIFY2(run.errors.contains("is stored on this computer yet"), run.errors.constData());
    }

    void aPaidInvoiceIsFetchedOnce()
    {
        Composition composition;
        QVERIFY(useStore(composition));
        QString problem;
        QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
        InvoiceRepository *repository = composition.repository();
        QSignalSpy handled(composition.demoServer(), &DemoServer::requestHandled);
        QVERIFY(refreshAndWait(repository));
        int paid = 0;
        for (const Invoice &invoice : repository->invoices()) {
            QVERIFY(invoice.hasDetails);
            paid += invoice.status == InvoiceStatus::Paid ? 1 : 0;
        }
        const int total = static_cast<int>(repository->invoices().size());
        QVERIFY(paid > 0 && paid < total);
        QCOMPARE(countDetailsRequests(handled), total);

        // The next refresh asks again only for the invoices that can still change.
        handled.clear();
        QVERIFY(refreshAndWait(repository));
        QCOMPARE(countDetailsRequests(handled), total - paid);
        for (const Invoice &invoice : repository->invoices())
            QVERIFY(invoice.hasDetails);

        // A paid invoice's PDF: fetched once, then read from the documents folder.
        const Invoice invoice = *std::find_if(repository->invoices().cbegin(), repository->invoices().cend(),
                                              [](const Invoice &candidate) { return candidate.status == InvoiceStatus::Paid; });
        const auto fetchPdf = [&] {
            return awaitCallback<QByteArray>(
                [&](QObject *context, const std::function<void(const QByteArray &)> &done) {
                    repository->fetchInvoiceDocument(invoice.accountId, invoice.id, context,
                                                     [done](const QByteArray &pdf, const ApiError &) { done(pdf); });
                },
                LoadTimeoutMs);
        };
        const int pdfRequests = composition.demoServer()->requestCount(QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(invoice.id));
        const std::optional<QByteArray> pdf = fetchPdf();
        QVERIFY(pdf && pdf->startsWith("%PDF"));
        QCOMPARE(fetchPdf(), pdf);
        QCOMPARE(composition.demoServer()->requestCount(QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(invoice.id)),
                 pdfRequests + 1);
    }

    void theWholeHistoryIsListed()
    {
        Composition composition;
        QVERIFY(useStore(composition));
        QString problem;
        QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
        // More than two years: a client asking for the last 24 months would miss some.
        QVERIFY(composition.demoServer()->skySqlInvoiceCount() > 24);
        QVERIFY(refreshAndWait(composition.repository()));
        QCOMPARE(composition.repository()->invoices().size(), composition.demoServer()->skySqlInvoiceCount());
        QDate oldest = QDate::currentDate();
        for (const Invoice &invoice : composition.repository()->invoices())
            oldest = std::min(oldest, invoice.date);
        QVERIFY(oldest < QDate::currentDate().addMonths(-30));
    }

    void noSecretIsStored()
    {
        QString key;
        QString token;
        {
            Composition composition;
            QVERIFY(useStore(composition));
            QString problem;
            QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
            key = composition.demoServer()->skySqlApiKey();
            token = composition.demoServer()->scalingoToken();
            composition.accounts()->setShownAccountId(QString());  // both accounts
            QVERIFY(refreshAndWait(composition.repository()));
            QVERIFY(composition.store()->responseCount(QStringLiteral("demo-scalingo")) > 0);
        }
        QByteArray everything;
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
            QFile file(m_dir->filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            everything += file.readAll();
        }
        QVERIFY(everything.size() > 10000);
        QVERIFY(!everything.contains(key.toUtf8()));
        QVERIFY(!everything.contains(token.toUtf8()));
        QVERIFY(!everything.contains("Bearer"));
    }

private:
    bool useStore(Composition &composition)
    {
        QString problem;
        const bool ok = composition.useStore(m_dir->filePath(QStringLiteral("billing.sqlite")),
                                             m_dir->filePath(QStringLiteral("documents")), &problem);
        if (!ok)
            qWarning() << problem;
        return ok;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestStoredSync)
#include "tst_storedsync.moc"
