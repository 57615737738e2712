#pragma once

#include "domain/invoice.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// `billdeck export costs`: one row per account, month and category (all five, zeros included,
// so every month sums visibly to its invoices), months ascending. RFC 4180, ISO months
// ("2025-10"), C-locale decimals.
namespace CostExport
{
using AccountNamer = std::function<QString(const QString &accountId)>;
QByteArray toCsv(const QList<Invoice> &invoices, const AccountNamer &accountName);
// The same rows as a JSON array of {account, month, category, amount, currency}; amount is a
// decimal string so no reader turns cents into a binary fraction.
QByteArray toJson(const QList<Invoice> &invoices, const AccountNamer &accountName);
}
