#include "overviewsections.h"

#include "accountregistry.h"
#include "scalingooverviewview.h"
#include "skysqloverviewview.h"

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
