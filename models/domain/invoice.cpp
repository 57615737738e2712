#include "domain/invoice.h"

InvoiceStatus invoiceStatusFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("paid") || key == QLatin1String("settled"))
        return InvoiceStatus::Paid;
    if (key == QLatin1String("open") || key == QLatin1String("new") || key == QLatin1String("unpaid")
        || key == QLatin1String("pending") || key == QLatin1String("issued") || key == QLatin1String("due"))
        return InvoiceStatus::Open;
    if (key == QLatin1String("overdue") || key == QLatin1String("past_due") || key == QLatin1String("late"))
        return InvoiceStatus::Overdue;
    if (key == QLatin1String("failed") || key == QLatin1String("uncollectible") || key == QLatin1String("payment_failed"))
        return InvoiceStatus::Failed;
    return InvoiceStatus::Unknown;
}

QString invoiceStatusKey(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Open:
        return QStringLiteral("open");
    case InvoiceStatus::Overdue:
        return QStringLiteral("overdue");
    case InvoiceStatus::Failed:
        return QStringLiteral("failed");
    case InvoiceStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool InvoiceLine::operator==(const InvoiceLine &other) const
{
    return kind == other.kind && description == other.description && size == other.size
        && activeNodes == other.activeNodes && quantity == other.quantity && unit == other.unit && rate == other.rate
        && rateUnit == other.rateUnit && cost == other.cost;
}

bool InvoiceService::operator==(const InvoiceService &other) const
{
    return serviceId == other.serviceId && name == other.name && provider == other.provider && region == other.region
        && topology == other.topology && tier == other.tier && instance == other.instance && arch == other.arch
        && cost == other.cost && nodeCost == other.nodeCost && storageCost == other.storageCost && lines == other.lines;
}

bool Invoice::operator==(const Invoice &other) const
{
    return accountId == other.accountId && id == other.id && number == other.number
        && organizationId == other.organizationId && date == other.date && dueDate == other.dueDate
        && period == other.period && periodStart == other.periodStart && periodEnd == other.periodEnd
        && amount == other.amount && amountExcludingVat == other.amountExcludingVat
        && vatRatePerMille == other.vatRatePerMille && status == other.status && pdfUrl == other.pdfUrl
        && hasDetails == other.hasDetails && services == other.services && lines == other.lines;
}
