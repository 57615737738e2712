#include "overview/overviewsections.h"

#include "accounts/accountregistry.h"
#include "overview/scalingooverviewview.h"
#include "overview/skysqloverviewview.h"

QWidget *createOverviewSection(AccountConnection *connection, QWidget *parent)
{
    if (!connection)
        return nullptr;
    if (connection->offers(Capability::CreditsAndCommitments))
        return new SkySqlOverviewView(connection, parent);
    if (connection->offers(Capability::BillingProfile))
        return new ScalingoOverviewView(connection, parent);
    return nullptr;
}
