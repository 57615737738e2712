#include "invoices/invoiceexport.h"

#include "dates.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceExport
{
QStringList csvHeader()
{
    return {QStringLiteral("account"),      QStringLiteral("invoice_id"), QStringLiteral("number"),
            QStringLiteral("invoice_date"), QStringLiteral("period"),     QStringLiteral("period_start"),
            QStringLiteral("period_end"),   QStringLiteral("due_date"),   QStringLiteral("amount"),
            QStringLiteral("currency"),     QStringLiteral("status"),     QStringLiteral("vat")};
}

namespace
{
// The VAT in minor units as a decimal, empty when the provider does not state it (SkySQL).
QString vatText(const Invoice &invoice)
{
    if (!invoice.amountExcludingVat || invoice.amountExcludingVat->currency() != invoice.amount.currency())
        return QString();
    return (invoice.amount - *invoice.amountExcludingVat).toDecimalString();
}

QString isoDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray csvRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray toCsv(const QList<Invoice> &invoices, const AccountNamer &accountName)
{
    QByteArray out = csvRow(csvHeader());
    for (const Invoice &invoice : invoices) {
        out += csvRow({accountName(invoice.accountId), invoice.id, invoice.number, Dates::toIsoDate(invoice.date),
                       invoice.period, Dates::toIsoDate(invoice.periodStart), Dates::toIsoDate(invoice.periodEnd),
                       Dates::toIsoDate(invoice.dueDate), invoice.amount.toDecimalString(), invoice.amount.currency(),
                       invoiceStatusKey(invoice.status), vatText(invoice)});
    }
    return out;
}

QByteArray toJson(const QList<Invoice> &invoices, const AccountNamer &accountName)
{
    QJsonArray array;
    for (const Invoice &invoice : invoices) {
        QJsonObject object{
            {QStringLiteral("account"), accountName(invoice.accountId)},
            {QStringLiteral("invoice_id"), invoice.id},
            {QStringLiteral("number"), invoice.number},
            {QStringLiteral("invoice_date"), Dates::toIsoDate(invoice.date)},
            {QStringLiteral("period"), invoice.period},
            {QStringLiteral("period_start"), Dates::toIsoDate(invoice.periodStart)},
            {QStringLiteral("period_end"), Dates::toIsoDate(invoice.periodEnd)},
            {QStringLiteral("due_date"), invoice.dueDate.isValid() ? QJsonValue(Dates::toIsoDate(invoice.dueDate)) : QJsonValue()},
            // A string keeps the exact decimal; minor units are there for arithmetic.
            {QStringLiteral("amount"), invoice.amount.toDecimalString()},
            {QStringLiteral("amount_minor"), QString::number(invoice.amount.minorUnits())},
            {QStringLiteral("currency"), invoice.amount.currency()},
            {QStringLiteral("status"), invoiceStatusKey(invoice.status)},
            {QStringLiteral("vat"), invoice.amountExcludingVat ? QJsonValue(vatText(invoice)) : QJsonValue()},
        };
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QStringList operationsCsvHeader()
{
    return {QStringLiteral("account"), QStringLiteral("id"),     QStringLiteral("created_at"),
            QStringLiteral("source"),  QStringLiteral("description"), QStringLiteral("amount"),
            QStringLiteral("currency"), QStringLiteral("invoice_id")};
}

QByteArray operationsToCsv(const QList<OperationRow> &rows)
{
    QByteArray out = csvRow(operationsCsvHeader());
    for (const OperationRow &row : rows) {
        const BillingOperation &operation = row.operation;
        out += csvRow({row.account, operation.id, isoDateTime(operation.createdAt), operation.source,
                       operation.description, operation.amount.toDecimalString(), operation.amount.currency(),
                       operation.invoiceId});
    }
    return out;
}

QByteArray operationsToJson(const QList<OperationRow> &rows)
{
    QJsonArray array;
    for (const OperationRow &row : rows) {
        const BillingOperation &operation = row.operation;
        array.append(QJsonObject{
            {QStringLiteral("account"), row.account},
            {QStringLiteral("id"), operation.id},
            {QStringLiteral("created_at"), isoDateTime(operation.createdAt)},
            {QStringLiteral("source"), operation.source},
            {QStringLiteral("description"), operation.description},
            {QStringLiteral("amount"), operation.amount.toDecimalString()},
            {QStringLiteral("amount_minor"), QString::number(operation.amount.minorUnits())},
            {QStringLiteral("currency"), operation.amount.currency()},
            {QStringLiteral("invoice_id"), operation.invoiceId.isEmpty() ? QJsonValue() : QJsonValue(operation.invoiceId)},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
}
