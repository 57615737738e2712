// Each of SkySQL's 27 billing operations end to end: SkySqlBackend → ApiClient → real HTTP →
// the demo backend on 127.0.0.1 → decoders. Reads decode with the demo's realistic values,
// writes change what the next read sees, bill() falls back to v1 when v2 answers 404, and a
// refused write comes back as a validation error naming the field.

#include "accounts/accountregistry.h"
#include "api/skysql/skysqlbackend.h"
#include "catalog/catalogloader.h"
#include "catalog/pricemodel.h"
#include "dates.h"
#include "demoserver.h"
#include "overview/commitledgermodel.h"
#include "overview/contractmodel.h"
#include "overview/ledgermodel.h"
#include "overview/overviewloader.h"
#include "support/await.h"
#include "support/demoserverfixture.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace
{
const QDate ReferenceDate(2025, 11, 18);

QString describe(const ApiError &error)
{
    return error.isError() ? error.longMessage() : QStringLiteral("no error");
}
}

// `call` uses `context` and `done`.
#define AWAIT(T, call) TestSupport::awaitApi<T>([&](QObject *context, const ApiCallback<T> &done) { call; })
#define VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable(describe((result).error)))

class TestSkySqlIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void account();
    void ledgers();
    void billsV1AndV2();
    void billFallsBackToV1();
    void contactsWriteAndReadBack();
    void contactValidationNamesTheField();
    void contracts();
    void locale();
    void catalogue();
    void paymentMethods();
    void taxInformation();
    void invoicesBothViewsAndPdf();

    // The pages' loaders over the same operations.
    void overviewLoaderFillsItsModels();
    void overviewLoaderReportsEachFailure();
    void catalogLoaderLoadsEveryOffering();

private:
    SkySqlBackend *backend() const;

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<AccountConnection> m_connection;
};

void TestSkySqlIntegration::init()
{
    m_server = TestSupport::startDemoServer(ReferenceDate);
    QVERIFY(m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
    Account account;
    account.id = QStringLiteral("it");
    account.displayName = QStringLiteral("Integration");
    account.provider = Provider::SkySql;
    account.apiUrl = m_server->baseUrl();
    account.organizationId = m_server->organizationId();
    m_connection = std::make_unique<AccountConnection>(account, m_server->skySqlApiKey(), m_network.get());
    QVERIFY(m_connection->skySql());
}

void TestSkySqlIntegration::cleanup()
{
    m_connection.reset();
    m_network.reset();
    m_server.reset();
}

SkySqlBackend *TestSkySqlIntegration::backend() const
{
    return m_connection->skySql();
}

void TestSkySqlIntegration::account()
{
    const auto result = AWAIT(BillingAccount, backend()->account(context, done));
    VERIFY_OK(result);
    const BillingAccount &account = result.value;
    QCOMPARE(account.organizationId, m_server->organizationId());
    QCOMPARE(account.status, QStringLiteral("active"));
    QVERIFY(account.active);
    QVERIFY(!account.tier.isEmpty());
    QVERIFY(!account.number.isEmpty());
    QVERIFY(!account.subscription.status.isEmpty());
    QVERIFY(!account.subscription.paymentCollectionMethod.isEmpty());
    QVERIFY(account.startDate.isValid());
    QVERIFY(account.startDate < ReferenceDate);
    QVERIFY(account.scuConsumedMonthToDate > 0);
    QVERIFY(account.scuRemainingMonthToDate >= 0);
    QCOMPARE(account.trialCredit.currency(), QStringLiteral("USD"));
    QVERIFY(account.trialCredit.minorUnits() > 0);
}

void TestSkySqlIntegration::ledgers()
{
    const auto credit = AWAIT(QList<LedgerEntry>, backend()->prepaidCreditLedger(context, done));
    VERIFY_OK(credit);
    QVERIFY(credit.value.size() >= 4);
    QSet<QString> types;
    Money balance(0, QStringLiteral("USD"));
    for (const LedgerEntry &entry : credit.value) {
        QVERIFY(entry.createdAt.isValid());
        QCOMPARE(entry.organizationId, m_server->organizationId());
        types.insert(entry.type);
        balance += entry.amount;
    }
    QVERIFY(types.contains(QStringLiteral("trial")));
    QVERIFY(types.contains(QStringLiteral("purchase")));
    QVERIFY(types.contains(QStringLiteral("usage")));
    // The ledger explains the credit the current bill says is left.
    const auto bill = AWAIT(Bill, backend()->billV2(0, 0, context, done));
    VERIFY_OK(bill);
    QCOMPARE(balance, bill.value.remainingCredit);

    const auto commit = AWAIT(QList<PostpaidCommitEntry>, backend()->postpaidCommitLedger(context, done));
    VERIFY_OK(commit);
    QVERIFY(!commit.value.isEmpty());
    for (const PostpaidCommitEntry &entry : commit.value) {
        QVERIFY(Dates::parseMonth(entry.period).isValid());
        QVERIFY(entry.minComputeCommit.minorUnits() > 0);
        QVERIFY(entry.invoiceAmount.minorUnits() > 0);
        QVERIFY(entry.unusedComputeCommit.minorUnits() >= 0);
        QVERIFY(!(entry.minComputeCommit < entry.unusedComputeCommit));
        QVERIFY(!entry.contractEntitlementId.isEmpty());
    }
}

void TestSkySqlIntegration::billsV1AndV2()
{
    const auto v1 = AWAIT(Bill, backend()->billV1(2025, 10, context, done));
    const auto v2 = AWAIT(Bill, backend()->billV2(2025, 10, context, done));
    VERIFY_OK(v1);
    VERIFY_OK(v2);
    QCOMPARE(v1.value.apiVersion, 1);
    QCOMPARE(v2.value.apiVersion, 2);
    QCOMPARE(v1.value.period, QStringLiteral("2025-10"));
    QCOMPARE(v1.value.month, QDate(2025, 10, 1));
    QCOMPARE(v1.value.id, v2.value.id);
    QCOMPARE(v1.value.total, v2.value.total);
    QVERIFY(v1.value.total.minorUnits() > 0);
    QVERIFY(!v1.value.items.isEmpty());
    QVERIFY(!v2.value.items.isEmpty());
    Money items(0, v2.value.currency);
    for (const BillItem &item : v2.value.items)
        items += item.total;
    QCOMPARE(items, v2.value.total);
    QCOMPARE(v1.value.totalComputeCost + v1.value.totalStorageCost, v1.value.total);

    // A month the provider has no bill for.
    const auto missing = AWAIT(Bill, backend()->billV1(2031, 1, context, done));
    QVERIFY(!missing.ok());
}

void TestSkySqlIntegration::billFallsBackToV1()
{
    const QString v1Path = QStringLiteral("/billing/v1/bills");
    const QString v2Path = QStringLiteral("/billing/v2/bills");
    auto result = AWAIT(Bill, backend()->bill(2025, 10, context, done));
    VERIFY_OK(result);
    QCOMPARE(result.value.apiVersion, 2);
    QCOMPARE(m_server->requestCount(v1Path), 0);
    const Money total = result.value.total;

    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 404;
    fault.times = 1;
    m_server->injectFault(v2Path, fault);
    result = AWAIT(Bill, backend()->bill(2025, 10, context, done));
    VERIFY_OK(result);
    QCOMPARE(result.value.apiVersion, 1);
    QCOMPARE(result.value.total, total);
    QCOMPARE(m_server->requestCount(v1Path), 1);

    // Another failure is not hidden behind v1.
    fault.status = 500;
    fault.times = 10;
    m_server->injectFault(v2Path, fault);
    result = AWAIT(Bill, backend()->bill(2025, 10, context, done));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Server);
    QCOMPARE(m_server->requestCount(v1Path), 1);
}

void TestSkySqlIntegration::contactsWriteAndReadBack()
{
    auto list = AWAIT(QList<Contact>, backend()->contacts(context, done));
    VERIFY_OK(list);
    QCOMPARE(list.value.size(), 3);
    QCOMPARE(list.value.first().id, QStringLiteral("contact-0001"));
    QCOMPARE(list.value.first().firstName, QStringLiteral("Maria"));
    QCOMPARE(list.value.first().type, QStringLiteral("billing"));

    Contact ada;
    ada.type = QStringLiteral("billing");
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.email = QStringLiteral("ada@example.org");
    ada.phone = QStringLiteral("+44 20 7946 0000");
    ada.address.line1 = QStringLiteral("12 St James's Square");
    ada.address.city = QStringLiteral("London");
    ada.address.postalCode = QStringLiteral("SW1Y 4JH");
    ada.address.country = QStringLiteral("GB");
    const auto created = AWAIT(Contact, backend()->createContact(ada, context, done));
    VERIFY_OK(created);
    QVERIFY(!created.value.id.isEmpty());
    QCOMPARE(created.value.email, ada.email);
    QCOMPARE(created.value.address.city, QStringLiteral("London"));

    Contact changed = created.value;
    changed.phone = QStringLiteral("+44 20 7946 0999");
    changed.address.city = QStringLiteral("Cambridge");
    const auto updated = AWAIT(bool, backend()->updateContact(created.value.id,
                                                              SkySqlRequests::contactChanges(created.value, changed),
                                                              context, done));
    VERIFY_OK(updated);
    QVERIFY(updated.value);
    list = AWAIT(QList<Contact>, backend()->contacts(context, done));
    VERIFY_OK(list);
    QCOMPARE(list.value.size(), 4);
    bool found = false;
    for (const Contact &contact : std::as_const(list.value)) {
        if (contact.id == created.value.id) {
            found = true;
            QCOMPARE(contact, changed);
        }
    }
    QVERIFY(found);

    const auto deleted = AWAIT(bool, backend()->deleteContact(created.value.id, context, done));
    VERIFY_OK(deleted);
    list = AWAIT(QList<Contact>, backend()->contacts(context, done));
    QCOMPARE(list.value.size(), 3);
    const auto again = AWAIT(bool, backend()->deleteContact(created.value.id, context, done));
    QCOMPARE(again.error.kind(), ApiError::Kind::NotFound);
}

void TestSkySqlIntegration::contactValidationNamesTheField()
{
    Contact bad;
    bad.type = QStringLiteral("billing");
    bad.firstName = QStringLiteral("Ada");
    bad.lastName = QStringLiteral("Lovelace");
    bad.email = QStringLiteral("not-an-address");
    bad.address.line1 = QStringLiteral("1 Main St");
    bad.address.city = QStringLiteral("Springfield");
    bad.address.postalCode = QStringLiteral("12345");
    bad.address.country = QStringLiteral("US");
    bad.address.state = QStringLiteral("IL");
    const auto result = AWAIT(Contact, backend()->createContact(bad, context, done));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind(), ApiError::Kind::Validation);
    QCOMPARE(result.error.httpStatus(), 422);
    QVERIFY2(result.error.fieldErrors().contains(QStringLiteral("email")),
             qPrintable(QStringList(result.error.fieldErrors().keys()).join(u',')));
    QVERIFY(!result.error.message().isEmpty());
    // Nothing was created.
    const auto list = AWAIT(QList<Contact>, backend()->contacts(context, done));
    QCOMPARE(list.value.size(), 3);
}

void TestSkySqlIntegration::contracts()
{
    const auto result = AWAIT(QList<Contract>, backend()->contracts(m_server->organizationId(), context, done));
    VERIFY_OK(result);
    QCOMPARE(result.value.size(), 2);
    int active = 0;
    for (const Contract &contract : result.value) {
        QCOMPARE(contract.organizationId, m_server->organizationId());
        QCOMPARE(contract.currency, QStringLiteral("USD"));
        QVERIFY(contract.startDate.isValid());
        QVERIFY(contract.endDate > contract.startDate);
        QVERIFY(!contract.billingMode.isEmpty());
        QVERIFY(!contract.entitlements.isEmpty());
        for (const Entitlement &entitlement : contract.entitlements)
            QCOMPARE(entitlement.contractId, contract.id);
        if (contract.state == u"active")
            ++active;
    }
    QCOMPARE(active, 1);
    const auto other = AWAIT(QList<Contract>, backend()->contracts(QStringLiteral("org-someone-else"), context, done));
    QCOMPARE(other.error.kind(), ApiError::Kind::Auth);
}

void TestSkySqlIntegration::locale()
{
    const auto countries = AWAIT(QList<Country>, backend()->countries(SkySqlRequests::LocaleFilter::Active, context, done));
    VERIFY_OK(countries);
    bool us = false;
    for (const Country &country : countries.value) {
        QVERIFY(country.active);
        if (country.iso2 == u"US") {
            us = true;
            QCOMPARE(country.iso3, QStringLiteral("USA"));
            QCOMPARE(country.name, QStringLiteral("United States"));
        }
    }
    QVERIFY(us);
    const auto all = AWAIT(QList<Country>, backend()->countries(SkySqlRequests::LocaleFilter::All, context, done));
    QVERIFY(all.value.size() >= countries.value.size());

    const auto states = AWAIT(QList<StateProvince>,
                              backend()->statesProvinces(QStringLiteral("US"), SkySqlRequests::LocaleFilter::Active, context, done));
    VERIFY_OK(states);
    bool california = false;
    for (const StateProvince &state : states.value) {
        QCOMPARE(state.country, QStringLiteral("US"));
        if (state.code == u"CA" && state.name == u"California")
            california = true;
    }
    QVERIFY(california);
}

void TestSkySqlIntegration::catalogue()
{
    const auto offerings = AWAIT(QList<Offering>, backend()->offerings(context, done));
    VERIFY_OK(offerings);
    QCOMPARE(offerings.value.size(), 2);
    const QString provisioned = QStringLiteral("skysql-provisioned");
    QVERIFY(std::any_of(offerings.value.cbegin(), offerings.value.cend(),
                        [&](const Offering &offering) { return offering.id == provisioned && !offering.name.isEmpty(); }));

    const auto meters = AWAIT(QList<Meter>, backend()->offeringMeters(provisioned, context, done));
    VERIFY_OK(meters);
    QVERIFY(meters.value.size() >= 2);
    for (const Meter &meter : meters.value) {
        QCOMPARE(meter.offeringId, provisioned);
        QVERIFY(!meter.unit.isEmpty());
        QVERIFY(meter.priceDimensions.value(QStringLiteral("provider")));
    }
    const auto one = AWAIT(QList<Meter>, backend()->meters(meters.value.first().id, context, done));
    VERIFY_OK(one);
    QCOMPARE(one.value.size(), 1);
    QCOMPARE(one.value.first().id, meters.value.first().id);
    QCOMPARE(one.value.first().unit, meters.value.first().unit);

    SkySqlRequests::PriceFilter filter;
    filter.provider = QStringLiteral("aws");
    filter.tier = QStringLiteral("foundation");
    filter.topology = QStringLiteral("es-single");
    const auto prices = AWAIT(QList<Price>, backend()->prices(provisioned, filter, context, done));
    VERIFY_OK(prices);
    QVERIFY(!prices.value.isEmpty());
    bool compute = false;
    for (const Price &price : prices.value) {
        QCOMPARE(price.dimensions.value(QStringLiteral("provider")), QStringLiteral("aws"));
        QCOMPARE(price.dimensions.value(QStringLiteral("tier")), QStringLiteral("foundation"));
        QCOMPARE(price.dimensions.value(QStringLiteral("topology")), QStringLiteral("es-single"));
        QCOMPARE(price.meter.offeringId, provisioned);
        QCOMPARE(price.price.currency, QStringLiteral("USD"));
        if (price.meter.unit == u"hour") {
            compute = true;
            QVERIFY(price.price.pricePerHour > 0);
            // Per month is 730 hours of the hourly rate, to the provider's precision.
            QVERIFY(qAbs(price.price.pricePerMonth - price.price.pricePerHour * 730) < 1e-4);
        }
    }
    QVERIFY(compute);
    const auto unfiltered = AWAIT(QList<Price>, backend()->prices(provisioned, {}, context, done));
    QVERIFY(unfiltered.value.size() > prices.value.size());
    const auto missing = AWAIT(QList<Price>, backend()->prices(QStringLiteral("nope"), {}, context, done));
    QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);
}

void TestSkySqlIntegration::paymentMethods()
{
    auto methods = AWAIT(QList<PaymentMethod>, backend()->paymentMethods(context, done));
    VERIFY_OK(methods);
    QCOMPARE(methods.value.size(), 2);
    QString defaultId;
    QString otherId;
    for (const PaymentMethod &method : methods.value) {
        QVERIFY(method.hasCard);
        QVERIFY(method.maskedCardNumber.endsWith(method.id.right(4)));
        QVERIFY(method.expiryMonth >= 1 && method.expiryMonth <= 12);
        (method.isDefault ? defaultId : otherId) = method.id;
    }
    QCOMPARE(defaultId, QStringLiteral("pm_demo_visa_4242"));

    const auto intent = AWAIT(SetupIntent, backend()->createSetupIntent(context, done));
    VERIFY_OK(intent);
    QVERIFY(intent.value.intent.startsWith(QStringLiteral("seti_")));
    QVERIFY(intent.value.key.startsWith(QStringLiteral("pk_")));
    QVERIFY(!intent.value.secret.isEmpty());

    const auto madeDefault = AWAIT(bool, backend()->makeDefaultPaymentMethod(otherId, context, done));
    VERIFY_OK(madeDefault);
    methods = AWAIT(QList<PaymentMethod>, backend()->paymentMethods(context, done));
    for (const PaymentMethod &method : std::as_const(methods.value))
        QCOMPARE(method.isDefault, method.id == otherId);

    const auto deleted = AWAIT(bool, backend()->deletePaymentMethod(defaultId, context, done));
    VERIFY_OK(deleted);
    methods = AWAIT(QList<PaymentMethod>, backend()->paymentMethods(context, done));
    QCOMPARE(methods.value.size(), 1);
    QCOMPARE(methods.value.first().id, otherId);
}

void TestSkySqlIntegration::taxInformation()
{
    auto tax = AWAIT(TaxInfo, backend()->taxInfo(context, done));
    VERIFY_OK(tax);
    QCOMPARE(tax.value.country, QStringLiteral("US"));
    QVERIFY(!tax.value.id.isEmpty());
    const TaxInfo before = tax.value;

    TaxInfo moved = before;
    moved.postalCode = QStringLiteral("94107");
    const auto updated = AWAIT(bool, backend()->updateTaxInfo(before.id, SkySqlRequests::taxInfoChanges(before, moved),
                                                              context, done));
    VERIFY_OK(updated);
    tax = AWAIT(TaxInfo, backend()->taxInfo(context, done));
    QCOMPARE(tax.value, moved);

    // A registration that does not fit the country is refused, naming the field.
    TaxInfo france = moved;
    france.country = QStringLiteral("FR");
    france.postalCode = QStringLiteral("75002");
    france.registration = QStringLiteral("FR4030326504");
    const auto refused = AWAIT(bool, backend()->updateTaxInfo(before.id, SkySqlRequests::taxInfoChanges(moved, france),
                                                              context, done));
    QCOMPARE(refused.error.kind(), ApiError::Kind::Validation);
    QVERIFY(refused.error.fieldErrors().contains(QStringLiteral("registration")));
    tax = AWAIT(TaxInfo, backend()->taxInfo(context, done));
    QCOMPARE(tax.value, moved);

    const auto deleted = AWAIT(bool, backend()->deleteTaxInfo(before.id, context, done));
    VERIFY_OK(deleted);
    tax = AWAIT(TaxInfo, backend()->taxInfo(context, done));
    QCOMPARE(tax.error.kind(), ApiError::Kind::NotFound);

    TaxInfo germany;
    germany.country = QStringLiteral("DE");
    germany.postalCode = QStringLiteral("10115");
    germany.registration = QStringLiteral("DE123456789");
    const auto created = AWAIT(TaxInfo, backend()->createTaxInfo(germany, context, done));
    VERIFY_OK(created);
    QCOMPARE(created.value.country, QStringLiteral("DE"));
    QCOMPARE(created.value.registration, QStringLiteral("DE123456789"));
    tax = AWAIT(TaxInfo, backend()->taxInfo(context, done));
    QCOMPARE(tax.value, created.value);
}

void TestSkySqlIntegration::invoicesBothViewsAndPdf()
{
    const auto list = AWAIT(QList<Invoice>, backend()->invoices(ReferenceDate.addYears(-2), context, done));
    VERIFY_OK(list);
    QVERIFY(list.value.size() >= 12);
    const Invoice &summary = list.value.first();
    QVERIFY(!summary.id.isEmpty());
    QVERIFY(summary.date.isValid());
    QCOMPARE(summary.amount.currency(), QStringLiteral("USD"));

    for (const auto view : {SkySqlRequests::InvoiceView::Service, SkySqlRequests::InvoiceView::Resource}) {
        const auto detail = AWAIT(Invoice, backend()->invoice(summary.id, view, context, done));
        VERIFY_OK(detail);
        QCOMPARE(detail.value.id, summary.id);
        QVERIFY(!detail.value.services.isEmpty());
        Money sum(0, detail.value.amount.currency());
        for (const InvoiceService &service : detail.value.services) {
            QVERIFY(!service.name.isEmpty());
            QVERIFY(!service.lines.isEmpty());
            sum += service.cost;
        }
        QCOMPARE(sum, summary.amount);
    }
    const auto missing = AWAIT(Invoice, backend()->invoice(QStringLiteral("inv-nope"), SkySqlRequests::InvoiceView::Service,
                                                           context, done));
    QCOMPARE(missing.error.kind(), ApiError::Kind::NotFound);

    QTemporaryDir folder;
    const auto pdf = AWAIT(QString, backend()->invoicePdf(summary.id, folder.filePath(QStringLiteral("i.pdf")), context, done));
    VERIFY_OK(pdf);
    QFile file(pdf.value);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF-"));
}

void TestSkySqlIntegration::overviewLoaderFillsItsModels()
{
    // No organization configured: the contracts follow the account's answer.
    OverviewLoader loader(backend(), QString());
    QSignalSpy loaded(&loader, &OverviewLoader::loaded);
    QSignalSpy loading(&loader, &OverviewLoader::loadingChanged);
    QSignalSpy answers(m_network.get(), &QNetworkAccessManager::finished);
    loader.load();
    QVERIFY(loader.isLoading());
    // A second load before the first answers: only its answers count, and loaded() comes once.
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    // Once every answer is in: the account and both ledgers twice, and the second load's
    // contracts (the first asks for none, its account answer being dropped).
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 7, 20000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loading.count(), 2);  // true, then false
    QVERIFY(!loader.isLoading());
    QVERIFY(loader.errors().isEmpty());
    QVERIFY(loader.hasAccount());
    QCOMPARE(loader.account().organizationId, m_server->organizationId());
    QVERIFY(loader.creditLedger()->rowCount() >= 4);
    QVERIFY(loader.commitLedger()->rowCount() > 0);
    QCOMPARE(loader.contracts()->rowCount(), 2);

    // The ledger's running balance ends at the credit the current bill reports.
    const auto bill = AWAIT(Bill, backend()->billV2(0, 0, context, done));
    VERIFY_OK(bill);
    QCOMPARE(loader.creditLedger()->currentBalance(QStringLiteral("USD")), bill.value.remainingCredit);
}

void TestSkySqlIntegration::overviewLoaderReportsEachFailure()
{
    DemoFault fault;
    fault.kind = DemoFault::Kind::Status;
    fault.status = 403;
    fault.times = 5;
    m_server->injectFault(QStringLiteral("/billing/v1/account/postpaid-commit-ledger"), fault);
    OverviewLoader loader(backend(), m_server->organizationId());
    QSignalSpy failed(&loader, &OverviewLoader::failed);
    QSignalSpy loaded(&loader, &OverviewLoader::loaded);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(loader.errors().size(), 1);
    QCOMPARE(loader.errors().first().kind(), ApiError::Kind::Auth);
    QCOMPARE(loader.commitLedger()->rowCount(), 0);
    // The rest still loaded.
    QVERIFY(loader.hasAccount());
    QVERIFY(loader.creditLedger()->rowCount() > 0);
    QCOMPARE(loader.contracts()->rowCount(), 2);
}

void TestSkySqlIntegration::catalogLoaderLoadsEveryOffering()
{
    CatalogLoader loader(backend());
    QSignalSpy loaded(&loader, &CatalogLoader::loaded);
    loader.load();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QVERIFY(loader.errors().isEmpty());
    QCOMPARE(loader.offerings().size(), 2);
    int expected = 0;
    for (const Offering &offering : loader.offerings()) {
        QVERIFY(!loader.meters(offering.id).isEmpty());
        const auto prices = AWAIT(QList<Price>, backend()->prices(offering.id, {}, context, done));
        VERIFY_OK(prices);
        expected += int(prices.value.size());
    }
    QCOMPARE(loader.prices()->rowCount(), expected);
    QCOMPARE(loader.prices()->offerings().size(), 2);
    QVERIFY(loader.prices()->dimensionValues(QStringLiteral("provider")).contains(QStringLiteral("azure")));
}

QTEST_GUILESS_MAIN(TestSkySqlIntegration)
#include "tst_skysqlintegration.moc"
