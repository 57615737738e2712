#include "sync/invoicefetchplan.h"

namespace InvoiceFetchPlan
{
bool isFinal(const Invoice &invoice)
{
    return invoice.status == InvoiceStatus::Paid;
}

bool needsDetails(const Invoice &listed, bool keptDetails)
{
    if (!listed.hasDetails)
        return true;
    // Details the list itself carried are current; kept ones are current only when final.
    return keptDetails && !isFinal(listed);
}

FetchPolicy detailPolicy(const Invoice &invoice)
{
    return isFinal(invoice) ? FetchPolicy::StoredIfAny : FetchPolicy::Network;
}
}
