#pragma once

#include "domain/invoice.h"

#include <QList>

namespace InvoiceItems
{
// The invoice-wide lines no service already shows. Scalingo lists each app's subtotal among
// its "items" ("Application shop-front", the app's total) and the app's breakdown in
// "detailed_items"; shown both ways, every app would appear twice. A line is a service's
// subtotal when its label is, or ends with " " and, the service's name and its cost is the
// service's. Credits, vouchers and anything else stay.
QList<InvoiceLine> besideServices(const Invoice &invoice);
}
