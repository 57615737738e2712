#include "api/skysql/skysqlrequests.h"

#include <QJsonDocument>
#include <QUrl>

namespace
{
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiRequest deleteRequest(const QString &path)
{
    ApiRequest request = ApiRequest::get(path);
    request.method = QByteArrayLiteral("DELETE");
    return request;
}

ApiRequest bill(const QString &path, int year, int month)
{
    // The reference types both as strings; plain numbers ("2025", "3") are what it expects.
    QUrlQuery query;
    if (year > 0)
        query.addQueryItem(QStringLiteral("year"), QString::number(year));
    if (month > 0)
        query.addQueryItem(QStringLiteral("month"), QString::number(month));
    return ApiRequest::get(path, query);
}

QUrlQuery localeQuery(SkySqlRequests::LocaleFilter filter)
{
    QUrlQuery query;
    if (filter == SkySqlRequests::LocaleFilter::Active)
        query.addQueryItem(QStringLiteral("active"), QStringLiteral("true"));
    else if (filter == SkySqlRequests::LocaleFilter::Inactive)
        query.addQueryItem(QStringLiteral("active"), QStringLiteral("false"));
    return query;
}

void addIfSet(QUrlQuery *query, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        query->addQueryItem(key, value);
}

void addIfChanged(QJsonObject *changes, const QString &key, const QString &before, const QString &after)
{
    if (before != after)
        changes->insert(key, after);
}
}

namespace SkySqlRequests
{
QList<QPair<QByteArray, QByteArray>> authHeaders(const QString &apiKey, const QString &organizationId)
{
    QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("X-API-Key"), apiKey.toUtf8()}};
    if (!organizationId.isEmpty())
        headers.append({QByteArrayLiteral("X-SkySQL-Org-ID"), organizationId.toUtf8()});
    return headers;
}

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ApiRequest account()
{
    return ApiRequest::get(QStringLiteral("/billing/v1/account"));
}

ApiRequest postpaidCommitLedger()
{
    return ApiRequest::get(QStringLiteral("/billing/v1/account/postpaid-commit-ledger"));
}

ApiRequest prepaidCreditLedger()
{
    return ApiRequest::get(QStringLiteral("/billing/v1/account/prepaid-credit-ledger"));
}

ApiRequest billV1(int year, int month)
{
    return bill(QStringLiteral("/billing/v1/bills"), year, month);
}

ApiRequest billV2(int year, int month)
{
    return bill(QStringLiteral("/billing/v2/bills"), year, month);
}

ApiRequest contacts()
{
    return ApiRequest::get(QStringLiteral("/billing/v1/contacts"));
}

ApiRequest createContact(const Contact &contact)
{
    return ApiRequest::withJson(QByteArrayLiteral("POST"), QStringLiteral("/billing/v1/contacts"),
                                compact(contactJson(contact)));
}

ApiRequest updateContact(const QString &contactId, const QJsonObject &changes)
{
    return ApiRequest::withJson(QByteArrayLiteral("PATCH"), QStringLiteral("/billing/v1/contacts/") + segment(contactId),
                                compact(changes));
}

ApiRequest deleteContact(const QString &contactId)
{
    return deleteRequest(QStringLiteral("/billing/v1/contacts/") + segment(contactId));
}

ApiRequest contracts(const QString &organizationId)
{
    return ApiRequest::get(QStringLiteral("/billing/v1/contracts/") + segment(organizationId));
}

ApiRequest invoices(const QDate &startDate)
{
    QUrlQuery query;
    if (startDate.isValid())
        query.addQueryItem(QStringLiteral("start_date"), startDate.toString(Qt::ISODate));
    ApiRequest request = ApiRequest::get(QStringLiteral("/billing/v1/invoices"), query);
    request.alwaysThere = true;
    return request;
}

ApiRequest invoice(const QString &invoiceId, InvoiceView view)
{
    QUrlQuery query;
    if (view == InvoiceView::Service)
        query.addQueryItem(QStringLiteral("as"), QStringLiteral("service"));
    else if (view == InvoiceView::Resource)
        query.addQueryItem(QStringLiteral("as"), QStringLiteral("resource"));
    return ApiRequest::get(QStringLiteral("/billing/v1/invoices/") + segment(invoiceId), query);
}

ApiRequest invoicePdf(const QString &invoiceId)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/public/services/bcs/invoices/") + segment(invoiceId) + QStringLiteral("/pdf"));
    request.accept = QByteArrayLiteral("application/pdf");
    return request;
}

ApiRequest countries(LocaleFilter filter)
{
    return ApiRequest::get(QStringLiteral("/billing/v1/locale/country"), localeQuery(filter));
}

ApiRequest statesProvinces(const QString &countryIso2, LocaleFilter filter)
{
    QUrlQuery query = localeQuery(filter);
    addIfSet(&query, QStringLiteral("country"), countryIso2);
    return ApiRequest::get(QStringLiteral("/billing/v1/locale/state-province"), query);
}

ApiRequest offerings()
{
    return ApiRequest::get(QStringLiteral("/billing/v1/offerings"));
}

ApiRequest meters(const QString &meterId)
{
    return ApiRequest::get(QStringLiteral("/billing/v1/meters/") + segment(meterId));
}

ApiRequest offeringMeters(const QString &offeringId)
{
    return ApiRequest::get(QStringLiteral("/billing/v1/offerings/") + segment(offeringId) + QStringLiteral("/meters"));
}

ApiRequest prices(const QString &offeringId, const PriceFilter &filter)
{
    QUrlQuery query;
    addIfSet(&query, QStringLiteral("provider"), filter.provider);
    addIfSet(&query, QStringLiteral("product"), filter.product);
    addIfSet(&query, QStringLiteral("topology"), filter.topology);
    addIfSet(&query, QStringLiteral("tier"), filter.tier);
    return ApiRequest::get(QStringLiteral("/billing/v1/prices/") + segment(offeringId), query);
}

ApiRequest paymentMethods()
{
    return ApiRequest::get(QStringLiteral("/billing/v1/payment-methods"));
}

ApiRequest createSetupIntent()
{
    // The reference shows no body; an empty object keeps every write a JSON write.
    return ApiRequest::withJson(QByteArrayLiteral("POST"), QStringLiteral("/billing/v1/payment-methods/setup-intent"),
                                compact(QJsonObject()));
}

ApiRequest makeDefaultPaymentMethod(const QString &paymentMethodId)
{
    const QJsonObject body{{QStringLiteral("default_payment_method"), true}};
    return ApiRequest::withJson(QByteArrayLiteral("PATCH"),
                                QStringLiteral("/billing/v1/payment-methods/") + segment(paymentMethodId), compact(body));
}

ApiRequest deletePaymentMethod(const QString &paymentMethodId)
{
    return deleteRequest(QStringLiteral("/billing/v1/payment-methods/") + segment(paymentMethodId));
}

ApiRequest taxInfo()
{
    return ApiRequest::get(QStringLiteral("/billing/v1/tax"));
}

ApiRequest createTaxInfo(const TaxInfo &tax)
{
    return ApiRequest::withJson(QByteArrayLiteral("POST"), QStringLiteral("/billing/v1/tax"), compact(taxInfoJson(tax)));
}

ApiRequest updateTaxInfo(const QString &taxId, const QJsonObject &changes)
{
    return ApiRequest::withJson(QByteArrayLiteral("PATCH"), QStringLiteral("/billing/v1/tax/") + segment(taxId),
                                compact(changes));
}

ApiRequest deleteTaxInfo(const QString &taxId)
{
    return deleteRequest(QStringLiteral("/billing/v1/tax/") + segment(taxId));
}

QJsonObject contactJson(const Contact &contact)
{
    const QJsonObject address{
        {QStringLiteral("address_line_1"), contact.address.line1},
        {QStringLiteral("address_line_2"), contact.address.line2},
        {QStringLiteral("city"), contact.address.city},
        {QStringLiteral("country"), contact.address.country},
        {QStringLiteral("postal_code"), contact.address.postalCode},
        {QStringLiteral("state"), contact.address.state},
    };
    return QJsonObject{
        {QStringLiteral("address"), address},
        {QStringLiteral("email"), contact.email},
        {QStringLiteral("first_name"), contact.firstName},
        {QStringLiteral("last_name"), contact.lastName},
        {QStringLiteral("phone"), contact.phone},
        {QStringLiteral("type"), contact.type},
    };
}

QJsonObject taxInfoJson(const TaxInfo &tax)
{
    return QJsonObject{
        {QStringLiteral("country"), tax.country},
        {QStringLiteral("postal_code"), tax.postalCode},
        {QStringLiteral("registration"), tax.registration},
    };
}

QJsonObject contactChanges(const Contact &before, const Contact &after)
{
    QJsonObject changes;
    addIfChanged(&changes, QStringLiteral("type"), before.type, after.type);
    addIfChanged(&changes, QStringLiteral("first_name"), before.firstName, after.firstName);
    addIfChanged(&changes, QStringLiteral("last_name"), before.lastName, after.lastName);
    addIfChanged(&changes, QStringLiteral("email"), before.email, after.email);
    addIfChanged(&changes, QStringLiteral("phone"), before.phone, after.phone);
    QJsonObject address;
    addIfChanged(&address, QStringLiteral("address_line_1"), before.address.line1, after.address.line1);
    addIfChanged(&address, QStringLiteral("address_line_2"), before.address.line2, after.address.line2);
    addIfChanged(&address, QStringLiteral("city"), before.address.city, after.address.city);
    addIfChanged(&address, QStringLiteral("state"), before.address.state, after.address.state);
    addIfChanged(&address, QStringLiteral("postal_code"), before.address.postalCode, after.address.postalCode);
    addIfChanged(&address, QStringLiteral("country"), before.address.country, after.address.country);
    if (!address.isEmpty())
        changes.insert(QStringLiteral("address"), address);
    return changes;
}

QJsonObject taxInfoChanges(const TaxInfo &before, const TaxInfo &after)
{
    QJsonObject changes;
    addIfChanged(&changes, QStringLiteral("country"), before.country, after.country);
    addIfChanged(&changes, QStringLiteral("postal_code"), before.postalCode, after.postalCode);
    addIfChanged(&changes, QStringLiteral("registration"), before.registration, after.registration);
    return changes;
}
}
