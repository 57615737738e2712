#pragma once

#include "domain/billingoperation.h"

#include <QList>
#include <QSet>
#include <QString>

// The incremental rule of a Scalingo billing-operation sync (ARCHITECTURE.md, "Fetch only what
// changed"), pure so it is tested as it is. Scalingo lists operations newest first and never
// changes one once made, so a refresh reads pages only until one holding an operation already
// kept (ScalingoBackend::billingOperationsSince), and puts what is new in front of what was kept.
namespace BillingOperationSync
{
QSet<QString> ids(const QList<BillingOperation> &operations);

// Whether the read met an operation already kept (and so stopped at its page).
bool reachesKept(const QList<BillingOperation> &fetched, const QSet<QString> &kept);

// What to show after a read: what came, in front of what was kept that it did not repeat. A read
// that went through every page without meeting a kept operation (`readToTheEnd`) is the whole
// history: kept operations it did not list are gone from the provider and are dropped. A read
// that failed part-way keeps them all.
QList<BillingOperation> merge(const QList<BillingOperation> &kept, const QList<BillingOperation> &fetched,
                              bool readToTheEnd);
}
