#include "overview/overviewsections.h"

#include "accounts/accountregistry.h"
#include "overview/scalingooverviewview.h"
#include "overview/skysqloverviewview.h"

QWidget *createOverviewSection(AccountConnection *connection, QWidget *parent)
{
    if (!connection)
        return nullptr;
    if (connection->skySql())
        return new SkySqlOverviewView(connection, parent);
    if (connection->scalingo())
        return new ScalingoOverviewView(connection->scalingo(), connection->account().displayName, parent);
    return nullptr;
}
