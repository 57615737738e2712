#include "api/scalingo/scalingorequests.h"

#include <QJsonDocument>

#include <algorithm>

namespace
{
QUrlQuery pageQuery(int page, int perPage)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, page)));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(std::clamp(perPage, 1, ScalingoRequests::PageSize)));
    return query;
}
}

namespace ScalingoRequests
{
QUrl defaultBillingUrl()
{
    return QUrl(QStringLiteral("https://cashmachine.scalingo.com"));
}

QByteArray basicAuthorization(const QString &apiToken)
{
    return QByteArrayLiteral("Basic ") + (QByteArrayLiteral(":") + apiToken.toUtf8()).toBase64();
}

QByteArray bearerAuthorization(const QByteArray &jwt)
{
    return QByteArrayLiteral("Bearer ") + jwt;
}

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

ApiRequest tokenExchange()
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/v1/tokens/exchange");
    request.contentType = QByteArrayLiteral("application/json");
    // It only trades the API token for a bearer: one 503 or dropped connection must not fail
    // the whole refresh when the same fault on a GET recovers.
    request.createsNothing = true;
    request.alwaysThere = true;
    return request;
}

ApiRequest billingOperations(int page, int perPage)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/v1/account/billing/operations"), pageQuery(page, perPage));
    request.alwaysThere = true;
    return request;
}

ApiRequest billingProfile()
{
    return ApiRequest::get(QStringLiteral("/v1/account/billing/profile"));
}

ApiRequest invoices(int page, int perPage)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/v1/account/invoices"), pageQuery(page, perPage));
    request.alwaysThere = true;
    return request;
}

ApiRequest invoice(const QString &invoiceId)
{
    return ApiRequest::get(QStringLiteral("/v1/account/invoices/") + segment(invoiceId));
}

ApiRequest invoiceDownload(const QString &invoiceId)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/v1/account/invoices/") + segment(invoiceId) + QStringLiteral("/download"));
    request.accept = QByteArrayLiteral("application/pdf");
    return request;
}

ApiRequest billingHostProfile()
{
    return ApiRequest::get(QStringLiteral("/profile"));
}

QJsonObject profileFields(const BillingProfile &profile)
{
    return QJsonObject{
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("email"), profile.email},
        {QStringLiteral("company"), profile.company},
        {QStringLiteral("address_line1"), profile.addressLine1},
        {QStringLiteral("address_line2"), profile.addressLine2},
        {QStringLiteral("address_city"), profile.city},
        {QStringLiteral("address_zip"), profile.zip},
        {QStringLiteral("address_state"), profile.state.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile.state)},
        {QStringLiteral("address_country"), profile.country},
        {QStringLiteral("vat_number"), profile.vatNumber},
        {QStringLiteral("invoice_additional_info"), profile.invoiceAdditionalInfo},
    };
}

ApiRequest createBillingProfile(const BillingProfile &profile)
{
    const QJsonObject body{{QStringLiteral("profile"), profileFields(profile)}};
    return ApiRequest::withJson(QByteArrayLiteral("POST"), QStringLiteral("/profiles"),
                                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiRequest updateBillingProfile(const QString &profileId, const BillingProfile &profile)
{
    const QJsonObject body{{QStringLiteral("profile"), profileFields(profile)}};
    return ApiRequest::withJson(QByteArrayLiteral("PUT"), QStringLiteral("/profiles/") + segment(profileId),
                                QJsonDocument(body).toJson(QJsonDocument::Compact));
}
}
