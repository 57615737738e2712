#include "accounts/capabilities.h"

Capabilities capabilitiesOf(Provider provider)
{
    switch (provider) {
    case Provider::SkySql:
        return Capability::Invoices | Capability::UsageBills | Capability::CreditsAndCommitments
            | Capability::PriceCatalogue | Capability::Contacts | Capability::Tax | Capability::PaymentMethods
            | Capability::InvoicesByResource;
    case Provider::Scalingo:
        // The payment method lives in the billing profile; it is shown, and changed on Scalingo's
        // dashboard.
        return Capability::Invoices | Capability::BillingOperations | Capability::PaymentMethods
            | Capability::BillingProfile;
    }
    return {};
}
