// Every SkySQL billing operation: the request its builder makes, and the decoding of the
// reference's own example payload (tests/data/skysql/ops/*.json, copied byte for byte from
// the provider's document), plus wrong-type errors and the contact PATCH diff.

#include "api/apiclient.h"
#include "api/skysql/skysqldecoders.h"
#include "api/skysql/skysqlrequests.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QtTest>

#include <functional>

namespace
{
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BILLDECK_TEST_DATA_DIR "/skysql/ops/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

using QueryItems = QList<QPair<QString, QString>>;

QString describe(const ApiError &error)
{
    return error.isError() ? error.longMessage() : QStringLiteral("no error");
}

QJsonObject jsonBody(const ApiRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// A decoder bound to its body, for the table of wrong-type cases.
struct WrongType {
    const char *name;
    std::function<void(const QByteArray &, ApiError *)> decode;
    QByteArray body;
    QString endpoint;
    QString field;
};
}

class TestSkySqlOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesAreTheReferenceText();
    void authHeadersReachTheRequest();

    void account();
    void postpaidCommitLedger();
    void prepaidCreditLedger();
    void billV1();
    void billV2();
    void contactsList();
    void contactCreate();
    void contactUpdate();
    void contactDelete();
    void contracts();
    void invoicesList();
    void invoiceDetail();
    void invoicePdf();
    void countries();
    void statesProvinces();
    void offerings();
    void meters();
    void offeringMeters();
    void prices();
    void paymentMethodsList();
    void setupIntent();
    void paymentMethodMakeDefault();
    void paymentMethodDelete();
    void taxGet();
    void taxCreate();
    void taxUpdate();
    void taxDelete();

    void wrongTypesNameEndpointAndField();
    void missingRequiredFieldsAreErrors();
    void contactDiffHoldsOnlyChanges();
    void billCategories();

private:
    static void checkRequest(const ApiRequest &request, const QByteArray &method, const QString &path,
                             const QueryItems &query = {});
};

void TestSkySqlOperations::checkRequest(const ApiRequest &request, const QByteArray &method, const QString &path,
                                       const QueryItems &query)
{
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, path);
    QCOMPARE(request.query.queryItems(QUrl::FullyDecoded), query);
    if (method == "POST" || method == "PATCH") {
        QCOMPARE(request.contentType, QByteArrayLiteral("application/json"));
        QJsonParseError parseError;
        QJsonDocument::fromJson(request.body, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
    } else {
        QVERIFY(request.body.isEmpty());
    }
}

void TestSkySqlOperations::fixturesAreTheReferenceText()
{
    const QString documentPath = QStringLiteral(BILLDECK_TEST_DATA_DIR "/../../../shared/api/skysql-billing.txt");
    QFile file(documentPath);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the provider's reference is not beside the repository; the fixtures stand alone");
    const QByteArray document = file.readAll();
    const QList<QPair<QString, QByteArray>> fixtures{
        {QStringLiteral("account"), "GET /billing/v1/account"},
        {QStringLiteral("postpaid-commit-ledger"), "GET /billing/v1/account/postpaid-commit-ledger"},
        {QStringLiteral("prepaid-credit-ledger"), "GET /billing/v1/account/prepaid-credit-ledger"},
        {QStringLiteral("bills-v1"), "GET /billing/v1/bills"},
        {QStringLiteral("bills-v2"), "GET /billing/v2/bills"},
        {QStringLiteral("contacts"), "GET /billing/v1/contacts"},
        {QStringLiteral("contact-create"), "POST /billing/v1/contacts"},
        {QStringLiteral("contracts"), "GET /billing/v1/contracts/{org_id}"},
        {QStringLiteral("invoices"), "GET /billing/v1/invoices"},
        {QStringLiteral("invoice"), "GET /billing/v1/invoices/{invoice_id}"},
        {QStringLiteral("invoice-pdf"), "GET /public/services/bcs/invoices/{invoice_id}/pdf"},
        {QStringLiteral("locale-country"), "GET /billing/v1/locale/country"},
        {QStringLiteral("locale-state-province"), "GET /billing/v1/locale/state-province"},
        {QStringLiteral("meters"), "GET /billing/v1/meters/{id}"},
        {QStringLiteral("offerings"), "GET /billing/v1/offerings"},
        {QStringLiteral("offering-meters"), "GET /billing/v1/offerings/{id}/meters"},
        {QStringLiteral("payment-methods"), "GET /billing/v1/payment-methods"},
        {QStringLiteral("setup-intent"), "POST /billing/v1/payment-methods/setup-intent"},
        {QStringLiteral("prices"), "GET /billing/v1/prices/{offering}"},
        {QStringLiteral("tax"), "GET /billing/v1/tax"},
        {QStringLiteral("tax-create"), "POST /billing/v1/tax"},
    };
    for (const auto &entry : fixtures) {
        const QByteArray requestLine = '\n' + entry.second + " HTTP/1.1\n";
        const qsizetype start = document.indexOf(requestLine);
        QVERIFY2(start >= 0, entry.second.constData());
        qsizetype next = document.indexOf(" HTTP/1.1\n", start + requestLine.size());
        if (next < 0)
            next = document.size();
        const QByteArray payload = fixture(entry.first);
        const qsizetype at = document.indexOf(payload, start);
        QVERIFY2(at > start && at < next, qPrintable(entry.first + QStringLiteral(" is not the reference's text")));
        // The whole example, not a fragment: it starts a line and closes at column 0.
        QCOMPARE(document.at(at - 1), '\n');
        QVERIFY(payload.endsWith("\n}\n") || payload.endsWith("\n]\n"));
    }
}

void TestSkySqlOperations::authHeadersReachTheRequest()
{
    HeaderAuthenticator withOrg(SkySqlRequests::authHeaders(QStringLiteral("demo-skysql-key"), QStringLiteral("org-42")));
    QNetworkRequest request(QUrl(QStringLiteral("https://api.skysql.com/billing/v1/offerings")));
    withOrg.authorize(request);
    QCOMPARE(request.rawHeader("X-API-Key"), QByteArrayLiteral("demo-skysql-key"));
    QCOMPARE(request.rawHeader("X-SkySQL-Org-ID"), QByteArrayLiteral("org-42"));

    HeaderAuthenticator withoutOrg(SkySqlRequests::authHeaders(QStringLiteral("k2"), QString()));
    QNetworkRequest bare(QUrl(QStringLiteral("https://api.skysql.com/billing/v1/account")));
    withoutOrg.authorize(bare);
    QCOMPARE(bare.rawHeader("X-API-Key"), QByteArrayLiteral("k2"));
    QVERIFY(!bare.hasRawHeader("X-SkySQL-Org-ID"));

    // The client owning that authenticator sends catalogue routes to the same origin.
    QNetworkAccessManager network;
    ApiClient client(&network, QUrl(QStringLiteral("https://api.skysql.com")),
                     std::make_unique<HeaderAuthenticator>(SkySqlRequests::authHeaders(QStringLiteral("k"), QString())));
    SkySqlRequests::PriceFilter filter;
    filter.provider = QStringLiteral("aws");
    QCOMPARE(client.urlFor(SkySqlRequests::prices(QStringLiteral("skysql-db"), filter)),
             QUrl(QStringLiteral("https://api.skysql.com/billing/v1/prices/skysql-db?provider=aws")));
    QCOMPARE(client.urlFor(SkySqlRequests::prices(QStringLiteral("sky/db"), filter)),
             QUrl(QStringLiteral("https://api.skysql.com/billing/v1/prices/sky%2Fdb?provider=aws")));
}

void TestSkySqlOperations::account()
{
    checkRequest(SkySqlRequests::account(), "GET", QStringLiteral("/billing/v1/account"));

    ApiError error;
    const BillingAccount account = SkySqlDecoders::account(fixture(QStringLiteral("account")), QStringLiteral("USD"), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(account.organizationId, QStringLiteral("text"));
    QCOMPARE(account.number, QStringLiteral("text"));
    QCOMPARE(account.legalEntityIdentifier, QStringLiteral("text"));
    QCOMPARE(account.status, QStringLiteral("text"));
    QCOMPARE(account.tier, QStringLiteral("text"));
    QVERIFY(account.active);
    QVERIFY(account.remittance);
    QVERIFY(!account.startDate.isValid());
    QCOMPARE(account.startDateText, QStringLiteral("text"));
    QCOMPARE(account.scuConsumedMonthToDate, 1.0);
    QCOMPARE(account.scuRemainingMonthToDate, 1.0);
    QCOMPARE(account.trialCredit, Money(100, QStringLiteral("USD")));
    QCOMPARE(account.subscription.paymentCollectionMethod, QStringLiteral("text"));
    QCOMPARE(account.subscription.status, QStringLiteral("text"));

    // The caller's currency is the one used: nothing in the payload names one.
    const BillingAccount inEuro = SkySqlDecoders::account(fixture(QStringLiteral("account")), QStringLiteral("eur"), &error);
    QCOMPARE(inEuro.trialCredit, Money(100, QStringLiteral("EUR")));
}

void TestSkySqlOperations::postpaidCommitLedger()
{
    checkRequest(SkySqlRequests::postpaidCommitLedger(), "GET", QStringLiteral("/billing/v1/account/postpaid-commit-ledger"));

    ApiError error;
    const QList<PostpaidCommitEntry> entries
        = SkySqlDecoders::postpaidCommitLedger(fixture(QStringLiteral("postpaid-commit-ledger")), QStringLiteral("USD"), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(entries.size(), 1);
    const PostpaidCommitEntry &entry = entries.first();
    QCOMPARE(entry.id, QStringLiteral("text"));
    QCOMPARE(entry.contractEntitlementId, QStringLiteral("text"));
    QCOMPARE(entry.organizationId, QStringLiteral("text"));
    QCOMPARE(entry.period, QStringLiteral("text"));
    QVERIFY(!entry.createdAt.isValid());
    QCOMPARE(entry.createdAtText, QStringLiteral("text"));
    QCOMPARE(entry.invoiceAmount, Money(100, QStringLiteral("USD")));
    QCOMPARE(entry.minComputeCommit, Money(100, QStringLiteral("USD")));
    QCOMPARE(entry.unusedComputeCommit, Money(100, QStringLiteral("USD")));
}

void TestSkySqlOperations::prepaidCreditLedger()
{
    checkRequest(SkySqlRequests::prepaidCreditLedger(), "GET", QStringLiteral("/billing/v1/account/prepaid-credit-ledger"));

    ApiError error;
    const QList<LedgerEntry> entries
        = SkySqlDecoders::prepaidCreditLedger(fixture(QStringLiteral("prepaid-credit-ledger")), QStringLiteral("USD"), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(entries.size(), 1);
    const LedgerEntry &entry = entries.first();
    QCOMPARE(entry.id, QStringLiteral("text"));
    QCOMPARE(entry.amount, Money(100, QStringLiteral("USD")));
    QCOMPARE(entry.batch, qint64(1));
    QCOMPARE(entry.contractId, QStringLiteral("text"));
    QCOMPARE(entry.organizationId, QStringLiteral("text"));
    QCOMPARE(entry.reason, QStringLiteral("text"));
    QCOMPARE(entry.type, QStringLiteral("text"));
    QCOMPARE(entry.createdAtText, QStringLiteral("text"));

    // A real entry: dates parse, amounts keep their cents and sign.
    const QByteArray real = R"([{"id":"l1","amount":-12.34,"batch":7,"created_at":"2025-10-01T00:00:00Z"}])";
    const QList<LedgerEntry> parsed = SkySqlDecoders::prepaidCreditLedger(real, QStringLiteral("USD"), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(parsed.first().amount, Money(-1234, QStringLiteral("USD")));
    QCOMPARE(parsed.first().createdAt.date(), QDate(2025, 10, 1));
}

void TestSkySqlOperations::billV1()
{
    checkRequest(SkySqlRequests::billV1(2025, 3), "GET", QStringLiteral("/billing/v1/bills"),
                 {{QStringLiteral("year"), QStringLiteral("2025")}, {QStringLiteral("month"), QStringLiteral("3")}});
    checkRequest(SkySqlRequests::billV1(0, 0), "GET", QStringLiteral("/billing/v1/bills"));

    ApiError error;
    const Bill bill = SkySqlDecoders::billV1(fixture(QStringLiteral("bills-v1")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    const QString currency = QStringLiteral("TEXT");  // the reference's placeholder, upper-cased like every code
    const Money one(100, currency);
    QCOMPARE(bill.apiVersion, 1);
    QCOMPARE(bill.id, QStringLiteral("text"));
    QCOMPARE(bill.currency, currency);
    QCOMPARE(bill.currencySymbol, QStringLiteral("text"));
    QCOMPARE(bill.billingMode, QStringLiteral("text"));
    QCOMPARE(bill.organizationId, QStringLiteral("text"));
    QCOMPARE(bill.period, QStringLiteral("text"));
    QVERIFY(!bill.month.isValid());
    QCOMPARE(bill.supportType, QStringLiteral("text"));
    QCOMPARE(bill.tier, QStringLiteral("text"));
    QCOMPARE(bill.usageDays, 1.0);
    for (const Money &amount : {bill.total, bill.totalComputeCost, bill.totalStorageCost, bill.dataTransferCost,
                                bill.supportCost, bill.discount, bill.additionalComputeDiscount,
                                bill.discountedComputeCost, bill.undiscountedComputeCost, bill.minComputeCost,
                                bill.remainingCredit, bill.unusedComputeCommit, bill.unusedComputeCommitLedger})
        QCOMPARE(amount, one);
    QCOMPARE(bill.otherCost, Money(0, currency));

    QCOMPARE(bill.items.size(), 1);
    const BillItem &item = bill.items.first();
    QCOMPARE(item.id, QStringLiteral("text"));
    QCOMPARE(item.billId, QStringLiteral("text"));
    QCOMPARE(item.resourceId, QStringLiteral("text"));
    QCOMPARE(item.name, QStringLiteral("text"));
    QCOMPARE(item.dimensions.value(QStringLiteral("provider")), QStringLiteral("text"));
    QCOMPARE(item.dimensions.value(QStringLiteral("region")), QStringLiteral("text"));
    QCOMPARE(item.dimensions.value(QStringLiteral("topology")), QStringLiteral("text"));
    QCOMPARE(item.lines.size(), 1);
    const BillLine &line = item.lines.first();
    QCOMPARE(line.key, QStringLiteral("ANY_ADDITIONAL_PROPERTY"));
    QCOMPARE(line.category, BillCostCategory::Other);
    QCOMPARE(line.name, QStringLiteral("text"));
    QCOMPARE(line.instance, QStringLiteral("text"));
    QCOMPARE(line.activeNodes, 1);
    QCOMPARE(line.rate, 1.0);
    QCOMPARE(line.quantity, 1.0);
    QCOMPARE(line.total, one);
    QCOMPARE(item.total, one);  // v1 has no item total: the sum of its lines
}

void TestSkySqlOperations::billV2()
{
    checkRequest(SkySqlRequests::billV2(2024, 12), "GET", QStringLiteral("/billing/v2/bills"),
                 {{QStringLiteral("year"), QStringLiteral("2024")}, {QStringLiteral("month"), QStringLiteral("12")}});

    ApiError error;
    const Bill bill = SkySqlDecoders::billV2(fixture(QStringLiteral("bills-v2")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    const Money one(100, QStringLiteral("TEXT"));
    QCOMPARE(bill.apiVersion, 2);
    QCOMPARE(bill.id, QStringLiteral("text"));
    QCOMPARE(bill.total, one);
    QCOMPARE(bill.otherCost, one);
    QCOMPARE(bill.totalComputeCost, one);
    QCOMPARE(bill.totalStorageCost, one);
    QCOMPARE(bill.dataTransferCost, one);
    QCOMPARE(bill.supportCost, one);
    QCOMPARE(bill.unusedComputeCommit, one);
    QCOMPARE(bill.items.size(), 1);
    const BillItem &item = bill.items.first();
    QCOMPARE(item.id, QStringLiteral("text"));
    QCOMPARE(item.total, one);
    QCOMPARE(item.resourceId, QStringLiteral("text"));
    QCOMPARE(item.name, QStringLiteral("text"));
    QCOMPARE(item.dimensions, (QMap<QString, QString>{{QStringLiteral("ANY_ADDITIONAL_PROPERTY"), QStringLiteral("text")}}));
    QCOMPARE(item.lines.size(), 1);
    const BillLine &line = item.lines.first();
    QCOMPARE(line.key, QStringLiteral("ANY_ADDITIONAL_PROPERTY"));
    QCOMPARE(line.name, QStringLiteral("text"));
    QCOMPARE(line.priceId, QStringLiteral("text"));
    QCOMPARE(line.quantity, 1.0);
    QCOMPARE(line.unit, QStringLiteral("text"));
    QCOMPARE(line.rate, 1.0);
    QCOMPARE(line.rateUnit, QStringLiteral("text"));
    QCOMPARE(line.billableUsage, 1.0);
    QCOMPARE(line.includedUsage, 1.0);
    QCOMPARE(line.includedUsageLimit, 1.0);
    QCOMPARE(line.includedUsageAmount, one);
    QCOMPARE(line.dimensions.value(QStringLiteral("ANY_ADDITIONAL_PROPERTY")), QStringLiteral("text"));
    QCOMPARE(line.total, one);
}

void TestSkySqlOperations::contactsList()
{
    checkRequest(SkySqlRequests::contacts(), "GET", QStringLiteral("/billing/v1/contacts"));

    ApiError error;
    const QList<Contact> contacts = SkySqlDecoders::contacts(fixture(QStringLiteral("contacts")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(contacts.size(), 1);
    const Contact &contact = contacts.first();
    QCOMPARE(contact.id, QStringLiteral("text"));
    QCOMPARE(contact.email, QStringLiteral("text"));
    QCOMPARE(contact.firstName, QStringLiteral("text"));
    QCOMPARE(contact.lastName, QStringLiteral("text"));
    QCOMPARE(contact.phone, QStringLiteral("text"));
    QCOMPARE(contact.type, QStringLiteral("text"));
    QCOMPARE(contact.fullName(), QStringLiteral("text text"));
    QCOMPARE(contact.address.line1, QStringLiteral("text"));
    QCOMPARE(contact.address.line2, QStringLiteral("text"));
    QCOMPARE(contact.address.city, QStringLiteral("text"));
    QCOMPARE(contact.address.country, QStringLiteral("text"));
    QCOMPARE(contact.address.postalCode, QStringLiteral("text"));
    QCOMPARE(contact.address.state, QStringLiteral("text"));
}

void TestSkySqlOperations::contactCreate()
{
    Contact contact;
    contact.id = QStringLiteral("must-not-be-sent");
    contact.type = QStringLiteral("billing");
    contact.firstName = QStringLiteral("Ada");
    contact.lastName = QStringLiteral("Lovelace");
    contact.email = QStringLiteral("ada@example.com");
    contact.phone = QStringLiteral("+44 20 7946 0000");
    contact.address.line1 = QStringLiteral("12 St James's Square");
    contact.address.city = QStringLiteral("London");
    contact.address.postalCode = QStringLiteral("SW1Y 4JH");
    contact.address.country = QStringLiteral("GB");
    const ApiRequest request = SkySqlRequests::createContact(contact);
    checkRequest(request, "POST", QStringLiteral("/billing/v1/contacts"));
    const QJsonObject body = jsonBody(request);
    QVERIFY(!body.contains(QStringLiteral("id")));
    QCOMPARE(body.value(QStringLiteral("first_name")).toString(), QStringLiteral("Ada"));
    QCOMPARE(body.value(QStringLiteral("last_name")).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(body.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(body.value(QStringLiteral("phone")).toString(), QStringLiteral("+44 20 7946 0000"));
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("billing"));
    const QJsonObject address = body.value(QStringLiteral("address")).toObject();
    QCOMPARE(address.value(QStringLiteral("address_line_1")).toString(), QStringLiteral("12 St James's Square"));
    QCOMPARE(address.value(QStringLiteral("address_line_2")).toString(), QString());
    QCOMPARE(address.value(QStringLiteral("city")).toString(), QStringLiteral("London"));
    QCOMPARE(address.value(QStringLiteral("postal_code")).toString(), QStringLiteral("SW1Y 4JH"));
    QCOMPARE(address.value(QStringLiteral("country")).toString(), QStringLiteral("GB"));
    QCOMPARE(address.keys().size(), 6);

    ApiError error;
    const Contact created = SkySqlDecoders::createdContact(fixture(QStringLiteral("contact-create")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(created.id, QStringLiteral("text"));
    QCOMPARE(created.email, QStringLiteral("text"));
    QCOMPARE(created.address.city, QStringLiteral("text"));
}

void TestSkySqlOperations::contactUpdate()
{
    const QJsonObject changes{{QStringLiteral("email"), QStringLiteral("billing@example.com")}};
    const ApiRequest request = SkySqlRequests::updateContact(QStringLiteral("c/1"), changes);
    checkRequest(request, "PATCH", QStringLiteral("/billing/v1/contacts/c%2F1"));
    QCOMPARE(jsonBody(request), changes);
    QVERIFY(!request.isIdempotent());

    ApiError error;
    QVERIFY(SkySqlDecoders::noContent(QByteArray(), &error));
    QVERIFY(!error.isError());
}

void TestSkySqlOperations::contactDelete()
{
    const ApiRequest request = SkySqlRequests::deleteContact(QStringLiteral("contact-7"));
    checkRequest(request, "DELETE", QStringLiteral("/billing/v1/contacts/contact-7"));
    ApiError error;
    QVERIFY(SkySqlDecoders::noContent(QByteArray(), &error));
    QVERIFY(!error.isError());
}

void TestSkySqlOperations::contracts()
{
    checkRequest(SkySqlRequests::contracts(QStringLiteral("org-abc")), "GET", QStringLiteral("/billing/v1/contracts/org-abc"));

    ApiError error;
    const QList<Contract> contracts = SkySqlDecoders::contracts(fixture(QStringLiteral("contracts")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(contracts.size(), 1);
    const Contract &contract = contracts.first();
    QCOMPARE(contract.id, QStringLiteral("text"));
    QCOMPARE(contract.currency, QStringLiteral("TEXT"));
    QCOMPARE(contract.billingMode, QStringLiteral("text"));
    QCOMPARE(contract.createdBy, QStringLiteral("text"));
    QCOMPARE(contract.updatedBy, QStringLiteral("text"));
    QCOMPARE(contract.integrationId, QStringLiteral("text"));
    QCOMPARE(contract.renewalId, QStringLiteral("text"));
    QCOMPARE(contract.state, QStringLiteral("text"));
    QCOMPARE(contract.organizationId, QStringLiteral("text"));
    QCOMPARE(contract.startDateText, QStringLiteral("text"));
    QCOMPARE(contract.endDateText, QStringLiteral("text"));
    QVERIFY(!contract.startDate.isValid());
    QVERIFY(contract.marketingCollaborationDiscount);
    QCOMPARE(contract.estimatedContractCommit, Money(100, QStringLiteral("TEXT")));
    QCOMPARE(contract.estimatedContractValue, Money(100, QStringLiteral("TEXT")));
    QCOMPARE(contract.entitlements.size(), 1);
    const Entitlement &entitlement = contract.entitlements.first();
    QCOMPARE(entitlement.id, QStringLiteral("text"));
    QCOMPARE(entitlement.entitlementId, QStringLiteral("text"));
    QCOMPARE(entitlement.contractId, QStringLiteral("text"));
    QCOMPARE(entitlement.startDateText, QStringLiteral("text"));
    QCOMPARE(entitlement.endDateText, QStringLiteral("text"));
    QVERIFY(entitlement.spec.isNull());

    // `spec` is whatever JSON the provider keeps there; it comes back untouched.
    const QByteArray withSpec = R"([{"id":"k","currency":"usd","estimated_contract_commit":1200.5,
        "estimated_contract_value":2400,"start_date":"2025-01-01",
        "entitlements":[{"id":"e","spec":{"scu":[1,2],"discount":0.1}}]}])";
    const QList<Contract> real = SkySqlDecoders::contracts(withSpec, &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(real.first().estimatedContractCommit, Money(120050, QStringLiteral("USD")));
    QCOMPARE(real.first().startDate, QDate(2025, 1, 1));
    const QJsonObject spec = real.first().entitlements.first().spec.toObject();
    QCOMPARE(spec.value(QStringLiteral("scu")).toArray(), (QJsonArray{1, 2}));
    QCOMPARE(spec.value(QStringLiteral("discount")).toDouble(), 0.1);
}

void TestSkySqlOperations::invoicesList()
{
    checkRequest(SkySqlRequests::invoices(QDate(2024, 1, 1)), "GET", QStringLiteral("/billing/v1/invoices"),
                 {{QStringLiteral("start_date"), QStringLiteral("2024-01-01")}});

    ApiError error;
    const QList<Invoice> invoices = SkySqlDecoders::invoicesInCurrency(fixture(QStringLiteral("invoices")), QStringLiteral("USD"), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.first().id, QStringLiteral("text"));
    QCOMPARE(invoices.first().amount, Money(100, QStringLiteral("USD")));
    QCOMPARE(invoices.first().organizationId, QStringLiteral("text"));
    QCOMPARE(invoices.first().period, QStringLiteral("text"));
    QVERIFY(!invoices.first().date.isValid());

    // The existing form keeps its meaning: no currency in the payload, none guessed.
    const QList<Invoice> unknownCurrency = SkySqlDecoders::invoices(fixture(QStringLiteral("invoices")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(unknownCurrency.first().amount.currency(), QString());
}

void TestSkySqlOperations::invoiceDetail()
{
    checkRequest(SkySqlRequests::invoice(QStringLiteral("inv-1"), SkySqlRequests::InvoiceView::Resource), "GET",
                 QStringLiteral("/billing/v1/invoices/inv-1"), {{QStringLiteral("as"), QStringLiteral("resource")}});
    checkRequest(SkySqlRequests::invoice(QStringLiteral("inv-1"), SkySqlRequests::InvoiceView::Service), "GET",
                 QStringLiteral("/billing/v1/invoices/inv-1"), {{QStringLiteral("as"), QStringLiteral("service")}});

    ApiError error;
    const Invoice invoice = SkySqlDecoders::invoice(fixture(QStringLiteral("invoice")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(invoice.id, QStringLiteral("text"));
    QCOMPARE(invoice.amount, Money(100, QStringLiteral("TEXT")));
    QCOMPARE(invoice.services.size(), 1);
    QCOMPARE(invoice.services.first().cost, Money(100, QStringLiteral("TEXT")));
    QVERIFY(invoice.hasDetails);
}

void TestSkySqlOperations::invoicePdf()
{
    const ApiRequest request = SkySqlRequests::invoicePdf(QStringLiteral("inv-1"));
    checkRequest(request, "GET", QStringLiteral("/public/services/bcs/invoices/inv-1/pdf"));
    QCOMPARE(request.accept, QByteArrayLiteral("application/pdf"));

    // The reference's example is the "integer[]" form: bytes as numbers. [1] is one byte,
    // and not a PDF document, which invoicePdf then says.
    ApiError error;
    QCOMPARE(SkySqlDecoders::byteArrayJson(fixture(QStringLiteral("invoice-pdf")), &error), QByteArray(1, '\x01'));
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    SkySqlDecoders::invoicePdf(fixture(QStringLiteral("invoice-pdf")), &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY(error.longMessage().contains(QStringLiteral("not a PDF")));

    QJsonArray pdfBytes;
    for (const char byte : QByteArrayLiteral("%PDF-1.4\n"))
        pdfBytes.append(static_cast<unsigned char>(byte));
    error = ApiError();
    const QByteArray fromJson = SkySqlDecoders::invoicePdf(QJsonDocument(pdfBytes).toJson(), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(fromJson, QByteArrayLiteral("%PDF-1.4\n"));
    QCOMPARE(SkySqlDecoders::invoicePdf(QByteArrayLiteral("%PDF-1.7 raw"), &error), QByteArrayLiteral("%PDF-1.7 raw"));

    SkySqlDecoders::byteArrayJson(QByteArrayLiteral("[37, 300]"), &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("[1]")});
}

void TestSkySqlOperations::countries()
{
    checkRequest(SkySqlRequests::countries(), "GET", QStringLiteral("/billing/v1/locale/country"),
                 {{QStringLiteral("active"), QStringLiteral("true")}});
    checkRequest(SkySqlRequests::countries(SkySqlRequests::LocaleFilter::All), "GET", QStringLiteral("/billing/v1/locale/country"));
    checkRequest(SkySqlRequests::countries(SkySqlRequests::LocaleFilter::Inactive), "GET",
                 QStringLiteral("/billing/v1/locale/country"), {{QStringLiteral("active"), QStringLiteral("false")}});

    ApiError error;
    const QList<Country> countries = SkySqlDecoders::countries(fixture(QStringLiteral("locale-country")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(countries.size(), 1);
    QCOMPARE(countries.first().iso2, QStringLiteral("text"));
    QCOMPARE(countries.first().iso3, QStringLiteral("text"));
    QCOMPARE(countries.first().lei, QStringLiteral("text"));
    QCOMPARE(countries.first().name, QStringLiteral("text"));
    QVERIFY(countries.first().active);
    QVERIFY(countries.first().vat);
}

void TestSkySqlOperations::statesProvinces()
{
    checkRequest(SkySqlRequests::statesProvinces(QStringLiteral("US")), "GET", QStringLiteral("/billing/v1/locale/state-province"),
                 {{QStringLiteral("active"), QStringLiteral("true")}, {QStringLiteral("country"), QStringLiteral("US")}});
    checkRequest(SkySqlRequests::statesProvinces(QString(), SkySqlRequests::LocaleFilter::All), "GET",
                 QStringLiteral("/billing/v1/locale/state-province"));

    ApiError error;
    const QList<StateProvince> states = SkySqlDecoders::statesProvinces(fixture(QStringLiteral("locale-state-province")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().code, QStringLiteral("text"));
    QCOMPARE(states.first().country, QStringLiteral("text"));
    QCOMPARE(states.first().name, QStringLiteral("text"));
    QVERIFY(states.first().active);
}

void TestSkySqlOperations::offerings()
{
    checkRequest(SkySqlRequests::offerings(), "GET", QStringLiteral("/billing/v1/offerings"));

    ApiError error;
    const QList<Offering> offerings = SkySqlDecoders::offerings(fixture(QStringLiteral("offerings")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(offerings.size(), 1);
    QCOMPARE(offerings.first().id, QStringLiteral("text"));
    QCOMPARE(offerings.first().name, QStringLiteral("text"));
    QCOMPARE(offerings.first().description, QStringLiteral("text"));
    QCOMPARE(offerings.first().productMapping, QStringLiteral("text"));
}

static void checkReferenceMeter(const Meter &meter)
{
    QCOMPARE(meter.id, QStringLiteral("text"));
    QCOMPARE(meter.offeringId, QStringLiteral("text"));
    QCOMPARE(meter.name, QStringLiteral("text"));
    QCOMPARE(meter.label, QStringLiteral("text"));
    QCOMPARE(meter.description, QStringLiteral("text"));
    QCOMPARE(meter.meterClass, QStringLiteral("text"));
    QCOMPARE(meter.unit, QStringLiteral("text"));
    QCOMPARE(meter.priceDimensions, (QMap<QString, bool>{{QStringLiteral("ANY_ADDITIONAL_PROPERTY"), true}}));
}

void TestSkySqlOperations::meters()
{
    checkRequest(SkySqlRequests::meters(QStringLiteral("m 1")), "GET", QStringLiteral("/billing/v1/meters/m%201"));

    ApiError error;
    const QList<Meter> meters = SkySqlDecoders::meters(fixture(QStringLiteral("meters")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(meters.size(), 1);
    checkReferenceMeter(meters.first());
}

void TestSkySqlOperations::offeringMeters()
{
    checkRequest(SkySqlRequests::offeringMeters(QStringLiteral("skysql-db")), "GET",
                 QStringLiteral("/billing/v1/offerings/skysql-db/meters"));

    ApiError error;
    const QList<Meter> meters = SkySqlDecoders::offeringMeters(fixture(QStringLiteral("offering-meters")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(meters.size(), 1);
    checkReferenceMeter(meters.first());
}

void TestSkySqlOperations::prices()
{
    SkySqlRequests::PriceFilter filter;
    filter.provider = QStringLiteral("aws");
    filter.product = QStringLiteral("enterprise");
    filter.topology = QStringLiteral("es-replica");
    filter.tier = QStringLiteral("power");
    checkRequest(SkySqlRequests::prices(QStringLiteral("skysql-db"), filter), "GET", QStringLiteral("/billing/v1/prices/skysql-db"),
                 {{QStringLiteral("provider"), QStringLiteral("aws")},
                  {QStringLiteral("product"), QStringLiteral("enterprise")},
                  {QStringLiteral("topology"), QStringLiteral("es-replica")},
                  {QStringLiteral("tier"), QStringLiteral("power")}});
    checkRequest(SkySqlRequests::prices(QStringLiteral("skysql-db")), "GET", QStringLiteral("/billing/v1/prices/skysql-db"));

    ApiError error;
    const QList<Price> prices = SkySqlDecoders::prices(fixture(QStringLiteral("prices")), QStringLiteral("USD"), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(prices.size(), 1);
    const Price &price = prices.first();
    QCOMPARE(price.id, QStringLiteral("text"));
    QCOMPARE(price.type, QStringLiteral("text"));
    QCOMPARE(price.dimensions, (QMap<QString, QString>{{QStringLiteral("ANY_ADDITIONAL_PROPERTY"), QStringLiteral("text")}}));
    QCOMPARE(price.startRange, 1.0);
    QCOMPARE(price.endRange, 1.0);
    checkReferenceMeter(price.meter);
    QCOMPARE(price.price.currency, QStringLiteral("TEXT"));
    QCOMPARE(price.price.monthlyCommit, Money(100, QStringLiteral("TEXT")));
    QCOMPARE(price.price.multiplier, 1.0);
    QCOMPARE(price.price.pricePerHour, 1.0);
    QCOMPARE(price.price.pricePerMinute, 1.0);
    QCOMPARE(price.price.pricePerMonth, 1.0);
    QCOMPARE(price.price.scaleFabricPricePerHour, 1.0);
    QCOMPARE(price.price.scaleFabricPricePerMinute, 1.0);
    QCOMPARE(price.price.scaleFabricPricePerMonth, 1.0);

    // Sub-cent hourly rates keep their precision; a price without a currency takes the caller's.
    const QByteArray subCent = R"([{"id":"p","meter":{"meter_id":"m"},"price":{"price_per_hour":0.0042}}])";
    const QList<Price> precise = SkySqlDecoders::prices(subCent, QStringLiteral("USD"), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(precise.first().price.pricePerHour, 0.0042);
    QCOMPARE(precise.first().price.currency, QStringLiteral("USD"));
}

void TestSkySqlOperations::paymentMethodsList()
{
    checkRequest(SkySqlRequests::paymentMethods(), "GET", QStringLiteral("/billing/v1/payment-methods"));

    ApiError error;
    const QList<PaymentMethod> methods = SkySqlDecoders::paymentMethods(fixture(QStringLiteral("payment-methods")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(methods.size(), 1);
    const PaymentMethod &method = methods.first();
    QCOMPARE(method.id, QStringLiteral("text"));
    QCOMPARE(method.type, QStringLiteral("text"));
    QVERIFY(method.isDefault);
    QCOMPARE(method.holderName, QStringLiteral("text"));
    QCOMPARE(method.country, QStringLiteral("text"));
    QVERIFY(method.hasCard);
    QCOMPARE(method.cardBrand, QStringLiteral("text"));
    QCOMPARE(method.maskedCardNumber, QStringLiteral("text"));
    QCOMPARE(method.expiryMonth, 1);
    QCOMPARE(method.expiryYear, 1);
    QVERIFY(method.cvcValidated);
}

void TestSkySqlOperations::setupIntent()
{
    const ApiRequest request = SkySqlRequests::createSetupIntent();
    checkRequest(request, "POST", QStringLiteral("/billing/v1/payment-methods/setup-intent"));
    QCOMPARE(jsonBody(request), QJsonObject());

    ApiError error;
    const SetupIntent intent = SkySqlDecoders::setupIntent(fixture(QStringLiteral("setup-intent")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(intent.intent, QStringLiteral("text"));
    QCOMPARE(intent.key, QStringLiteral("text"));
    QCOMPARE(intent.secret, QStringLiteral("text"));

    // A malformed answer is reported without echoing the client secret.
    SkySqlDecoders::setupIntent(R"({"intent":"seti_1","key":"pk_test","secret":7})", &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("secret")});
    error = ApiError();
    SkySqlDecoders::setupIntent(R"({"intent":"seti_1","key":5,"secret":"seti_1_secret_abc"})", &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QVERIFY(!error.longMessage().contains(QStringLiteral("seti_1_secret_abc")));
}

void TestSkySqlOperations::paymentMethodMakeDefault()
{
    const ApiRequest request = SkySqlRequests::makeDefaultPaymentMethod(QStringLiteral("pm_123"));
    checkRequest(request, "PATCH", QStringLiteral("/billing/v1/payment-methods/pm_123"));
    QCOMPARE(jsonBody(request), (QJsonObject{{QStringLiteral("default_payment_method"), true}}));
    ApiError error;
    QVERIFY(SkySqlDecoders::noContent(QByteArray(), &error));
}

void TestSkySqlOperations::paymentMethodDelete()
{
    checkRequest(SkySqlRequests::deletePaymentMethod(QStringLiteral("pm_123")), "DELETE",
                 QStringLiteral("/billing/v1/payment-methods/pm_123"));
    ApiError error;
    QVERIFY(SkySqlDecoders::noContent(QByteArray(), &error));
}

void TestSkySqlOperations::taxGet()
{
    checkRequest(SkySqlRequests::taxInfo(), "GET", QStringLiteral("/billing/v1/tax"));

    ApiError error;
    const TaxInfo tax = SkySqlDecoders::taxInfo(fixture(QStringLiteral("tax")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(tax.country, QStringLiteral("text"));
    QCOMPARE(tax.postalCode, QStringLiteral("text"));
    QCOMPARE(tax.registration, QStringLiteral("text"));
    QCOMPARE(tax.id, QString());

    const TaxInfo withId = SkySqlDecoders::taxInfo(R"({"tax_id":"t-9","country":"FR"})", &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(withId.id, QStringLiteral("t-9"));
}

void TestSkySqlOperations::taxCreate()
{
    TaxInfo tax;
    tax.id = QStringLiteral("not-sent");
    tax.country = QStringLiteral("FR");
    tax.postalCode = QStringLiteral("75002");
    tax.registration = QStringLiteral("FR40303265045");
    const ApiRequest request = SkySqlRequests::createTaxInfo(tax);
    checkRequest(request, "POST", QStringLiteral("/billing/v1/tax"));
    QCOMPARE(jsonBody(request), (QJsonObject{{QStringLiteral("country"), QStringLiteral("FR")},
                                             {QStringLiteral("postal_code"), QStringLiteral("75002")},
                                             {QStringLiteral("registration"), QStringLiteral("FR40303265045")}}));

    ApiError error;
    const TaxInfo created = SkySqlDecoders::createdTaxInfo(fixture(QStringLiteral("tax-create")), &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(created.country, QStringLiteral("text"));
    QCOMPARE(created.registration, QStringLiteral("text"));
}

void TestSkySqlOperations::taxUpdate()
{
    TaxInfo before;
    before.country = QStringLiteral("FR");
    before.postalCode = QStringLiteral("75002");
    before.registration = QStringLiteral("FR40303265045");
    TaxInfo after = before;
    after.registration = QStringLiteral("FR00000000000");
    const QJsonObject changes = SkySqlRequests::taxInfoChanges(before, after);
    QCOMPARE(changes, (QJsonObject{{QStringLiteral("registration"), QStringLiteral("FR00000000000")}}));
    const ApiRequest request = SkySqlRequests::updateTaxInfo(QStringLiteral("tax-1"), changes);
    checkRequest(request, "PATCH", QStringLiteral("/billing/v1/tax/tax-1"));
    QCOMPARE(jsonBody(request), changes);
    QVERIFY(SkySqlRequests::taxInfoChanges(before, before).isEmpty());
}

void TestSkySqlOperations::taxDelete()
{
    checkRequest(SkySqlRequests::deleteTaxInfo(QStringLiteral("tax-1")), "DELETE", QStringLiteral("/billing/v1/tax/tax-1"));
    ApiError error;
    QVERIFY(SkySqlDecoders::noContent(QByteArrayLiteral("{}"), &error));
    QVERIFY(!error.isError());
}

void TestSkySqlOperations::wrongTypesNameEndpointAndField()
{
    const QString usd = QStringLiteral("USD");
    const QList<WrongType> cases{
        {"contacts email", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::contacts(b, e); },
         R"([{"id":"c1","email":5}])", QStringLiteral("GET /billing/v1/contacts"), QStringLiteral("[0].email")},
        {"contacts address", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::contacts(b, e); },
         R"([{"id":"c1"},{"id":"c2","address":{"city":["Paris"]}}])", QStringLiteral("GET /billing/v1/contacts"),
         QStringLiteral("[1].address.city")},
        {"contact create id", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::createdContact(b, e); },
         R"({"id":12})", QStringLiteral("POST /billing/v1/contacts"), QStringLiteral("id")},
        {"prices price_per_hour", [usd](const QByteArray &b, ApiError *e) { SkySqlDecoders::prices(b, usd, e); },
         R"([{"id":"p","meter":{"meter_id":"m"},"price":{"price_per_hour":"x"}}])",
         QStringLiteral("GET /billing/v1/prices/{offering}"), QStringLiteral("[0].price.price_per_hour")},
        {"prices dimensions", [usd](const QByteArray &b, ApiError *e) { SkySqlDecoders::prices(b, usd, e); },
         R"([{"id":"p","dimensions":{"region":1},"meter":{"meter_id":"m"},"price":{"price_per_hour":1}}])",
         QStringLiteral("GET /billing/v1/prices/{offering}"), QStringLiteral("[0].dimensions.region")},
        {"meters price_dimensions", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::meters(b, e); },
         R"([{"meter_id":"m","price_dimensions":{"region":"yes"}}])", QStringLiteral("GET /billing/v1/meters/{id}"),
         QStringLiteral("[0].price_dimensions.region")},
        {"bills v2 items", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::billV2(b, e); },
         R"({"id":"b","currency":"USD","total":1,"total_compute_cost":1,"total_storage_cost":0,"data_transfer_cost":0,
             "support_cost":0,"other_cost":0,"items":{}})",
         QStringLiteral("GET /billing/v2/bills"), QStringLiteral("items")},
        {"bills v2 line total", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::billV2(b, e); },
         R"({"id":"b","currency":"USD","total":1,"total_compute_cost":1,"total_storage_cost":0,"data_transfer_cost":0,
             "support_cost":0,"other_cost":0,"items":[{"id":"i","total":1,"line_items":{"compute":[{"total":"1"}]}}]})",
         QStringLiteral("GET /billing/v2/bills"), QStringLiteral("items[0].line_items.compute[0].total")},
        {"bills v1 cost", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::billV1(b, e); },
         R"({"id":"b","currency":"USD","total":1,"total_compute_cost":1,"total_storage_cost":0,"data_transfer_cost":0,
             "support_cost":0,"line_items":[{"id":"l","cost":{"compute":{"total_cost":1}}}]})",
         QStringLiteral("GET /billing/v1/bills"), QStringLiteral("line_items[0].cost.compute")},
        {"account trial credit", [usd](const QByteArray &b, ApiError *e) { SkySqlDecoders::account(b, usd, e); },
         R"({"organization_id":"o","trial_credit":"100"})", QStringLiteral("GET /billing/v1/account"),
         QStringLiteral("trial_credit")},
        {"ledger amount", [usd](const QByteArray &b, ApiError *e) { SkySqlDecoders::prepaidCreditLedger(b, usd, e); },
         R"([{"id":"l","amount":null}])", QStringLiteral("GET /billing/v1/account/prepaid-credit-ledger"),
         QStringLiteral("[0].amount")},
        {"postpaid created_at", [usd](const QByteArray &b, ApiError *e) { SkySqlDecoders::postpaidCommitLedger(b, usd, e); },
         R"([{"id":"l","invoice_amount":1,"min_compute_commit":1,"unused_compute_commit":1,"created_at":3}])",
         QStringLiteral("GET /billing/v1/account/postpaid-commit-ledger"), QStringLiteral("[0].created_at")},
        {"contracts entitlements", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::contracts(b, e); },
         R"([{"id":"k","currency":"USD","estimated_contract_commit":1,"estimated_contract_value":1,"entitlements":[7]}])",
         QStringLiteral("GET /billing/v1/contracts/{org_id}"), QStringLiteral("[0].entitlements[0]")},
        {"payment card month", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::paymentMethods(b, e); },
         R"([{"payment_method_id":"pm","card":{"expiration_month":"12"}}])",
         QStringLiteral("GET /billing/v1/payment-methods"), QStringLiteral("[0].card.expiration_month")},
        {"payment default flag", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::paymentMethods(b, e); },
         R"([{"payment_method_id":"pm","default_payment_method":"yes"}])",
         QStringLiteral("GET /billing/v1/payment-methods"), QStringLiteral("[0].default_payment_method")},
        {"country active", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::countries(b, e); },
         R"([{"iso3166_2":"FR","active":1}])", QStringLiteral("GET /billing/v1/locale/country"), QStringLiteral("[0].active")},
        {"state code", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::statesProvinces(b, e); },
         R"([{"iso_short":false,"country":"US"}])", QStringLiteral("GET /billing/v1/locale/state-province"),
         QStringLiteral("[0].iso_short")},
        {"offering id", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::offerings(b, e); },
         R"([{"offering_id":{}}])", QStringLiteral("GET /billing/v1/offerings"), QStringLiteral("[0].offering_id")},
        {"offering meters unit", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::offeringMeters(b, e); },
         R"([{"meter_id":"m","unit":[]}])", QStringLiteral("GET /billing/v1/offerings/{id}/meters"), QStringLiteral("[0].unit")},
        {"tax registration", [](const QByteArray &b, ApiError *e) { SkySqlDecoders::taxInfo(b, e); },
         R"({"country":"FR","registration":40303265045})", QStringLiteral("GET /billing/v1/tax"), QStringLiteral("registration")},
    };
    for (const WrongType &wrong : cases) {
        ApiError error;
        wrong.decode(wrong.body, &error);
        QVERIFY2(error.kind() == ApiError::Kind::Decode, wrong.name);
        QVERIFY2(error.endpoint() == wrong.endpoint, qPrintable(QString::fromLatin1(wrong.name) + QStringLiteral(": ") + error.endpoint()));
        QVERIFY2(error.fieldErrors().keys() == QStringList{wrong.field},
                 qPrintable(QString::fromLatin1(wrong.name) + QStringLiteral(": ") + error.longMessage()));
        QVERIFY2(error.longMessage().contains(wrong.endpoint), wrong.name);
    }
}

void TestSkySqlOperations::missingRequiredFieldsAreErrors()
{
    ApiError error;
    SkySqlDecoders::contacts(R"([{"email":"a@b.c"}])", &error);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("[0].id")});
    QVERIFY(error.longMessage().contains(QStringLiteral("missing")));

    error = ApiError();
    const Bill bill = SkySqlDecoders::billV2(R"({"id":"b","currency":"USD","items":[]})", &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("total")});
    QVERIFY(bill.id.isEmpty());  // nothing half-decoded comes back

    error = ApiError();
    SkySqlDecoders::prices(R"([{"id":"p","meter":{"meter_id":"m"}}])", QStringLiteral("USD"), &error);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("[0].price")});

    error = ApiError();
    SkySqlDecoders::setupIntent(R"({"intent":"seti_1","key":"pk"})", &error);
    QCOMPARE(error.fieldErrors().keys(), QStringList{QStringLiteral("secret")});

    error = ApiError();
    SkySqlDecoders::contacts(R"({"id":"not a list"})", &error);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.endpoint(), QStringLiteral("GET /billing/v1/contacts"));
}

void TestSkySqlOperations::contactDiffHoldsOnlyChanges()
{
    Contact before;
    before.id = QStringLiteral("c1");
    before.type = QStringLiteral("billing");
    before.firstName = QStringLiteral("Ada");
    before.lastName = QStringLiteral("Lovelace");
    before.email = QStringLiteral("ada@example.com");
    before.phone = QStringLiteral("+44 1");
    before.address.line1 = QStringLiteral("12 St James's Square");
    before.address.line2 = QStringLiteral("Floor 2");
    before.address.city = QStringLiteral("London");
    before.address.postalCode = QStringLiteral("SW1Y 4JH");
    before.address.country = QStringLiteral("GB");

    QVERIFY(SkySqlRequests::contactChanges(before, before).isEmpty());

    Contact after = before;
    after.email = QStringLiteral("accounts@example.com");
    after.address.city = QStringLiteral("Cambridge");
    after.address.postalCode = QStringLiteral("CB2 1TN");
    after.address.line2.clear();
    const QJsonObject expected{
        {QStringLiteral("email"), QStringLiteral("accounts@example.com")},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("city"), QStringLiteral("Cambridge")},
                                                {QStringLiteral("postal_code"), QStringLiteral("CB2 1TN")},
                                                {QStringLiteral("address_line_2"), QString()}}},
    };
    QCOMPARE(SkySqlRequests::contactChanges(before, after), expected);

    // Only an address field changed: no top-level field is sent.
    Contact movedOnly = before;
    movedOnly.address.state = QStringLiteral("ENG");
    QCOMPARE(SkySqlRequests::contactChanges(before, movedOnly),
             (QJsonObject{{QStringLiteral("address"), QJsonObject{{QStringLiteral("state"), QStringLiteral("ENG")}}}}));

    // The id is the path, never a change.
    Contact renamed = before;
    renamed.id = QStringLiteral("other");
    renamed.firstName = QStringLiteral("Augusta");
    QCOMPARE(SkySqlRequests::contactChanges(before, renamed),
             (QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Augusta")}}));

    const ApiRequest request = SkySqlRequests::updateContact(before.id, SkySqlRequests::contactChanges(before, after));
    QCOMPARE(jsonBody(request), expected);
}

void TestSkySqlOperations::billCategories()
{
    QCOMPARE(billCostCategoryFromKey(QStringLiteral("compute")), BillCostCategory::Compute);
    QCOMPARE(billCostCategoryFromKey(QStringLiteral("Nodes")), BillCostCategory::Compute);
    QCOMPARE(billCostCategoryFromKey(QStringLiteral("storage_iops")), BillCostCategory::Storage);
    QCOMPARE(billCostCategoryFromKey(QStringLiteral("data_transfer_out")), BillCostCategory::DataTransfer);
    QCOMPARE(billCostCategoryFromKey(QStringLiteral("support")), BillCostCategory::Support);
    QCOMPARE(billCostCategoryFromKey(QStringLiteral("ANY_ADDITIONAL_PROPERTY")), BillCostCategory::Other);

    // A realistic v2 bill: categories from the top-level costs, lines from their meter keys.
    const QByteArray body = R"({"id":"b-2025-10","currency":"usd","period":"2025-10","total":153.47,
        "total_compute_cost":120.5,"total_storage_cost":20.07,"data_transfer_cost":2.9,"support_cost":10,
        "other_cost":0,"items":[{"id":"i1","total":140.57,"resource":{"resource_id":"db1","name":"orders",
        "dimensions":{"provider":"aws","region":"us-east-1"}},"line_items":{
        "compute":[{"meter":"compute","quantity":744,"unit":"hours","rate":0.16196,"rate_unit":"USD/hour","total":120.5}],
        "storage":[{"meter":"storage","quantity":100,"unit":"GB","rate":0.2007,"total":20.07}]}}]})";
    ApiError error;
    const Bill bill = SkySqlDecoders::billV2(body, &error);
    QVERIFY2(!error.isError(), qPrintable(describe(error)));
    QCOMPARE(bill.month, QDate(2025, 10, 1));
    QCOMPARE(bill.currency, QStringLiteral("USD"));
    QCOMPARE(bill.categoryTotal(BillCostCategory::Compute), Money(12050, QStringLiteral("USD")));
    QCOMPARE(bill.categoryTotal(BillCostCategory::Storage), Money(2007, QStringLiteral("USD")));
    QCOMPARE(bill.categoryTotal(BillCostCategory::DataTransfer), Money(290, QStringLiteral("USD")));
    QCOMPARE(bill.categoryTotal(BillCostCategory::Support), Money(1000, QStringLiteral("USD")));
    QCOMPARE(bill.categoryTotal(BillCostCategory::Other), Money(0, QStringLiteral("USD")));
    QCOMPARE(bill.total, Money(15347, QStringLiteral("USD")));
    const BillItem &item = bill.items.first();
    QCOMPARE(item.dimensions.value(QStringLiteral("region")), QStringLiteral("us-east-1"));
    QCOMPARE(item.lines.size(), 2);
    QCOMPARE(item.lines.at(0).category, BillCostCategory::Compute);
    QCOMPARE(item.lines.at(0).rate, 0.16196);
    QCOMPARE(item.lines.at(1).category, BillCostCategory::Storage);
    QCOMPARE(item.lines.at(0).total + item.lines.at(1).total, item.total);
}

QTEST_GUILESS_MAIN(TestSkySqlOperations)
#include "tst_skysqloperations.moc"
