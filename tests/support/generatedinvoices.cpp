#include "support/generatedinvoices.h"

#include <QFile>
#include <QTimer>

namespace TestSupport
{
namespace
{
const QList<InvoiceStatus> Statuses{InvoiceStatus::Paid, InvoiceStatus::Open, InvoiceStatus::Overdue,
                                    InvoiceStatus::Failed};

class GeneratedInvoiceSource final : public InvoiceSource
{
public:
    GeneratedInvoiceSource(const QString &accountId, int count)
        : m_accountId(accountId)
        , m_count(count)
    {
    }

    void listInvoices(const InvoiceFetch &, QObject *context, const ApiCallback<QList<Invoice>> &done) override
    {
        QTimer::singleShot(0, context, [this, done] {
            ApiResult<QList<Invoice>> result;
            for (int i = 0; i < m_count; ++i) {
                if (generatedAccountOf(i) == m_accountId)
                    result.value << generatedInvoice(i, m_count);
            }
            done(result);
        });
    }
    void invoiceDetails(const QString &, FetchPolicy, QObject *, const ApiCallback<Invoice> &) override {}
    void invoiceDocument(const QString &, const QString &, QObject *, const ApiCallback<QString> &) override {}

private:
    QString m_accountId;
    int m_count;
};
}

Invoice generatedInvoice(int i, int count)
{
    Invoice invoice;
    invoice.id = QStringLiteral("inv-%1").arg(i);
    invoice.number = QStringLiteral("BD-%1").arg((i * 7) % count, 6, 10, QLatin1Char('0'));
    invoice.date = QDate(2015, 1, 1).addDays(i % 3650);
    invoice.dueDate = invoice.date.addDays(30);
    invoice.periodStart = QDate(invoice.date.year(), invoice.date.month(), 1);
    invoice.periodEnd = invoice.periodStart.addMonths(1).addDays(-1);
    invoice.period = invoice.periodStart.toString(QStringLiteral("yyyy-MM"));
    invoice.amount = Money(1000 + (i * 7919) % 500000, i % 3 == 0 ? QStringLiteral("EUR") : QStringLiteral("USD"));
    invoice.status = Statuses.at((i / 3) % Statuses.size());
    invoice.hasDetails = true;
    return invoice;
}

QString generatedAccountOf(int i)
{
    return i % 5 == 0 ? QStringLiteral("scale") : QStringLiteral("sky");
}

std::unique_ptr<InvoiceSource> generatedInvoiceSource(const QString &accountId, int count)
{
    return std::make_unique<GeneratedInvoiceSource>(accountId, count);
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
}
