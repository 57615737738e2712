#include "skysqldemoapi.h"

#include "minipdf.h"
#include "skysqldemoencoders.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

// "$1,234.56", for the PDF only; the JSON carries plain numbers.
static QString formatUsd(qint64 cents)
{
    const qint64 absolute = qAbs(cents);
    return QStringLiteral("%1$%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(QLocale(QLocale::English, QLocale::UnitedStates).toString(absolute / 100))
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

static QString formatRate(qint64 rateE4)
{
    QString text = QString::number(double(rateE4) / 10000.0, 'f', 4);
    // Keep at least two decimals: "$0.125", "$0.17" rather than "$0.1700".
    while (text.endsWith(u'0') && text.indexOf(u'.') < text.size() - 3)
        text.chop(1);
    return u'$' + text;
}

// "true"/"false" query flags; absent or empty means no filter.
static bool parseFlag(const DemoRouteContext &context, const QString &key,
                      std::optional<bool> *flag, DemoResponse *error)
{
    const QString text = context.queryValue(key);
    if (text.isEmpty())
        return true;
    if (text == u"true" || text == u"false") {
        *flag = text == u"true";
        return true;
    }
    *error = SkySqlDemoApi::errorResponse(400, QStringLiteral("Invalid value '%1' for %2").arg(text, key),
                                          key, QStringLiteral("Use true or false"));
    return false;
}

SkySqlDemoApi::SkySqlDemoApi()
    : m_apiKey(QStringLiteral("demo-skysql-key"))
{
}

void SkySqlDemoApi::setApiKey(const QString &apiKey)
{
    m_apiKey = apiKey;
}

QString SkySqlDemoApi::apiKey() const
{
    return m_apiKey;
}

QString SkySqlDemoApi::organizationId() const
{
    return m_data.organizationId();
}

void SkySqlDemoApi::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void SkySqlDemoApi::generate(const QDate &referenceDate)
{
    m_data.generate(referenceDate);
    m_state.reset(referenceDate);
}

void SkySqlDemoApi::setInvoiceCount(int count)
{
    m_data.setInvoiceCount(count);
}

QStringList SkySqlDemoApi::issueNextMonth()
{
    return m_data.issueNextMonth();
}

const SkySqlDemoData &SkySqlDemoApi::data() const
{
    return m_data;
}

const SkySqlDemoState &SkySqlDemoApi::state() const
{
    return m_state;
}

const SkySqlDemoLocale &SkySqlDemoApi::locale() const
{
    return m_locale;
}

void SkySqlDemoApi::registerRoutes(DemoRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/invoices"),
                    authenticated(&SkySqlDemoApi::listInvoices));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/invoices/{}"),
                    authenticated(&SkySqlDemoApi::getInvoice));
    router.addRoute(Method::Get, QStringLiteral("/public/services/bcs/invoices/{}/pdf"),
                    authenticated(&SkySqlDemoApi::getInvoicePdf));

    router.addRoute(Method::Get, QStringLiteral("/billing/v1/account"),
                    authenticated(&SkySqlDemoApi::getAccount));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/account/postpaid-commit-ledger"),
                    authenticated(&SkySqlDemoApi::getPostpaidCommitLedger));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/account/prepaid-credit-ledger"),
                    authenticated(&SkySqlDemoApi::getPrepaidCreditLedger));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/bills"),
                    authenticated(&SkySqlDemoApi::getBillsV1));
    router.addRoute(Method::Get, QStringLiteral("/billing/v2/bills"),
                    authenticated(&SkySqlDemoApi::getBillsV2));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/contacts"),
                    authenticated(&SkySqlDemoApi::listContacts));
    router.addRoute(Method::Post, QStringLiteral("/billing/v1/contacts"),
                    authenticatedWrite(&SkySqlDemoApi::createContact));
    router.addRoute(Method::Patch, QStringLiteral("/billing/v1/contacts/{}"),
                    authenticatedWrite(&SkySqlDemoApi::updateContact));
    router.addRoute(Method::Delete, QStringLiteral("/billing/v1/contacts/{}"),
                    authenticatedWrite(&SkySqlDemoApi::deleteContact));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/contracts/{}"),
                    authenticated(&SkySqlDemoApi::getContracts));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/locale/country"),
                    authenticated(&SkySqlDemoApi::listCountries));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/locale/state-province"),
                    authenticated(&SkySqlDemoApi::listStatesProvinces));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/offerings"),
                    authenticated(&SkySqlDemoApi::listOfferings));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/meters/{}"),
                    authenticated(&SkySqlDemoApi::getMeter));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/offerings/{}/meters"),
                    authenticated(&SkySqlDemoApi::listOfferingMeters));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/prices/{}"),
                    authenticated(&SkySqlDemoApi::listPrices));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/payment-methods"),
                    authenticated(&SkySqlDemoApi::listPaymentMethods));
    // Before "payment-methods/{}": the router takes the first route that matches.
    router.addRoute(Method::Post, QStringLiteral("/billing/v1/payment-methods/setup-intent"),
                    authenticatedWrite(&SkySqlDemoApi::createSetupIntent));
    router.addRoute(Method::Patch, QStringLiteral("/billing/v1/payment-methods/{}"),
                    authenticatedWrite(&SkySqlDemoApi::updatePaymentMethod));
    router.addRoute(Method::Delete, QStringLiteral("/billing/v1/payment-methods/{}"),
                    authenticatedWrite(&SkySqlDemoApi::deletePaymentMethod));
    router.addRoute(Method::Get, QStringLiteral("/billing/v1/tax"),
                    authenticated(&SkySqlDemoApi::getTax));
    router.addRoute(Method::Post, QStringLiteral("/billing/v1/tax"),
                    authenticatedWrite(&SkySqlDemoApi::createTax));
    router.addRoute(Method::Patch, QStringLiteral("/billing/v1/tax/{}"),
                    authenticatedWrite(&SkySqlDemoApi::updateTax));
    router.addRoute(Method::Delete, QStringLiteral("/billing/v1/tax/{}"),
                    authenticatedWrite(&SkySqlDemoApi::deleteTax));
}

DemoResponse SkySqlDemoApi::errorResponse(int status, const QString &message,
                                          const QString &location, const QString &solution)
{
    const QJsonObject body {
        {QStringLiteral("code"), status},
        {QStringLiteral("message"), message},
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("location"), location},
        {QStringLiteral("solution"), solution},
        {QStringLiteral("exception"), QString()},
        {QStringLiteral("err"), QString()},
        {QStringLiteral("metadata"), QJsonArray()},
    };
    return DemoResponse::json(QJsonDocument(body), status);
}

DemoResponse SkySqlDemoApi::validationErrorResponse(
    const QString &location, const QList<QPair<QString, QString>> &fieldErrors)
{
    QStringList fields;
    QJsonArray metadata;
    for (const auto &[key, value] : fieldErrors) {
        fields.append(key);
        metadata.append(QJsonObject {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    }
    DemoResponse response = errorResponse(
        422, QStringLiteral("Validation failed: %1").arg(fields.join(QStringLiteral(", "))),
        location, QStringLiteral("Correct the fields listed in metadata and try again"));
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    body.insert(QStringLiteral("metadata"), metadata);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

DemoRouter::Handler SkySqlDemoApi::authenticatedWrite(WriteEndpoint endpoint)
{
    return [this, endpoint](const DemoRouteContext &context) {
        if (std::optional<DemoResponse> rejection = rejectUnauthorized(context))
            return *rejection;
        return (this->*endpoint)(context);
    };
}

DemoRouter::Handler SkySqlDemoApi::authenticated(Endpoint endpoint) const
{
    return [this, endpoint](const DemoRouteContext &context) {
        if (std::optional<DemoResponse> rejection = rejectUnauthorized(context))
            return *rejection;
        return (this->*endpoint)(context);
    };
}

std::optional<DemoResponse> SkySqlDemoApi::rejectUnauthorized(const DemoRouteContext &context) const
{
    const QString path = context.request.url().path();
    const QByteArray key = context.header("X-API-Key");
    if (key.isEmpty() || QString::fromUtf8(key) != m_apiKey) {
        return errorResponse(401,
                             key.isEmpty() ? QStringLiteral("Missing API key")
                                           : QStringLiteral("Invalid API key"),
                             path,
                             QStringLiteral("Send a valid SkySQL API key in the X-API-Key header"));
    }
    const QByteArray organization = context.header("X-SkySQL-Org-ID");
    if (!organization.isEmpty() && QString::fromUtf8(organization) != organizationId()) {
        return errorResponse(403,
                             QStringLiteral("This API key has no access to organization %1")
                                 .arg(QString::fromUtf8(organization)),
                             path,
                             QStringLiteral("Check the X-SkySQL-Org-ID header or omit it"));
    }
    return std::nullopt;
}

// A YYYY-MM-DD query date. Empty is treated as absent (a null date), like a form field left
// blank; anything else that is not a date is the 400.
static bool parseQueryDate(const DemoRouteContext &context, const QString &key, QDate *date,
                           DemoResponse *error)
{
    const QString text = context.queryValue(key);
    if (text.isEmpty())
        return true;
    *date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (date->isValid())
        return true;
    *error = SkySqlDemoApi::errorResponse(400, QStringLiteral("Invalid %1 '%2'").arg(key, text),
                                          key, QStringLiteral("Use the format YYYY-MM-DD"));
    return false;
}

// Invoices whose billing period starts within [start_date, end_date], both optional and
// inclusive: "the last 24 months" from the first of a month is 24 invoices, not 25. start_date
// is the reference's; end_date is not in the published document, but billing APIs commonly
// pair them and a client may send it to bound a range.
DemoResponse SkySqlDemoApi::listInvoices(const DemoRouteContext &context) const
{
    QDate startDate;
    QDate endDate;
    DemoResponse error;
    if (!parseQueryDate(context, QStringLiteral("start_date"), &startDate, &error)
        || !parseQueryDate(context, QStringLiteral("end_date"), &endDate, &error))
        return error;
    if (startDate.isValid() && endDate.isValid() && endDate < startDate) {
        return errorResponse(400, QStringLiteral("end_date is before start_date"),
                             QStringLiteral("end_date"),
                             QStringLiteral("Send an end_date on or after the start_date"));
    }

    QJsonArray invoices;
    for (const SkySqlDemoInvoice &invoice : m_data.invoices()) {
        if ((!startDate.isValid() || invoice.usageStartDate >= startDate)
            && (!endDate.isValid() || invoice.usageStartDate <= endDate))
            invoices.append(invoiceSummaryJson(invoice));
    }
    return DemoResponse::json(QJsonDocument(invoices));
}

DemoResponse SkySqlDemoApi::getInvoice(const DemoRouteContext &context) const
{
    const QString id = context.arguments.value(0);
    const SkySqlDemoInvoice *invoice = m_data.invoice(id);
    if (!invoice) {
        return errorResponse(404, QStringLiteral("Invoice %1 not found").arg(id),
                             context.request.url().path(),
                             QStringLiteral("List invoices to get a valid invoice_id"));
    }

    const QString grouping = context.queryValue(QStringLiteral("as"));
    if (!grouping.isEmpty() && grouping != u"resource" && grouping != u"service") {
        return errorResponse(400, QStringLiteral("Invalid value '%1' for as").arg(grouping),
                             QStringLiteral("as"),
                             QStringLiteral("Use as=resource or as=service"));
    }
    return DemoResponse::json(QJsonDocument(invoiceDetailJson(*invoice, grouping == u"resource")));
}

DemoResponse SkySqlDemoApi::getInvoicePdf(const DemoRouteContext &context) const
{
    const QString id = context.arguments.value(0);
    const SkySqlDemoInvoice *invoice = m_data.invoice(id);
    if (!invoice) {
        return errorResponse(404, QStringLiteral("Invoice %1 not found").arg(id),
                             context.request.url().path(),
                             QStringLiteral("List invoices to get a valid invoice_id"));
    }
    DemoResponse response = DemoResponse::bytes(invoicePdf(*invoice), "application/pdf");
    response.headers.append({"Content-Disposition",
                             "inline; filename=\"" + invoice->id.toUtf8() + ".pdf\""});
    return response;
}

DemoResponse SkySqlDemoApi::getAccount(const DemoRouteContext &) const
{
    const SkySqlDemoAccount &account = m_data.account();
    const QJsonObject body {
        {QStringLiteral("active"), account.active},
        {QStringLiteral("legal_entity_identifier"), account.legalEntityIdentifier},
        {QStringLiteral("number"), account.number},
        {QStringLiteral("organization_id"), m_data.organizationId()},
        {QStringLiteral("remittance"), account.remittance},
        {QStringLiteral("scu_consumed_mtd"), double(account.scuConsumedMtd)},
        {QStringLiteral("scu_remaining_mtd"), double(account.scuRemainingMtd)},
        {QStringLiteral("start_date"), SkySqlDemoEncoders::isoDate(account.startDate)},
        {QStringLiteral("status"), account.status},
        {QStringLiteral("subscription"), QJsonObject {
             {QStringLiteral("payment_collection_method"), account.paymentCollectionMethod},
             {QStringLiteral("status"), account.subscriptionStatus},
         }},
        {QStringLiteral("tier"), account.tier},
        {QStringLiteral("trial_credit"), SkySqlDemoEncoders::centsToJson(account.trialCreditCents)},
    };
    return DemoResponse::json(QJsonDocument(body));
}

DemoResponse SkySqlDemoApi::getPostpaidCommitLedger(const DemoRouteContext &) const
{
    QJsonArray entries;
    for (const SkySqlDemoCommitEntry &entry : m_data.postpaidCommitLedger()) {
        entries.append(QJsonObject {
            {QStringLiteral("contract_entitlement_id"), entry.entitlementId},
            {QStringLiteral("created_at"), SkySqlDemoEncoders::isoDateTime(entry.createdAt)},
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("invoice_amount"),
             SkySqlDemoEncoders::centsToJson(entry.invoiceAmountCents)},
            {QStringLiteral("min_compute_commit"),
             SkySqlDemoEncoders::centsToJson(entry.minComputeCommitCents)},
            {QStringLiteral("org_id"), m_data.organizationId()},
            {QStringLiteral("period"), entry.period},
            {QStringLiteral("unused_compute_commit"),
             SkySqlDemoEncoders::centsToJson(entry.unusedComputeCommitCents)},
        });
    }
    return DemoResponse::json(QJsonDocument(entries));
}

DemoResponse SkySqlDemoApi::getPrepaidCreditLedger(const DemoRouteContext &) const
{
    QJsonArray entries;
    for (const SkySqlDemoCreditEntry &entry : m_data.prepaidCreditLedger()) {
        entries.append(QJsonObject {
            {QStringLiteral("amount"), SkySqlDemoEncoders::centsToJson(entry.amountCents)},
            {QStringLiteral("batch"), entry.batch},
            {QStringLiteral("contract_id"), entry.contractId},
            {QStringLiteral("created_at"), SkySqlDemoEncoders::isoDateTime(entry.createdAt)},
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("org_id"), m_data.organizationId()},
            {QStringLiteral("reason"), entry.reason},
            {QStringLiteral("type"), entry.type},
        });
    }
    return DemoResponse::json(QJsonDocument(entries));
}

const SkySqlDemoBill *SkySqlDemoApi::requestedBill(const DemoRouteContext &context,
                                                   DemoResponse *error) const
{
    const QString path = context.request.url().path();
    const QString yearText = context.queryValue(QStringLiteral("year"));
    const QString monthText = context.queryValue(QStringLiteral("month"));
    if (yearText.isEmpty() && monthText.isEmpty())
        return &m_data.monthToDateBill();
    if (yearText.isEmpty() || monthText.isEmpty()) {
        *error = errorResponse(400, QStringLiteral("year and month must be given together"),
                               yearText.isEmpty() ? QStringLiteral("year") : QStringLiteral("month"),
                               QStringLiteral("Send both, or neither for the current month"));
        return nullptr;
    }

    bool yearOk = false;
    bool monthOk = false;
    const int year = yearText.toInt(&yearOk);
    const int month = monthText.toInt(&monthOk);
    if (!yearOk || year < 1970 || year > 9999) {
        *error = errorResponse(400, QStringLiteral("Invalid year '%1'").arg(yearText),
                               QStringLiteral("year"), QStringLiteral("Use a four-digit year"));
        return nullptr;
    }
    if (!monthOk || month < 1 || month > 12) {
        *error = errorResponse(400, QStringLiteral("Invalid month '%1'").arg(monthText),
                               QStringLiteral("month"), QStringLiteral("Use a month from 1 to 12"));
        return nullptr;
    }
    const QString period = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    if (const SkySqlDemoBill *bill = m_data.bill(period))
        return bill;
    *error = errorResponse(404, QStringLiteral("No bill for %1").arg(period), path,
                           QStringLiteral("Bills exist from %1 to %2")
                               .arg(m_data.bills().first().period,
                                    m_data.bills().last().period));
    return nullptr;
}

DemoResponse SkySqlDemoApi::getBillsV1(const DemoRouteContext &context) const
{
    DemoResponse error;
    const SkySqlDemoBill *bill = requestedBill(context, &error);
    if (!bill)
        return error;
    return DemoResponse::json(QJsonDocument(SkySqlDemoEncoders::billV1Json(*bill, m_data)));
}

DemoResponse SkySqlDemoApi::getBillsV2(const DemoRouteContext &context) const
{
    DemoResponse error;
    const SkySqlDemoBill *bill = requestedBill(context, &error);
    if (!bill)
        return error;
    return DemoResponse::json(QJsonDocument(SkySqlDemoEncoders::billV2Json(*bill, m_data)));
}

DemoResponse SkySqlDemoApi::getContracts(const DemoRouteContext &context) const
{
    const QString organization = context.arguments.value(0);
    if (organization != m_data.organizationId()) {
        return errorResponse(403,
                             QStringLiteral("This API key has no access to organization %1")
                                 .arg(organization),
                             context.request.url().path(),
                             QStringLiteral("Ask for the contracts of your own organization"));
    }
    QJsonArray contracts;
    for (const SkySqlDemoContract &contract : m_data.contracts())
        contracts.append(SkySqlDemoEncoders::contractJson(contract, m_data));
    return DemoResponse::json(QJsonDocument(contracts));
}

DemoResponse SkySqlDemoApi::listCountries(const DemoRouteContext &context) const
{
    std::optional<bool> active;
    DemoResponse error;
    if (!parseFlag(context, QStringLiteral("active"), &active, &error))
        return error;
    QJsonArray countries;
    for (const SkySqlDemoCountry &country : m_locale.countries()) {
        if (active && country.active != *active)
            continue;
        countries.append(QJsonObject {
            {QStringLiteral("active"), country.active},
            {QStringLiteral("iso3166_2"), country.iso3166_2},
            {QStringLiteral("iso3166_3"), country.iso3166_3},
            {QStringLiteral("lei"), country.lei},
            {QStringLiteral("name"), country.name},
            {QStringLiteral("vat"), country.vat},
        });
    }
    return DemoResponse::json(QJsonDocument(countries));
}

DemoResponse SkySqlDemoApi::listStatesProvinces(const DemoRouteContext &context) const
{
    std::optional<bool> active;
    DemoResponse error;
    if (!parseFlag(context, QStringLiteral("active"), &active, &error))
        return error;
    const QString country = context.queryValue(QStringLiteral("country"));
    if (!country.isEmpty()
        && !QRegularExpression(QStringLiteral("\\A[A-Z]{2}\\z")).match(country).hasMatch()) {
        return errorResponse(400, QStringLiteral("Invalid country '%1'").arg(country),
                             QStringLiteral("country"),
                             QStringLiteral("Use an ISO 3166-1 alpha-2 code such as US or CA"));
    }
    QJsonArray states;
    for (const SkySqlDemoStateProvince &state : m_locale.statesProvinces()) {
        if ((active && state.active != *active) || (!country.isEmpty() && state.country != country))
            continue;
        states.append(QJsonObject {
            {QStringLiteral("active"), state.active},
            {QStringLiteral("country"), state.country},
            {QStringLiteral("iso_short"), state.isoShort},
            {QStringLiteral("name"), state.name},
        });
    }
    return DemoResponse::json(QJsonDocument(states));
}

DemoResponse SkySqlDemoApi::listOfferings(const DemoRouteContext &) const
{
    QJsonArray offerings;
    for (const SkySqlDemoOffering &offering : m_data.catalog().offerings()) {
        offerings.append(QJsonObject {
            {QStringLiteral("description"), offering.description},
            {QStringLiteral("name"), offering.name},
            {QStringLiteral("offering_id"), offering.id},
            {QStringLiteral("product_mapping"), offering.productMapping},
        });
    }
    return DemoResponse::json(QJsonDocument(offerings));
}

DemoResponse SkySqlDemoApi::getMeter(const DemoRouteContext &context) const
{
    const QString id = context.arguments.value(0);
    const SkySqlDemoMeter *meter = m_data.catalog().meter(id);
    if (!meter) {
        return errorResponse(404, QStringLiteral("Meter %1 not found").arg(id),
                             context.request.url().path(),
                             QStringLiteral("List an offering's meters to get a valid meter_id"));
    }
    return DemoResponse::json(QJsonDocument(QJsonArray {SkySqlDemoEncoders::meterJson(*meter)}));
}

DemoResponse SkySqlDemoApi::listOfferingMeters(const DemoRouteContext &context) const
{
    const QString id = context.arguments.value(0);
    if (!m_data.catalog().offering(id)) {
        return errorResponse(404, QStringLiteral("Offering %1 not found").arg(id),
                             context.request.url().path(),
                             QStringLiteral("List offerings to get a valid offering_id"));
    }
    QJsonArray meters;
    for (const SkySqlDemoMeter &meter : m_data.catalog().meters()) {
        if (meter.offeringId == id)
            meters.append(SkySqlDemoEncoders::meterJson(meter));
    }
    return DemoResponse::json(QJsonDocument(meters));
}

DemoResponse SkySqlDemoApi::listPrices(const DemoRouteContext &context) const
{
    const SkySqlDemoCatalog &catalog = m_data.catalog();
    const QString id = context.arguments.value(0);
    if (!catalog.offering(id)) {
        return errorResponse(404, QStringLiteral("Offering %1 not found").arg(id),
                             context.request.url().path(),
                             QStringLiteral("List offerings to get a valid offering_id"));
    }
    QMap<QString, QString> filters;
    for (const QString &key : {QStringLiteral("provider"), QStringLiteral("product"),
                               QStringLiteral("topology"), QStringLiteral("tier")}) {
        const QString value = context.queryValue(key);
        if (!value.isEmpty())
            filters.insert(key, value);
    }

    QJsonArray prices;
    for (const SkySqlDemoPrice &price : catalog.prices()) {
        const SkySqlDemoMeter *meter = catalog.meter(price.meterId);
        if (!meter || meter->offeringId != id)
            continue;
        bool matches = true;
        for (auto it = filters.cbegin(); it != filters.cend() && matches; ++it)
            matches = price.dimensions.value(it.key()) == it.value();
        if (matches)
            prices.append(SkySqlDemoEncoders::priceJson(price, *meter, m_data.currency()));
    }
    return DemoResponse::json(QJsonDocument(prices));
}

QString SkySqlDemoApi::invoicePdfUrl(const SkySqlDemoInvoice &invoice) const
{
    return m_baseUrl.toString(QUrl::StripTrailingSlash)
        + QStringLiteral("/public/services/bcs/invoices/%1/pdf").arg(invoice.id);
}

QJsonObject SkySqlDemoApi::invoiceSummaryJson(const SkySqlDemoInvoice &invoice) const
{
    return QJsonObject {
        {QStringLiteral("invoice_amount"), SkySqlDemoEncoders::centsToJson(invoice.amountCents())},
        {QStringLiteral("invoice_date"), SkySqlDemoEncoders::isoDate(invoice.invoiceDate)},
        {QStringLiteral("invoice_due_date"), SkySqlDemoEncoders::isoDate(invoice.dueDate)},
        {QStringLiteral("invoice_id"), invoice.id},
        {QStringLiteral("invoice_pdf_url"), invoicePdfUrl(invoice)},
        {QStringLiteral("org_id"), m_data.organizationId()},
        {QStringLiteral("period"), invoice.period},
        // Not in the published list schema; the client reads them when present.
        {QStringLiteral("currency"), m_data.currency()},
        {QStringLiteral("status"), invoice.status},
    };
}

QJsonObject SkySqlDemoApi::invoiceDetailJson(const SkySqlDemoInvoice &invoice,
                                             bool byResource) const
{
    QJsonArray services;
    for (const SkySqlDemoServiceCharge &charge : invoice.services) {
        if (byResource) {
            const QList<SkySqlDemoServiceCharge> entries = SkySqlDemoData::splitByResource(charge);
            for (const SkySqlDemoServiceCharge &entry : entries)
                services.append(SkySqlDemoEncoders::serviceChargeJson(entry));
        } else {
            services.append(SkySqlDemoEncoders::serviceChargeJson(charge));
        }
    }

    return QJsonObject {
        {QStringLiteral("bill_date"), SkySqlDemoEncoders::isoDate(invoice.billDate)},
        {QStringLiteral("currency"), m_data.currency()},
        {QStringLiteral("invoice_amount"), SkySqlDemoEncoders::centsToJson(invoice.amountCents())},
        {QStringLiteral("invoice_date"), SkySqlDemoEncoders::isoDate(invoice.invoiceDate)},
        {QStringLiteral("invoice_due_date"), SkySqlDemoEncoders::isoDate(invoice.dueDate)},
        {QStringLiteral("invoice_id"), invoice.id},
        {QStringLiteral("invoice_pdf_url"), invoicePdfUrl(invoice)},
        {QStringLiteral("org_id"), m_data.organizationId()},
        {QStringLiteral("period"), invoice.period},
        {QStringLiteral("scu_consumed"), double(invoice.scuConsumed)},
        {QStringLiteral("scu_remaining"), double(invoice.scuRemaining)},
        {QStringLiteral("services"), services},
        {QStringLiteral("status"), invoice.status},
        {QStringLiteral("symbol"), m_data.currencySymbol()},
        {QStringLiteral("usage_end_date"), SkySqlDemoEncoders::isoDate(invoice.usageEndDate)},
        {QStringLiteral("usage_start_date"), SkySqlDemoEncoders::isoDate(invoice.usageStartDate)},
    };
}

QByteArray SkySqlDemoApi::invoicePdf(const SkySqlDemoInvoice &invoice) const
{
    constexpr double left = InvoicePdfLayout::Left;
    constexpr double right = InvoicePdfLayout::Right;
    constexpr double lineHeight = InvoicePdfLayout::LineHeight;

    MiniPdf pdf;
    pdf.setTitle(QStringLiteral("SkySQL invoice %1").arg(invoice.id));
    pdf.newPage();

    double y = InvoicePdfLayout::drawHeading(pdf, QStringLiteral("SkySQL"),
                                             QStringLiteral("MariaDB Cloud billing (Billdeck demo data)"));

    const QList<QPair<QString, QString>> header {
        {QStringLiteral("Organization"), m_data.organizationId()},
        {QStringLiteral("Invoice ID"), invoice.id},
        {QStringLiteral("Period"), QStringLiteral("%1 (%2 to %3)")
                                       .arg(invoice.period,
                                            SkySqlDemoEncoders::isoDate(invoice.usageStartDate),
                                            SkySqlDemoEncoders::isoDate(invoice.usageEndDate))},
        {QStringLiteral("Invoice date"), SkySqlDemoEncoders::isoDate(invoice.invoiceDate)},
        {QStringLiteral("Due date"), SkySqlDemoEncoders::isoDate(invoice.dueDate)},
        {QStringLiteral("Status"), invoice.status.toUpper()},
        {QStringLiteral("Currency"), m_data.currency()},
    };
    InvoicePdfLayout::drawFacts(pdf, y, header);

    y += 15;
    pdf.drawText(left, y, QStringLiteral("Service / charge"), 10, MiniPdf::Font::Bold);
    pdf.drawTextRightAligned(right, y, QStringLiteral("Amount"), 10, MiniPdf::Font::Bold);
    y += 6;
    pdf.drawRule(left, y, right, 1);
    y += lineHeight;

    for (const SkySqlDemoServiceCharge &charge : invoice.services) {
        // Keep a service's lines together on one page.
        InvoicePdfLayout::keepTogether(pdf, y, lineHeight * (3 + charge.nodes.size()) + 10);
        const SkySqlDemoService &info = charge.service;
        pdf.drawText(left, y, info.name, 11, MiniPdf::Font::Bold);
        pdf.drawText(left + 140, y,
                     QStringLiteral("%1  %2 %3  %4 / %5").arg(info.serviceId, info.provider,
                                                             info.region, info.tier,
                                                             info.topology),
                     9);
        pdf.drawTextRightAligned(right, y, formatUsd(charge.costCents()), 11,
                                 MiniPdf::Font::Bold);
        y += lineHeight;
        for (const SkySqlDemoNodeLine &line : charge.nodes) {
            pdf.drawText(left + 15, y,
                         QStringLiteral("Compute: %1 x %2, %3 %4 at %5/%6")
                             .arg(line.activeNodes)
                             .arg(line.size)
                             .arg(line.usage.quantity)
                             .arg(line.usage.unit, formatRate(line.usage.rateE4),
                                  line.usage.rateUnit),
                         10);
            pdf.drawTextRightAligned(right, y, formatUsd(line.usage.costCents), 10);
            y += lineHeight;
        }
        const SkySqlDemoStorage &storage = charge.storage;
        pdf.drawText(left + 15, y,
                     QStringLiteral("Storage: %1, %2 %3 at %4/%5")
                         .arg(storage.type)
                         .arg(storage.capacity.quantity)
                         .arg(storage.capacity.unit, formatRate(storage.capacity.rateE4),
                              storage.capacity.rateUnit),
                     10);
        pdf.drawTextRightAligned(right, y, formatUsd(storage.capacity.costCents), 10);
        y += lineHeight;
        pdf.drawText(left + 15, y,
                     QStringLiteral("IOPS %1, throughput %2 %3")
                         .arg(storage.iops.quantity)
                         .arg(storage.throughput.quantity)
                         .arg(storage.throughput.unit),
                     10);
        pdf.drawTextRightAligned(right, y,
                                 formatUsd(storage.iops.costCents + storage.throughput.costCents),
                                 10);
        y += lineHeight + 8;
    }

    InvoicePdfLayout::keepTogether(pdf, y, 40);
    pdf.drawRule(left, y - 8, right, 1);
    y += 8;
    pdf.drawText(left, y, QStringLiteral("Total due (%1)").arg(m_data.currency()), 12,
                 MiniPdf::Font::Bold);
    pdf.drawTextRightAligned(right, y, formatUsd(invoice.amountCents()), 12,
                             MiniPdf::Font::Bold);
    y += 30;
    pdf.drawText(left, y,
                 QStringLiteral("Payment is due by %1. Amounts in US dollars.")
                     .arg(SkySqlDemoEncoders::isoDate(invoice.dueDate)),
                 9);
    return pdf.toPdf();
}
