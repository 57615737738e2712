// The Overview and Price catalogue pages against the demo backend over real HTTP, and the
// invoice detail's By service / By resource toggle.

#include "accounts/accountregistry.h"
#include "api/skysql/skysqlbackend.h"
#include "catalog/catalogloader.h"
#include "catalog/catalogpage.h"
#include "catalog/costestimator.h"
#include "catalog/pricemodel.h"
#include "demoserver.h"
#include "invoices/invoicedetailview.h"
#include "overview/creditsoverviewsection.h"
#include "overview/ledgermodel.h"
#include "overview/overviewloader.h"
#include "overview/overviewpage.h"
#include "support/demoserverfixture.h"
#include "widgets/errorbanner.h"
#include "widgets/pagereadiness.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

class TestOverviewPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void overviewShowsTierAndLedger();
    void overviewFailureGoesToTheBanner();
    void overviewFollowsShownAccounts();
    void catalogueFiltersAndEstimates();
    void invoiceDetailByResource();

private:
    Account demoAccount() const;

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountRegistry> m_accounts;
};

void TestOverviewPage::init()
{
    m_server = TestSupport::startDemoServer(QDate(2025, 11, 18));
    QVERIFY(m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_accounts = std::make_unique<AccountRegistry>(m_network.get());
    m_accounts->add(demoAccount(), m_server->skySqlApiKey());
}

void TestOverviewPage::cleanup()
{
    m_accounts.reset();
    m_network.reset();
    m_server.reset();
}

Account TestOverviewPage::demoAccount() const
{
    Account account;
    account.id = QStringLiteral("demo");
    account.displayName = QStringLiteral("Demo SkySQL");
    account.provider = Provider::SkySql;
    account.apiUrl = m_server->baseUrl();
    account.organizationId = m_server->organizationId();
    return account;
}

void TestOverviewPage::overviewShowsTierAndLedger()
{
    OverviewPage page(m_accounts.get());
    QCOMPARE(page.sections().size(), 1);
    auto *section = qobject_cast<CreditsOverviewSection *>(page.sections().first());
    QVERIFY(section);
    // Nothing is asked before the page is seen.
    QVERIFY(!page.readiness()->isReady());
    QCOMPARE(m_server->requestCount(QStringLiteral("/billing/v1/account")), 0);
    page.resize(1200, 900);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.readiness()->isReady(), 20000);
    QCOMPARE(page.readiness()->failureMessage(), QString());

    const BillingAccount &account = section->loader()->account();
    QVERIFY(!account.tier.isEmpty());
    QVERIFY(section->tierText().contains(account.tier, Qt::CaseInsensitive));
    QVERIFY(section->tierText().contains(QStringLiteral("tier")));

    const LedgerModel *ledger = section->loader()->creditLedger();
    QVERIFY(ledger->rowCount() >= 4);
    QCOMPARE(section->creditTable()->model()->rowCount(), ledger->rowCount());
    // Newest first on screen; its balance is the credit left, shown big.
    const QModelIndex top = section->creditTable()->model()->index(0, LedgerModel::BalanceColumn);
    QCOMPARE(top.data().toString(), ledger->currentBalance(QStringLiteral("USD")).format(QLocale()));
    QCOMPARE(section->remainingCreditText(), ledger->currentBalance(QStringLiteral("USD")).format(QLocale()));
    QVERIFY(section->commitTable()->model()->rowCount() > 0);
    QCOMPARE(section->contractTree()->model()->rowCount(), 2);
    QVERIFY(section->contractTree()->model()->rowCount(section->contractTree()->model()->index(0, 0)) > 0);
    QVERIFY(!section->errorBanner()->isVisible());
}

void TestOverviewPage::overviewFailureGoesToTheBanner()
{
    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 500;
    fault.times = 20;
    m_server->injectFault(QStringLiteral("/billing/v1/account/prepaid-credit-ledger"), fault);
    OverviewPage page(m_accounts.get());
    auto *section = qobject_cast<CreditsOverviewSection *>(page.sections().first());
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.readiness()->isReady(), 30000);
    QVERIFY(!page.readiness()->failureMessage().isEmpty());
    QVERIFY(section->errorBanner()->isVisible());
    QVERIFY(!section->errorBanner()->message().isEmpty());
    // The other parts still show.
    QVERIFY(section->tierText().contains(QStringLiteral("tier")));
    QCOMPARE(section->creditTable()->model()->rowCount(), 0);

    // Retry once the server is well again.
    m_server->clearFaults();
    section->refresh();
    QVERIFY(!page.readiness()->isReady());
    QTRY_VERIFY_WITH_TIMEOUT(page.readiness()->isReady(), 30000);
    QCOMPARE(page.readiness()->failureMessage(), QString());
    QVERIFY(section->creditTable()->model()->rowCount() > 0);
}

void TestOverviewPage::overviewFollowsShownAccounts()
{
    OverviewPage page(m_accounts.get());
    QCOMPARE(page.sections().size(), 1);
    Account second = demoAccount();
    second.id = QStringLiteral("demo-2");
    second.displayName = QStringLiteral("Second");
    m_accounts->add(second, m_server->skySqlApiKey());
    m_accounts->setShownAccountId(QString());
    QCOMPARE(page.sections().size(), 2);
    m_accounts->setShownAccountId(QStringLiteral("demo-2"));
    QCOMPARE(page.sections().size(), 1);
    m_accounts->remove(QStringLiteral("demo"));
    m_accounts->remove(QStringLiteral("demo-2"));
    QCOMPARE(page.sections().size(), 0);
    QVERIFY(!page.placeholderText().isEmpty());
}

void TestOverviewPage::catalogueFiltersAndEstimates()
{
    CatalogPage page(m_accounts.get());
    page.resize(1300, 900);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.readiness()->isReady(), 20000);
    QCOMPARE(page.readiness()->failureMessage(), QString());
    QCOMPARE(page.offeringList()->count(), 2);
    QVERIFY(page.selectOffering(QStringLiteral("skysql-provisioned")));
    QVERIFY(page.meterList()->count() > 2);  // "All meters" + the offering's

    // The combos are filled from the data.
    QComboBox *provider = page.filterCombo(QStringLiteral("provider"));
    QVERIFY(provider->findData(QStringLiteral("aws")) > 0);
    QVERIFY(provider->findData(QStringLiteral("azure")) > 0);
    QComboBox *tier = page.filterCombo(QStringLiteral("tier"));
    QVERIFY(tier->findData(QStringLiteral("foundation")) > 0);

    const int all = page.priceFilter()->rowCount();
    QVERIFY(all > 0);
    QVERIFY(page.setDimensionFilter(QStringLiteral("provider"), QStringLiteral("gcp")));
    const int gcp = page.priceFilter()->rowCount();
    QVERIFY(gcp > 0 && gcp < all);
    QVERIFY(page.setDimensionFilter(QStringLiteral("tier"), QStringLiteral("foundation")));
    QVERIFY(page.priceFilter()->rowCount() < gcp);
    for (int row = 0; row < page.priceFilter()->rowCount(); ++row) {
        QCOMPARE(page.priceFilter()->index(row, PriceModel::ProviderColumn).data(PriceModel::RawValueRole).toString(),
                 QStringLiteral("gcp"));
        QCOMPARE(page.priceFilter()->index(row, PriceModel::TierColumn).data(PriceModel::RawValueRole).toString(),
                 QStringLiteral("foundation"));
    }
    QVERIFY(!page.setDimensionFilter(QStringLiteral("provider"), QStringLiteral("oracle")));

    // Estimator: two nodes of the first price shown.
    const QString emptyTotal = page.totalLabel()->text();
    page.quantitySpin()->setValue(2);
    QVERIFY(page.addPriceToEstimate(0));
    QCOMPARE(page.estimator()->rowCount(), 1);
    const Money first = page.estimator()->lineCost(0);
    QVERIFY(first.minorUnits() > 0);
    QCOMPARE(page.totalLabel()->text(), first.format(QLocale()));
    QVERIFY(page.totalLabel()->text() != emptyTotal);
    QVERIFY(page.addPriceToEstimate(1));
    QCOMPARE(page.totalLabel()->text(), (first + page.estimator()->lineCost(1)).format(QLocale()));
    // Fewer hours in the month lower the hourly lines.
    const Money before = page.estimator()->monthlyTotal(QStringLiteral("USD"));
    page.hoursSpin()->setValue(365);
    QVERIFY(page.estimator()->monthlyTotal(QStringLiteral("USD")) < before);
    QCOMPARE(page.totalLabel()->text(), page.estimator()->monthlyTotal(QStringLiteral("USD")).format(QLocale()));
}

void TestOverviewPage::invoiceDetailByResource()
{
    SkySqlBackend *backend = m_accounts->connection(QStringLiteral("demo"))->skySql();
    QList<Invoice> invoices;
    bool listed = false;
    QObject context;
    backend->listInvoices({}, &context, [&](const ApiResult<QList<Invoice>> &result) {
        invoices = result.value;
        listed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 20000);
    QVERIFY(!invoices.isEmpty());
    Invoice invoice;
    bool detailed = false;
    backend->invoiceDetails(invoices.first().id, FetchPolicy::Network, &context, [&](const ApiResult<Invoice> &result) {
        invoice = result.value;
        detailed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(detailed, 20000);
    invoice.accountId = QStringLiteral("demo");
    invoice.hasDetails = true;

    InvoiceDetailView view;
    view.show();
    // Without the registry there is nothing to load the other view with.
    view.showInvoice(invoice, QStringLiteral("Demo SkySQL"));
    QVERIFY(!view.byResourceButton()->isVisibleTo(&view));

    view.setAccountRegistry(m_accounts.get());
    view.showInvoice(invoice, QStringLiteral("Demo SkySQL"));
    QVERIFY(view.byResourceButton()->isVisibleTo(&view));
    QVERIFY(view.byServiceButton()->isChecked());
    QCOMPARE(view.serviceTree()->topLevelItemCount(), invoice.services.size());
    const QString resourcePath = QStringLiteral("/billing/v1/invoices/%1").arg(invoice.id);
    QSignalSpy shown(&view, &InvoiceDetailView::resourceViewShown);
    view.byResourceButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
    QVERIFY(view.isShowingResources());
    QVERIFY(view.serviceTree()->topLevelItemCount() > 0);
    // The page refreshing the same invoice keeps the by-resource charges.
    view.showInvoice(invoice, QStringLiteral("Demo SkySQL"));
    QVERIFY(view.isShowingResources());
    view.byServiceButton()->click();
    QVERIFY(!view.isShowingResources());
    QCOMPARE(view.serviceTree()->topLevelItemCount(), invoice.services.size());

    // A failure is reported for the page's banner.
    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 500;
    fault.times = 20;
    m_server->injectFault(resourcePath, fault);
    QSignalSpy failed(&view, &InvoiceDetailView::resourceViewFailed);
    view.byResourceButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(!view.isShowingResources());
    QVERIFY(!view.placeholderText().isEmpty());

    // Not a SkySQL invoice: no toggle.
    Invoice other = invoice;
    other.accountId = QStringLiteral("unknown");
    other.id = QStringLiteral("other");
    view.showInvoice(other, QStringLiteral("Someone"));
    QVERIFY(!view.byResourceButton()->isVisibleTo(&view));
    QVERIFY(view.byServiceButton()->isChecked());
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
