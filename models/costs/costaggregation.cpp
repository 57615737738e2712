#include "costs/costaggregation.h"

#include "dates.h"
#include "domain/invoice.h"
#include "money.h"

#include <QCoreApplication>

#include <algorithm>

namespace CostAggregation
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("CostAggregation", text);
}

int categoryIndex(BillCostCategory category)
{
    return static_cast<int>(category);
}
}

QDate invoiceMonth(const Invoice &invoice)
{
    return Dates::firstOfMonth(invoice.periodStart);
}

BillCostCategory lineCategory(const InvoiceLine &line)
{
    switch (line.kind) {
    case InvoiceLine::Kind::Nodes:
        return BillCostCategory::Compute;
    case InvoiceLine::Kind::Storage:
    case InvoiceLine::Kind::Iops:
    case InvoiceLine::Kind::Throughput:
        return BillCostCategory::Storage;
    case InvoiceLine::Kind::Item:
        break;
    }
    if (line.cost.minorUnits() < 0)
        return BillCostCategory::Other;
    // Scalingo's detailed items: "web: 2 × M containers", "one-off: M container",
    // "Addon PostgreSQL Business 1G".
    if (line.description.startsWith(QLatin1String("Addon "), Qt::CaseInsensitive))
        return BillCostCategory::Storage;
    if (line.description.contains(QLatin1String("container"), Qt::CaseInsensitive))
        return BillCostCategory::Compute;
    return BillCostCategory::Other;
}

CategoryAmounts categoryAmounts(const Invoice &invoice)
{
    CategoryAmounts amounts {};
    qint64 explained = 0;
    for (const InvoiceService &service : invoice.services) {
        qint64 lines = 0;
        for (const InvoiceLine &line : service.lines) {
            amounts[categoryIndex(lineCategory(line))] += line.cost.minorUnits();
            lines += line.cost.minorUnits();
        }
        // A service whose lines do not add up to its cost: the difference is not a compute
        // or storage charge anyone can name.
        amounts[categoryIndex(BillCostCategory::Other)] += service.cost.minorUnits() - lines;
        explained += service.cost.minorUnits();
    }
    // Invoice-wide lines (Scalingo's per-app items) repeat the services; what the services do
    // not explain (VAT, credits, an invoice listed without details) is other.
    amounts[categoryIndex(BillCostCategory::Other)] += invoice.amount.minorUnits() - explained;
    return amounts;
}

QList<ServiceAmount> serviceAmounts(const Invoice &invoice)
{
    QList<ServiceAmount> result;
    qint64 explained = 0;
    for (const InvoiceService &service : invoice.services) {
        const QString name = service.name.isEmpty() ? service.serviceId : service.name;
        auto it = std::find_if(result.begin(), result.end(), [&](const ServiceAmount &entry) {
            return entry.name == name;
        });
        if (it == result.end())
            result.append({name, service.cost.minorUnits()});
        else
            it->minorUnits += service.cost.minorUnits();
        explained += service.cost.minorUnits();
    }
    const qint64 rest = invoice.amount.minorUnits() - explained;
    if (rest != 0)
        result.append({QString(), rest});
    return result;
}

QString categoryTitle(BillCostCategory category)
{
    switch (category) {
    case BillCostCategory::Compute:
        return tr("Compute");
    case BillCostCategory::Storage:
        return tr("Storage");
    case BillCostCategory::DataTransfer:
        return tr("Data transfer");
    case BillCostCategory::Support:
        return tr("Support");
    case BillCostCategory::Other:
        break;
    }
    return tr("Other");
}

QString otherServiceTitle()
{
    return tr("Other (taxes, credits)");
}

double majorUnits(qint64 minorUnits, const QString &currency)
{
    double divisor = 1;
    for (int i = 0; i < Money::minorDigits(currency); ++i)
        divisor *= 10;
    return double(minorUnits) / divisor;
}
}
