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
