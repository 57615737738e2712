#include "api/skysql/skysqldecoders.h"

#include "api/jsonreader.h"
#include "dates.h"

namespace
{
const QString InvoicesEndpoint = QStringLiteral("GET /billing/v1/invoices");
const QString InvoiceEndpoint = QStringLiteral("GET /billing/v1/invoices/{invoice_id}");
const QString PdfEndpoint = QStringLiteral("GET /public/services/bcs/invoices/{invoice_id}/pdf");
const QString AccountEndpoint = QStringLiteral("GET /billing/v1/account");
const QString PostpaidLedgerEndpoint = QStringLiteral("GET /billing/v1/account/postpaid-commit-ledger");
const QString PrepaidLedgerEndpoint = QStringLiteral("GET /billing/v1/account/prepaid-credit-ledger");
const QString BillV1Endpoint = QStringLiteral("GET /billing/v1/bills");
const QString BillV2Endpoint = QStringLiteral("GET /billing/v2/bills");
const QString ContactsEndpoint = QStringLiteral("GET /billing/v1/contacts");
const QString CreateContactEndpoint = QStringLiteral("POST /billing/v1/contacts");
const QString ContractsEndpoint = QStringLiteral("GET /billing/v1/contracts/{org_id}");
const QString CountriesEndpoint = QStringLiteral("GET /billing/v1/locale/country");
const QString StatesEndpoint = QStringLiteral("GET /billing/v1/locale/state-province");
const QString OfferingsEndpoint = QStringLiteral("GET /billing/v1/offerings");
const QString MetersEndpoint = QStringLiteral("GET /billing/v1/meters/{id}");
const QString OfferingMetersEndpoint = QStringLiteral("GET /billing/v1/offerings/{id}/meters");
const QString PricesEndpoint = QStringLiteral("GET /billing/v1/prices/{offering}");
const QString PaymentMethodsEndpoint = QStringLiteral("GET /billing/v1/payment-methods");
const QString SetupIntentEndpoint = QStringLiteral("POST /billing/v1/payment-methods/setup-intent");
const QString TaxEndpoint = QStringLiteral("GET /billing/v1/tax");
const QString CreateTaxEndpoint = QStringLiteral("POST /billing/v1/tax");

// A body that is a JSON array of objects, each read by `read`; empty on the first problem.
template<typename T, typename Read>
QList<T> decodeList(const QByteArray &body, const QString &endpoint, ApiError *error, Read read)
{
    QJsonArray array;
    if (!parseJsonArray(body, endpoint, &array, error))
        return {};
    QList<T> result;
    result.reserve(array.size());
    const JsonReader root(QJsonObject(), endpoint, error);
    for (int i = 0; i < array.size(); ++i) {
        const JsonReader json = root.element(array, i, QString());
        T value = read(json);
        if (!json.ok())
            return {};
        result.append(std::move(value));
    }
    return result;
}

template<typename T, typename Read>
T decodeObject(const QByteArray &body, const QString &endpoint, ApiError *error, Read read)
{
    QJsonObject object;
    if (!parseJsonObject(body, endpoint, &object, error))
        return T();
    const JsonReader json(object, endpoint, error);
    T value = read(json);
    if (!json.ok())
        return T();
    return value;
}

QByteArray decodeByteArray(const QByteArray &body, const QString &endpoint, ApiError *error)
{
    QJsonArray array;
    if (!parseJsonArray(body, endpoint, &array, error))
        return {};
    QByteArray bytes;
    bytes.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 255 || number != static_cast<double>(static_cast<int>(number))) {
            *error = ApiError::decode(endpoint, QStringLiteral("[%1]").arg(i),
                                      QStringLiteral("expected a byte (0..255), got %1").arg(JsonReader::typeName(value)));
            return {};
        }
        bytes.append(static_cast<char>(static_cast<int>(number)));
    }
    return bytes;
}

qint64 optionalInteger(const JsonReader &json, const QString &key)
{
    return json.has(key) ? json.integer(key) : 0;
}

// Descriptive dates: a string when present; text that is not a date stays as raw text.
QDate textDate(const JsonReader &json, const QString &key, QString *rawText = nullptr)
{
    const QString text = json.optionalString(key);
    if (rawText)
        *rawText = text;
    return Dates::parseDate(text);
}

QDateTime textDateTime(const JsonReader &json, const QString &key, QString *rawText = nullptr)
{
    const QString text = json.optionalString(key);
    if (rawText)
        *rawText = text;
    return Dates::parseDateTime(text);
}

// "ANY_ADDITIONAL_PROPERTY" objects: every key, each value of the one expected type.
QMap<QString, QString> stringMap(const JsonReader &json, const QString &key)
{
    QMap<QString, QString> map;
    const auto object = json.optionalObject(key);
    if (!object)
        return map;
    const QStringList keys = object->json().keys();
    for (const QString &name : keys)
        map.insert(name, object->string(name));
    return map;
}

QMap<QString, bool> booleanMap(const JsonReader &json, const QString &key)
{
    QMap<QString, bool> map;
    const auto object = json.optionalObject(key);
    if (!object)
        return map;
    const QStringList keys = object->json().keys();
    for (const QString &name : keys)
        map.insert(name, object->boolean(name));
    return map;
}

BillingAccount readAccount(const JsonReader &json, const QString &currency)
{
    BillingAccount account;
    account.organizationId = json.string(QStringLiteral("organization_id"));
    account.number = json.optionalString(QStringLiteral("number"));
    account.legalEntityIdentifier = json.optionalString(QStringLiteral("legal_entity_identifier"));
    account.status = json.optionalString(QStringLiteral("status"));
    account.tier = json.optionalString(QStringLiteral("tier"));
    account.active = json.optionalBoolean(QStringLiteral("active"));
    account.remittance = json.optionalBoolean(QStringLiteral("remittance"));
    account.startDate = textDate(json, QStringLiteral("start_date"), &account.startDateText);
    account.scuConsumedMonthToDate = json.optionalNumber(QStringLiteral("scu_consumed_mtd"));
    account.scuRemainingMonthToDate = json.optionalNumber(QStringLiteral("scu_remaining_mtd"));
    account.trialCredit = json.money(QStringLiteral("trial_credit"), currency);
    if (const auto subscription = json.optionalObject(QStringLiteral("subscription"))) {
        account.subscription.paymentCollectionMethod = subscription->optionalString(QStringLiteral("payment_collection_method"));
        account.subscription.status = subscription->optionalString(QStringLiteral("status"));
    }
    return account;
}

PostpaidCommitEntry readPostpaidCommitEntry(const JsonReader &json, const QString &currency)
{
    PostpaidCommitEntry entry;
    entry.id = json.string(QStringLiteral("id"));
    entry.organizationId = json.optionalString(QStringLiteral("org_id"));
    entry.contractEntitlementId = json.optionalString(QStringLiteral("contract_entitlement_id"));
    entry.createdAt = textDateTime(json, QStringLiteral("created_at"), &entry.createdAtText);
    entry.period = json.optionalString(QStringLiteral("period"));
    entry.invoiceAmount = json.money(QStringLiteral("invoice_amount"), currency);
    entry.minComputeCommit = json.money(QStringLiteral("min_compute_commit"), currency);
    entry.unusedComputeCommit = json.money(QStringLiteral("unused_compute_commit"), currency);
    return entry;
}

LedgerEntry readLedgerEntry(const JsonReader &json, const QString &currency)
{
    LedgerEntry entry;
    entry.id = json.string(QStringLiteral("id"));
    entry.organizationId = json.optionalString(QStringLiteral("org_id"));
    entry.contractId = json.optionalString(QStringLiteral("contract_id"));
    entry.createdAt = textDateTime(json, QStringLiteral("created_at"), &entry.createdAtText);
    entry.amount = json.money(QStringLiteral("amount"), currency);
    entry.batch = optionalInteger(json, QStringLiteral("batch"));
    entry.reason = json.optionalString(QStringLiteral("reason"));
    entry.type = json.optionalString(QStringLiteral("type"));
    return entry;
}

// The top-level fields v1 and v2 share.
void readBillHeader(const JsonReader &json, Bill *bill)
{
    bill->id = json.string(QStringLiteral("id"));
    bill->currency = json.string(QStringLiteral("currency")).toUpper();
    const QString &currency = bill->currency;
    bill->currencySymbol = json.optionalString(QStringLiteral("currency_symbol"));
    bill->organizationId = json.optionalString(QStringLiteral("org_id"));
    bill->period = json.optionalString(QStringLiteral("period"));
    bill->month = Dates::parseMonth(bill->period);
    bill->billingMode = json.optionalString(QStringLiteral("billing_mode"));
    bill->tier = json.optionalString(QStringLiteral("tier"));
    bill->supportType = json.optionalString(QStringLiteral("support_type"));
    bill->usageDays = json.optionalNumber(QStringLiteral("usage_days"));
    bill->total = json.money(QStringLiteral("total"), currency);
    bill->totalComputeCost = json.money(QStringLiteral("total_compute_cost"), currency);
    bill->totalStorageCost = json.money(QStringLiteral("total_storage_cost"), currency);
    bill->dataTransferCost = json.money(QStringLiteral("data_transfer_cost"), currency);
    bill->supportCost = json.money(QStringLiteral("support_cost"), currency);
    bill->otherCost = Money(0, currency);
    bill->discount = json.optionalMoney(QStringLiteral("discount"), currency);
    bill->additionalComputeDiscount = json.optionalMoney(QStringLiteral("additional_compute_discount"), currency);
    bill->discountedComputeCost = json.optionalMoney(QStringLiteral("discounted_compute_cost"), currency);
    bill->undiscountedComputeCost = json.optionalMoney(QStringLiteral("undiscounted_compute_cost"), currency);
    bill->minComputeCost = json.optionalMoney(QStringLiteral("min_compute_cost"), currency);
    bill->remainingCredit = json.optionalMoney(QStringLiteral("remaining_credit"), currency);
    bill->unusedComputeCommit = json.optionalMoney(QStringLiteral("unused_compute_commit"), currency);
    bill->unusedComputeCommitLedger = Money(0, currency);
}

// v1: `cost` maps a cost kind to the node sizes billed under it.
BillItem readBillV1Item(const JsonReader &json, const QString &currency)
{
    BillItem item;
    item.id = json.string(QStringLiteral("id"));
    item.billId = json.optionalString(QStringLiteral("bill_id"));
    if (const auto service = json.optionalObject(QStringLiteral("service"))) {
        item.resourceId = service->optionalString(QStringLiteral("service_id"));
        item.name = service->optionalString(QStringLiteral("name"), item.resourceId);
        for (const QString &key : {QStringLiteral("provider"), QStringLiteral("region"), QStringLiteral("topology")}) {
            const QString value = service->optionalString(key);
            if (!value.isEmpty())
                item.dimensions.insert(key, value);
        }
    }
    item.total = Money(0, currency);
    const JsonReader cost = json.object(QStringLiteral("cost"));
    const QStringList kinds = cost.json().keys();
    for (const QString &kind : kinds) {
        const QJsonArray entries = cost.array(kind);
        for (int i = 0; i < entries.size() && json.ok(); ++i) {
            const JsonReader entry = cost.element(entries, i, kind);
            BillLine line;
            line.key = kind;
            line.category = billCostCategoryFromKey(kind);
            line.instance = entry.optionalString(QStringLiteral("instance"));
            line.name = entry.optionalString(QStringLiteral("name"), line.instance);
            line.activeNodes = static_cast<int>(optionalInteger(entry, QStringLiteral("active_nodes")));
            line.quantity = entry.optionalNumber(QStringLiteral("total_hours"));
            line.unit = QStringLiteral("hours");
            line.rate = entry.optionalNumber(QStringLiteral("price_per_hour"));
            line.rateUnit = QStringLiteral("hour");
            line.total = entry.money(QStringLiteral("total_cost"), currency);
            item.total += line.total;
            item.lines.append(line);
        }
    }
    if (item.total.isUndefined())
        json.fail(QStringLiteral("cost"), QStringLiteral("the lines' total_cost do not add up in one currency within range"));
    return item;
}

// v2: `line_items` maps a meter key to the prices its usage was billed at.
BillItem readBillV2Item(const JsonReader &json, const QString &currency)
{
    BillItem item;
    item.id = json.string(QStringLiteral("id"));
    item.total = json.money(QStringLiteral("total"), currency);
    if (const auto resource = json.optionalObject(QStringLiteral("resource"))) {
        item.resourceId = resource->optionalString(QStringLiteral("resource_id"));
        item.name = resource->optionalString(QStringLiteral("name"), item.resourceId);
        item.dimensions = stringMap(*resource, QStringLiteral("dimensions"));
    }
    const JsonReader lineItems = json.object(QStringLiteral("line_items"));
    const QStringList meterKeys = lineItems.json().keys();
    for (const QString &meterKey : meterKeys) {
        const QJsonArray entries = lineItems.array(meterKey);
        for (int i = 0; i < entries.size() && json.ok(); ++i) {
            const JsonReader entry = lineItems.element(entries, i, meterKey);
            BillLine line;
            line.key = meterKey;
            line.name = entry.optionalString(QStringLiteral("meter"), meterKey);
            line.category = billCostCategoryFromKey(meterKey);
            if (line.category == BillCostCategory::Other)
                line.category = billCostCategoryFromKey(line.name);
            line.priceId = entry.optionalString(QStringLiteral("price_id"));
            line.quantity = entry.optionalNumber(QStringLiteral("quantity"));
            line.unit = entry.optionalString(QStringLiteral("unit"));
            line.rate = entry.optionalNumber(QStringLiteral("rate"));
            line.rateUnit = entry.optionalString(QStringLiteral("rate_unit"));
            line.billableUsage = entry.optionalNumber(QStringLiteral("billable_usage"));
            line.includedUsage = entry.optionalNumber(QStringLiteral("included_usage"));
            line.includedUsageLimit = entry.optionalNumber(QStringLiteral("included_usage_limit"));
            line.includedUsageAmount = entry.optionalMoney(QStringLiteral("included_usage_amount"), currency);
            line.dimensions = stringMap(entry, QStringLiteral("dimensions"));
            line.total = entry.money(QStringLiteral("total"), currency);
            item.lines.append(line);
        }
    }
    return item;
}

Contact readContact(const JsonReader &json)
{
    Contact contact;
    contact.id = json.string(QStringLiteral("id"));
    contact.type = json.optionalString(QStringLiteral("type"));
    contact.firstName = json.optionalString(QStringLiteral("first_name"));
    contact.lastName = json.optionalString(QStringLiteral("last_name"));
    contact.email = json.optionalString(QStringLiteral("email"));
    contact.phone = json.optionalString(QStringLiteral("phone"));
    if (const auto address = json.optionalObject(QStringLiteral("address"))) {
        contact.address.line1 = address->optionalString(QStringLiteral("address_line_1"));
        contact.address.line2 = address->optionalString(QStringLiteral("address_line_2"));
        contact.address.city = address->optionalString(QStringLiteral("city"));
        contact.address.state = address->optionalString(QStringLiteral("state"));
        contact.address.postalCode = address->optionalString(QStringLiteral("postal_code"));
        contact.address.country = address->optionalString(QStringLiteral("country"));
    }
    return contact;
}

Entitlement readEntitlement(const JsonReader &json)
{
    Entitlement entitlement;
    entitlement.id = json.string(QStringLiteral("id"));
    entitlement.entitlementId = json.optionalString(QStringLiteral("entitlement_id"));
    entitlement.contractId = json.optionalString(QStringLiteral("contract_id"));
    entitlement.startDate = textDate(json, QStringLiteral("start_date"), &entitlement.startDateText);
    entitlement.endDate = textDate(json, QStringLiteral("end_date"), &entitlement.endDateText);
    entitlement.createdAt = textDateTime(json, QStringLiteral("created_at"));
    const QJsonValue spec = json.json().value(QStringLiteral("spec"));
    entitlement.spec = spec.isUndefined() ? QJsonValue() : spec;
    return entitlement;
}

Contract readContract(const JsonReader &json)
{
    Contract contract;
    contract.id = json.string(QStringLiteral("id"));
    contract.currency = json.string(QStringLiteral("currency")).toUpper();
    contract.organizationId = json.optionalString(QStringLiteral("org_id"));
    contract.billingMode = json.optionalString(QStringLiteral("billing_mode"));
    contract.state = json.optionalString(QStringLiteral("state"));
    contract.integrationId = json.optionalString(QStringLiteral("integration_id"));
    contract.renewalId = json.optionalString(QStringLiteral("renewal_id"));
    contract.startDate = textDate(json, QStringLiteral("start_date"), &contract.startDateText);
    contract.endDate = textDate(json, QStringLiteral("end_date"), &contract.endDateText);
    contract.executionDate = textDate(json, QStringLiteral("execution_date"));
    contract.renewalDate = textDate(json, QStringLiteral("renewal_date"));
    contract.createdAt = textDateTime(json, QStringLiteral("created_at"));
    contract.createdBy = json.optionalString(QStringLiteral("created_by"));
    contract.updatedAt = textDateTime(json, QStringLiteral("updated_at"));
    contract.updatedBy = json.optionalString(QStringLiteral("updated_by"));
    contract.estimatedContractCommit = json.money(QStringLiteral("estimated_contract_commit"), contract.currency);
    contract.estimatedContractValue = json.money(QStringLiteral("estimated_contract_value"), contract.currency);
    contract.marketingCollaborationDiscount = json.optionalBoolean(QStringLiteral("marketing_collaboration_discount"));
    const QJsonArray entitlements = json.optionalArray(QStringLiteral("entitlements"));
    for (int i = 0; i < entitlements.size() && json.ok(); ++i)
        contract.entitlements.append(readEntitlement(json.element(entitlements, i, QStringLiteral("entitlements"))));
    return contract;
}

Country readCountry(const JsonReader &json)
{
    Country country;
    country.iso2 = json.string(QStringLiteral("iso3166_2"));
    country.iso3 = json.optionalString(QStringLiteral("iso3166_3"));
    country.name = json.optionalString(QStringLiteral("name"), country.iso2);
    country.lei = json.optionalString(QStringLiteral("lei"));
    country.active = json.optionalBoolean(QStringLiteral("active"));
    country.vat = json.optionalBoolean(QStringLiteral("vat"));
    return country;
}

StateProvince readStateProvince(const JsonReader &json)
{
    StateProvince state;
    state.code = json.string(QStringLiteral("iso_short"));
    state.country = json.string(QStringLiteral("country"));
    state.name = json.optionalString(QStringLiteral("name"), state.code);
    state.active = json.optionalBoolean(QStringLiteral("active"));
    return state;
}

Offering readOffering(const JsonReader &json)
{
    Offering offering;
    offering.id = json.string(QStringLiteral("offering_id"));
    offering.name = json.optionalString(QStringLiteral("name"), offering.id);
    offering.description = json.optionalString(QStringLiteral("description"));
    offering.productMapping = json.optionalString(QStringLiteral("product_mapping"));
    return offering;
}

Meter readMeter(const JsonReader &json)
{
    Meter meter;
    meter.id = json.string(QStringLiteral("meter_id"));
    meter.offeringId = json.optionalString(QStringLiteral("offering_id"));
    meter.name = json.optionalString(QStringLiteral("name"), meter.id);
    meter.label = json.optionalString(QStringLiteral("label"), meter.name);
    meter.description = json.optionalString(QStringLiteral("description"));
    meter.meterClass = json.optionalString(QStringLiteral("class"));
    meter.unit = json.optionalString(QStringLiteral("unit"));
    meter.priceDimensions = booleanMap(json, QStringLiteral("price_dimensions"));
    return meter;
}

Price readPrice(const JsonReader &json, const QString &currency)
{
    Price price;
    price.id = json.string(QStringLiteral("id"));
    price.type = json.optionalString(QStringLiteral("type"));
    price.dimensions = stringMap(json, QStringLiteral("dimensions"));
    price.startRange = json.optionalNumber(QStringLiteral("start_range"));
    price.endRange = json.optionalNumber(QStringLiteral("end_range"));
    price.meter = readMeter(json.object(QStringLiteral("meter")));
    const JsonReader values = json.object(QStringLiteral("price"));
    PriceValues &v = price.price;
    v.currency = values.optionalString(QStringLiteral("currency"), currency).toUpper();
    v.monthlyCommit = values.optionalMoney(QStringLiteral("monthly_commit"), v.currency);
    v.multiplier = values.optionalNumber(QStringLiteral("multiplier"), 1);
    v.pricePerHour = values.number(QStringLiteral("price_per_hour"));
    v.pricePerMinute = values.optionalNumber(QStringLiteral("price_per_min"));
    v.pricePerMonth = values.optionalNumber(QStringLiteral("price_per_month"));
    v.scaleFabricPricePerHour = values.optionalNumber(QStringLiteral("scale_fabric_price_per_hour"));
    v.scaleFabricPricePerMinute = values.optionalNumber(QStringLiteral("scale_fabric_price_per_min"));
    v.scaleFabricPricePerMonth = values.optionalNumber(QStringLiteral("scale_fabric_price_per_month"));
    return price;
}

PaymentMethod readPaymentMethod(const JsonReader &json)
{
    PaymentMethod method;
    method.id = json.string(QStringLiteral("payment_method_id"));
    method.type = json.optionalString(QStringLiteral("type"));
    method.isDefault = json.optionalBoolean(QStringLiteral("default_payment_method"));
    if (const auto details = json.optionalObject(QStringLiteral("billing_details"))) {
        method.holderName = details->optionalString(QStringLiteral("name"));
        method.country = details->optionalString(QStringLiteral("country"));
    }
    if (const auto card = json.optionalObject(QStringLiteral("card"))) {
        method.hasCard = true;
        method.cardBrand = card->optionalString(QStringLiteral("card_type"));
        method.maskedCardNumber = card->optionalString(QStringLiteral("masked_card_number"));
        method.expiryMonth = static_cast<int>(optionalInteger(*card, QStringLiteral("expiration_month")));
        method.expiryYear = static_cast<int>(optionalInteger(*card, QStringLiteral("expiration_year")));
        method.cvcValidated = card->optionalBoolean(QStringLiteral("cvc_validation"));
    }
    return method;
}

SetupIntent readSetupIntent(const JsonReader &json)
{
    // Errors name the field and its JSON type only, so the secret never reaches a message.
    SetupIntent intent;
    intent.intent = json.string(QStringLiteral("intent"));
    intent.key = json.string(QStringLiteral("key"));
    intent.secret = json.string(QStringLiteral("secret"));
    return intent;
}

TaxInfo readTaxInfo(const JsonReader &json)
{
    TaxInfo tax;
    tax.id = json.optionalString(QStringLiteral("id"), json.optionalString(QStringLiteral("tax_id")));
    tax.country = json.string(QStringLiteral("country"));
    tax.postalCode = json.optionalString(QStringLiteral("postal_code"));
    tax.registration = json.optionalString(QStringLiteral("registration"));
    return tax;
}


// Fields shared by the list entry and the detail.
void readInvoiceHeader(const JsonReader &json, const QString &currency, Invoice *invoice)
{
    invoice->id = json.string(QStringLiteral("invoice_id"));
    invoice->number = json.optionalString(QStringLiteral("invoice_number"), invoice->id);
    invoice->amount = json.money(QStringLiteral("invoice_amount"), currency);
    invoice->date = json.lenientDate(QStringLiteral("invoice_date"));
    invoice->dueDate = json.optionalDate(QStringLiteral("invoice_due_date"));
    invoice->organizationId = json.optionalString(QStringLiteral("org_id"));
    invoice->period = json.optionalString(QStringLiteral("period"));
    invoice->pdfUrl = json.optionalString(QStringLiteral("invoice_pdf_url"));
    const QString status = json.optionalString(QStringLiteral("status"));
    invoice->status = invoiceStatusFromString(status);
    const QDate periodMonth = Dates::parseMonth(invoice->period);
    if (periodMonth.isValid()) {
        invoice->periodStart = periodMonth;
        // The month's last day: one calendar look-up rather than addMonths' two and a third.
        invoice->periodEnd = periodMonth.addDays(periodMonth.daysInMonth() - 1);
    }
}

InvoiceLine readMeteredLine(const JsonReader &json, InvoiceLine::Kind kind, const QString &description, const QString &currency)
{
    InvoiceLine line;
    line.kind = kind;
    line.description = description;
    line.quantity = json.optionalNumber(QStringLiteral("quantity"));
    line.unit = json.optionalString(QStringLiteral("unit"));
    line.rate = json.optionalNumber(QStringLiteral("rate"));
    line.rateUnit = json.optionalString(QStringLiteral("rate_unit"));
    line.cost = json.money(QStringLiteral("cost"), currency);
    return line;
}

InvoiceService readService(const JsonReader &json, const QString &currency)
{
    InvoiceService service;
    service.cost = json.money(QStringLiteral("cost"), currency);
    service.nodeCost = json.optionalMoney(QStringLiteral("node_cost"), currency);
    service.storageCost = Money(0, currency);
    if (const auto info = json.optionalObject(QStringLiteral("service"))) {
        service.serviceId = info->optionalString(QStringLiteral("service_id"));
        service.name = info->optionalString(QStringLiteral("name"), service.serviceId);
        service.provider = info->optionalString(QStringLiteral("provider"));
        service.region = info->optionalString(QStringLiteral("region"));
        service.topology = info->optionalString(QStringLiteral("topology"));
        service.tier = info->optionalString(QStringLiteral("tier"));
        service.instance = info->optionalString(QStringLiteral("instance"));
        service.arch = info->optionalString(QStringLiteral("arch"));
    }
    const QJsonArray nodes = json.optionalArray(QStringLiteral("nodes"));
    for (int i = 0; i < nodes.size() && json.ok(); ++i) {
        const JsonReader node = json.element(nodes, i, QStringLiteral("nodes"));
        InvoiceLine line = readMeteredLine(node, InvoiceLine::Kind::Nodes, QString(), currency);
        line.size = node.optionalString(QStringLiteral("size"));
        line.activeNodes = static_cast<int>(node.optionalNumber(QStringLiteral("active_nodes")));
        line.description = line.activeNodes > 0
            ? QString::number(line.activeNodes) + QStringLiteral(" × ") + line.size
            : line.size;
        service.lines.append(std::move(line));
    }
    if (const auto storage = json.optionalObject(QStringLiteral("storage"))) {
        const QString type = storage->optionalString(QStringLiteral("type"));
        InvoiceLine line = readMeteredLine(*storage, InvoiceLine::Kind::Storage, QStringLiteral("Storage %1").arg(type).trimmed(), currency);
        line.size = type;
        service.lines.append(std::move(line));
        if (const auto iops = storage->optionalObject(QStringLiteral("iops")))
            service.lines.append(readMeteredLine(*iops, InvoiceLine::Kind::Iops, QStringLiteral("IOPS"), currency));
        if (const auto throughput = storage->optionalObject(QStringLiteral("throughput")))
            service.lines.append(readMeteredLine(*throughput, InvoiceLine::Kind::Throughput, QStringLiteral("Throughput"), currency));
        service.storageCost = storage->has(QStringLiteral("total_cost"))
            ? storage->money(QStringLiteral("total_cost"), currency)
            : storage->money(QStringLiteral("cost"), currency);
    }
    return service;
}
}

namespace SkySqlDecoders
{
QList<Invoice> invoices(const QByteArray &body, ApiError *error)
{
    // The list does not always say the currency; the detail does. An empty currency
    // marks the amount as "currency not known yet" rather than guessing one.
    return invoicesInCurrency(body, QString(), error);
}

QList<Invoice> invoicesInCurrency(const QByteArray &body, const QString &currency, ApiError *error)
{
    QJsonArray array;
    if (!parseJsonArray(body, InvoicesEndpoint, &array, error))
        return {};
    QList<Invoice> result;
    result.reserve(array.size());
    const JsonReader root(QJsonObject(), InvoicesEndpoint, error);
    for (int i = 0; i < array.size(); ++i) {
        const JsonReader json = root.element(array, i, QString());
        const QString entryCurrency = json.optionalString(QStringLiteral("currency"), currency).toUpper();
        Invoice invoice;
        readInvoiceHeader(json, entryCurrency, &invoice);
        if (!json.ok())
            return {};
        result.append(std::move(invoice));
    }
    return result;
}

Invoice invoice(const QByteArray &body, ApiError *error)
{
    QJsonObject object;
    if (!parseJsonObject(body, InvoiceEndpoint, &object, error))
        return {};
    const JsonReader json(object, InvoiceEndpoint, error);
    const QString currency = json.string(QStringLiteral("currency")).toUpper();
    Invoice invoice;
    readInvoiceHeader(json, currency, &invoice);
    const QDate usageStart = json.optionalDate(QStringLiteral("usage_start_date"));
    const QDate usageEnd = json.optionalDate(QStringLiteral("usage_end_date"));
    if (usageStart.isValid())
        invoice.periodStart = usageStart;
    if (usageEnd.isValid())
        invoice.periodEnd = usageEnd;
    const QJsonArray services = json.array(QStringLiteral("services"));
    for (int i = 0; i < services.size() && json.ok(); ++i)
        invoice.services.append(readService(json.element(services, i, QStringLiteral("services")), currency));
    invoice.hasDetails = true;
    if (!json.ok())
        return {};
    return invoice;
}

QByteArray invoicePdf(const QByteArray &body, ApiError *error)
{
    QByteArray bytes = body;
    if (body.trimmed().startsWith('[')) {
        bytes = decodeByteArray(body, PdfEndpoint, error);
        if (error->isError())
            return {};
    }
    if (!bytes.startsWith("%PDF-")) {
        *error = ApiError(ApiError::Kind::Decode, QStringLiteral("%1: the answer is not a PDF document").arg(PdfEndpoint));
        error->setEndpoint(PdfEndpoint);
        return {};
    }
    return bytes;
}

QByteArray byteArrayJson(const QByteArray &body, ApiError *error)
{
    return decodeByteArray(body, PdfEndpoint, error);
}

const char DefaultCurrency[] = "USD";

BillingAccount account(const QByteArray &body, const QString &currency, ApiError *error)
{
    return decodeObject<BillingAccount>(body, AccountEndpoint, error,
                                        [&currency](const JsonReader &json) { return readAccount(json, currency); });
}

QList<PostpaidCommitEntry> postpaidCommitLedger(const QByteArray &body, const QString &currency, ApiError *error)
{
    return decodeList<PostpaidCommitEntry>(body, PostpaidLedgerEndpoint, error, [&currency](const JsonReader &json) {
        return readPostpaidCommitEntry(json, currency);
    });
}

QList<LedgerEntry> prepaidCreditLedger(const QByteArray &body, const QString &currency, ApiError *error)
{
    return decodeList<LedgerEntry>(body, PrepaidLedgerEndpoint, error,
                                   [&currency](const JsonReader &json) { return readLedgerEntry(json, currency); });
}

Bill billV1(const QByteArray &body, ApiError *error)
{
    return decodeObject<Bill>(body, BillV1Endpoint, error, [](const JsonReader &json) {
        Bill bill;
        bill.apiVersion = 1;
        readBillHeader(json, &bill);
        bill.unusedComputeCommitLedger = json.optionalMoney(QStringLiteral("unused_compute_commit_ledger"), bill.currency);
        const QJsonArray items = json.array(QStringLiteral("line_items"));
        for (int i = 0; i < items.size() && json.ok(); ++i)
            bill.items.append(readBillV1Item(json.element(items, i, QStringLiteral("line_items")), bill.currency));
        return bill;
    });
}

Bill billV2(const QByteArray &body, ApiError *error)
{
    return decodeObject<Bill>(body, BillV2Endpoint, error, [](const JsonReader &json) {
        Bill bill;
        bill.apiVersion = 2;
        readBillHeader(json, &bill);
        bill.otherCost = json.money(QStringLiteral("other_cost"), bill.currency);
        const QJsonArray items = json.array(QStringLiteral("items"));
        for (int i = 0; i < items.size() && json.ok(); ++i)
            bill.items.append(readBillV2Item(json.element(items, i, QStringLiteral("items")), bill.currency));
        return bill;
    });
}

QList<Contact> contacts(const QByteArray &body, ApiError *error)
{
    return decodeList<Contact>(body, ContactsEndpoint, error, &readContact);
}

Contact createdContact(const QByteArray &body, ApiError *error)
{
    return decodeObject<Contact>(body, CreateContactEndpoint, error, &readContact);
}

QList<Contract> contracts(const QByteArray &body, ApiError *error)
{
    return decodeList<Contract>(body, ContractsEndpoint, error, &readContract);
}

QList<Country> countries(const QByteArray &body, ApiError *error)
{
    return decodeList<Country>(body, CountriesEndpoint, error, &readCountry);
}

QList<StateProvince> statesProvinces(const QByteArray &body, ApiError *error)
{
    return decodeList<StateProvince>(body, StatesEndpoint, error, &readStateProvince);
}

QList<Offering> offerings(const QByteArray &body, ApiError *error)
{
    return decodeList<Offering>(body, OfferingsEndpoint, error, &readOffering);
}

QList<Meter> meters(const QByteArray &body, ApiError *error)
{
    return decodeList<Meter>(body, MetersEndpoint, error, &readMeter);
}

QList<Meter> offeringMeters(const QByteArray &body, ApiError *error)
{
    return decodeList<Meter>(body, OfferingMetersEndpoint, error, &readMeter);
}

QList<Price> prices(const QByteArray &body, const QString &currency, ApiError *error)
{
    return decodeList<Price>(body, PricesEndpoint, error,
                             [&currency](const JsonReader &json) { return readPrice(json, currency); });
}

QList<PaymentMethod> paymentMethods(const QByteArray &body, ApiError *error)
{
    return decodeList<PaymentMethod>(body, PaymentMethodsEndpoint, error, &readPaymentMethod);
}

SetupIntent setupIntent(const QByteArray &body, ApiError *error)
{
    return decodeObject<SetupIntent>(body, SetupIntentEndpoint, error, &readSetupIntent);
}

TaxInfo taxInfo(const QByteArray &body, ApiError *error)
{
    return decodeObject<TaxInfo>(body, TaxEndpoint, error, &readTaxInfo);
}

TaxInfo createdTaxInfo(const QByteArray &body, ApiError *error)
{
    return decodeObject<TaxInfo>(body, CreateTaxEndpoint, error, &readTaxInfo);
}

bool noContent(const QByteArray &body, ApiError *error)
{
    // 204 has no body; a provider that answers 200 with the updated record is fine too.
    Q_UNUSED(body)
    Q_UNUSED(error)
    return true;
}
}
