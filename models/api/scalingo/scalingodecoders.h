#pragma once

#include "api/apierror.h"
#include "api/scalingo/scalingopagination.h"
#include "domain/billingoperation.h"
#include "domain/billingprofile.h"
#include "domain/invoice.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// Pure decoders for Scalingo answers. Each returns the decoded value and, on a missing required
// field or a wrong JSON type, sets *error to a Decode error naming endpoint and field. Error
// texts never quote a token.
namespace ScalingoDecoders
{
// Scalingo bills in euros.
QString currency();

// {"token": "<jwt>"} from the token exchange.
QByteArray exchangedToken(const QByteArray &body, ApiError *error);
// The `exp` claim of a JWT (header.payload.signature, payload base64url JSON), as UTC.
QDateTime jwtExpiry(const QByteArray &jwt, ApiError *error);

ScalingoPage<BillingOperation> billingOperations(const QByteArray &body, ApiError *error);
BillingProfile billingProfile(const QByteArray &body, ApiError *error);      // API, root "billing_profile"
BillingProfile billingHostProfile(const QByteArray &body, ApiError *error);  // billing host, root "profile"
ScalingoPage<Invoice> invoices(const QByteArray &body, ApiError *error);
Invoice invoice(const QByteArray &body, ApiError *error);
// Checks the bytes are a PDF document ("%PDF-" header); returns them unchanged.
QByteArray invoicePdf(const QByteArray &body, ApiError *error);
}
