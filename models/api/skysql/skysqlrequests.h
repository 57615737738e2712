#pragma once

#include "api/apirequest.h"
#include "domain/contact.h"
#include "domain/taxinfo.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One pure builder per SkySQL billing endpoint: no network, no state, unit-tested as is.
// Auth headers are not here: the account's ApiClient adds them (HeaderAuthenticator) to every
// request, the catalogue routes included.
namespace SkySqlRequests
{
enum class InvoiceView { Default, Service, Resource };

// The `active` query of the locale routes: absent, true or false.
enum class LocaleFilter { All, Active, Inactive };

// Optional narrowing of GET /billing/v1/prices/{offering}; empty fields are not sent.
struct PriceFilter {
    QString provider;   // aws, gcp, azure
    QString product;
    QString topology;
    QString tier;
};

// X-API-Key on every call, X-SkySQL-Org-ID when the account names an organization.
QList<QPair<QByteArray, QByteArray>> authHeaders(const QString &apiKey, const QString &organizationId);

// Account and ledgers.
ApiRequest account();
ApiRequest postpaidCommitLedger();
ApiRequest prepaidCreditLedger();

// Bills of a month; year or month <= 0 leaves it out (the provider then uses the current one).
ApiRequest billV1(int year, int month);
ApiRequest billV2(int year, int month);

// Contacts. createContact sends every field but the id; updateContact sends only `changes`
// (build them with contactChanges).
ApiRequest contacts();
ApiRequest createContact(const Contact &contact);
ApiRequest updateContact(const QString &contactId, const QJsonObject &changes);
ApiRequest deleteContact(const QString &contactId);

ApiRequest contracts(const QString &organizationId);

ApiRequest invoices(const QDate &startDate);
ApiRequest invoice(const QString &invoiceId, InvoiceView view = InvoiceView::Default);
ApiRequest invoicePdf(const QString &invoiceId);

ApiRequest countries(LocaleFilter filter = LocaleFilter::Active);
// `countryIso2` empty: every country's states.
ApiRequest statesProvinces(const QString &countryIso2, LocaleFilter filter = LocaleFilter::Active);

// Catalogue.
ApiRequest offerings();
ApiRequest meters(const QString &meterId);
ApiRequest offeringMeters(const QString &offeringId);
ApiRequest prices(const QString &offeringId, const PriceFilter &filter = PriceFilter());

// Payment methods. Cards are added through Stripe: createSetupIntent returns what its page needs.
ApiRequest paymentMethods();
ApiRequest createSetupIntent();
ApiRequest makeDefaultPaymentMethod(const QString &paymentMethodId);
ApiRequest deletePaymentMethod(const QString &paymentMethodId);

// Tax information.
ApiRequest taxInfo();
ApiRequest createTaxInfo(const TaxInfo &tax);
ApiRequest updateTaxInfo(const QString &taxId, const QJsonObject &changes);
ApiRequest deleteTaxInfo(const QString &taxId);

// The provider's JSON for a contact (without id) and a tax record.
QJsonObject contactJson(const Contact &contact);
QJsonObject taxInfoJson(const TaxInfo &tax);
// The PATCH body turning `before` into `after`: only the fields that differ. A changed address
// field is sent inside "address" alone (merge-patch: the other address fields are kept).
// A cleared field is sent as "", since the provider's fields are strings. Empty when equal.
QJsonObject contactChanges(const Contact &before, const Contact &after);
QJsonObject taxInfoChanges(const TaxInfo &before, const TaxInfo &after);

// Percent-encodes one path segment so an id can never change the path.
QString segment(const QString &value);
}
