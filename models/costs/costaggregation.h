#pragma once

#include "domain/bill.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

struct Invoice;
struct InvoiceLine;

// How an invoice's amount splits into cost categories and services. Every split adds up to the
// invoice's amount exactly: what no line explains (taxes, credits, discounts, an invoice whose
// details are not loaded yet) is "other".
//
// Categories: SkySQL node lines are compute; storage, IOPS and throughput lines are storage.
// Scalingo container lines (web, worker, clock, one-off) are compute; addon lines (PostgreSQL,
// Redis… plans) are storage: they are the data an app keeps, as the database disk is for
// SkySQL, so the two providers' compute/storage split compares. Any other line, and credits
// (negative items, which only appear invoice-wide), are other.
namespace CostAggregation
{
constexpr int CategoryCount = 5;
using CategoryAmounts = std::array<qint64, CategoryCount>;  // minor units, by BillCostCategory
// Every category in BillCostCategory order: the columns of a split, "other" last.
constexpr std::array<BillCostCategory, CategoryCount> Categories = {
    BillCostCategory::Compute, BillCostCategory::Storage, BillCostCategory::DataTransfer,
    BillCostCategory::Support, BillCostCategory::Other,
};

// The month an invoice's costs count in: the first day of its period's; invalid without one.
QDate invoiceMonth(const Invoice &invoice);

BillCostCategory lineCategory(const InvoiceLine &line);
CategoryAmounts categoryAmounts(const Invoice &invoice);

struct ServiceAmount {
    QString name;   // empty: the part no service explains (taxes, credits…)
    qint64 minorUnits = 0;
};
// One entry per service name in the invoice's order, then the unexplained part when non-zero.
QList<ServiceAmount> serviceAmounts(const Invoice &invoice);

QString categoryTitle(BillCostCategory category);  // "Compute", "Data transfer"…
QString otherServiceTitle();                        // "Other (taxes, credits)"

// Minor units as a double in major units, for a chart's axis only: sums stay in integers.
double majorUnits(qint64 minorUnits, const QString &currency);
}
