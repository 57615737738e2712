#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// A month's usage bill (GET /billing/v1/bills and /billing/v2/bills), normalised: v1 groups
// lines by service and cost kind, v2 by resource and meter; both become items with lines.

enum class BillCostCategory {
    Compute,
    Storage,
    DataTransfer,
    Support,
    Other,
};

// Maps a v1 cost kind or a v2 meter key ("compute", "storage_iops", "data_transfer_out"...).
BillCostCategory billCostCategoryFromKey(const QString &key);
QString billCostCategoryKey(BillCostCategory category);  // "compute", "data_transfer"...

// One priced line: a node size (v1) or a meter's usage for one price (v2).
// Quantities and rates keep the provider's precision for display; only totals are Money.
struct BillLine {
    QString key;          // the v1 cost kind or v2 meter key the line was listed under
    BillCostCategory category = BillCostCategory::Other;
    QString name;         // v1 name, v2 meter
    QString priceId;      // v2
    QString instance;     // v1 node size
    int activeNodes = 0;  // v1
    double quantity = 0;  // v1 total_hours, v2 quantity
    QString unit;         // v2 unit; "hours" for v1
    double rate = 0;      // v1 price_per_hour, v2 rate
    QString rateUnit;     // v2 rate_unit; "hour" for v1
    double billableUsage = 0;       // v2: quantity beyond what was included
    double includedUsage = 0;       // v2
    double includedUsageLimit = 0;  // v2
    Money includedUsageAmount;      // v2: value of the included usage
    QMap<QString, QString> dimensions;  // v2
    Money total;
};

// What one service (v1) or resource (v2) cost in the month.
struct BillItem {
    QString id;
    QString billId;       // v1
    QString resourceId;   // v2 resource_id, v1 service.service_id
    QString name;
    // v2 resource dimensions; v1's provider, region and topology are put here under those keys.
    QMap<QString, QString> dimensions;
    // v2 sends the item's total; for v1 it is the sum of its lines (one currency: the bill's).
    Money total;
    QList<BillLine> lines;
};

struct Bill {
    int apiVersion = 2;   // which endpoint it came from: 1 or 2
    QString id;
    QString organizationId;
    QString period;       // "2025-10" as sent
    QDate month;          // first day of the period's month; invalid when period is not a date
    QString currency;
    QString currencySymbol;
    QString billingMode;
    QString tier;
    QString supportType;
    double usageDays = 0;

    Money total;
    Money totalComputeCost;
    Money totalStorageCost;
    Money dataTransferCost;
    Money supportCost;
    Money otherCost;      // v2 only; zero for v1
    Money discount;
    Money additionalComputeDiscount;
    Money discountedComputeCost;
    Money undiscountedComputeCost;
    Money minComputeCost;
    Money remainingCredit;
    Money unusedComputeCommit;
    Money unusedComputeCommitLedger;  // v1 only

    QList<BillItem> items;

    // The bill's own total for a category (its top-level *_cost fields).
    Money categoryTotal(BillCostCategory category) const;
};

Q_DECLARE_METATYPE(BillCostCategory)
Q_DECLARE_METATYPE(Bill)
