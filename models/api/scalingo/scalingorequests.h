#pragma once

#include "api/apirequest.h"
#include "domain/billingprofile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QUrl>

// One pure builder per Scalingo endpoint: no network, no state, unit-tested as is.
// Three hosts: the auth host (token exchange), the regional API, the billing host.
namespace ScalingoRequests
{
// Scalingo documents no page size limit beyond "each resource has a maximum"; 100 is the largest
// we ask for. Nothing relies on getting it: pages are followed through meta.pagination.next_page,
// so a server that serves fewer per page still yields every item, in more requests.
constexpr int PageSize = 100;

// Where Scalingo's own JavaScript client reaches the billing host.
QUrl defaultBillingUrl();  // https://cashmachine.scalingo.com

// "Basic " + base64(":" + apiToken): HTTP Basic with an empty user name, the token as password.
QByteArray basicAuthorization(const QString &apiToken);
QByteArray bearerAuthorization(const QByteArray &jwt);

// Auth host.
ApiRequest tokenExchange();  // POST /v1/tokens/exchange → {"token": "<jwt>"}

// Regional API.
ApiRequest billingOperations(int page, int perPage = PageSize);  // root "billing-operations"
ApiRequest billingProfile();                                     // root "billing_profile"
ApiRequest invoices(int page, int perPage = PageSize);           // root "invoices"
ApiRequest invoice(const QString &invoiceId);                    // root "invoice"
ApiRequest invoiceDownload(const QString &invoiceId);            // 302 to the PDF

// Billing host, as Scalingo's JavaScript client uses it; root "profile" both ways.
ApiRequest billingHostProfile();                                                  // GET /profile
ApiRequest createBillingProfile(const BillingProfile &profile);                   // POST /profiles
ApiRequest updateBillingProfile(const QString &profileId, const BillingProfile &profile);  // PUT /profiles/{id}

// The fields a person edits, as the billing host names them. Read-only fields (id, credit,
// payment method) are never sent.
QJsonObject profileFields(const BillingProfile &profile);

// Percent-encodes one path segment so an id can never change the path.
QString segment(const QString &value);
}
