#pragma once

#include "domain/billingoperation.h"
#include "domain/invoice.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Writes invoices for spreadsheets and scripts: RFC 4180 CSV (CRLF, quoted where needed,
// header row) and JSON, with ISO dates and locale-independent decimal amounts.
namespace InvoiceExport
{
// accountName(invoice.accountId) gives the account column's text.
using AccountNamer = std::function<QString(const QString &accountId)>;

// "vat" comes last so scripts written against the older eleven columns keep working.
QStringList csvHeader();
QByteArray toCsv(const QList<Invoice> &invoices, const AccountNamer &accountName);
QByteArray toJson(const QList<Invoice> &invoices, const AccountNamer &accountName);

// A Scalingo billing operation and the name of the account it belongs to.
struct OperationRow {
    QString account;
    BillingOperation operation;
};
QStringList operationsCsvHeader();
QByteArray operationsToCsv(const QList<OperationRow> &rows);
QByteArray operationsToJson(const QList<OperationRow> &rows);

// One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF.
QString csvField(const QString &value);
QByteArray csvRow(const QStringList &fields);
}
