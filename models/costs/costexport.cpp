#include "costs/costexport.h"

#include "costs/costaggregation.h"
#include "invoices/invoiceexport.h"
#include "money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace CostExport
{
namespace
{
struct CostRow {
    QString account;
    QString month;
    QString category;
    Money amount;
};

QList<CostRow> costRows(const QList<Invoice> &invoices, const AccountNamer &accountName)
{
    // account → month → currency → amounts; QMap keeps months ascending.
    QMap<QString, QMap<QDate, QMap<QString, CostAggregation::CategoryAmounts>>> totals;
    for (const Invoice &invoice : invoices) {
        const QDate month = CostAggregation::invoiceMonth(invoice);
        if (!month.isValid() || !invoice.amount.isValid())
            continue;
        CostAggregation::CategoryAmounts &sum = totals[invoice.accountId][month][invoice.amount.currency()];
        const CostAggregation::CategoryAmounts amounts = CostAggregation::categoryAmounts(invoice);
        for (int i = 0; i < CostAggregation::CategoryCount; ++i)
            sum[i] += amounts[i];
    }
    QList<CostRow> rows;
    for (auto account = totals.cbegin(); account != totals.cend(); ++account) {
        const QString name = accountName(account.key());
        for (auto month = account->cbegin(); month != account->cend(); ++month) {
            for (auto currency = month->cbegin(); currency != month->cend(); ++currency) {
                for (int i = 0; i < CostAggregation::CategoryCount; ++i) {
                    rows.append({name, month.key().toString(QStringLiteral("yyyy-MM")),
                                 billCostCategoryKey(CostAggregation::Categories[i]), Money(currency.value()[i], currency.key())});
                }
            }
        }
    }
    return rows;
}
}

QByteArray toCsv(const QList<Invoice> &invoices, const AccountNamer &accountName)
{
    QByteArray out = InvoiceExport::csvRow({QStringLiteral("account"), QStringLiteral("month"), QStringLiteral("category"),
                                            QStringLiteral("amount"), QStringLiteral("currency")});
    const QList<CostRow> rows = costRows(invoices, accountName);
    for (const CostRow &row : rows)
        out += InvoiceExport::csvRow({row.account, row.month, row.category, row.amount.toDecimalString(), row.amount.currency()});
    return out;
}

QByteArray toJson(const QList<Invoice> &invoices, const AccountNamer &accountName)
{
    QJsonArray array;
    const QList<CostRow> rows = costRows(invoices, accountName);
    for (const CostRow &row : rows) {
        array.append(QJsonObject {{QStringLiteral("account"), row.account},
                                  {QStringLiteral("month"), row.month},
                                  {QStringLiteral("category"), row.category},
                                  {QStringLiteral("amount"), row.amount.toDecimalString()},
                                  {QStringLiteral("currency"), row.amount.currency()}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
}
