// An account that fails (its invoice list answers 500, refuses the key, or drops the
// connection) keeps the window on its page: the other account's invoices stay, and a banner
// names the failing account with the plain reason and a Retry that loads it once it works
// again. The welcome screen is only for a window without accounts.

#include "accounts/accountregistry.h"
#include "composition.h"
#include "demoserver.h"
#include "invoices/invoicedetailview.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicespage.h"
#include "mainwindow.h"
#include "pages.h"
#include "support/demowindow.h"
#include "widgets/errorbanner.h"

#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace
{
constexpr int WaitMs = 30000;
const QString ScalingoId = QStringLiteral("demo-scalingo");
const QString ScalingoInvoices = QStringLiteral("/v1/account/invoices");
}

class TestFailingAccount final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void failingAccountKeepsThePageWithABanner_data();
    void failingAccountKeepsThePageWithABanner();
    void onlyAccountFailingKeepsItsPage();
    void noAccountShowsTheWelcome();

private:
    bool load();
    // The shown banner that names `accountName`, if any.
    ErrorBanner *bannerNaming(const QString &accountName) const;
    int invoicesOf(const QString &accountId) const;

    std::unique_ptr<Composition> m_composition;
    std::unique_ptr<MainWindow> m_window;
};

void TestFailingAccount::init()
{
    m_composition = std::make_unique<Composition>();
    QString problem;
    m_window = TestSupport::openDemoWindow(*m_composition, &problem);
    QVERIFY2(m_window, qPrintable(problem));
}

void TestFailingAccount::cleanup()
{
    m_window.reset();
    m_composition.reset();
}

bool TestFailingAccount::load()
{
    InvoiceRepository *repository = m_composition->repository();
    repository->refreshInvoices();
    return QTest::qWaitFor([repository] { return !repository->isLoading(); }, WaitMs);
}

ErrorBanner *TestFailingAccount::bannerNaming(const QString &accountName) const
{
    const QList<ErrorBanner *> banners = m_window->findChildren<ErrorBanner *>();
    const auto found = std::find_if(banners.cbegin(), banners.cend(), [this, &accountName](const ErrorBanner *banner) {
        return banner->isVisibleTo(m_window.get()) && banner->message().contains(accountName);
    });
    return found == banners.cend() ? nullptr : *found;
}

int TestFailingAccount::invoicesOf(const QString &accountId) const
{
    const QList<Invoice> &invoices = m_composition->repository()->invoices();
    return static_cast<int>(std::count_if(invoices.cbegin(), invoices.cend(),
                                          [&accountId](const Invoice &invoice) { return invoice.accountId == accountId; }));
}

void TestFailingAccount::failingAccountKeepsThePageWithABanner_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    // A dropped connection opens the client's circuit breaker: it does not answer again at once.
    QTest::addColumn<bool>("recoversAtOnce");
    QTest::newRow("500 on the invoice list") << int(DemoFault::Kind::Status) << 500 << QStringLiteral("Scalingo") << true;
    QTest::newRow("wrong key") << int(DemoFault::Kind::Status) << 401 << QStringLiteral("key") << true;
    QTest::newRow("connection dropped") << int(DemoFault::Kind::DropConnection) << 0 << QStringLiteral("connect") << false;
}

void TestFailingAccount::failingAccountKeepsThePageWithABanner()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(bool, recoversAtOnce);
    m_composition->accounts()->setShownAccountId(QString());
    DemoFault fault;
    fault.kind = static_cast<DemoFault::Kind>(kind);
    fault.status = status;
    fault.times = 1000;
    m_composition->demoServer()->injectFault(ScalingoInvoices, fault);
    QVERIFY(load());

    QVERIFY(!m_window->isShowingEmptyState());
    QCOMPARE(m_window->currentPage(), QStringLiteral("invoices"));
    QVERIFY(invoicesOf(QStringLiteral("demo")) > 0);
    ErrorBanner *banner = bannerNaming(QStringLiteral("Demo Scalingo"));
    QVERIFY2(banner, "no banner names the failing account");
    QVERIFY2(banner->message().contains(reason, Qt::CaseInsensitive) || banner->details().contains(reason, Qt::CaseInsensitive),
             qPrintable(banner->message() + QLatin1Char('|') + banner->details()));
    QVERIFY(banner->retryButton()->isVisibleTo(banner));
    m_window->resize(1024, 640);
    m_window->show();
    QVERIFY(TestSupport::saveWindowShot(m_window.get(), QStringLiteral("failing-%1").arg(QString::fromLatin1(QTest::currentDataTag()))));

    // It works again: Retry loads it and the banner goes.
    m_composition->demoServer()->clearFaults();
    QSignalSpy loading(m_composition->repository(), &InvoiceRepository::loadingChanged);
    banner->retryButton()->click();
    QVERIFY(!loading.isEmpty());
    if (!recoversAtOnce)
        return;
    QVERIFY(QTest::qWaitFor([this] { return invoicesOf(ScalingoId) > 0 && !m_composition->repository()->isLoading(); }, WaitMs));
    QVERIFY(!bannerNaming(QStringLiteral("Demo Scalingo")));
    QVERIFY(invoicesOf(QStringLiteral("demo")) > 0);
}

void TestFailingAccount::onlyAccountFailingKeepsItsPage()
{
    m_composition->accounts()->setShownAccountId(ScalingoId);
    DemoFault fault;
    fault.times = 1000;
    m_composition->demoServer()->injectFault(ScalingoInvoices, fault);
    QVERIFY(load());
    QVERIFY(m_window->setCurrentPage(QStringLiteral("costs")));
    QVERIFY(load());
    QVERIFY(!m_window->isShowingEmptyState());
    QCOMPARE(m_window->currentPage(), QStringLiteral("costs"));
    ErrorBanner *banner = bannerNaming(QStringLiteral("Demo Scalingo"));
    QVERIFY2(banner, "no banner names the failing account");
    QVERIFY(banner->retryButton()->isVisibleTo(banner));
    // With no invoice at all, the Invoices page is its empty table across the page, without a
    // detail pane asking to select one.
    QVERIFY(m_window->setCurrentPage(QStringLiteral("invoices")));
    InvoicesPage *invoices = m_window->invoicesPage();
    QVERIFY(!invoices->detailView()->isVisibleTo(invoices));
    auto *table = invoices->findChild<QTableView *>();
    QVERIFY(table);
    QVERIFY2(table->width() > invoices->width() / 2, qPrintable(QString::number(table->width())));
}

void TestFailingAccount::noAccountShowsTheWelcome()
{
    Composition empty;
    MainWindow window(empty.repository());
    window.setAccountRegistry(empty.accounts());
    addPages(window, empty);
    QVERIFY(window.isShowingEmptyState());
}

QTEST_MAIN(TestFailingAccount)
#include "tst_failingaccount.moc"
