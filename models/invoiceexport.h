#pragma once

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

QStringList csvHeader();
QByteArray toCsv(const QList<Invoice> &invoices, const AccountNamer &accountName);
QByteArray toJson(const QList<Invoice> &invoices, const AccountNamer &accountName);

// One RFC 4180 field: quoted when it holds a comma, a quote, CR or LF.
QString csvField(const QString &value);
QByteArray csvRow(const QStringList &fields);
}
