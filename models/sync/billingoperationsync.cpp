#include "sync/billingoperationsync.h"

#include <algorithm>

QSet<QString> BillingOperationSync::ids(const QList<BillingOperation> &operations)
{
    QSet<QString> result;
    result.reserve(operations.size());
    for (const BillingOperation &operation : operations)
        result.insert(operation.id);
    return result;
}

bool BillingOperationSync::reachesKept(const QList<BillingOperation> &fetched, const QSet<QString> &kept)
{
    return std::any_of(fetched.cbegin(), fetched.cend(), [&](const BillingOperation &operation) {
        return kept.contains(operation.id);
    });
}

QList<BillingOperation> BillingOperationSync::merge(const QList<BillingOperation> &kept,
                                                    const QList<BillingOperation> &fetched, bool readToTheEnd)
{
    QList<BillingOperation> result;
    result.reserve(fetched.size() + (readToTheEnd ? 0 : kept.size()));
    QSet<QString> seen;
    for (const BillingOperation &operation : fetched) {
        if (!seen.contains(operation.id)) {
            seen.insert(operation.id);
            result.append(operation);
        }
    }
    if (readToTheEnd)
        return result;
    for (const BillingOperation &operation : kept) {
        if (!seen.contains(operation.id))
            result.append(operation);
    }
    return result;
}
