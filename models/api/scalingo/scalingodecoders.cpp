#include "api/scalingo/scalingodecoders.h"

#include "api/jsonreader.h"
#include "dates.h"

#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

namespace
{
const QString ExchangeEndpoint = QStringLiteral("POST /v1/tokens/exchange");
const QString OperationsEndpoint = QStringLiteral("GET /v1/account/billing/operations");
const QString ProfileEndpoint = QStringLiteral("GET /v1/account/billing/profile");
const QString HostProfileEndpoint = QStringLiteral("GET /profile");
const QString InvoicesEndpoint = QStringLiteral("GET /v1/account/invoices");
const QString InvoiceEndpoint = QStringLiteral("GET /v1/account/invoices/{id}");
const QString DownloadEndpoint = QStringLiteral("GET /v1/account/invoices/{id}/download");

ApiError jwtError(const QString &problem)
{
    // The token itself stays out of the message: it is a credential.
    ApiError error(ApiError::Kind::Decode, QStringLiteral("%1: the bearer token %2").arg(ExchangeEndpoint, problem));
    error.setEndpoint(ExchangeEndpoint);
    return error;
}

// A decimal euro amount sent as a JSON number, or as a string by some clients ("15.0").
Money decimalEuros(const JsonReader &json, const QString &key, bool required)
{
    const QJsonValue value = json.json().value(key);
    if (value.isDouble() && json.ok())
        return json.moneyOf(key, value.toDouble(), ScalingoDecoders::currency());
    if (value.isString()) {
        Money money;
        if (!Money::parseDecimal(value.toString().trimmed(), ScalingoDecoders::currency(), &money))
            json.fail(key, QStringLiteral("expected an amount, got \"%1\"").arg(value.toString().left(40)));
        return money;
    }
    if (required)
        return json.money(key, ScalingoDecoders::currency());
    return json.optionalMoney(key, ScalingoDecoders::currency());
}

BillingOperation readOperation(const JsonReader &json)
{
    BillingOperation operation;
    operation.id = json.string(QStringLiteral("id"));
    operation.createdAt = json.dateTime(QStringLiteral("created_at"));
    operation.amount = decimalEuros(json, QStringLiteral("amount"), true);
    operation.source = json.optionalString(QStringLiteral("source"));
    operation.description = json.optionalString(QStringLiteral("description"));
    operation.invoiceId = json.optionalString(QStringLiteral("invoice_id"));
    operation.invoiceUrl = json.optionalString(QStringLiteral("invoice_url"));
    return operation;
}

void readCardExpiry(BillingCard *card)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(card->expiry);
    if (!match.hasMatch())
        return;
    const int month = match.captured(1).toInt();
    int year = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return;
    if (year < 100)
        year += 2000;
    card->expiryMonth = month;
    card->expiryYear = year;
}

BillingProfile readProfile(const JsonReader &json)
{
    BillingProfile profile;
    profile.id = json.optionalString(QStringLiteral("id"));
    profile.name = json.optionalString(QStringLiteral("name"));
    profile.email = json.optionalString(QStringLiteral("email"));
    profile.addressLine1 = json.optionalString(QStringLiteral("address_line1"));
    profile.addressLine2 = json.optionalString(QStringLiteral("address_line2"));
    profile.city = json.optionalString(QStringLiteral("address_city"));
    profile.zip = json.optionalString(QStringLiteral("address_zip"));
    profile.state = json.optionalString(QStringLiteral("address_state"));
    profile.country = json.optionalString(QStringLiteral("address_country"));
    profile.credit = decimalEuros(json, QStringLiteral("credit"), false);
    profile.vatNumber = json.optionalString(QStringLiteral("vat_number"));
    profile.company = json.optionalString(QStringLiteral("company"));
    profile.invoiceAdditionalInfo = json.optionalString(QStringLiteral("invoice_additional_info"));
    profile.paymentMethod = json.optionalString(QStringLiteral("payment_method"));

    if (const auto stripe = json.optionalObject(QStringLiteral("stripe_payment_method"))) {
        profile.stripePaymentMethodId = stripe->optionalString(QStringLiteral("id"));
        const QString cardLast4 = stripe->optionalString(QStringLiteral("default_card_last4"));
        if (!cardLast4.isEmpty()) {
            BillingCard card;
            card.last4 = cardLast4;
            card.expiry = stripe->optionalString(QStringLiteral("default_card_exp"));
            card.brand = stripe->optionalString(QStringLiteral("default_card_brand"));
            card.holderName = stripe->optionalString(QStringLiteral("default_card_name"));
            readCardExpiry(&card);
            profile.card = card;
        }
        const QString sepaLast4 = stripe->optionalString(QStringLiteral("sepa_last4"));
        if (!sepaLast4.isEmpty()) {
            SepaMandate sepa;
            sepa.last4 = sepaLast4;
            sepa.bankCode = stripe->optionalString(QStringLiteral("sepa_bank_code"));
            sepa.country = stripe->optionalString(QStringLiteral("sepa_country"));
            sepa.mandateReference = stripe->optionalString(QStringLiteral("sepa_mandate_reference"));
            const QString url = stripe->optionalString(QStringLiteral("sepa_mandate_url"));
            if (!url.isEmpty())
                sepa.mandateUrl = QUrl(url);
            profile.sepa = sepa;
        }
    }
    if (const auto paypal = json.optionalObject(QStringLiteral("paypal_payment_method"))) {
        PaypalAccount account;
        account.id = paypal->optionalString(QStringLiteral("id"));
        account.email = paypal->optionalString(QStringLiteral("email"));
        profile.paypal = account;
    }
    profile.paymentKind = billingPaymentKind(profile.paymentMethod, profile.card.has_value(), profile.sepa.has_value());
    return profile;
}

BillingProfile profileUnder(const QByteArray &body, const QString &endpoint, const QString &rootKey, ApiError *error)
{
    QJsonObject object;
    if (!parseJsonObject(body, endpoint, &object, error))
        return {};
    const JsonReader root(object, endpoint, error);
    const BillingProfile profile = readProfile(root.object(rootKey));
    if (!root.ok())
        return {};
    return profile;
}

InvoiceLine readLine(const JsonReader &json)
{
    InvoiceLine line;
    line.kind = InvoiceLine::Kind::Item;
    line.description = json.optionalString(QStringLiteral("label"));
    line.cost = json.cents(QStringLiteral("price"), ScalingoDecoders::currency());
    // "duration" is not documented further: a number becomes the quantity, text is kept as the unit.
    const QJsonValue duration = json.json().value(QStringLiteral("duration"));
    if (duration.isDouble())
        line.quantity = duration.toDouble();
    else if (duration.isString())
        line.unit = duration.toString();
    return line;
}

Invoice readInvoice(const JsonReader &json)
{
    const QString currency = ScalingoDecoders::currency();
    Invoice invoice;
    invoice.id = json.string(QStringLiteral("id"));
    invoice.number = json.optionalString(QStringLiteral("invoice_number"), invoice.id);
    if (invoice.number.isEmpty())
        invoice.number = invoice.id;
    invoice.amountExcludingVat = json.cents(QStringLiteral("total_price"), currency);
    invoice.amount = json.cents(QStringLiteral("total_price_with_vat"), currency);
    if (json.has(QStringLiteral("vat_rate")))
        invoice.vatRatePerMille = static_cast<int>(json.integer(QStringLiteral("vat_rate")));
    const QDate month = Dates::parseMonth(json.string(QStringLiteral("billing_month")));
    if (json.ok() && !month.isValid())
        json.fail(QStringLiteral("billing_month"), QStringLiteral("expected a month such as \"2020-08-01\""));
    if (month.isValid()) {
        invoice.period = Dates::toIsoDate(month).first(7);
        invoice.periodStart = month;
        invoice.periodEnd = month.addMonths(1).addDays(-1);
        // Issued when the month closes: "Invoice for August 2016" is dated 2016-09-01.
        invoice.date = month.addMonths(1);
    }
    invoice.status = invoiceStatusFromString(json.optionalString(QStringLiteral("state")));
    invoice.pdfUrl = json.optionalString(QStringLiteral("pdf_url"));

    const QJsonArray items = json.optionalArray(QStringLiteral("items"));
    for (int i = 0; i < items.size() && json.ok(); ++i)
        invoice.lines.append(readLine(json.element(items, i, QStringLiteral("items"))));

    // One service per app, in the order apps first appear.
    const QJsonArray detailed = json.optionalArray(QStringLiteral("detailed_items"));
    QMap<QString, int> serviceIndex;
    for (int i = 0; i < detailed.size() && json.ok(); ++i) {
        const JsonReader item = json.element(detailed, i, QStringLiteral("detailed_items"));
        InvoiceLine line = readLine(item);
        const QString app = item.optionalString(QStringLiteral("app"));
        if (!serviceIndex.contains(app)) {
            InvoiceService service;
            service.serviceId = app;
            service.name = app;
            service.provider = QStringLiteral("scalingo");
            service.cost = Money(0, currency);
            serviceIndex.insert(app, static_cast<int>(invoice.services.size()));
            invoice.services.append(service);
        }
        InvoiceService &service = invoice.services[serviceIndex.value(app)];
        service.cost += line.cost;
        service.lines.append(std::move(line));
    }
    for (const InvoiceService &service : std::as_const(invoice.services)) {
        if (service.cost.isUndefined())
            json.fail(QStringLiteral("detailed_items"), QStringLiteral("the items of app \"%1\" do not add up in one currency within range").arg(service.name));
    }
    return invoice;
}
}

namespace ScalingoDecoders
{
QString currency()
{
    return QStringLiteral("EUR");
}

QByteArray exchangedToken(const QByteArray &body, ApiError *error)
{
    QJsonObject object;
    if (!parseJsonObject(body, ExchangeEndpoint, &object, error))
        return {};
    const JsonReader json(object, ExchangeEndpoint, error);
    const QString token = json.string(QStringLiteral("token"));
    if (!json.ok())
        return {};
    if (token.isEmpty()) {
        json.fail(QStringLiteral("token"), QStringLiteral("empty"));
        return {};
    }
    return token.toUtf8();
}

QDateTime jwtExpiry(const QByteArray &jwt, ApiError *error)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || parts.at(1).isEmpty()) {
        *error = jwtError(QStringLiteral("is not a JWT (expected three dot-separated parts)"));
        return {};
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = jwtError(QStringLiteral("payload is not base64url"));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = jwtError(QStringLiteral("payload is not a JSON object"));
        return {};
    }
    const QJsonValue exp = document.object().value(QStringLiteral("exp"));
    if (!exp.isDouble()) {
        *error = jwtError(exp.isUndefined() ? QStringLiteral("has no expiry (exp)")
                                            : QStringLiteral("expiry (exp) is not a number"));
        return {};
    }
    const double seconds = exp.toDouble();
    if (seconds <= 0 || seconds > 253402300799.0) {
        *error = jwtError(QStringLiteral("expiry (exp) is out of range"));
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), QTimeZone::utc());
}

ScalingoPage<BillingOperation> billingOperations(const QByteArray &body, ApiError *error)
{
    QJsonObject object;
    if (!parseJsonObject(body, OperationsEndpoint, &object, error))
        return {};
    const JsonReader root(object, OperationsEndpoint, error);
    ScalingoPage<BillingOperation> page;
    const QJsonArray operations = root.array(QStringLiteral("billing-operations"));
    page.items.reserve(operations.size());
    for (int i = 0; i < operations.size() && root.ok(); ++i)
        page.items.append(readOperation(root.element(operations, i, QStringLiteral("billing-operations"))));
    page.pagination = ScalingoPagination::read(root);
    if (!root.ok())
        return {};
    return page;
}

BillingProfile billingProfile(const QByteArray &body, ApiError *error)
{
    return profileUnder(body, ProfileEndpoint, QStringLiteral("billing_profile"), error);
}

BillingProfile billingHostProfile(const QByteArray &body, ApiError *error)
{
    return profileUnder(body, HostProfileEndpoint, QStringLiteral("profile"), error);
}

ScalingoPage<Invoice> invoices(const QByteArray &body, ApiError *error)
{
    QJsonObject object;
    if (!parseJsonObject(body, InvoicesEndpoint, &object, error))
        return {};
    const JsonReader root(object, InvoicesEndpoint, error);
    ScalingoPage<Invoice> page;
    const QJsonArray invoices = root.array(QStringLiteral("invoices"));
    page.items.reserve(invoices.size());
    for (int i = 0; i < invoices.size() && root.ok(); ++i) {
        const JsonReader item = root.element(invoices, i, QStringLiteral("invoices"));
        page.items.append(readInvoice(item));
        // The list carries each invoice's lines and per-app lines: nothing to ask for later.
        page.items.last().hasDetails = item.has(QStringLiteral("detailed_items"));
    }
    page.pagination = ScalingoPagination::read(root);
    if (!root.ok())
        return {};
    return page;
}

Invoice invoice(const QByteArray &body, ApiError *error)
{
    QJsonObject object;
    if (!parseJsonObject(body, InvoiceEndpoint, &object, error))
        return {};
    const JsonReader root(object, InvoiceEndpoint, error);
    Invoice invoice = readInvoice(root.object(QStringLiteral("invoice")));
    invoice.hasDetails = true;
    if (!root.ok())
        return {};
    return invoice;
}

QByteArray invoicePdf(const QByteArray &body, ApiError *error)
{
    if (!body.startsWith("%PDF-")) {
        *error = ApiError(ApiError::Kind::Decode, QStringLiteral("%1: the answer is not a PDF document").arg(DownloadEndpoint));
        error->setEndpoint(DownloadEndpoint);
        return {};
    }
    return body;
}
}
