// The data layer end to end, against the demo backend over real HTTP: what one run fetched is
// stored, the next run starts from it, a dead server leaves it on screen and in exports with
// "as of", --offline asks nothing, and a paid invoice's details and PDF are fetched once.

#include "accounts/accountmanager.h"
#include "accounts/accountregistry.h"
#include "api/apiclient.h"
#include "api/skysql/skysqlbackend.h"
#include "contacts/contactlistmodel.h"
#include "contacts/contactseditorbackend.h"
#include "commandline.h"
#include "composition.h"
#include "demoserver.h"
#include "exportcommand.h"
#include "invoices/invoicerepository.h"
#include "operations/billingoperationmodel.h"
#include "operations/billingoperationsloader.h"
#include "store/billingstore.h"
#include "store/secretstore.h"
#include "store/snapshots.h"
#include "support/await.h"
#include "support/commandrun.h"

#include <QDir>
#include <QFile>
#include <QSettings>
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

int countRequests(const QList<QList<QVariant>> &handled, const QString &path)
{
    return static_cast<int>(std::count_if(handled.cbegin(), handled.cend(), [&](const QList<QVariant> &request) {
        return request.at(1).toString() == path;
    }));
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
        composition.repository()->finishSnapshots();
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

    void aStartPaintsTheStoredInvoicesBeforeAnyRequest()
    {
        Composition first;
        QVERIFY(useStore(first));
        QString problem;
        QVERIFY2(first.addDemoAccount(&problem), qPrintable(problem));
        QVERIFY(refreshAndWait(first.repository()));
        const QList<Invoice> synced = first.repository()->invoices();
        const QDateTime fetched = first.repository()->dataAsOf(QStringLiteral("demo"));
        first.repository()->finishSnapshots();
        first.store()->flush();

        Composition second;
        QVERIFY(useStore(second));
        second.accounts()->add(Composition::demoAccount(*first.demoServer()), first.demoServer()->skySqlApiKey());
        second.accounts()->setShownAccountId(QStringLiteral("demo"));
        QSignalSpy handled(first.demoServer(), &DemoServer::requestHandled);
        QSignalSpy resets(second.repository(), &InvoiceRepository::invoicesReset);
        QSignalSpy changed(second.repository(), &InvoiceRepository::invoicesChanged);
        // Before the event loop runs once, so before any request could go out or any stored
        // response be decoded: every invoice, with its services, as of the first run.
        second.repository()->refreshInvoices();
        QCOMPARE(resets.size(), 1);
        const QList<Invoice> painted = second.repository()->invoices();
        QCOMPARE(painted.size(), synced.size());
        for (qsizetype i = 0; i < painted.size(); ++i) {
            QCOMPARE(painted.at(i).id, synced.at(i).id);
            QCOMPARE(painted.at(i).amount, synced.at(i).amount);
            QVERIFY(painted.at(i).hasDetails);
            QCOMPARE(painted.at(i).services.size(), synced.at(i).services.size());
        }
        QCOMPARE(handled.size(), 0);
        QVERIFY(qAbs(second.repository()->dataAsOf(QStringLiteral("demo")).secsTo(fetched)) <= 1);
        // Then the network refreshes it: the list, and only the invoices that can still change.
        QSignalSpy loaded(second.repository(), &InvoiceRepository::loaded);
        QVERIFY(loaded.wait(LoadTimeoutMs));
        int open = 0;
        for (const Invoice &invoice : synced)
            open += invoice.status == InvoiceStatus::Paid ? 0 : 1;
        QCOMPARE(countDetailsRequests(handled), open);
        QCOMPARE(second.repository()->invoices().size(), synced.size());
        // The list came back the same: the painted table was not reset a second time (which
        // would re-lay it out and lose nothing but time), and the open invoices' details, read
        // again unchanged, changed no row either.
        QCOMPARE(resets.size(), 1);
        QCOMPARE(changed.size(), 0);
    }

    void anUnchangedRefreshOnlyMovesTheSnapshotsTime()
    {
        Composition first;
        QVERIFY(syncDemoOnce(first));
        QCOMPARE(first.repository()->encodedSnapshotCount(), 1);
        const CachedResponse synced = storedSnapshot(first);
        QVERIFY(synced.isValid() && !synced.body.isEmpty());

        // The same account read again, in this run and in the next one started from the store:
        // nothing changed, so nothing is encoded, and the stored snapshot says "as of" the new time.
        QVERIFY(refreshLater(first));
        QCOMPARE(first.repository()->encodedSnapshotCount(), 1);
        const CachedResponse confirmed = storedSnapshot(first);
        QCOMPARE(confirmed.body, synced.body);
        QVERIFY2(confirmed.fetchedAt > synced.fetchedAt,
                 qPrintable(confirmed.fetchedAt.toString(Qt::ISODateWithMs) + QStringLiteral(" after ") + synced.fetchedAt.toString(Qt::ISODateWithMs)));
        QCOMPARE(confirmed.fetchedAt, first.repository()->dataAsOf(QStringLiteral("demo")));

        Composition second;
        QVERIFY(useStore(second));
        second.accounts()->add(Composition::demoAccount(*first.demoServer()), first.demoServer()->skySqlApiKey());
        second.accounts()->setShownAccountId(QStringLiteral("demo"));
        QVERIFY(refreshLater(second));
        QCOMPARE(second.repository()->encodedSnapshotCount(), 0);
        const CachedResponse again = storedSnapshot(second);
        QCOMPARE(again.body, synced.body);
        QVERIFY(again.fetchedAt > confirmed.fetchedAt);
    }

    void aPageShowsItsStoredCopyFirstAndReadsAgainWhenItChanged()
    {
        Composition first;
        QVERIFY(useStore(first));
        QString problem;
        QVERIFY2(first.addDemoAccount(&problem), qPrintable(problem));
        ContactsEditorBackend *contacts = first.accounts()->connection(QStringLiteral("demo"))->contacts();
        QSignalSpy read(contacts, &EditorBackend::refreshed);
        contacts->refresh();
        QVERIFY(read.wait(LoadTimeoutMs));
        const int before = contacts->contacts()->rowCount();
        QVERIFY(before >= 2);
        // Someone removes a contact on the provider's side after this run.
        const std::optional<bool> removed = awaitCallback<bool>(
            [&](QObject *context, const std::function<void(bool)> &done) {
                first.accounts()->connection(QStringLiteral("demo"))->skySql()->deleteContact(
                    contacts->contacts()->contactAt(0).id, context, [done](const ApiResult<bool> &result) { done(result.ok()); });
            },
            LoadTimeoutMs);
        QVERIFY(removed && *removed);
        first.repository()->finishSnapshots();
        first.store()->flush();

        Composition second;
        QVERIFY(useStore(second));
        second.accounts()->setStoredFirst(true);
        AccountConnection *connection =
            second.accounts()->add(Composition::demoAccount(*first.demoServer()), first.demoServer()->skySqlApiKey());
        ContactsEditorBackend *editor = connection->contacts();
        QSignalSpy painted(editor, &EditorBackend::refreshed);
        QSignalSpy replaced(connection, &AccountConnection::storedDataReplaced);
        editor->refresh();
        // The stored copy first, before the server's answer...
        QVERIFY(painted.wait(LoadTimeoutMs));
        QCOMPARE(editor->contacts()->rowCount(), before);
        QCOMPARE(replaced.size(), 0);
        // ...which differs: the editor reads again and shows it.
        QVERIFY(replaced.wait(LoadTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(painted.size(), 2, LoadTimeoutMs);
        QCOMPARE(editor->contacts()->rowCount(), before - 1);

        // An unchanged copy is painted first too, and nothing is read again.
        Composition third;
        QVERIFY(useStore(third));
        second.repository()->finishSnapshots();
        second.store()->flush();
        third.accounts()->setStoredFirst(true);
        AccountConnection *again =
            third.accounts()->add(Composition::demoAccount(*first.demoServer()), first.demoServer()->skySqlApiKey());
        first.demoServer()->resetCounts();
        QSignalSpy unchanged(again, &AccountConnection::storedDataReplaced);
        QSignalSpy shown(again->contacts(), &EditorBackend::refreshed);
        again->contacts()->refresh();
        QVERIFY(shown.wait(LoadTimeoutMs));
        QCOMPARE(again->contacts()->contacts()->rowCount(), before - 1);
        QTRY_VERIFY_WITH_TIMEOUT(first.demoServer()->responseCount(304) > 0, LoadTimeoutMs);
        QTest::qWait(200);  // for the 304 to reach the client
        QCOMPARE(unchanged.size(), 0);
        QCOMPARE(shown.size(), 1);
    }

    void billingOperationsAreReadUntilAKeptOne()
    {
        Composition composition;
        QVERIFY(useStore(composition));
        QString problem;
        QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
        DemoServer *server = composition.demoServer();
        server->setScalingoOperationCount(250);  // several pages
        composition.accounts()->setShownAccountId(QStringLiteral("demo-scalingo"));
        const QString path = QStringLiteral("/v1/account/billing/operations");
        QSignalSpy handled(server, &DemoServer::requestHandled);
        {
            BillingOperationModel model;
            BillingOperationsLoader loader(composition.accounts(), &model);
            QSignalSpy loaded(&loader, &BillingOperationsLoader::loaded);
            loader.refresh();
            QVERIFY(loaded.wait(LoadTimeoutMs));
            QCOMPARE(model.rowCount(), 250);
            QVERIFY(countRequests(handled, path) >= 3);
        }

        // The next start: what was kept shows before any request, and only the first page,
        // which holds the new operations and kept ones after them, is read.
        const QStringList added = server->addScalingoOperations(5);
        handled.clear();
        BillingOperationModel model;
        BillingOperationsLoader loader(composition.accounts(), &model);
        QSignalSpy loaded(&loader, &BillingOperationsLoader::loaded);
        loader.refresh();
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(handled.size(), 0);
        QVERIFY(loaded.wait(LoadTimeoutMs));
        QCOMPARE(countRequests(handled, path), 1);
        QCOMPARE(model.rowCount(), 255);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.rowAt(row).operation.id);
        QCOMPARE(ids.size(), 255);
        for (const QString &id : added)
            QVERIFY(ids.contains(id));
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

        // A paid invoice's PDF: fetched once (streamed into the documents folder), then read
        // from there; an open one's is fetched each time.
        const auto fetchPdf = [&](const Invoice &invoice) {
            const std::optional<QString> path = awaitCallback<QString>(
                [&](QObject *context, const std::function<void(const QString &)> &done) {
                    repository->fetchInvoiceDocument(invoice.accountId, invoice.id, context,
                                                     [done](const QString &filePath, const ApiError &) { done(filePath); });
                },
                LoadTimeoutMs);
            QFile file(path.value_or(QString()));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const auto pdfRequests = [&](const Invoice &invoice) {
            return composition.demoServer()->requestCount(QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(invoice.id));
        };
        for (const bool final : {true, false}) {
            const Invoice invoice = *std::find_if(repository->invoices().cbegin(), repository->invoices().cend(), [final](const Invoice &candidate) {
                return (candidate.status == InvoiceStatus::Paid) == final;
            });
            const int before = pdfRequests(invoice);
            const QByteArray pdf = fetchPdf(invoice);
            QVERIFY(pdf.startsWith("%PDF"));
            QCOMPARE(fetchPdf(invoice), pdf);
            QCOMPARE(pdfRequests(invoice), before + (final ? 1 : 2));
        }
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

    void removingAnAccountForgetsItsStoredData()
    {
        Composition composition;
        QVERIFY(useStore(composition));
        QString problem;
        QVERIFY2(composition.addDemoAccount(&problem), qPrintable(problem));
        QSettings settings(m_dir->filePath(QStringLiteral("billdeck.conf")), QSettings::IniFormat);
        MemorySecretStore secrets;
        composition.useSavedAccounts(&settings, &secrets);
        composition.accounts()->setShownAccountId(QString());  // both accounts
        QVERIFY(refreshAndWait(composition.repository()));
        InvoiceRepository *repository = composition.repository();
        const Invoice paid = *std::find_if(repository->invoices().cbegin(), repository->invoices().cend(),
                                           [](const Invoice &candidate) {
                                               return candidate.accountId == QLatin1String("demo")
                                                   && candidate.status == InvoiceStatus::Paid;
                                           });
        const std::optional<bool> fetched = awaitCallback<bool>(
            [&](QObject *context, const std::function<void(bool)> &done) {
                repository->fetchInvoiceDocument(paid.accountId, paid.id, context,
                                                 [done](const QString &pdf, const ApiError &) { done(!pdf.isEmpty()); });
            },
            LoadTimeoutMs);
        QVERIFY(fetched && *fetched);
        BillingStore *store = composition.store();
        QVERIFY(!store->document(QStringLiteral("demo"), paid.id).isEmpty());
        QVERIFY(store->responseCount(QStringLiteral("demo")) > 0);
        const int otherAccount = store->responseCount(QStringLiteral("demo-scalingo"));
        QVERIFY(otherAccount > 0);

        const std::optional<bool> removed = awaitCallback<bool>(
            [&](QObject *context, const std::function<void(bool)> &done) {
                composition.accountManager()->remove(QStringLiteral("demo"), context,
                                                     [done](const SecretStoreError &error) { done(!error.isError()); });
            },
            LoadTimeoutMs);
        QVERIFY(removed && *removed);
        QCOMPARE(store->responseCount(QStringLiteral("demo")), 0);
        QVERIFY(store->document(QStringLiteral("demo"), paid.id).isEmpty());
        QVERIFY(!store->lastFetched(QStringLiteral("demo")).isValid());
        QCOMPARE(store->responseCount(QStringLiteral("demo-scalingo")), otherAccount);
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
    // A composition with the store and the demo account, synced once and its writes done.
    bool syncDemoOnce(Composition &composition)
    {
        QString problem;
        if (!useStore(composition) || !composition.addDemoAccount(&problem) || !refreshAndWait(composition.repository())) {
            qWarning() << problem;
            return false;
        }
        keep(composition);
        return true;
    }

    // A refresh a moment later (so that its time differs), its writes done.
    static bool refreshLater(Composition &composition)
    {
        QTest::qWait(20);
        if (!refreshAndWait(composition.repository()))
            return false;
        keep(composition);
        return true;
    }

    static CachedResponse storedSnapshot(const Composition &composition)
    {
        return composition.store()->response(QStringLiteral("demo"), Snapshots::invoicesKey());
    }

    // Waits for the snapshots being encoded and the store's queued writes.
    static void keep(Composition &composition)
    {
        composition.repository()->finishSnapshots();
        composition.store()->flush();
    }

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
