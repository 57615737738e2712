// The CSV (and JSON) exports over whatever a provider may send. The first byte picks a decoder
// (SkySQL invoice list, SkySQL invoice, Scalingo invoice page, Scalingo operations page), the
// second how many times the decoded list is repeated (1 to 1024: a large account without a large
// input), the rest is the body. The invoice, operation and cost CSVs must read back with a strict
// RFC 4180 reader into the very texts exported (commas, quotes, CR, LF, any Unicode), one row
// per record with the header's column count; the JSON exports must parse; and the cost rows of
// each account and month must add up to its invoices, or the export must refuse.

#include "api/scalingo/scalingodecoders.h"
#include "api/skysql/skysqldecoders.h"
#include "costs/costaggregation.h"
#include "costs/costexport.h"
#include "fuzzcheck.h"
#include "invoices/invoiceexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <tuple>

namespace
{
// Reads RFC 4180 strictly: records end with CRLF (the last one too), a field holding a comma,
// quote, CR or LF is quoted, a quote inside is doubled. Returns false on anything else.
bool readCsv(const QString &text, QList<QStringList> *records)
{
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'"' && field.isEmpty()) {
            for (++i;; ++i) {
                if (i >= n)
                    return false;
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i];
            }
            if (i < n && text[i] != u',' && text[i] != u'\r')
                return false;
            continue;
        }
        if (text[i] == u',') {
            record << field;
            field.clear();
            ++i;
        } else if (text[i] == u'\r') {
            if (i + 1 >= n || text[i + 1] != u'\n')
                return false;
            record << field;
            field.clear();
            records->append(record);
            record.clear();
            i += 2;
        } else if (text[i] == u'\n' || text[i] == u'"') {
            return false;
        } else {
            field += text[i];
            ++i;
        }
    }
    return record.isEmpty() && field.isEmpty();
}

QList<QStringList> csvRecords(const QByteArray &csv, qsizetype columns, qsizetype rows)
{
    QList<QStringList> records;
    Fuzz::check(readCsv(QString::fromUtf8(csv), &records), "the CSV is RFC 4180", QString::fromUtf8(csv.left(2000)));
    Fuzz::check(rows < 0 || records.size() == rows + 1, "one CSV row per record, after the header");
    for (const QStringList &record : records)
        Fuzz::check(record.size() == columns, "every CSV row has the header's columns", record.join(u'|'));
    return records;
}

void checkJsonArray(const QByteArray &json, qsizetype size)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    Fuzz::check(error.error == QJsonParseError::NoError && document.isArray(), "the JSON export parses", error.errorString());
    Fuzz::check(size < 0 || document.array().size() == size, "one JSON element per record");
}

// What a text looks like once written as UTF-8 and read back (a lone surrogate becomes U+FFFD).
QString asWritten(const QString &text)
{
    return QString::fromUtf8(text.toUtf8());
}

QString accountName(const QString &accountId)
{
    return QStringLiteral("Acme, \"") + accountId + QStringLiteral("\"\r\n");
}

void checkInvoices(QList<Invoice> invoices)
{
    // Decoders leave the account to the caller; a fuzzed text makes the account column fuzzed too.
    for (Invoice &invoice : invoices)
        invoice.accountId = invoice.number;

    const QList<QStringList> rows = csvRecords(InvoiceExport::toCsv(invoices, accountName),
                                               InvoiceExport::csvHeader().size(), invoices.size());
    Fuzz::check(rows.first() == InvoiceExport::csvHeader(), "the CSV starts with its header");
    for (qsizetype i = 0; i < invoices.size(); ++i) {
        const Invoice &invoice = invoices.at(i);
        const QStringList &row = rows.at(i + 1);
        const QStringList expected = {asWritten(accountName(invoice.accountId)), asWritten(invoice.id),
                                      asWritten(invoice.number), asWritten(invoice.period),
                                      invoice.amount.toDecimalString(), asWritten(invoice.amount.currency())};
        const QStringList written = {row.at(0), row.at(1), row.at(2), row.at(4), row.at(8), row.at(9)};
        Fuzz::check(written == expected, "an invoice's texts read back from the CSV",
                    written.join(u'|') + QStringLiteral(" / ") + expected.join(u'|'));
    }
    checkJsonArray(InvoiceExport::toJson(invoices, accountName), invoices.size());

    // Costs: every (account, month, currency) adds up to its invoices' amounts.
    using Key = std::tuple<QString, QString, QString>;
    QMap<Key, Money> expected;
    for (const Invoice &invoice : invoices) {
        const QDate month = CostAggregation::invoiceMonth(invoice);
        if (month.isValid() && invoice.amount.isValid()) {
            Money &sum = expected[Key{asWritten(accountName(invoice.accountId)), month.toString(QStringLiteral("yyyy-MM")),
                                      asWritten(invoice.amount.currency())}];
            sum = sum + invoice.amount;
        }
    }
    const QList<QStringList> costRows = csvRecords(CostExport::toCsv(invoices, accountName), 5, -1);
    QMap<Key, Money> exported;
    for (qsizetype i = 1; i < costRows.size(); ++i) {
        const QStringList &row = costRows.at(i);
        Money amount;
        Fuzz::check(Money::parseDecimal(row.at(3), row.at(4), &amount), "a cost amount is a decimal", row.join(u'|'));
        Money &sum = exported[Key{row.at(0), row.at(1), row.at(4)}];
        sum = sum + amount;
    }
    Fuzz::check(exported.keys() == expected.keys(), "one set of cost rows per account, month and currency");
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it.value().isUndefined())
            continue;  // the invoices' own sum does not fit in qint64
        Fuzz::check(exported.value(it.key()).minorUnits() == it.value().minorUnits(), "a month's costs add up to its invoices",
                    std::get<1>(it.key()) + QLatin1Char(' ') + exported.value(it.key()).toDecimalString()
                        + QStringLiteral(" / ") + it.value().toDecimalString());
    }
    checkJsonArray(CostExport::toJson(invoices, accountName), costRows.size() - 1);
}

void checkOperations(const QList<BillingOperation> &operations)
{
    QList<InvoiceExport::OperationRow> rows;
    for (const BillingOperation &operation : operations)
        rows.append({accountName(operation.description), operation});
    const QList<QStringList> records = csvRecords(InvoiceExport::operationsToCsv(rows),
                                                  InvoiceExport::operationsCsvHeader().size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const InvoiceExport::OperationRow &row = rows.at(i);
        const QStringList &record = records.at(i + 1);
        const QStringList expected = {asWritten(row.account), asWritten(row.operation.id), asWritten(row.operation.source),
                                      asWritten(row.operation.description), row.operation.amount.toDecimalString(),
                                      asWritten(row.operation.invoiceId)};
        const QStringList written = {record.at(0), record.at(1), record.at(3), record.at(4), record.at(5), record.at(7)};
        Fuzz::check(written == expected, "an operation's texts read back from the CSV",
                    written.join(u'|') + QStringLiteral(" / ") + expected.join(u'|'));
    }
    checkJsonArray(InvoiceExport::operationsToJson(rows), rows.size());
}

template<typename T>
QList<T> repeated(const QList<T> &list, int times)
{
    QList<T> result;
    result.reserve(list.size() * times);
    for (int i = 0; i < times; ++i)
        result += list;
    return result;
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr size_t Decoders = 4;
    const Fuzz::Pick pick = Fuzz::pick(data, size, Decoders);
    const int times = pick.rest.isEmpty() ? 1 : 1 << (static_cast<uint8_t>(pick.rest.at(0)) % 11);
    const QByteArray body = pick.rest.mid(1);
    ApiError error;
    switch (pick.index) {
    case 0:
        checkInvoices(repeated(SkySqlDecoders::invoices(body, &error), times));
        break;
    case 1: {
        const Invoice invoice = SkySqlDecoders::invoice(body, &error);
        checkInvoices(error.isError() ? QList<Invoice>() : repeated(QList<Invoice>{invoice}, times));
        break;
    }
    case 2:
        checkInvoices(repeated(ScalingoDecoders::invoices(body, &error).items, times));
        break;
    default:
        checkOperations(repeated(ScalingoDecoders::billingOperations(body, &error).items, times));
        break;
    }
    Fuzz::checkDecodeError(error);
    return 0;
}
