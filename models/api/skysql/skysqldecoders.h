#pragma once

#include "api/apierror.h"
#include "domain/bill.h"
#include "domain/billingaccount.h"
#include "domain/catalog.h"
#include "domain/contact.h"
#include "domain/contract.h"
#include "domain/invoice.h"
#include "domain/ledger.h"
#include "domain/locale.h"
#include "domain/paymentmethod.h"
#include "domain/taxinfo.h"

#include <QByteArray>
#include <QList>

// Pure decoders for SkySQL billing answers. Each returns the decoded value and, on a missing
// required field or a wrong JSON type, sets *error to a Decode error naming endpoint and field.
// Ids and amounts are required; descriptive fields are optional. Dates are read leniently:
// text that is not a date (the reference's "text") gives an invalid QDate, the raw text is kept.
//
// Some answers carry no currency (account, ledgers, the invoice list): their decoders take the
// `currency` the caller knows the account bills in. SkySQL bills in USD (DefaultCurrency) unless
// the account's bills or contract say otherwise.
namespace SkySqlDecoders
{
extern const char DefaultCurrency[];  // "USD"

BillingAccount account(const QByteArray &body, const QString &currency, ApiError *error);
QList<PostpaidCommitEntry> postpaidCommitLedger(const QByteArray &body, const QString &currency, ApiError *error);
QList<LedgerEntry> prepaidCreditLedger(const QByteArray &body, const QString &currency, ApiError *error);

// Amounts in the bill's own `currency`. apiVersion is set to 1 or 2.
Bill billV1(const QByteArray &body, ApiError *error);
Bill billV2(const QByteArray &body, ApiError *error);

QList<Contact> contacts(const QByteArray &body, ApiError *error);
Contact createdContact(const QByteArray &body, ApiError *error);  // answer to POST /billing/v1/contacts

QList<Contract> contracts(const QByteArray &body, ApiError *error);

QList<Invoice> invoices(const QByteArray &body, ApiError *error);
// As above, but an entry without its own `currency` is read in `currency` instead of none.
QList<Invoice> invoicesInCurrency(const QByteArray &body, const QString &currency, ApiError *error);
Invoice invoice(const QByteArray &body, ApiError *error);
// Checks the bytes are a PDF document ("%PDF-" header); returns them unchanged. The reference
// also describes the answer as a JSON array of byte values ("integer[]"): such a body is turned
// into its bytes first, which must then be a PDF too.
QByteArray invoicePdf(const QByteArray &body, ApiError *error);
// The JSON "integer[]" form alone: each element an integer 0..255, returned as bytes.
QByteArray byteArrayJson(const QByteArray &body, ApiError *error);

QList<Country> countries(const QByteArray &body, ApiError *error);
QList<StateProvince> statesProvinces(const QByteArray &body, ApiError *error);

QList<Offering> offerings(const QByteArray &body, ApiError *error);
QList<Meter> meters(const QByteArray &body, ApiError *error);          // GET /billing/v1/meters/{id}
QList<Meter> offeringMeters(const QByteArray &body, ApiError *error);  // GET /billing/v1/offerings/{id}/meters
// A price without its own `price.currency` is read in `currency`.
QList<Price> prices(const QByteArray &body, const QString &currency, ApiError *error);

QList<PaymentMethod> paymentMethods(const QByteArray &body, ApiError *error);
SetupIntent setupIntent(const QByteArray &body, ApiError *error);

TaxInfo taxInfo(const QByteArray &body, ApiError *error);
TaxInfo createdTaxInfo(const QByteArray &body, ApiError *error);  // answer to POST /billing/v1/tax

// PATCH and DELETE answer 204 No Content: any body is accepted and ignored; returns true.
bool noContent(const QByteArray &body, ApiError *error);
}
