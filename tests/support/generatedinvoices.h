#pragma once

#include "api/invoicesource.h"
#include "domain/invoice.h"

#include <QString>

#include <memory>

namespace TestSupport
{
// A large history made up on the spot, the same every run: invoice i of `count`, with its
// details already in (so nothing else is asked), spread over ten years and four statuses.
Invoice generatedInvoice(int i, int count);

// Which of two accounts invoice i belongs to: every fifth is "scale", the rest "sky" (a large
// SkySQL account beside a small one).
QString generatedAccountOf(int i);

// The invoices among the first `count` that belong to one account, answered from the event
// loop as a network would.
std::unique_ptr<InvoiceSource> generatedInvoiceSource(const QString &accountId, int count);

// This process's resident size (VmRSS) in kB; -1 where /proc does not say.
qint64 residentKb();
}
