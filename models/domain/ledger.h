#pragma once

#include "money.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Ledgers carry no currency: their amounts are decoded in the currency the caller knows the
// account bills in (SkySQL bills in USD).

// One movement of prepaid credit (GET /billing/v1/account/prepaid-credit-ledger).
struct LedgerEntry {
    QString id;
    QString organizationId;
    QString contractId;
    QDateTime createdAt;     // invalid when the provider's text is not a date
    QString createdAtText;
    Money amount;            // signed as the provider sends it: credits added or consumed
    qint64 batch = 0;        // groups the entries written by one billing run
    QString reason;
    QString type;
};

// One month of a postpaid commitment (GET /billing/v1/account/postpaid-commit-ledger): what
// the contract promised to spend on compute, what was invoiced and what stayed unused.
struct PostpaidCommitEntry {
    QString id;
    QString organizationId;
    QString contractEntitlementId;
    QDateTime createdAt;
    QString createdAtText;
    QString period;          // "2025-10" as sent
    Money invoiceAmount;
    Money minComputeCommit;
    Money unusedComputeCommit;
};

Q_DECLARE_METATYPE(LedgerEntry)
Q_DECLARE_METATYPE(PostpaidCommitEntry)
