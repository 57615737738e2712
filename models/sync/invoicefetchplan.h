#pragma once

#include "api/apirequest.h"
#include "domain/invoice.h"

// The incremental rules of an invoice sync (ARCHITECTURE.md, "Fetch only what changed"), pure
// so they are tested as they are.
namespace InvoiceFetchPlan
{
// A paid invoice no longer changes: its details and PDF are fetched once, then kept.
bool isFinal(const Invoice &invoice);

// What a list entry needs after the list arrived, given the details kept from before (if any):
// nothing when the list carries the details (Scalingo) or they are final; otherwise a request,
// conditional for an open invoice whose kept details may be out of date.
bool needsDetails(const Invoice &listed, bool keptDetails);

// How to ask for an invoice's details: a final invoice's stored copy is enough.
FetchPolicy detailPolicy(const Invoice &invoice);
}
