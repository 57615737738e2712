#pragma once

#include "domain/account.h"

#include <QFlags>

// What an account offers. Pages are shown, and services created, by capability: a page never
// asks which provider an account is.
enum class Capability : unsigned {
    Invoices = 1u << 0,
    // Month-to-date usage bills (this month's running total).
    UsageBills = 1u << 1,
    // Prepaid credit ledger, commitments and contracts.
    CreditsAndCommitments = 1u << 2,
    PriceCatalogue = 1u << 3,
    // The account's history of charges, credits and payments.
    BillingOperations = 1u << 4,
    Contacts = 1u << 5,
    Tax = 1u << 6,
    PaymentMethods = 1u << 7,
    // One billing profile: who is invoiced, VAT number, means of payment.
    BillingProfile = 1u << 8,
    // An invoice's charges grouped by resource as well as by service.
    InvoicesByResource = 1u << 9,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

// What each provider's billing API offers (../shared/api/).
Capabilities capabilitiesOf(Provider provider);
