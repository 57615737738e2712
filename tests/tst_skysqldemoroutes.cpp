// Integration tests of the demo backend's SkySQL billing routes beyond invoices: the shapes
// of the reference document, the consistency between bills, invoices, ledgers, contracts
// and the price catalogue, the query filters, and the writes (contacts, tax, payment
// methods) with their validation errors. Plain QNetworkAccessManager, no client code.

#include "demoserver.h"
#include "support/demoserverfixture.h"
#include "support/plainhttp.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QtTest>

#include <memory>
#include <tuple>

using namespace TestSupport;

namespace {

qint64 cents(const QJsonValue &value)
{
    return qRound64(value.toDouble() * 100);
}

// Expected JSON types, written like the document's examples: "text" is a string, 1 a
// number, true a boolean, {} an object, [] an array; '*' accepts anything (the document's
// untyped "spec": null).
enum class Kind { String, Number, Bool, Object, Array, Any };
using Shape = QList<QPair<QString, Kind>>;

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool hasKind(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::String: return value.isString();
    case Kind::Number: return value.isDouble();
    case Kind::Bool: return value.isBool();
    case Kind::Object: return value.isObject();
    case Kind::Array: return value.isArray();
    case Kind::Any: return !value.isUndefined();
    }
    return false;
}

// Empty when the object has exactly the documented keys with the documented types.
QString shapeMismatch(const QJsonObject &object, const Shape &shape, const QString &what)
{
    QSet<QString> expected;
    for (const auto &[key, kind] : shape) {
        expected.insert(key);
        if (!object.contains(key))
            return QStringLiteral("%1: missing \"%2\"").arg(what, key);
        if (!hasKind(object.value(key), kind)) {
            return QStringLiteral("%1: \"%2\" has the wrong type (%3)")
                .arg(what, key, describe(object.value(key)));
        }
    }
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        if (!expected.contains(key))
            return QStringLiteral("%1: undocumented \"%2\"").arg(what, key);
    }
    return {};
}

#define VERIFY_SHAPE(object, shape, what)                                   \
    do {                                                                    \
        const QString mismatch_ = shapeMismatch((object), (shape), (what)); \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));               \
    } while (false)

const Shape accountShape {
    {"active", Kind::Bool}, {"legal_entity_identifier", Kind::String}, {"number", Kind::String},
    {"organization_id", Kind::String}, {"remittance", Kind::Bool},
    {"scu_consumed_mtd", Kind::Number}, {"scu_remaining_mtd", Kind::Number},
    {"start_date", Kind::String}, {"status", Kind::String}, {"subscription", Kind::Object},
    {"tier", Kind::String}, {"trial_credit", Kind::Number},
};
const Shape subscriptionShape {{"payment_collection_method", Kind::String}, {"status", Kind::String}};
const Shape commitEntryShape {
    {"contract_entitlement_id", Kind::String}, {"created_at", Kind::String}, {"id", Kind::String},
    {"invoice_amount", Kind::Number}, {"min_compute_commit", Kind::Number},
    {"org_id", Kind::String}, {"period", Kind::String}, {"unused_compute_commit", Kind::Number},
};
const Shape creditEntryShape {
    {"amount", Kind::Number}, {"batch", Kind::Number}, {"contract_id", Kind::String},
    {"created_at", Kind::String}, {"id", Kind::String}, {"org_id", Kind::String},
    {"reason", Kind::String}, {"type", Kind::String},
};
const Shape billCommonShape {
    {"additional_compute_discount", Kind::Number}, {"billing_mode", Kind::String},
    {"currency", Kind::String}, {"currency_symbol", Kind::String},
    {"data_transfer_cost", Kind::Number}, {"discount", Kind::Number},
    {"discounted_compute_cost", Kind::Number}, {"id", Kind::String},
    {"min_compute_cost", Kind::Number}, {"org_id", Kind::String}, {"period", Kind::String},
    {"remaining_credit", Kind::Number}, {"support_cost", Kind::Number},
    {"support_type", Kind::String}, {"tier", Kind::String}, {"total", Kind::Number},
    {"total_compute_cost", Kind::Number}, {"total_storage_cost", Kind::Number},
    {"undiscounted_compute_cost", Kind::Number}, {"unused_compute_commit", Kind::Number},
    {"usage_days", Kind::Number},
};
const Shape billV1Shape = billCommonShape
    + Shape {{"line_items", Kind::Array}, {"unused_compute_commit_ledger", Kind::Number}};
const Shape billV1LineShape {
    {"bill_id", Kind::String}, {"cost", Kind::Object}, {"id", Kind::String},
    {"service", Kind::Object},
};
const Shape billV1CostShape {
    {"active_nodes", Kind::Number}, {"instance", Kind::String}, {"name", Kind::String},
    {"price_per_hour", Kind::Number}, {"total_cost", Kind::Number}, {"total_hours", Kind::Number},
};
const Shape billV1ServiceShape {
    {"name", Kind::String}, {"provider", Kind::String}, {"region", Kind::String},
    {"service_id", Kind::String}, {"topology", Kind::String},
};
const Shape billV2Shape = billCommonShape
    + Shape {{"items", Kind::Array}, {"other_cost", Kind::Number}};
const Shape billV2ItemShape {
    {"id", Kind::String}, {"line_items", Kind::Object}, {"resource", Kind::Object},
    {"total", Kind::Number},
};
const Shape billV2LineShape {
    {"billable_usage", Kind::Number}, {"dimensions", Kind::Object},
    {"included_usage", Kind::Number}, {"included_usage_amount", Kind::Number},
    {"included_usage_limit", Kind::Number}, {"meter", Kind::String},
    {"price_id", Kind::String}, {"quantity", Kind::Number}, {"rate", Kind::Number},
    {"rate_unit", Kind::String}, {"total", Kind::Number}, {"unit", Kind::String},
};
const Shape billV2ResourceShape {
    {"dimensions", Kind::Object}, {"name", Kind::String}, {"resource_id", Kind::String},
};
const Shape contactShape {
    {"address", Kind::Object}, {"email", Kind::String}, {"first_name", Kind::String},
    {"id", Kind::String}, {"last_name", Kind::String}, {"phone", Kind::String},
    {"type", Kind::String},
};
const Shape addressShape {
    {"address_line_1", Kind::String}, {"address_line_2", Kind::String}, {"city", Kind::String},
    {"country", Kind::String}, {"postal_code", Kind::String}, {"state", Kind::String},
};
const Shape contractShape {
    {"billing_mode", Kind::String}, {"created_at", Kind::String}, {"created_by", Kind::String},
    {"currency", Kind::String}, {"end_date", Kind::String}, {"entitlements", Kind::Array},
    {"estimated_contract_commit", Kind::Number}, {"estimated_contract_value", Kind::Number},
    {"execution_date", Kind::String}, {"id", Kind::String}, {"integration_id", Kind::String},
    {"marketing_collaboration_discount", Kind::Bool}, {"org_id", Kind::String},
    {"renewal_date", Kind::String}, {"renewal_id", Kind::String}, {"start_date", Kind::String},
    {"state", Kind::String}, {"updated_at", Kind::String}, {"updated_by", Kind::String},
};
const Shape entitlementShape {
    {"contract_id", Kind::String}, {"created_at", Kind::String}, {"end_date", Kind::String},
    {"entitlement_id", Kind::String}, {"id", Kind::String}, {"spec", Kind::Any},
    {"start_date", Kind::String},
};
const Shape countryShape {
    {"active", Kind::Bool}, {"iso3166_2", Kind::String}, {"iso3166_3", Kind::String},
    {"lei", Kind::String}, {"name", Kind::String}, {"vat", Kind::Bool},
};
const Shape stateShape {
    {"active", Kind::Bool}, {"country", Kind::String}, {"iso_short", Kind::String},
    {"name", Kind::String},
};
const Shape offeringShape {
    {"description", Kind::String}, {"name", Kind::String}, {"offering_id", Kind::String},
    {"product_mapping", Kind::String},
};
const Shape meterShape {
    {"class", Kind::String}, {"description", Kind::String}, {"label", Kind::String},
    {"meter_id", Kind::String}, {"name", Kind::String}, {"offering_id", Kind::String},
    {"price_dimensions", Kind::Object}, {"unit", Kind::String},
};
const Shape priceShape {
    {"dimensions", Kind::Object}, {"end_range", Kind::Number}, {"id", Kind::String},
    {"meter", Kind::Object}, {"price", Kind::Object}, {"start_range", Kind::Number},
    {"type", Kind::String},
};
const Shape priceAmountsShape {
    {"currency", Kind::String}, {"monthly_commit", Kind::Number}, {"multiplier", Kind::Number},
    {"price_per_hour", Kind::Number}, {"price_per_min", Kind::Number},
    {"price_per_month", Kind::Number}, {"scale_fabric_price_per_hour", Kind::Number},
    {"scale_fabric_price_per_min", Kind::Number}, {"scale_fabric_price_per_month", Kind::Number},
};
const Shape paymentMethodShape {
    {"billing_details", Kind::Object}, {"card", Kind::Object},
    {"default_payment_method", Kind::Bool}, {"payment_method_id", Kind::String},
    {"type", Kind::String},
};
const Shape billingDetailsShape {{"country", Kind::String}, {"name", Kind::String}};
const Shape cardShape {
    {"card_type", Kind::String}, {"cvc_validation", Kind::Bool},
    {"expiration_month", Kind::Number}, {"expiration_year", Kind::Number},
    {"masked_card_number", Kind::String},
};
const Shape setupIntentShape {{"intent", Kind::String}, {"key", Kind::String}, {"secret", Kind::String}};
// The document's three fields plus "id", needed to PATCH and DELETE.
const Shape taxShape {
    {"country", Kind::String}, {"id", Kind::String}, {"postal_code", Kind::String},
    {"registration", Kind::String},
};
const Shape errorShape {
    {"code", Kind::Number}, {"err", Kind::String}, {"exception", Kind::String},
    {"location", Kind::String}, {"message", Kind::String}, {"metadata", Kind::Array},
    {"solution", Kind::String}, {"type", Kind::String},
};

const QStringList euCountries {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
};

int vcpusOfSize(const QString &size)
{
    return size.section(u'-', 1).section(u'x', 0, 0).toInt();
}

} // namespace

class TestSkySqlDemoRoutes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyRouteRequiresTheKey();
    void readsHaveTheDocumentedShapes();
    void billsAddUpToTheirInvoices();
    void billRatesComeFromTheCatalogue();
    void monthToDateBillAndAccount();
    void billQueriesAreChecked();
    void prepaidLedgerExplainsRemainingCredit();
    void commitLedgerMatchesInvoicesAndContracts();
    void contractsBelongToTheOrganization();
    void catalogueAndPriceFilters();
    void localeFilters();
    void newRoutesAreDeterministic();

    void contactsRoundTrip();
    void contactValidation();
    void malformedBodiesAre400s();
    void taxRoundTrip();
    void vatRegistrationsAreChecked_data();
    void vatRegistrationsAreChecked();
    void paymentMethods();
    void deletingPaymentMethods();

private:
    HttpReply send(DemoServer &server, const QByteArray &method, const QString &pathAndQuery,
                   const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool withKey = true);
    HttpReply get(const QString &pathAndQuery);
    QJsonArray invoices();
    QHash<QString, QJsonObject> pricesById();

    const QDate m_referenceDate {2025, 11, 14};
    QNetworkAccessManager m_network;
    std::unique_ptr<DemoServer> m_server;  // read-only tests share it; write tests use their own
};

void TestSkySqlDemoRoutes::initTestCase()
{
    m_server = startDemoServer(m_referenceDate);
    QVERIFY(m_server);
}

HttpReply TestSkySqlDemoRoutes::send(DemoServer &server, const QByteArray &method,
                                     const QString &pathAndQuery, const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers,
                                     bool withKey)
{
    HttpRequest request;
    request.method = method;
    request.pathAndQuery = pathAndQuery;
    if (withKey)
        request.headers.append({"X-API-Key", server.skySqlApiKey().toUtf8()});
    request.headers += headers;
    request.body = body;
    return httpSend(m_network, server.baseUrl(), request);
}

HttpReply TestSkySqlDemoRoutes::get(const QString &pathAndQuery)
{
    return send(*m_server, "GET", pathAndQuery);
}

QJsonArray TestSkySqlDemoRoutes::invoices()
{
    return get(QStringLiteral("/billing/v1/invoices")).array();
}

QHash<QString, QJsonObject> TestSkySqlDemoRoutes::pricesById()
{
    QHash<QString, QJsonObject> prices;
    const QJsonArray offerings = get(QStringLiteral("/billing/v1/offerings")).array();
    for (const QJsonValue &offering : offerings) {
        const QJsonArray list = get(QStringLiteral("/billing/v1/prices/")
                                    + offering[QStringLiteral("offering_id")].toString())
                                    .array();
        for (const QJsonValue &price : list)
            prices.insert(price[QStringLiteral("id")].toString(), price.toObject());
    }
    return prices;
}

void TestSkySqlDemoRoutes::everyRouteRequiresTheKey()
{
    const QString org = m_server->organizationId();
    const QList<QPair<QByteArray, QString>> routes {
        {"GET", "/billing/v1/account"},
        {"GET", "/billing/v1/account/postpaid-commit-ledger"},
        {"GET", "/billing/v1/account/prepaid-credit-ledger"},
        {"GET", "/billing/v1/bills?year=2025&month=3"},
        {"GET", "/billing/v2/bills"},
        {"GET", "/billing/v1/contacts"},
        {"POST", "/billing/v1/contacts"},
        {"PATCH", "/billing/v1/contacts/contact-0001"},
        {"DELETE", "/billing/v1/contacts/contact-0001"},
        {"GET", "/billing/v1/contracts/" + org},
        {"GET", "/billing/v1/locale/country"},
        {"GET", "/billing/v1/locale/state-province?country=US"},
        {"GET", "/billing/v1/offerings"},
        {"GET", "/billing/v1/meters/mtr-prov-compute"},
        {"GET", "/billing/v1/offerings/skysql-provisioned/meters"},
        {"GET", "/billing/v1/prices/skysql-provisioned"},
        {"GET", "/billing/v1/payment-methods"},
        {"POST", "/billing/v1/payment-methods/setup-intent"},
        {"PATCH", "/billing/v1/payment-methods/pm_demo_visa_4242"},
        {"DELETE", "/billing/v1/payment-methods/pm_demo_mastercard_4444"},
        {"GET", "/billing/v1/tax"},
        {"POST", "/billing/v1/tax"},
        {"PATCH", "/billing/v1/tax/tax-0001"},
        {"DELETE", "/billing/v1/tax/tax-0001"},
    };
    const QByteArray body = R"({"default_payment_method": true})";
    for (const auto &[method, path] : routes) {
        const QString what = QString::fromLatin1(method) + u' ' + path;
        HttpReply result = send(*m_server, method, path, body, {}, false);
        QVERIFY2(result.status == 401, qPrintable(what));
        VERIFY_SHAPE(result.object(), errorShape, what);
        QCOMPARE(result.object()[QStringLiteral("code")].toInt(), 401);

        result = send(*m_server, method, path, body, {{"X-API-Key", "wrong-key"}}, false);
        QVERIFY2(result.status == 401, qPrintable(what));
        result = send(*m_server, method, path, body, {{"X-SkySQL-Org-ID", "org-someone-else"}});
        QVERIFY2(result.status == 403, qPrintable(what));
    }
    // Nothing above changed anything.
    QCOMPARE(get(QStringLiteral("/billing/v1/contacts")).array().size(), 3);
    QCOMPARE(get(QStringLiteral("/billing/v1/payment-methods")).array().size(), 2);
    QCOMPARE(get(QStringLiteral("/billing/v1/tax")).status, 200);

    // The right organization header is accepted.
    QCOMPARE(send(*m_server, "GET", QStringLiteral("/billing/v1/account"), {},
                  {{"X-SkySQL-Org-ID", org.toUtf8()}})
                 .status,
             200);
}

void TestSkySqlDemoRoutes::readsHaveTheDocumentedShapes()
{
    HttpReply result = get(QStringLiteral("/billing/v1/account"));
    QCOMPARE(result.status, 200);
    VERIFY_SHAPE(result.object(), accountShape, "account");
    VERIFY_SHAPE(result.object()[QStringLiteral("subscription")].toObject(), subscriptionShape,
                 "account.subscription");

    auto checkArray = [this](const QString &path, const Shape &shape, int minimum) {
        const HttpReply list = get(path);
        if (list.status != 200 || !list.json().isArray())
            return QStringLiteral("%1: status %2, not an array").arg(path).arg(list.status);
        const QJsonArray array = list.array();
        if (array.size() < minimum)
            return QStringLiteral("%1: %2 entries, expected at least %3").arg(path).arg(array.size()).arg(minimum);
        for (const QJsonValue &entry : array) {
            if (!entry.isObject())
                return QStringLiteral("%1: an entry is not an object").arg(path);
            const QString mismatch = shapeMismatch(entry.toObject(), shape, path);
            if (!mismatch.isEmpty())
                return mismatch;
        }
        return QString();
    };
    const QList<std::tuple<QString, Shape, int>> arrays {
        {"/billing/v1/account/postpaid-commit-ledger", commitEntryShape, 1},
        {"/billing/v1/account/prepaid-credit-ledger", creditEntryShape, 1},
        {"/billing/v1/contacts", contactShape, 2},
        {"/billing/v1/contracts/" + m_server->organizationId(), contractShape, 1},
        {"/billing/v1/locale/country", countryShape, 20},
        {"/billing/v1/locale/state-province", stateShape, 23},
        {"/billing/v1/offerings", offeringShape, 2},
        {"/billing/v1/meters/mtr-prov-compute", meterShape, 1},
        {"/billing/v1/offerings/skysql-provisioned/meters", meterShape, 2},
        {"/billing/v1/offerings/skysql-serverless/meters", meterShape, 1},
        {"/billing/v1/prices/skysql-provisioned", priceShape, 10},
        {"/billing/v1/prices/skysql-serverless", priceShape, 1},
        {"/billing/v1/payment-methods", paymentMethodShape, 2},
    };
    for (const auto &[path, shape, minimum] : arrays) {
        const QString mismatch = checkArray(path, shape, minimum);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    for (const QJsonValue &contact : get(QStringLiteral("/billing/v1/contacts")).array())
        VERIFY_SHAPE(contact[QStringLiteral("address")].toObject(), addressShape, "contact.address");
    for (const QJsonValue &contract :
         get(QStringLiteral("/billing/v1/contracts/") + m_server->organizationId()).array()) {
        const QJsonArray entitlements = contract[QStringLiteral("entitlements")].toArray();
        QVERIFY(!entitlements.isEmpty());
        for (const QJsonValue &entitlement : entitlements)
            VERIFY_SHAPE(entitlement.toObject(), entitlementShape, "entitlement");
    }
    for (const QJsonValue &price : get(QStringLiteral("/billing/v1/prices/skysql-provisioned")).array()) {
        VERIFY_SHAPE(price[QStringLiteral("price")].toObject(), priceAmountsShape, "price.price");
        VERIFY_SHAPE(price[QStringLiteral("meter")].toObject(), meterShape, "price.meter");
        const QJsonObject dimensions = price[QStringLiteral("dimensions")].toObject();
        QVERIFY(!dimensions.isEmpty());
        for (const QJsonValue &value : dimensions)
            QVERIFY(value.isString());
    }
    for (const QJsonValue &meter : get(QStringLiteral("/billing/v1/offerings/skysql-provisioned/meters")).array()) {
        const QJsonObject dimensions = meter[QStringLiteral("price_dimensions")].toObject();
        QVERIFY(!dimensions.isEmpty());
        for (const QJsonValue &value : dimensions)
            QVERIFY(value.isBool());
    }
    for (const QJsonValue &method : get(QStringLiteral("/billing/v1/payment-methods")).array()) {
        VERIFY_SHAPE(method[QStringLiteral("card")].toObject(), cardShape, "card");
        VERIFY_SHAPE(method[QStringLiteral("billing_details")].toObject(), billingDetailsShape,
                     "billing_details");
    }
    result = get(QStringLiteral("/billing/v1/tax"));
    QCOMPARE(result.status, 200);
    VERIFY_SHAPE(result.object(), taxShape, "tax");

    for (const QString &query : {QString(), QStringLiteral("?year=2024&month=2")}) {
        const QJsonObject v1 = get(QStringLiteral("/billing/v1/bills") + query).object();
        VERIFY_SHAPE(v1, billV1Shape, "bill v1");
        const QJsonArray lines = v1[QStringLiteral("line_items")].toArray();
        QVERIFY(!lines.isEmpty());
        for (const QJsonValue &line : lines) {
            VERIFY_SHAPE(line.toObject(), billV1LineShape, "bill v1 line");
            VERIFY_SHAPE(line[QStringLiteral("service")].toObject(), billV1ServiceShape, "bill v1 service");
            const QJsonObject cost = line[QStringLiteral("cost")].toObject();
            QVERIFY(cost.contains(QStringLiteral("compute")));
            for (const QJsonValue &entries : cost) {
                QVERIFY(entries.isArray());
                for (const QJsonValue &entry : entries.toArray())
                    VERIFY_SHAPE(entry.toObject(), billV1CostShape, "bill v1 cost");
            }
        }

        const QJsonObject v2 = get(QStringLiteral("/billing/v2/bills") + query).object();
        VERIFY_SHAPE(v2, billV2Shape, "bill v2");
        const QJsonArray items = v2[QStringLiteral("items")].toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &item : items) {
            VERIFY_SHAPE(item.toObject(), billV2ItemShape, "bill v2 item");
            VERIFY_SHAPE(item[QStringLiteral("resource")].toObject(), billV2ResourceShape, "bill v2 resource");
            const QJsonObject lineItems = item[QStringLiteral("line_items")].toObject();
            QVERIFY(lineItems.contains(QStringLiteral("compute")));
            for (const QJsonValue &entries : lineItems) {
                QVERIFY(entries.isArray());
                for (const QJsonValue &entry : entries.toArray())
                    VERIFY_SHAPE(entry.toObject(), billV2LineShape, "bill v2 line");
            }
        }
    }
}

void TestSkySqlDemoRoutes::billsAddUpToTheirInvoices()
{
    const QJsonArray list = invoices();
    QCOMPARE(list.size(), 36);
    for (const QJsonValue &invoice : list) {
        const QString period = invoice[QStringLiteral("period")].toString();
        const QString query = QStringLiteral("?year=%1&month=%2").arg(period.left(4), period.mid(5));
        const qint64 amount = cents(invoice[QStringLiteral("invoice_amount")]);

        const HttpReply v1Result = get(QStringLiteral("/billing/v1/bills") + query);
        QCOMPARE(v1Result.status, 200);
        const QJsonObject v1 = v1Result.object();
        QCOMPARE(v1[QStringLiteral("period")].toString(), period);
        QCOMPARE(cents(v1[QStringLiteral("total")]), amount);
        qint64 compute = 0;
        qint64 storage = 0;
        for (const QJsonValue &line : v1[QStringLiteral("line_items")].toArray()) {
            QCOMPARE(line[QStringLiteral("bill_id")].toString(), v1[QStringLiteral("id")].toString());
            const QJsonObject cost = line[QStringLiteral("cost")].toObject();
            for (const QJsonValue &entry : cost[QStringLiteral("compute")].toArray()) {
                compute += cents(entry[QStringLiteral("total_cost")]);
                // Node hours at the hourly price, to the cent (a half cent may round
                // either way in binary floating point).
                const qint64 computed = qRound64(entry[QStringLiteral("price_per_hour")].toDouble()
                                                 * entry[QStringLiteral("total_hours")].toDouble() * 100);
                QVERIFY(qAbs(computed - cents(entry[QStringLiteral("total_cost")])) <= 1);
            }
            for (const QJsonValue &entry : cost[QStringLiteral("storage")].toArray())
                storage += cents(entry[QStringLiteral("total_cost")]);
        }
        QCOMPARE(compute, cents(v1[QStringLiteral("total_compute_cost")]));
        QCOMPARE(storage, cents(v1[QStringLiteral("total_storage_cost")]));
        QCOMPARE(compute + storage, amount);
        QCOMPARE(v1[QStringLiteral("usage_days")].toInt(),
                 QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate).daysInMonth());

        const HttpReply v2Result = get(QStringLiteral("/billing/v2/bills") + query);
        QCOMPARE(v2Result.status, 200);
        const QJsonObject v2 = v2Result.object();
        QCOMPARE(v2[QStringLiteral("id")], v1[QStringLiteral("id")]);
        QCOMPARE(cents(v2[QStringLiteral("total")]), amount);
        qint64 itemsTotal = 0;
        for (const QJsonValue &item : v2[QStringLiteral("items")].toArray()) {
            qint64 linesTotal = 0;
            for (const QJsonValue &entries : item[QStringLiteral("line_items")].toObject()) {
                for (const QJsonValue &entry : entries.toArray()) {
                    linesTotal += cents(entry[QStringLiteral("total")]);
                    QCOMPARE(entry[QStringLiteral("billable_usage")].toInteger()
                                 + entry[QStringLiteral("included_usage")].toInteger(),
                             entry[QStringLiteral("quantity")].toInteger());
                }
            }
            QCOMPARE(linesTotal, cents(item[QStringLiteral("total")]));
            itemsTotal += linesTotal;
        }
        QCOMPARE(itemsTotal, amount);
        QCOMPARE(cents(v2[QStringLiteral("total_compute_cost")]) + cents(v2[QStringLiteral("total_storage_cost")]),
                 amount);
    }
}

void TestSkySqlDemoRoutes::billRatesComeFromTheCatalogue()
{
    const QHash<QString, QJsonObject> prices = pricesById();
    QVERIFY(prices.size() > 20);
    int checked = 0;
    for (const QString &query : {QStringLiteral("?year=2024&month=1"), QStringLiteral("?year=2025&month=9"),
                                 QString()}) {
        const QJsonObject bill = get(QStringLiteral("/billing/v2/bills") + query).object();
        for (const QJsonValue &item : bill[QStringLiteral("items")].toArray()) {
            const QJsonObject lineItems = item[QStringLiteral("line_items")].toObject();
            for (auto it = lineItems.constBegin(); it != lineItems.constEnd(); ++it) {
                for (const QJsonValue &line : it.value().toArray()) {
                    const QString priceId = line[QStringLiteral("price_id")].toString();
                    QVERIFY2(prices.contains(priceId), qPrintable(priceId));
                    const QJsonObject price = prices.value(priceId);
                    const QJsonObject meter = price[QStringLiteral("meter")].toObject();
                    // Keyed by meter name, pointing at the meter id.
                    QCOMPARE(meter[QStringLiteral("name")].toString(), it.key());
                    QCOMPARE(meter[QStringLiteral("meter_id")].toString(),
                             line[QStringLiteral("meter")].toString());
                    QCOMPARE(price[QStringLiteral("dimensions")], line[QStringLiteral("dimensions")]);
                    const QJsonObject amounts = price[QStringLiteral("price")].toObject();
                    const bool hourly = it.key() == u"compute";
                    const double listed = amounts[hourly ? QStringLiteral("price_per_hour")
                                                         : QStringLiteral("price_per_month")]
                                              .toDouble();
                    QCOMPARE(qRound64(listed * 10000),
                             qRound64(line[QStringLiteral("rate")].toDouble() * 10000));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 20);

    // The invoices' node rates are the same catalogue prices.
    const QString id = invoices().first()[QStringLiteral("invoice_id")].toString();
    const QJsonObject detail = get(QStringLiteral("/billing/v1/invoices/") + id).object();
    for (const QJsonValue &service : detail[QStringLiteral("services")].toArray()) {
        const QJsonObject info = service[QStringLiteral("service")].toObject();
        for (const QJsonValue &node : service[QStringLiteral("nodes")].toArray()) {
            const QString priceId = QStringLiteral("prc-prov-compute-%1-%2-%3-%4")
                                        .arg(info[QStringLiteral("provider")].toString(),
                                             node[QStringLiteral("size")].toString(),
                                             info[QStringLiteral("tier")].toString(),
                                             info[QStringLiteral("topology")].toString());
            QVERIFY2(prices.contains(priceId), qPrintable(priceId));
            QCOMPARE(prices.value(priceId)[QStringLiteral("price")][QStringLiteral("price_per_hour")].toDouble(),
                     node[QStringLiteral("rate")].toDouble());
        }
    }
}

void TestSkySqlDemoRoutes::monthToDateBillAndAccount()
{
    const QJsonObject v1 = get(QStringLiteral("/billing/v1/bills")).object();
    const QJsonObject v2 = get(QStringLiteral("/billing/v2/bills")).object();
    QCOMPARE(v1[QStringLiteral("period")].toString(), QStringLiteral("2025-11"));
    QCOMPARE(v2[QStringLiteral("period")].toString(), QStringLiteral("2025-11"));
    QCOMPARE(v1[QStringLiteral("usage_days")].toInt(), m_referenceDate.day());
    QCOMPARE(cents(v1[QStringLiteral("total")]), cents(v2[QStringLiteral("total")]));
    QVERIFY(cents(v1[QStringLiteral("total")]) > 0);
    // Explicitly asking for the current month gives the same bill.
    QCOMPARE(get(QStringLiteral("/billing/v1/bills?year=2025&month=11")).object(), v1);

    qint64 scu = 0;
    qint64 total = 0;
    for (const QJsonValue &line : v1[QStringLiteral("line_items")].toArray()) {
        const QJsonObject cost = line[QStringLiteral("cost")].toObject();
        for (const QJsonValue &entry : cost[QStringLiteral("compute")].toArray()) {
            QCOMPARE(entry[QStringLiteral("total_hours")].toInteger(),
                     qint64(m_referenceDate.day()) * 24 * entry[QStringLiteral("active_nodes")].toInteger());
            scu += entry[QStringLiteral("total_hours")].toInteger()
                * vcpusOfSize(entry[QStringLiteral("instance")].toString());
        }
        for (const QJsonValue &entries : cost) {
            for (const QJsonValue &entry : entries.toArray())
                total += cents(entry[QStringLiteral("total_cost")]);
        }
    }
    QCOMPARE(total, cents(v1[QStringLiteral("total")]));

    const QJsonObject account = get(QStringLiteral("/billing/v1/account")).object();
    QCOMPARE(account[QStringLiteral("organization_id")].toString(), m_server->organizationId());
    QCOMPARE(account[QStringLiteral("scu_consumed_mtd")].toInteger(), scu);
    QCOMPARE(account[QStringLiteral("scu_remaining_mtd")].toInteger(), qMax<qint64>(0, 16000 - scu));
    QCOMPARE(account[QStringLiteral("tier")].toString(), v1[QStringLiteral("tier")].toString());
    QCOMPARE(account[QStringLiteral("status")].toString(), QStringLiteral("active"));
    QCOMPARE(account[QStringLiteral("subscription")][QStringLiteral("status")].toString(),
             QStringLiteral("active"));
    QCOMPARE(account[QStringLiteral("start_date")].toString(),
             invoices().last()[QStringLiteral("period")].toString() + QStringLiteral("-01"));

    // The trial credit is in the credit ledger.
    const QJsonArray ledger = get(QStringLiteral("/billing/v1/account/prepaid-credit-ledger")).array();
    qint64 trial = 0;
    for (const QJsonValue &entry : ledger) {
        if (entry[QStringLiteral("type")].toString() == u"trial")
            trial += cents(entry[QStringLiteral("amount")]);
    }
    QCOMPARE(trial, cents(account[QStringLiteral("trial_credit")]));
    QVERIFY(trial > 0);
}

void TestSkySqlDemoRoutes::billQueriesAreChecked()
{
    for (const QString &version : {QStringLiteral("v1"), QStringLiteral("v2")}) {
        const QString path = QStringLiteral("/billing/%1/bills").arg(version);
        for (const QString &query : {QStringLiteral("?year=2022&month=10"),
                                     QStringLiteral("?year=2025&month=12"),
                                     QStringLiteral("?year=2031&month=1")}) {
            const HttpReply result = get(path + query);
            QCOMPARE(result.status, 404);
            VERIFY_SHAPE(result.object(), errorShape, query);
        }
        for (const QString &query : {QStringLiteral("?year=2025"), QStringLiteral("?month=3"),
                                     QStringLiteral("?year=2025&month=13"),
                                     QStringLiteral("?year=2025&month=0"),
                                     QStringLiteral("?year=twenty&month=3")}) {
            const HttpReply result = get(path + query);
            QCOMPARE(result.status, 400);
            QCOMPARE(result.object()[QStringLiteral("code")].toInt(), 400);
        }
        // "03" and "3" are the same month; the oldest invoiced month has a bill.
        QCOMPARE(get(path + QStringLiteral("?year=2025&month=03")).object(),
                 get(path + QStringLiteral("?year=2025&month=3")).object());
        QCOMPARE(get(path + QStringLiteral("?year=2022&month=11")).status, 200);
    }
}

void TestSkySqlDemoRoutes::prepaidLedgerExplainsRemainingCredit()
{
    const QJsonArray ledger = get(QStringLiteral("/billing/v1/account/prepaid-credit-ledger")).array();
    QVERIFY(ledger.size() >= 8);
    QSet<QString> types;
    QSet<QString> ids;
    qint64 balance = 0;
    QString previous;
    for (const QJsonValue &entry : ledger) {
        const QString type = entry[QStringLiteral("type")].toString();
        types.insert(type);
        QVERIFY(!ids.contains(entry[QStringLiteral("id")].toString()));
        ids.insert(entry[QStringLiteral("id")].toString());
        QCOMPARE(entry[QStringLiteral("org_id")].toString(), m_server->organizationId());
        const qint64 amount = cents(entry[QStringLiteral("amount")]);
        QVERIFY(type == u"usage" ? amount < 0 : amount > 0);
        QVERIFY(entry[QStringLiteral("batch")].toInt() >= 1);
        const QString createdAt = entry[QStringLiteral("created_at")].toString();
        QVERIFY(QDateTime::fromString(createdAt, Qt::ISODate).isValid());
        QVERIFY2(createdAt >= previous, "oldest first");
        previous = createdAt;
        balance += amount;
        QVERIFY2(balance >= 0, "credit never goes negative");
    }
    QCOMPARE(types, QSet<QString>({"trial", "purchase", "usage", "adjustment"}));

    // Each month's bill shows what is left after that month's drawdown.
    QHash<QString, qint64> usageByPeriod;
    for (const QJsonValue &entry : ledger) {
        const QString reason = entry[QStringLiteral("reason")].toString();
        if (entry[QStringLiteral("type")].toString() == u"usage")
            usageByPeriod[reason.section(u' ', 1, 1)] -= cents(entry[QStringLiteral("amount")]);
    }
    const QJsonArray list = invoices();
    int prepaidMonths = 0;
    for (const QJsonValue &invoice : list) {
        const QString period = invoice[QStringLiteral("period")].toString();
        const QDate lastDay = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate)
                                  .addMonths(1)
                                  .addDays(-1);
        qint64 expected = 0;
        for (const QJsonValue &entry : ledger) {
            const QDate day = QDateTime::fromString(entry[QStringLiteral("created_at")].toString(),
                                                    Qt::ISODate)
                                  .date();
            if (day <= lastDay)
                expected += cents(entry[QStringLiteral("amount")]);
        }
        const QJsonObject bill = get(QStringLiteral("/billing/v1/bills?year=%1&month=%2")
                                         .arg(period.left(4), period.mid(5)))
                                     .object();
        QVERIFY2(cents(bill[QStringLiteral("remaining_credit")]) == expected, qPrintable(period));
        if (bill[QStringLiteral("billing_mode")].toString() == u"prepaid") {
            ++prepaidMonths;
            // Prepaid months are paid in full from the credit.
            QCOMPARE(usageByPeriod.value(period), cents(invoice[QStringLiteral("invoice_amount")]));
        }
    }
    QVERIFY(prepaidMonths >= 3);
    // The month to date has not been drawn yet: everything so far.
    QCOMPARE(cents(get(QStringLiteral("/billing/v2/bills")).object()[QStringLiteral("remaining_credit")]),
             balance);
    QVERIFY(balance > 0);
}

void TestSkySqlDemoRoutes::commitLedgerMatchesInvoicesAndContracts()
{
    const QJsonArray ledger = get(QStringLiteral("/billing/v1/account/postpaid-commit-ledger")).array();
    QVERIFY(ledger.size() >= 6);
    QHash<QString, qint64> invoiceAmounts;
    for (const QJsonValue &invoice : invoices())
        invoiceAmounts.insert(invoice[QStringLiteral("period")].toString(),
                              cents(invoice[QStringLiteral("invoice_amount")]));

    QHash<QString, QJsonObject> entitlements;
    QJsonObject commitContract;
    for (const QJsonValue &contract :
         get(QStringLiteral("/billing/v1/contracts/") + m_server->organizationId()).array()) {
        for (const QJsonValue &entitlement : contract[QStringLiteral("entitlements")].toArray())
            entitlements.insert(entitlement[QStringLiteral("id")].toString(), entitlement.toObject());
        if (contract[QStringLiteral("billing_mode")].toString() == u"postpaid")
            commitContract = contract.toObject();
    }
    QVERIFY(!commitContract.isEmpty());

    QSet<QString> periods;
    int withUnusedCommit = 0;
    qint64 unusedSoFar = 0;
    for (const QJsonValue &entry : ledger) {
        const QString period = entry[QStringLiteral("period")].toString();
        QVERIFY2(!periods.contains(period), "one entry per period");
        periods.insert(period);
        QVERIFY(invoiceAmounts.contains(period));
        QCOMPARE(cents(entry[QStringLiteral("invoice_amount")]), invoiceAmounts.value(period));

        const QJsonObject entitlement =
            entitlements.value(entry[QStringLiteral("contract_entitlement_id")].toString());
        QCOMPARE(entitlement[QStringLiteral("entitlement_id")].toString(),
                 QStringLiteral("min-compute-commit"));
        QCOMPARE(entitlement[QStringLiteral("contract_id")], commitContract[QStringLiteral("id")]);
        QVERIFY(period + QStringLiteral("-01") >= commitContract[QStringLiteral("start_date")].toString());
        QVERIFY(period + QStringLiteral("-01") <= commitContract[QStringLiteral("end_date")].toString());

        const QJsonObject bill = get(QStringLiteral("/billing/v1/bills?year=%1&month=%2")
                                         .arg(period.left(4), period.mid(5)))
                                     .object();
        const qint64 minimum = cents(entry[QStringLiteral("min_compute_commit")]);
        const qint64 unused = qMax<qint64>(0, minimum - cents(bill[QStringLiteral("total_compute_cost")]));
        QCOMPARE(cents(entry[QStringLiteral("unused_compute_commit")]), unused);
        QCOMPARE(bill[QStringLiteral("billing_mode")].toString(), QStringLiteral("postpaid"));
        QCOMPARE(cents(bill[QStringLiteral("min_compute_cost")]), minimum);
        QCOMPARE(cents(bill[QStringLiteral("unused_compute_commit")]), unused);
        unusedSoFar += unused;
        QCOMPARE(cents(bill[QStringLiteral("unused_compute_commit_ledger")]), unusedSoFar);
        if (unused > 0)
            ++withUnusedCommit;
    }
    // The story has months under and over the commitment.
    QVERIFY(withUnusedCommit > 0);
    QVERIFY(withUnusedCommit < ledger.size());
}

void TestSkySqlDemoRoutes::contractsBelongToTheOrganization()
{
    const QJsonArray contracts =
        get(QStringLiteral("/billing/v1/contracts/") + m_server->organizationId()).array();
    QCOMPARE(contracts.size(), 2);
    int active = 0;
    for (const QJsonValue &contract : contracts) {
        QCOMPARE(contract[QStringLiteral("org_id")].toString(), m_server->organizationId());
        QCOMPARE(contract[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        const QDate start = QDate::fromString(contract[QStringLiteral("start_date")].toString(), Qt::ISODate);
        const QDate end = QDate::fromString(contract[QStringLiteral("end_date")].toString(), Qt::ISODate);
        QVERIFY(start.isValid() && end.isValid() && start < end);
        if (contract[QStringLiteral("state")].toString() == u"active") {
            ++active;
            QVERIFY(start <= m_referenceDate && m_referenceDate <= end);
        }
        for (const QJsonValue &entitlement : contract[QStringLiteral("entitlements")].toArray()) {
            QCOMPARE(entitlement[QStringLiteral("contract_id")], contract[QStringLiteral("id")]);
            QVERIFY(entitlement[QStringLiteral("spec")].isObject());
        }
    }
    QCOMPARE(active, 1);
    // The expired contract was renewed by the other one.
    QCOMPARE(contracts.at(0)[QStringLiteral("renewal_id")], contracts.at(1)[QStringLiteral("id")]);

    const HttpReply other = get(QStringLiteral("/billing/v1/contracts/org-someone-else"));
    QCOMPARE(other.status, 403);
    VERIFY_SHAPE(other.object(), errorShape, "contracts of another org");
}

void TestSkySqlDemoRoutes::catalogueAndPriceFilters()
{
    const QJsonArray offerings = get(QStringLiteral("/billing/v1/offerings")).array();
    QCOMPARE(offerings.size(), 2);
    int meterCount = 0;
    for (const QJsonValue &offering : offerings) {
        const QString id = offering[QStringLiteral("offering_id")].toString();
        const QJsonArray meters = get(QStringLiteral("/billing/v1/offerings/%1/meters").arg(id)).array();
        QVERIFY(!meters.isEmpty());
        for (const QJsonValue &meter : meters) {
            ++meterCount;
            QCOMPARE(meter[QStringLiteral("offering_id")].toString(), id);
            const QJsonArray single = get(QStringLiteral("/billing/v1/meters/")
                                          + meter[QStringLiteral("meter_id")].toString())
                                          .array();
            QCOMPARE(single.size(), 1);
            QCOMPARE(single.first(), meter);
        }
        // Every price of the offering is for one of its meters, in its product.
        for (const QJsonValue &price : get(QStringLiteral("/billing/v1/prices/") + id).array()) {
            QCOMPARE(price[QStringLiteral("meter")][QStringLiteral("offering_id")].toString(), id);
            QCOMPARE(price[QStringLiteral("dimensions")][QStringLiteral("product")].toString(),
                     offering[QStringLiteral("product_mapping")].toString());
        }
    }
    QVERIFY(meterCount >= 4);
    QCOMPARE(get(QStringLiteral("/billing/v1/meters/mtr-nope")).status, 404);
    QCOMPARE(get(QStringLiteral("/billing/v1/offerings/nope/meters")).status, 404);
    QCOMPARE(get(QStringLiteral("/billing/v1/prices/nope")).status, 404);

    const QString path = QStringLiteral("/billing/v1/prices/skysql-provisioned");
    const QJsonArray all = get(path).array();
    QSet<QString> providers;
    QSet<QString> topologies;
    QSet<QString> tiers;
    for (const QJsonValue &price : all) {
        const QJsonObject dimensions = price[QStringLiteral("dimensions")].toObject();
        providers.insert(dimensions[QStringLiteral("provider")].toString());
        topologies.insert(dimensions[QStringLiteral("topology")].toString());
        tiers.insert(dimensions[QStringLiteral("tier")].toString());
    }
    QVERIFY(providers.size() >= 2);
    QVERIFY(topologies.size() >= 2);
    QVERIFY(tiers.size() >= 2);

    const QList<QPair<QString, QString>> filters {
        {"provider", "aws"}, {"provider", "gcp"}, {"topology", "es-replica"},
        {"tier", "foundation"}, {"tier", "power"}, {"product", "mariadb-enterprise-server"},
    };
    for (const auto &[key, value] : filters) {
        const QJsonArray filtered = get(path + QStringLiteral("?%1=%2").arg(key, value)).array();
        QVERIFY2(!filtered.isEmpty(), qPrintable(key + u'=' + value));
        if (key != u"product")
            QVERIFY(filtered.size() < all.size());
        for (const QJsonValue &price : filtered)
            QCOMPARE(price[QStringLiteral("dimensions")][key].toString(), value);
    }

    // Combined filters; the foundation tier has no large nodes and no Galera.
    const QJsonArray combined =
        get(path + QStringLiteral("?provider=aws&topology=es-single&tier=foundation")).array();
    QVERIFY(!combined.isEmpty());
    for (const QJsonValue &price : combined) {
        const QJsonObject dimensions = price[QStringLiteral("dimensions")].toObject();
        QCOMPARE(dimensions[QStringLiteral("provider")].toString(), QStringLiteral("aws"));
        QCOMPARE(dimensions[QStringLiteral("topology")].toString(), QStringLiteral("es-single"));
        QCOMPARE(dimensions[QStringLiteral("tier")].toString(), QStringLiteral("foundation"));
        QVERIFY(dimensions[QStringLiteral("size")].toString() != u"sky-8x32");
    }
    QVERIFY(get(path + QStringLiteral("?tier=foundation&topology=galera")).array().isEmpty());
    QVERIFY(get(path + QStringLiteral("?provider=oracle")).array().isEmpty());

    // Hourly and monthly figures agree (730 hours a month).
    for (const QJsonValue &price : all) {
        const QJsonObject amounts = price[QStringLiteral("price")].toObject();
        QCOMPARE(amounts[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
        const double perHour = amounts[QStringLiteral("price_per_hour")].toDouble();
        const double perMonth = amounts[QStringLiteral("price_per_month")].toDouble();
        QVERIFY(qAbs(perHour * 730 - perMonth) < 0.01);
    }
}

void TestSkySqlDemoRoutes::localeFilters()
{
    const QJsonArray all = get(QStringLiteral("/billing/v1/locale/country")).array();
    QVERIFY(all.size() >= 20);
    QHash<QString, QJsonObject> byCode;
    int inactive = 0;
    for (const QJsonValue &country : all) {
        byCode.insert(country[QStringLiteral("iso3166_2")].toString(), country.toObject());
        QCOMPARE(country[QStringLiteral("iso3166_3")].toString().size(), 3);
        if (!country[QStringLiteral("active")].toBool())
            ++inactive;
    }
    for (const QString &code : euCountries) {
        QVERIFY2(byCode.contains(code), qPrintable(code));
        QVERIFY2(byCode.value(code)[QStringLiteral("vat")].toBool(), qPrintable(code));
        QVERIFY(byCode.value(code)[QStringLiteral("active")].toBool());
    }
    for (const char *code : {"US", "CA", "GB", "CH", "NO", "JP", "AU", "IN"})
        QVERIFY2(byCode.contains(QLatin1String(code)), code);
    QCOMPARE(byCode.value(QStringLiteral("US"))[QStringLiteral("iso3166_3")].toString(), QStringLiteral("USA"));
    QVERIFY(inactive > 0);

    const QJsonArray active = get(QStringLiteral("/billing/v1/locale/country?active=true")).array();
    QCOMPARE(active.size(), all.size() - inactive);
    for (const QJsonValue &country : active)
        QVERIFY(country[QStringLiteral("active")].toBool());
    const QJsonArray notActive = get(QStringLiteral("/billing/v1/locale/country?active=false")).array();
    QCOMPARE(notActive.size(), inactive);
    QCOMPARE(get(QStringLiteral("/billing/v1/locale/country?active=maybe")).status, 400);

    const QJsonArray us = get(QStringLiteral("/billing/v1/locale/state-province?country=US")).array();
    QVERIFY(us.size() >= 10);
    QSet<QString> usCodes;
    for (const QJsonValue &state : us) {
        QCOMPARE(state[QStringLiteral("country")].toString(), QStringLiteral("US"));
        usCodes.insert(state[QStringLiteral("iso_short")].toString());
    }
    QVERIFY(usCodes.contains(QStringLiteral("CA")) && usCodes.contains(QStringLiteral("NY")));

    const QJsonArray canada =
        get(QStringLiteral("/billing/v1/locale/state-province?country=CA&active=true")).array();
    QCOMPARE(canada.size(), 13);
    for (const QJsonValue &province : canada)
        QCOMPARE(province[QStringLiteral("country")].toString(), QStringLiteral("CA"));

    const QJsonArray usActive =
        get(QStringLiteral("/billing/v1/locale/state-province?country=US&active=true")).array();
    QVERIFY(usActive.size() < us.size());
    for (const QJsonValue &state : usActive)
        QVERIFY(state[QStringLiteral("active")].toBool());
    QVERIFY(get(QStringLiteral("/billing/v1/locale/state-province?country=FR")).array().isEmpty());
    QCOMPARE(get(QStringLiteral("/billing/v1/locale/state-province")).array().size(),
             us.size() + canada.size());
    QCOMPARE(get(QStringLiteral("/billing/v1/locale/state-province?country=usa")).status, 400);
}

void TestSkySqlDemoRoutes::newRoutesAreDeterministic()
{
    const auto first = startDemoServer(m_referenceDate);
    QVERIFY(first);
    const auto second = startDemoServer(m_referenceDate);
    QVERIFY(second);
    for (const QString &path : {QStringLiteral("/billing/v1/bills"), QStringLiteral("/billing/v2/bills?year=2024&month=7"),
                                QStringLiteral("/billing/v1/account"),
                                QStringLiteral("/billing/v1/account/prepaid-credit-ledger"),
                                QStringLiteral("/billing/v1/account/postpaid-commit-ledger"),
                                QStringLiteral("/billing/v1/contracts/") + first->organizationId(),
                                QStringLiteral("/billing/v1/payment-methods"),
                                QStringLiteral("/billing/v1/prices/skysql-provisioned")}) {
        const HttpReply a = send(*first, "GET", path);
        QCOMPARE(a.status, 200);
        QCOMPARE(send(*second, "GET", path).body, a.body);
    }
}

void TestSkySqlDemoRoutes::contactsRoundTrip()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    const QString contacts = QStringLiteral("/billing/v1/contacts");
    QCOMPARE(send(*server, "GET", contacts).array().size(), 3);

    const QByteArray body = R"({"first_name": "Ada", "last_name": "Byron", "email": "ada@example.org",
        "phone": "+44 20 7946 0018", "type": "technical", "id": "ignored",
        "address": {"address_line_1": "10 Downing Street", "city": "London", "country": "GB",
                    "postal_code": "SW1A 2AA"}})";
    HttpReply result = send(*server, "POST", contacts, body);
    QCOMPARE(result.status, 200);
    const QJsonObject created = result.object();
    VERIFY_SHAPE(created, contactShape, "created contact");
    const QString id = created[QStringLiteral("id")].toString();
    QVERIFY(!id.isEmpty() && id != u"ignored");
    QCOMPARE(created[QStringLiteral("email")].toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(created[QStringLiteral("address")][QStringLiteral("city")].toString(), QStringLiteral("London"));
    QCOMPARE(created[QStringLiteral("address")][QStringLiteral("state")].toString(), QString());

    auto find = [&](const QString &contactId) {
        for (const QJsonValue &contact : send(*server, "GET", contacts).array()) {
            if (contact[QStringLiteral("id")].toString() == contactId)
                return contact.toObject();
        }
        return QJsonObject();
    };
    QCOMPARE(find(id), created);

    // PATCH changes only what it sends, nested address fields included.
    result = send(*server, "PATCH", contacts + u'/' + id, R"({"phone": "+44 20 7946 0999"})");
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QJsonObject expected = created;
    expected.insert(QStringLiteral("phone"), QStringLiteral("+44 20 7946 0999"));
    QCOMPARE(find(id), expected);
    result = send(*server, "PATCH", contacts + u'/' + id, R"({"address": {"city": "Cambridge"}})");
    QCOMPARE(result.status, 204);
    QJsonObject address = expected[QStringLiteral("address")].toObject();
    address.insert(QStringLiteral("city"), QStringLiteral("Cambridge"));
    expected.insert(QStringLiteral("address"), address);
    QCOMPARE(find(id), expected);

    // Others are untouched.
    QCOMPARE(find(QStringLiteral("contact-0001"))[QStringLiteral("first_name")].toString(),
             QStringLiteral("Maria"));

    QCOMPARE(send(*server, "DELETE", contacts + u'/' + id).status, 204);
    QVERIFY(find(id).isEmpty());
    QCOMPARE(send(*server, "GET", contacts).array().size(), 3);
    result = send(*server, "DELETE", contacts + u'/' + id);
    QCOMPARE(result.status, 404);
    VERIFY_SHAPE(result.object(), errorShape, "deleted twice");
    QCOMPARE(send(*server, "PATCH", contacts + u'/' + id, R"({"phone": "+1 555 0100"})").status, 404);
}

void TestSkySqlDemoRoutes::contactValidation()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    const QString contacts = QStringLiteral("/billing/v1/contacts");

    auto fieldErrors = [](const HttpReply &result) {
        QHash<QString, QString> fields;
        for (const QJsonValue &entry : result.object()[QStringLiteral("metadata")].toArray())
            fields.insert(entry[QStringLiteral("key")].toString(), entry[QStringLiteral("value")].toString());
        return fields;
    };

    HttpReply result = send(*server, "POST", contacts, R"({"first_name": "Ada"})");
    QCOMPARE(result.status, 422);
    VERIFY_SHAPE(result.object(), errorShape, "422");
    QCOMPARE(result.object()[QStringLiteral("code")].toInt(), 422);
    QHash<QString, QString> errors = fieldErrors(result);
    QCOMPARE(QSet<QString>(errors.keyBegin(), errors.keyEnd()),
             QSet<QString>({"last_name", "email", "type"}));

    result = send(*server, "POST", contacts,
                  R"({"first_name": "Ada", "last_name": "Byron", "email": "ada.example.org",
                      "type": "accounting", "address": {"country": "US", "state": "ZZ"}})");
    QCOMPARE(result.status, 422);
    errors = fieldErrors(result);
    QCOMPARE(errors.value(QStringLiteral("email")), QStringLiteral("not a valid email"));
    QVERIFY(errors.value(QStringLiteral("type")).contains(QStringLiteral("billing")));
    QVERIFY(errors.contains(QStringLiteral("address.state")));

    // Wrong JSON types are 422s naming the field.
    result = send(*server, "POST", contacts,
                  R"({"first_name": "Ada", "last_name": "Byron", "email": 5, "type": "billing",
                      "address": "London"})");
    QCOMPARE(result.status, 422);
    errors = fieldErrors(result);
    QCOMPARE(errors.value(QStringLiteral("email")), QStringLiteral("must be a string"));
    QCOMPARE(errors.value(QStringLiteral("address")), QStringLiteral("must be an object"));
    QCOMPARE(send(*server, "GET", contacts).array().size(), 3);

    // A bad PATCH changes nothing, not even its valid fields.
    const QJsonObject before = send(*server, "GET", contacts).array().first().toObject();
    result = send(*server, "PATCH", contacts + QStringLiteral("/contact-0001"),
                  R"({"phone": "+1 415 555 0100", "email": "nope@", "last_name": ""})");
    QCOMPARE(result.status, 422);
    errors = fieldErrors(result);
    QCOMPARE(QSet<QString>(errors.keyBegin(), errors.keyEnd()), QSet<QString>({"email", "last_name"}));
    QCOMPARE(send(*server, "GET", contacts).array().first().toObject(), before);
    QCOMPARE(send(*server, "PATCH", contacts + QStringLiteral("/contact-0001"), R"({"type": 3})").status,
             422);
}

void TestSkySqlDemoRoutes::malformedBodiesAre400s()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    const QList<QPair<QByteArray, QString>> writes {
        {"POST", "/billing/v1/contacts"},
        {"PATCH", "/billing/v1/contacts/contact-0002"},
        {"POST", "/billing/v1/tax"},
        {"PATCH", "/billing/v1/tax/tax-0001"},
        {"PATCH", "/billing/v1/payment-methods/pm_demo_mastercard_4444"},
    };
    for (const auto &[method, path] : writes) {
        for (const QByteArray &body : {QByteArray(R"({"first_name": "Ada",)"), QByteArray("[1, 2]"),
                                       QByteArray("")}) {
            const HttpReply result = send(*server, method, path, body);
            const QString what = QString::fromLatin1(method + ' ') + path + u' ' + QString::fromUtf8(body);
            QVERIFY2(result.status == 400, qPrintable(what));
            VERIFY_SHAPE(result.object(), errorShape, what);
            QCOMPARE(result.object()[QStringLiteral("code")].toInt(), 400);
        }
    }
    QCOMPARE(send(*server, "GET", QStringLiteral("/billing/v1/contacts")).array().size(), 3);
}

void TestSkySqlDemoRoutes::taxRoundTrip()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    const QString tax = QStringLiteral("/billing/v1/tax");

    const QJsonObject current = send(*server, "GET", tax).object();
    const QString id = current[QStringLiteral("id")].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(current[QStringLiteral("country")].toString(), QStringLiteral("US"));

    HttpReply result = send(*server, "POST", tax,
                            R"({"country": "FR", "postal_code": "75002", "registration": "FR40303265045"})");
    QCOMPARE(result.status, 409);
    VERIFY_SHAPE(result.object(), errorShape, "409");

    // Moving to France with the US registration: the registration no longer fits.
    result = send(*server, "PATCH", tax + u'/' + id, R"({"country": "FR", "postal_code": "75002"})");
    QCOMPARE(result.status, 422);
    QCOMPARE(result.object()[QStringLiteral("metadata")].toArray().first()[QStringLiteral("key")].toString(),
             QStringLiteral("registration"));
    QCOMPARE(send(*server, "GET", tax).object(), current);

    result = send(*server, "PATCH", tax + u'/' + id,
                  R"({"country": "FR", "postal_code": "75002", "registration": "FR 40 303 265 045"})");
    QCOMPARE(result.status, 204);
    QJsonObject expected = current;
    expected.insert(QStringLiteral("country"), QStringLiteral("FR"));
    expected.insert(QStringLiteral("postal_code"), QStringLiteral("75002"));
    expected.insert(QStringLiteral("registration"), QStringLiteral("FR 40 303 265 045"));
    QCOMPARE(send(*server, "GET", tax).object(), expected);

    // Only the postal code.
    QCOMPARE(send(*server, "PATCH", tax + u'/' + id, R"({"postal_code": "69001"})").status, 204);
    expected.insert(QStringLiteral("postal_code"), QStringLiteral("69001"));
    QCOMPARE(send(*server, "GET", tax).object(), expected);

    QCOMPARE(send(*server, "PATCH", tax + QStringLiteral("/tax-nope"), R"({"postal_code": "1"})").status, 404);
    QCOMPARE(send(*server, "DELETE", tax + QStringLiteral("/tax-nope")).status, 404);
    QCOMPARE(send(*server, "DELETE", tax + u'/' + id).status, 204);
    result = send(*server, "GET", tax);
    QCOMPARE(result.status, 404);
    VERIFY_SHAPE(result.object(), errorShape, "no tax");

    result = send(*server, "POST", tax, R"({"country": "XX", "postal_code": 10115})");
    QCOMPARE(result.status, 422);
    QSet<QString> keys;
    for (const QJsonValue &entry : result.object()[QStringLiteral("metadata")].toArray())
        keys.insert(entry[QStringLiteral("key")].toString());
    QCOMPARE(keys, QSet<QString>({"country", "postal_code"}));

    result = send(*server, "POST", tax,
                  R"({"country": "DE", "postal_code": "10115", "registration": "DE123456789"})");
    QCOMPARE(result.status, 200);
    VERIFY_SHAPE(result.object(), taxShape, "created tax");
    const QString newId = result.object()[QStringLiteral("id")].toString();
    QVERIFY(!newId.isEmpty() && newId != id);
    QCOMPARE(send(*server, "GET", tax).object(), result.object());
}

void TestSkySqlDemoRoutes::vatRegistrationsAreChecked_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("valid");
    QTest::addColumn<QString>("invalid");
    QTest::newRow("FR") << "FR" << "FR40303265045" << "FR4030326504";
    QTest::newRow("DE") << "DE" << "DE123456789" << "DE12345678X";
    QTest::newRow("IT") << "IT" << "IT12345678901" << "IT1234567890";
    QTest::newRow("ES") << "ES" << "ESA12345674" << "ES123";
    QTest::newRow("NL") << "NL" << "NL123456789B01" << "NL123456789C01";
    QTest::newRow("BE") << "BE" << "BE0123456789" << "BE2123456789";
    QTest::newRow("IE") << "IE" << "IE6388047V" << "IE63880479";
    QTest::newRow("AT") << "AT" << "ATU12345678" << "AT12345678";
    QTest::newRow("GR uses EL") << "GR" << "EL123456789" << "EL12345678";
    QTest::newRow("no prefix") << "DE" << "123456789" << "1234567890";
}

void TestSkySqlDemoRoutes::vatRegistrationsAreChecked()
{
    QFETCH(QString, country);
    QFETCH(QString, valid);
    QFETCH(QString, invalid);
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    const QString path = QStringLiteral("/billing/v1/tax/")
        + send(*server, "GET", QStringLiteral("/billing/v1/tax")).object()[QStringLiteral("id")].toString();
    auto body = [&](const QString &registration) {
        return QJsonDocument(QJsonObject {{QStringLiteral("country"), country},
                                          {QStringLiteral("registration"), registration}})
            .toJson();
    };

    HttpReply result = send(*server, "PATCH", path, body(invalid));
    QCOMPARE(result.status, 422);
    const QJsonArray metadata = result.object()[QStringLiteral("metadata")].toArray();
    QCOMPARE(metadata.size(), 1);
    QCOMPARE(metadata.first()[QStringLiteral("key")].toString(), QStringLiteral("registration"));
    QCOMPARE(send(*server, "PATCH", path, body(valid)).status, 204);
    QCOMPARE(send(*server, "GET", QStringLiteral("/billing/v1/tax")).object()[QStringLiteral("registration")].toString(),
             valid);
}

void TestSkySqlDemoRoutes::paymentMethods()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    const QString methods = QStringLiteral("/billing/v1/payment-methods");

    auto defaults = [&]() {
        QStringList ids;
        for (const QJsonValue &method : send(*server, "GET", methods).array()) {
            if (method[QStringLiteral("default_payment_method")].toBool())
                ids.append(method[QStringLiteral("payment_method_id")].toString());
        }
        return ids;
    };

    const QJsonArray cards = send(*server, "GET", methods).array();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(defaults(), QStringList {QStringLiteral("pm_demo_visa_4242")});
    int expiringSoon = 0;
    for (const QJsonValue &method : cards) {
        QCOMPARE(method[QStringLiteral("type")].toString(), QStringLiteral("card"));
        const QJsonObject card = method[QStringLiteral("card")].toObject();
        const QDate firstOfMonth(card[QStringLiteral("expiration_year")].toInt(),
                                 card[QStringLiteral("expiration_month")].toInt(), 1);
        QVERIFY(firstOfMonth.isValid());
        // A card works until the end of its expiration month.
        const QDate expiry = firstOfMonth.addMonths(1).addDays(-1);
        QVERIFY(expiry >= m_referenceDate);
        if (expiry <= m_referenceDate.addDays(60))
            ++expiringSoon;
        QVERIFY(card[QStringLiteral("masked_card_number")].toString().contains(QStringLiteral("****")));
    }
    QCOMPARE(expiringSoon, 1);

    // Setup intents: Stripe-shaped, a new one each time, nothing added.
    HttpReply result = send(*server, "POST", methods + QStringLiteral("/setup-intent"), "{}");
    QCOMPARE(result.status, 200);
    VERIFY_SHAPE(result.object(), setupIntentShape, "setup intent");
    const QJsonObject intent = result.object();
    QVERIFY(intent[QStringLiteral("intent")].toString().startsWith(QStringLiteral("seti_")));
    QVERIFY(intent[QStringLiteral("key")].toString().startsWith(QStringLiteral("pk_test_")));
    QVERIFY(intent[QStringLiteral("secret")].toString().startsWith(
        intent[QStringLiteral("intent")].toString() + QStringLiteral("_secret_")));
    const QJsonObject another = send(*server, "POST", methods + QStringLiteral("/setup-intent"), {}).object();
    QVERIFY(another[QStringLiteral("intent")] != intent[QStringLiteral("intent")]);
    QCOMPARE(send(*server, "GET", methods).array().size(), 2);

    // Making the other card the default takes it from the first.
    result = send(*server, "PATCH", methods + QStringLiteral("/pm_demo_mastercard_4444"),
                  R"({"default_payment_method": true})");
    QCOMPARE(result.status, 204);
    QCOMPARE(defaults(), QStringList {QStringLiteral("pm_demo_mastercard_4444")});
    // Again: no change.
    QCOMPARE(send(*server, "PATCH", methods + QStringLiteral("/pm_demo_mastercard_4444"),
                  R"({"default_payment_method": true})").status, 204);
    QCOMPARE(defaults(), QStringList {QStringLiteral("pm_demo_mastercard_4444")});

    for (const QByteArray &body : {QByteArray(R"({"default_payment_method": "yes"})"),
                                   QByteArray(R"({})"),
                                   QByteArray(R"({"default_payment_method": false})")}) {
        result = send(*server, "PATCH", methods + QStringLiteral("/pm_demo_mastercard_4444"), body);
        QVERIFY2(result.status == 422, body.constData());
        QCOMPARE(result.object()[QStringLiteral("metadata")].toArray().first()[QStringLiteral("key")].toString(),
                 QStringLiteral("default_payment_method"));
    }
    QCOMPARE(defaults(), QStringList {QStringLiteral("pm_demo_mastercard_4444")});
    // Un-defaulting a card that is not the default is harmless.
    QCOMPARE(send(*server, "PATCH", methods + QStringLiteral("/pm_demo_visa_4242"),
                  R"({"default_payment_method": false})").status, 204);
    QCOMPARE(send(*server, "PATCH", methods + QStringLiteral("/pm_nope"),
                  R"({"default_payment_method": true})").status, 404);
}

void TestSkySqlDemoRoutes::deletingPaymentMethods()
{
    const auto server = startDemoServer(m_referenceDate);
    QVERIFY(server);
    const QString methods = QStringLiteral("/billing/v1/payment-methods");

    // Deleting the default while another card exists promotes the other one.
    QCOMPARE(send(*server, "DELETE", methods + QStringLiteral("/pm_demo_visa_4242")).status, 204);
    QJsonArray cards = send(*server, "GET", methods).array();
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first()[QStringLiteral("payment_method_id")].toString(),
             QStringLiteral("pm_demo_mastercard_4444"));
    QVERIFY(cards.first()[QStringLiteral("default_payment_method")].toBool());

    // The only, default card stays.
    HttpReply result = send(*server, "DELETE", methods + QStringLiteral("/pm_demo_mastercard_4444"));
    QCOMPARE(result.status, 409);
    VERIFY_SHAPE(result.object(), errorShape, "409");
    QCOMPARE(send(*server, "GET", methods).array().size(), 1);

    QCOMPARE(send(*server, "DELETE", methods + QStringLiteral("/pm_demo_visa_4242")).status, 404);
}

QTEST_GUILESS_MAIN(TestSkySqlDemoRoutes)
#include "tst_skysqldemoroutes.moc"
