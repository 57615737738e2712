// Prints what the data layer costs on a large account, each figure beside a baseline measured
// in the same run (this machine is shared: a ratio holds, an absolute time does not). Never a
// timed assertion; it fails only when the data is wrong (counts, missing details).
//
//   first sync in the window (store, pages, charts)  vs  the same sync without a window
//   longest GUI-thread stall during the window's sync
//   start with the stored account (offline)           vs  a bare QTableView window of as many rows
//   requests to refresh the unchanged account         vs  the number of invoices
//   resident memory with the account loaded           vs  before it

#include "accounts/accountregistry.h"
#include "composition.h"
#include "demoserver.h"
#include "invoices/invoicerepository.h"
#include "mainwindow.h"
#include "pages.h"
#include "store/billingstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace
{
constexpr int InvoiceCount = 2000;
constexpr int LoadTimeoutMs = 600000;

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// The longest time the event loop went without running a 1 ms timer: how long the GUI froze.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

bool refreshAndWait(InvoiceRepository *repository)
{
    QSignalSpy loaded(repository, &InvoiceRepository::loaded);
    repository->refreshInvoices();
    return loaded.wait(LoadTimeoutMs);
}

// The app's window on `account`, its data kept in the store in `dir`, shown at the default size.
struct StoredWindow {
    StoredWindow(const QTemporaryDir &dir, const Account &account, const QString &key, bool offline)
    {
        opened = composition.useStore(dir.filePath(QStringLiteral("billing.sqlite")), dir.filePath(QStringLiteral("docs")),
                                      &problem);
        composition.accounts()->setOffline(offline);
        composition.accounts()->add(account, key);
        composition.accounts()->setShownAccountId(account.id);
        window.setAccountRegistry(composition.accounts());
        addPages(window, composition);
        window.resize(1440, 900);
        window.show();
    }

    Composition composition;
    MainWindow window{composition.repository()};
    bool opened = false;
    QString problem;
};

void print(const char *what, double value, const char *unit, const char *baselineName, double baseline)
{
    std::printf("%-46s %10.1f %-3s | %-34s %10.1f %-3s | ratio %6.2f\n", what, value, unit, baselineName, baseline, unit,
                baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}
}

class BenchSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeAccount();
};

void BenchSync::largeAccount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const double rssStart = residentMegabytes();

    // The server, with its large account, inside a composition that is never synced itself.
    Composition server;
    QString problem;
    QVERIFY2(server.addDemoAccount(&problem), qPrintable(problem));
    server.demoServer()->setSkySqlInvoiceCount(InvoiceCount);
    const Account account = Composition::demoAccount(*server.demoServer());
    const QString key = server.demoServer()->skySqlApiKey();

    // Baseline: the same sync, no window, no store (what `export` did before).
    qint64 cliMs = 0;
    {
        Composition cli;
        cli.accounts()->add(account, key);
        cli.accounts()->setShownAccountId(account.id);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(refreshAndWait(cli.repository()));
        cliMs = clock.elapsed();
        QCOMPARE(cli.repository()->invoices().size(), InvoiceCount);
    }

    // The window's first sync: store, every page, charts.
    qint64 windowMs = 0;
    qint64 stallMs = 0;
    double rssLoaded = 0;
    int refreshRequests = 0;
    int notModified = 0;
    {
        StoredWindow shown(dir, account, key, false);
        QVERIFY2(shown.opened, qPrintable(shown.problem));
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        Composition &composition = shown.composition;
        StallMeter stalls;
        QElapsedTimer clock;
        clock.start();
        stalls.start();
        QVERIFY(refreshAndWait(composition.repository()));
        windowMs = clock.elapsed();
        stallMs = stalls.stop();
        for (const Invoice &invoice : composition.repository()->invoices())
            QVERIFY(invoice.hasDetails);
        QCOMPARE(composition.repository()->invoices().size(), InvoiceCount);
        rssLoaded = residentMegabytes();

        // Refreshing the unchanged account.
        server.demoServer()->resetCounts();
        QVERIFY(refreshAndWait(composition.repository()));
        refreshRequests = server.demoServer()->totalRequestCount();
        notModified = server.demoServer()->responseCount(304);
        composition.repository()->finishSnapshots();
        composition.store()->flush();
    }

    // Baseline for a start: a bare window with a table of as many rows.
    qint64 bareMs = 0;
    {
        QElapsedTimer clock;
        clock.start();
        QStandardItemModel model(InvoiceCount, 8);
        for (int row = 0; row < InvoiceCount; ++row) {
            for (int column = 0; column < 8; ++column)
                model.setItem(row, column, new QStandardItem(QStringLiteral("cell %1.%2").arg(row).arg(column)));
        }
        QTableView view;
        view.setModel(&model);
        view.resize(1440, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        bareMs = clock.elapsed();
    }

    // A start from the store: offline, so every invoice and detail comes from it. "Painted" is
    // when the shown window has laid out the stored invoices (what the bare window is timed
    // to); "refreshed" adds the background pass that reads the stored list again.
    qint64 storedPaintMs = 0;
    qint64 storedStartMs = 0;
    {
        QElapsedTimer clock;
        clock.start();
        StoredWindow shown(dir, account, key, true);
        QVERIFY2(shown.opened, qPrintable(shown.problem));
        Composition &composition = shown.composition;
        QSignalSpy loaded(composition.repository(), &InvoiceRepository::loaded);
        composition.repository()->refreshInvoices();
        QCOMPARE(composition.repository()->invoices().size(), InvoiceCount);
        QVERIFY(QTest::qWaitForWindowExposed(&shown.window));
        QCoreApplication::processEvents();
        storedPaintMs = clock.elapsed();
        QVERIFY(loaded.wait(LoadTimeoutMs));
        storedStartMs = clock.elapsed();
        QCOMPARE(composition.repository()->invoices().size(), InvoiceCount);
        for (const Invoice &invoice : composition.repository()->invoices())
            QVERIFY(invoice.hasDetails);
    }

    std::printf("\nbench_sync: a SkySQL account of %d invoices, each with its detail, on the demo backend\n", InvoiceCount);
    print("window first sync (ms)", windowMs, "ms", "same sync, no window (ms)", cliMs);
    print("longest GUI stall during it (ms)", stallMs, "ms", "goal (ms)", 50);
    print("start from the store: painted (ms)", storedPaintMs, "ms", "bare QTableView window (ms)", bareMs);
    print("start from the store: refreshed, offline (ms)", storedStartMs, "ms", "bare QTableView window (ms)", bareMs);
    print("requests to refresh it unchanged", refreshRequests, "", "invoices", InvoiceCount);
    std::printf("%-46s %10d\n", "  of which 304 Not Modified", notModified);
    print("resident memory, window loaded (MB)", rssLoaded, "MB", "before anything (MB)", rssStart);
}

QTEST_MAIN(BenchSync)
#include "bench_sync.moc"
