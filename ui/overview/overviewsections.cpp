#include "overview/overviewsections.h"

#include "accounts/accountregistry.h"
#include "overview/billingprofileoverviewsection.h"
#include "overview/creditsoverviewsection.h"

QWidget *createOverviewSection(AccountConnection *connection, QWidget *parent)
{
    if (!connection)
        return nullptr;
    if (connection->offers(Capability::CreditsAndCommitments))
        return new CreditsOverviewSection(connection, parent);
    if (connection->offers(Capability::BillingProfile))
        return new BillingProfileOverviewSection(connection, parent);
    return nullptr;
}
