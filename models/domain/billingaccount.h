#pragma once

#include "money.h"

#include <QDate>
#include <QMetaType>
#include <QString>

// SkySQL's own record of the organization's billing account (GET /billing/v1/account).
// Not to be confused with Account, which is a connection the user set up in Billdeck.
struct BillingSubscription {
    QString paymentCollectionMethod;  // "charge_automatically", "send_invoice"...
    QString status;
};

struct BillingAccount {
    QString organizationId;
    QString number;                 // the account number printed on invoices
    QString legalEntityIdentifier;  // which SkySQL entity bills this account
    QString status;
    QString tier;                   // "foundation", "power"...
    bool active = false;
    bool remittance = false;        // pays by bank remittance rather than card
    QDate startDate;
    QString startDateText;          // as sent, shown when it is not a date
    // SkySQL Compute Units are a quantity, not money: kept as the provider's number.
    double scuConsumedMonthToDate = 0;
    double scuRemainingMonthToDate = 0;
    // The payload has no currency: decoded in the currency the caller knows the account bills in.
    Money trialCredit;
    BillingSubscription subscription;
};

Q_DECLARE_METATYPE(BillingAccount)
