// How long the Invoices page's filters take over 10,000 invoices, to check that filtering as
// you type stays instant. Prints milliseconds per refilter; run with `ctest -L benchmark -V`.

#include "api/invoicesource.h"
#include "invoices/invoicefiltermodel.h"
#include "invoices/invoicerepository.h"
#include "invoices/invoicetablemodel.h"
#include "invoices/invoicetotals.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

namespace
{
constexpr int InvoiceCount = 10000;

class GeneratedSource final : public InvoiceSource
{
public:
    void listInvoices(const InvoiceFetch &, QObject *context, const ApiCallback<QList<Invoice>> &done) override
    {
        QTimer::singleShot(0, context, [done] {
            ApiResult<QList<Invoice>> result;
            const QList<InvoiceStatus> statuses{InvoiceStatus::Paid, InvoiceStatus::Open, InvoiceStatus::Overdue,
                                                InvoiceStatus::Failed};
            for (int i = 0; i < InvoiceCount; ++i) {
                Invoice invoice;
                invoice.id = QStringLiteral("inv-%1").arg(i);
                invoice.number = QStringLiteral("BD-%1").arg(i, 6, 10, QLatin1Char('0'));
                invoice.date = QDate(2015, 1, 1).addDays(i % 3650);
                invoice.dueDate = invoice.date.addDays(30);
                invoice.periodStart = QDate(invoice.date.year(), invoice.date.month(), 1);
                invoice.period = invoice.periodStart.toString(QStringLiteral("yyyy-MM"));
                invoice.amount = Money(1000 + (i * 7919) % 500000, i % 3 == 0 ? QStringLiteral("EUR") : QStringLiteral("USD"));
                invoice.status = statuses.at(i % statuses.size());
                invoice.hasDetails = true;
                result.value << invoice;
            }
            done(result);
        });
    }
    void invoiceDetails(const QString &, FetchPolicy, QObject *, const ApiCallback<Invoice> &) override {}
    void invoiceDocument(const QString &, QObject *, const ApiCallback<QByteArray> &) override {}
};
}

class BenchInvoiceFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersTenThousandInvoices();

private:
    double measure(const char *what, const std::function<void(int step)> &change);

    InvoiceFilterModel *m_filter = nullptr;
};

double BenchInvoiceFilter::measure(const char *what, const std::function<void(int)> &change)
{
    constexpr int Steps = 10;
    QElapsedTimer timer;
    timer.start();
    for (int step = 0; step < Steps; ++step)
        change(step);
    const double perChange = double(timer.nsecsElapsed()) / 1e6 / Steps;
    qInfo("%-28s %7.2f ms per change (%d invoices, %d shown after the last)", what, perChange, InvoiceCount,
          m_filter->rowCount());
    return perChange;
}

void BenchInvoiceFilter::filtersTenThousandInvoices()
{
    GeneratedSource source;
    InvoiceRepository repository;
    Account account;
    account.id = QStringLiteral("bench");
    account.displayName = QStringLiteral("Benchmark");
    repository.addAccount(account, &source);
    InvoiceTableModel table(&repository);
    InvoiceFilterModel filter;
    filter.setSourceModel(&table);
    filter.sort(InvoiceTableModel::DateColumn, Qt::DescendingOrder);
    InvoiceTotals totals;
    totals.setModel(&filter);
    m_filter = &filter;
    QSignalSpy loaded(&repository, &InvoiceRepository::loaded);
    repository.refreshInvoices();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(filter.rowCount(), InvoiceCount);

    // Typing "BD-0012" one key at a time, then deleting it again.
    const QString typed = QStringLiteral("BD-0012");
    measure("search, typing", [&](int step) {
        filter.setSearchText(typed.left(std::min<int>(step + 1, static_cast<int>(typed.size()))));
    });
    QCOMPARE(filter.rowCount(), 100);
    measure("search, clearing", [&](int step) {
        filter.setSearchText(typed.left(std::max(0, static_cast<int>(typed.size()) - step - 1)));
    });
    QCOMPARE(filter.rowCount(), InvoiceCount);
    measure("status", [&](int step) {
        filter.setStatuses(step % 2 ? QSet<InvoiceStatus>{InvoiceStatus::Open} : QSet<InvoiceStatus>{});
    });
    measure("amount range", [&](int step) {
        QVERIFY(filter.setAmountRange(QString::number(step * 100), QString()));
    });
    measure("date range", [&](int step) {
        filter.setDateRange(QDate(2016 + step % 5, 1, 1), QDate());
    });
    measure("sort by amount", [&](int step) {
        filter.sort(InvoiceTableModel::AmountColumn, step % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    QVERIFY(totals.invoiceCount() == filter.rowCount());
    m_filter = nullptr;
}

QTEST_GUILESS_MAIN(BenchInvoiceFilter)
#include "bench_invoicefilter.moc"
