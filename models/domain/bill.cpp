#include "domain/bill.h"

BillCostCategory billCostCategoryFromKey(const QString &key)
{
    const QString k = key.toLower();
    // Transfer first: "data_transfer_storage" is network traffic, not disk.
    if (k.contains(QLatin1String("transfer")) || k.contains(QLatin1String("egress"))
        || k.contains(QLatin1String("bandwidth")) || k.contains(QLatin1String("network")))
        return BillCostCategory::DataTransfer;
    if (k.contains(QLatin1String("support")))
        return BillCostCategory::Support;
    if (k.contains(QLatin1String("storage")) || k.contains(QLatin1String("disk")) || k.contains(QLatin1String("iops"))
        || k.contains(QLatin1String("throughput")) || k.contains(QLatin1String("volume"))
        || k.contains(QLatin1String("backup")))
        return BillCostCategory::Storage;
    if (k.contains(QLatin1String("compute")) || k.contains(QLatin1String("node")) || k.contains(QLatin1String("instance"))
        || k.contains(QLatin1String("cpu")) || k.contains(QLatin1String("scu")))
        return BillCostCategory::Compute;
    return BillCostCategory::Other;
}

QString billCostCategoryKey(BillCostCategory category)
{
    switch (category) {
    case BillCostCategory::Compute:
        return QStringLiteral("compute");
    case BillCostCategory::Storage:
        return QStringLiteral("storage");
    case BillCostCategory::DataTransfer:
        return QStringLiteral("data_transfer");
    case BillCostCategory::Support:
        return QStringLiteral("support");
    case BillCostCategory::Other:
        break;
    }
    return QStringLiteral("other");
}

Money Bill::categoryTotal(BillCostCategory category) const
{
    switch (category) {
    case BillCostCategory::Compute:
        return totalComputeCost;
    case BillCostCategory::Storage:
        return totalStorageCost;
    case BillCostCategory::DataTransfer:
        return dataTransferCost;
    case BillCostCategory::Support:
        return supportCost;
    case BillCostCategory::Other:
        break;
    }
    return otherCost;
}
