#pragma once

#include "domain/billingoperation.h"
#include "domain/invoice.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What a page last showed of an account, decoded, in one binary record the store keeps beside
// the responses it came from: the invoices with their details and lines, the Scalingo billing
// operations. A start reads one record instead of decoding the list and every detail again, so
// the window paints stored data in the time it takes to lay out a table; the operations'
// record is also what the next refresh reads pages "until a known one" against.
//
// A record names its format version: one written by another version of Billdeck is refused
// (decode() returns false) and the start falls back to decoding the stored responses.
namespace Snapshots
{
// The store keys of the records. Response keys start with "GET ", so they never answer a request.
QString invoicesKey();
QString billingOperationsKey();

QByteArray encode(const QList<Invoice> &invoices);
QByteArray encode(const QList<BillingOperation> &operations);
// False, leaving the list empty, on a record of another version or kind, or a damaged one.
bool decode(const QByteArray &data, QList<Invoice> *invoices);
bool decode(const QByteArray &data, QList<BillingOperation> *operations);
}
