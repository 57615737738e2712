// MonthlyCostModel, MonthBreakdownModel, CostTrend, BudgetStore and the costs CSV against
// fixtures whose sums were worked out by hand (in the comments next to each expectation).

#include "api/invoicesource.h"
#include "costs/costaggregation.h"
#include "costs/costexport.h"
#include "costs/costtrend.h"
#include "costs/monthbreakdownmodel.h"
#include "costs/monthlycostmodel.h"
#include "domain/bill.h"
#include "invoices/invoicerepository.h"
#include "store/budgetstore.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace
{
const QString Usd = QStringLiteral("USD");
const QString Eur = QStringLiteral("EUR");

Money usd(qint64 cents)
{
    return Money(cents, Usd);
}

Money eur(qint64 cents)
{
    return Money(cents, Eur);
}

InvoiceLine line(InvoiceLine::Kind kind, const QString &description, const Money &cost)
{
    InvoiceLine result;
    result.kind = kind;
    result.description = description;
    result.cost = cost;
    return result;
}

InvoiceService service(const QString &name, const Money &cost, const QList<InvoiceLine> &lines)
{
    InvoiceService result;
    result.serviceId = QStringLiteral("svc-") + name;
    result.name = name;
    result.cost = cost;
    result.lines = lines;
    return result;
}

Invoice invoice(const QString &id, const QDate &month, const Money &amount, const QList<InvoiceService> &services,
                const QList<InvoiceLine> &lines = {})
{
    Invoice result;
    result.id = id;
    result.number = id;
    result.period = month.toString(QStringLiteral("yyyy-MM"));
    result.periodStart = month;
    result.periodEnd = month.addMonths(1).addDays(-1);
    result.date = month.addMonths(1);
    result.amount = amount;
    result.status = InvoiceStatus::Paid;
    result.hasDetails = true;
    result.services = services;
    result.lines = lines;
    return result;
}

using Kind = InvoiceLine::Kind;

// SkySQL-like account, USD.
QList<Invoice> skyInvoices()
{
    return {
        // Aug 2025: 60.00 of nodes on a 65.00 service: the 5.00 no line explains is other.
        invoice(QStringLiteral("sky-08"), QDate(2025, 8, 1), usd(6500),
                {service(QStringLiteral("orders-db"), usd(6500), {line(Kind::Nodes, QStringLiteral("2 × sky-4x16"), usd(6000))})}),
        // Sep 2025: compute 80.00; storage 15.00 + 3.00 + 2.00 = 20.00; total 100.00.
        invoice(QStringLiteral("sky-09"), QDate(2025, 9, 1), usd(10000),
                {service(QStringLiteral("orders-db"), usd(10000),
                         {line(Kind::Nodes, QStringLiteral("2 × sky-4x16"), usd(8000)),
                          line(Kind::Storage, QStringLiteral("Storage gp3"), usd(1500)),
                          line(Kind::Iops, QStringLiteral("IOPS"), usd(300)),
                          line(Kind::Throughput, QStringLiteral("Throughput"), usd(200))})}),
        // Oct 2025: compute 90.00 + 15.00 = 105.00; storage 20.00 + 5.00 = 25.00; total 130.00.
        invoice(QStringLiteral("sky-10"), QDate(2025, 10, 1), usd(13000),
                {service(QStringLiteral("orders-db"), usd(11000),
                         {line(Kind::Nodes, QString(), usd(9000)), line(Kind::Storage, QString(), usd(2000))}),
                 service(QStringLiteral("analytics"), usd(2000),
                         {line(Kind::Nodes, QString(), usd(1500)), line(Kind::Storage, QString(), usd(500))})}),
    };
}

// Scalingo-like account, EUR; items repeat the apps, plus a credit; amounts include 20 % VAT.
QList<Invoice> scalingoInvoices()
{
    return {
        // Sep 2025: 40.00 of containers, VAT 8.00: compute 40.00, other 8.00, total 48.00.
        invoice(QStringLiteral("sc-09"), QDate(2025, 9, 1), eur(4800),
                {service(QStringLiteral("shop-front"), eur(4000),
                         {line(Kind::Item, QStringLiteral("web: 2 × M containers"), eur(4000))})},
                {line(Kind::Item, QStringLiteral("Application shop-front"), eur(4000))}),
        // Oct 2025: containers 40.00 + 50.00 = 90.00 compute; addon 30.00 storage;
        // items 40 + 80 − 10 (voucher) = 110.00, VAT 22.00, amount 132.00;
        // other = 132.00 − 120.00 = 12.00 (VAT 22.00 less the 10.00 credit).
        invoice(QStringLiteral("sc-10"), QDate(2025, 10, 1), eur(13200),
                {service(QStringLiteral("shop-front"), eur(4000),
                         {line(Kind::Item, QStringLiteral("web: 2 × M containers"), eur(4000))}),
                 service(QStringLiteral("shop-api"), eur(8000),
                         {line(Kind::Item, QStringLiteral("web: 2 × L containers"), eur(5000)),
                          line(Kind::Item, QStringLiteral("Addon PostgreSQL Business 1G"), eur(3000))})},
                {line(Kind::Item, QStringLiteral("Application shop-front"), eur(4000)),
                 line(Kind::Item, QStringLiteral("Application shop-api"), eur(8000)),
                 line(Kind::Item, QStringLiteral("Voucher WELCOME50"), eur(-1000))}),
    };
}

// Answers at once with invoices whose details are already there, as a cache would.
class FixedSource final : public InvoiceSource
{
public:
    explicit FixedSource(const QList<Invoice> &invoices)
        : m_invoices(invoices)
    {
    }

    void listInvoices(const InvoiceFetch &, QObject *context, const ApiCallback<QList<Invoice>> &done) override
    {
        ApiResult<QList<Invoice>> result;
        result.value = m_invoices;
        if (context)
            done(result);
    }

    void invoiceDetails(const QString &, FetchPolicy, QObject *, const ApiCallback<Invoice> &) override
    {
        QFAIL("details are in the list already");
    }

    void invoiceDocument(const QString &, const QString &, QObject *, const ApiCallback<QString> &) override {}

    QList<Invoice> m_invoices;
};

QList<qint64> rowValues(const MonthlyCostModel &model, int row)
{
    QList<qint64> values;
    for (int column = 0; column < model.columnCount(); ++column)
        values << model.index(row, column).data(MonthlyCostModel::RawValueRole).toLongLong();
    return values;
}

QStringList seriesTitles(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column)
        titles << model.headerData(column, Qt::Horizontal).toString();
    return titles;
}
}

class TestMonthlyCosts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void byCategoryInUsd();
    void byCategoryInEur();
    void byServiceInUsd();
    void byServiceInEurHasOtherForTaxesAndCredits();
    void currenciesMostInvoicesFirst();
    void rangeLastAllCustom();
    void followsRepositoryChanges();
    void categoryOfLines_data();
    void categoryOfLines();
    void breakdownOfOneMonth();

    void movingAverage();
    void movingAverageRoundsHalfAwayFromZero();
    void monthOverMonth();
    void forecastFromMonthToDate();
    void forecastFromBill();
    void forecastFromTrend();
    void monthlyTotalsPerAccountAndCurrency();

    void costsCsv();
    void budgets();

private:
    std::unique_ptr<FixedSource> m_sky;
    std::unique_ptr<FixedSource> m_scalingo;
    std::unique_ptr<InvoiceRepository> m_repository;
    std::unique_ptr<MonthlyCostModel> m_model;
    std::unique_ptr<MonthBreakdownModel> m_breakdown;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_breakdownTester;
};

void TestMonthlyCosts::init()
{
    m_sky = std::make_unique<FixedSource>(skyInvoices());
    m_scalingo = std::make_unique<FixedSource>(scalingoInvoices());
    m_repository = std::make_unique<InvoiceRepository>();
    Account sky;
    sky.id = QStringLiteral("sky");
    sky.displayName = QStringLiteral("Production");
    Account scalingo;
    scalingo.id = QStringLiteral("sc");
    scalingo.displayName = QStringLiteral("Shop");
    scalingo.provider = Provider::Scalingo;
    m_repository->addAccount(sky, m_sky.get());
    m_repository->addAccount(scalingo, m_scalingo.get());

    m_model = std::make_unique<MonthlyCostModel>(m_repository.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_breakdown = std::make_unique<MonthBreakdownModel>(m_repository.get());
    m_breakdownTester = std::make_unique<QAbstractItemModelTester>(m_breakdown.get(),
                                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setReferenceDate(QDate(2025, 11, 15));
    m_model->setRange(MonthRange::last(6));
    m_repository->refreshInvoices();
    QCOMPARE(m_repository->invoices().size(), 5);
}

void TestMonthlyCosts::cleanup()
{
    m_breakdownTester.reset();
    m_modelTester.reset();
    m_breakdown.reset();
    m_model.reset();
    m_repository.reset();
    m_scalingo.reset();
    m_sky.reset();
}

void TestMonthlyCosts::byCategoryInUsd()
{
    m_model->setCurrency(Usd);
    QCOMPARE(m_model->currency(), Usd);
    QCOMPARE(seriesTitles(*m_model),
             (QStringList {QStringLiteral("Compute"), QStringLiteral("Storage"), QStringLiteral("Data transfer"),
                           QStringLiteral("Support"), QStringLiteral("Other")}));
    // Last 6 months up to November 2025: June to November, empty months included.
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->monthAt(0), QDate(2025, 6, 1));
    QCOMPARE(m_model->monthAt(5), QDate(2025, 11, 1));
    QCOMPARE(m_model->index(2, 0).data(MonthlyCostModel::MonthRole).toDate(), QDate(2025, 8, 1));
    QCOMPARE(rowValues(*m_model, 0), (QList<qint64> {0, 0, 0, 0, 0}));
    QCOMPARE(rowValues(*m_model, 2), (QList<qint64> {6000, 0, 0, 0, 500}));
    QCOMPARE(rowValues(*m_model, 3), (QList<qint64> {8000, 2000, 0, 0, 0}));
    QCOMPARE(rowValues(*m_model, 4), (QList<qint64> {10500, 2500, 0, 0, 0}));
    QCOMPARE(rowValues(*m_model, 5), (QList<qint64> {0, 0, 0, 0, 0}));
    QCOMPARE(m_model->monthTotal(4), usd(13000));
    QCOMPARE(m_model->amount(3, 1), usd(2000));
    QCOMPARE(m_model->seriesKey(2), QStringLiteral("data_transfer"));
    QCOMPARE(m_model->index(4, 0).data(MonthlyCostModel::CurrencyRole).toString(), Usd);
    QCOMPARE(m_model->index(4, 0).data(MonthlyCostModel::ChartValueRole).toDouble(), 105.0);
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(m_model->index(4, 0).data().toString(), QStringLiteral("$105.00"));
    QCOMPARE(m_model->headerData(4, Qt::Vertical).toString(), QStringLiteral("Oct 2025"));
}

void TestMonthlyCosts::byCategoryInEur()
{
    m_model->setCurrency(Eur);
    QCOMPARE(m_model->currency(), Eur);
    QCOMPARE(rowValues(*m_model, 3), (QList<qint64> {4000, 0, 0, 0, 800}));    // Sep
    QCOMPARE(rowValues(*m_model, 4), (QList<qint64> {9000, 3000, 0, 0, 1200}));  // Oct
    // Each month adds up to its invoice, VAT and credit included: 132.00.
    QCOMPARE(m_model->monthTotal(4), eur(13200));
    QCOMPARE(m_model->monthTotal(3), eur(4800));
}

void TestMonthlyCosts::byServiceInUsd()
{
    m_model->setCurrency(Usd);
    m_model->setStackBy(MonthlyCostModel::StackBy::Service);
    // orders-db 65 + 100 + 110 = 275.00 before analytics 20.00; nothing is left unexplained.
    QCOMPARE(seriesTitles(*m_model), (QStringList {QStringLiteral("orders-db"), QStringLiteral("analytics")}));
    QCOMPARE(rowValues(*m_model, 2), (QList<qint64> {6500, 0}));
    QCOMPARE(rowValues(*m_model, 3), (QList<qint64> {10000, 0}));
    QCOMPARE(rowValues(*m_model, 4), (QList<qint64> {11000, 2000}));
    QCOMPARE(m_model->seriesKey(1), QStringLiteral("analytics"));
}

void TestMonthlyCosts::byServiceInEurHasOtherForTaxesAndCredits()
{
    m_model->setCurrency(Eur);
    m_model->setStackBy(MonthlyCostModel::StackBy::Service);
    // shop-api 80.00 and shop-front 40 + 40 = 80.00 tie: by name. Then the rest.
    QCOMPARE(seriesTitles(*m_model),
             (QStringList {QStringLiteral("shop-api"), QStringLiteral("shop-front"), QStringLiteral("Other (taxes, credits)")}));
    QCOMPARE(m_model->seriesKey(2), QStringLiteral("other"));
    QCOMPARE(rowValues(*m_model, 3), (QList<qint64> {0, 4000, 800}));
    QCOMPARE(rowValues(*m_model, 4), (QList<qint64> {8000, 4000, 1200}));
    QCOMPARE(m_model->monthTotal(4), eur(13200));
}

void TestMonthlyCosts::currenciesMostInvoicesFirst()
{
    QCOMPARE(m_model->currencies(), (QStringList {Usd, Eur}));
    // No currency asked, or one no invoice has: the most common one, never a mix.
    m_model->setCurrency(QString());
    QCOMPARE(m_model->currency(), Usd);
    m_model->setCurrency(QStringLiteral("JPY"));
    QCOMPARE(m_model->currency(), Usd);
    QCOMPARE(m_model->monthTotal(4), usd(13000));
}

void TestMonthlyCosts::rangeLastAllCustom()
{
    m_model->setCurrency(Usd);
    m_model->setRange(MonthRange::last(12));
    QCOMPARE(m_model->rowCount(), 12);
    QCOMPARE(m_model->monthAt(0), QDate(2024, 12, 1));
    QCOMPARE(m_model->rowOfMonth(QDate(2025, 10, 20)), 10);
    // All: from the first USD invoice (August) to the month in progress.
    m_model->setRange(MonthRange::all());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->monthAt(0), QDate(2025, 8, 1));
    m_model->setCurrency(Eur);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->monthAt(0), QDate(2025, 9, 1));
    // Custom, given backwards and mid-month: September and October.
    m_model->setCurrency(Usd);
    m_model->setRange(MonthRange::custom(QDate(2025, 10, 20), QDate(2025, 9, 3)));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->monthAt(0), QDate(2025, 9, 1));
    QCOMPARE(rowValues(*m_model, 1), (QList<qint64> {10500, 2500, 0, 0, 0}));
    QCOMPARE(m_model->rowOfMonth(QDate(2025, 8, 1)), -1);
}

void TestMonthlyCosts::followsRepositoryChanges()
{
    m_model->setCurrency(Usd);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // A new November invoice reaches the chart through the repository, not a second fetch.
    m_sky->m_invoices.append(invoice(QStringLiteral("sky-11"), QDate(2025, 11, 1), usd(700),
                                     {service(QStringLiteral("orders-db"), usd(700), {line(Kind::Nodes, QString(), usd(700))})}));
    m_repository->refreshInvoices();
    QVERIFY(reset.count() >= 1);
    QCOMPARE(rowValues(*m_model, 5), (QList<qint64> {700, 0, 0, 0, 0}));
    m_repository->removeAccount(QStringLiteral("sky"));
    QCOMPARE(m_model->currency(), Eur);
}

void TestMonthlyCosts::categoryOfLines_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("description");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<BillCostCategory>("category");
    QTest::newRow("nodes") << int(Kind::Nodes) << QString() << qint64(100) << BillCostCategory::Compute;
    QTest::newRow("storage") << int(Kind::Storage) << QString() << qint64(100) << BillCostCategory::Storage;
    QTest::newRow("iops") << int(Kind::Iops) << QString() << qint64(100) << BillCostCategory::Storage;
    QTest::newRow("throughput") << int(Kind::Throughput) << QString() << qint64(100) << BillCostCategory::Storage;
    QTest::newRow("container") << int(Kind::Item) << QStringLiteral("worker: 1 × M container") << qint64(100)
                               << BillCostCategory::Compute;
    QTest::newRow("one-off") << int(Kind::Item) << QStringLiteral("one-off: M container") << qint64(100)
                             << BillCostCategory::Compute;
    QTest::newRow("addon") << int(Kind::Item) << QStringLiteral("Addon Redis Starter 256M") << qint64(100)
                           << BillCostCategory::Storage;
    QTest::newRow("unknown") << int(Kind::Item) << QStringLiteral("Premium support plan") << qint64(100)
                             << BillCostCategory::Other;
    QTest::newRow("credit") << int(Kind::Item) << QStringLiteral("Referral credit container") << qint64(-100)
                            << BillCostCategory::Other;
}

void TestMonthlyCosts::categoryOfLines()
{
    QFETCH(int, kind);
    QFETCH(QString, description);
    QFETCH(qint64, cents);
    QFETCH(BillCostCategory, category);
    QCOMPARE(CostAggregation::lineCategory(line(static_cast<Kind>(kind), description, eur(cents))), category);
}

void TestMonthlyCosts::breakdownOfOneMonth()
{
    m_breakdown->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_breakdown->setMonth(QDate(2025, 10, 9), Usd);
    QCOMPARE(m_breakdown->month(), QDate(2025, 10, 1));
    QCOMPARE(m_breakdown->rowCount(), 2);
    QCOMPARE(m_breakdown->index(0, MonthBreakdownModel::ServiceColumn).data().toString(), QStringLiteral("orders-db"));
    QCOMPARE(m_breakdown->index(0, MonthBreakdownModel::AccountColumn).data().toString(), QStringLiteral("Production"));
    QCOMPARE(m_breakdown->index(0, MonthBreakdownModel::AmountColumn).data(MonthBreakdownModel::RawValueRole).toLongLong(), 11000);
    QCOMPARE(m_breakdown->index(0, MonthBreakdownModel::AmountColumn).data().toString(), QStringLiteral("$110.00"));
    // 110 / 130 = 84.6 %, 20 / 130 = 15.4 %.
    QCOMPARE(m_breakdown->index(0, MonthBreakdownModel::ShareColumn).data(MonthBreakdownModel::RawValueRole).toLongLong(), 846);
    QCOMPARE(m_breakdown->index(1, MonthBreakdownModel::ShareColumn).data().toString(), QStringLiteral("15.4 %"));
    QCOMPARE(m_breakdown->total(), usd(13000));

    m_breakdown->setMonth(QDate(2025, 10, 1), Eur);
    QCOMPARE(m_breakdown->rowCount(), 3);
    QCOMPARE(m_breakdown->index(2, MonthBreakdownModel::ServiceColumn).data().toString(),
             QStringLiteral("Other (taxes, credits)"));
    QCOMPARE(m_breakdown->index(2, MonthBreakdownModel::AmountColumn).data(MonthBreakdownModel::RawValueRole).toLongLong(), 1200);
    QCOMPARE(m_breakdown->total(), eur(13200));

    m_breakdown->setMonth(QDate(2025, 11, 1), Usd);
    QCOMPARE(m_breakdown->rowCount(), 0);
    QCOMPARE(m_breakdown->total(), usd(0));
}

void TestMonthlyCosts::movingAverage()
{
    // 100.00, 130.00, 160.00 → (100 + 130 + 160) / 3 = 130.00 at the third month only.
    const auto averages = CostTrend::movingAverage({usd(10000), usd(13000), usd(16000), usd(10000)});
    QCOMPARE(averages.size(), 4);
    QVERIFY(!averages.at(0));
    QVERIFY(!averages.at(1));
    QCOMPARE(*averages.at(2), usd(13000));
    // (130 + 160 + 100) / 3 = 130.00
    QCOMPARE(*averages.at(3), usd(13000));
    // 65.00, 100.00, 130.00 → 295 / 3 = 98.333… → 98.33
    QCOMPARE(*CostTrend::movingAverage({usd(6500), usd(10000), usd(13000)}).at(2), usd(9833));
}

void TestMonthlyCosts::movingAverageRoundsHalfAwayFromZero()
{
    // 0.01 + 0.02 over 2 = 0.015 → 0.02; −0.015 → −0.02; 0.02 / 3 = 0.00667 → 0.01.
    QCOMPARE(*CostTrend::movingAverage({usd(1), usd(2)}, 2).at(1), usd(2));
    QCOMPARE(*CostTrend::movingAverage({usd(-1), usd(-2)}, 2).at(1), usd(-2));
    QCOMPARE(*CostTrend::movingAverage({usd(1), usd(1), usd(0)}).at(2), usd(1));
    QCOMPARE(*CostTrend::movingAverage({usd(1), usd(0), usd(0)}).at(2), usd(0));
}

void TestMonthlyCosts::monthOverMonth()
{
    // 100 → 130: +30.00 %; 130 → 160: 30 / 130 = 23.0769 → +23.08 %; 160 → 120: −25.00 %.
    QCOMPARE(*CostTrend::monthOverMonthPercent(usd(10000), usd(13000)), 30.0);
    QCOMPARE(*CostTrend::monthOverMonthPercent(usd(13000), usd(16000)), 23.08);
    QCOMPARE(*CostTrend::monthOverMonthPercent(usd(16000), usd(12000)), -25.0);
    QVERIFY(!CostTrend::monthOverMonthPercent(usd(0), usd(12000)));
    QVERIFY(!CostTrend::monthOverMonthPercent(usd(100), eur(12000)));
    QCOMPARE(CostTrend::formatPercent(23.08), QStringLiteral("+23.08 %"));
    QCOMPARE(CostTrend::formatPercent(-25.0), QStringLiteral("\u221225.00 %"));
    QCOMPARE(CostTrend::formatPercent(0), QStringLiteral("0.00 %"));
    // The decimal separator is the reader's.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString french = CostTrend::formatPercent(23.08);
    QLocale::setDefault(before);
    QCOMPARE(french, QStringLiteral("+23,08 %"));
}

void TestMonthlyCosts::forecastFromMonthToDate()
{
    // 12.34 over 10 of 30 days: 12.34 × 30 / 10 = 37.02.
    QCOMPARE(*CostTrend::forecastFromMonthToDate(usd(1234), 10, 30), usd(3702));
    // 10.00 over 7 of 30 days: 42.857… → 42.86.
    QCOMPARE(*CostTrend::forecastFromMonthToDate(usd(1000), 7, 30), usd(4286));
    // 100.00 over 12.5 of 31 days: 248.00.
    QCOMPARE(*CostTrend::forecastFromMonthToDate(usd(10000), 12.5, 31), usd(24800));
    // A whole month (or a provider counting past it) is the month.
    QCOMPARE(*CostTrend::forecastFromMonthToDate(usd(10000), 31, 30), usd(10000));
    QVERIFY(!CostTrend::forecastFromMonthToDate(usd(1234), 0, 30));
    QVERIFY(!CostTrend::forecastFromMonthToDate(Money(), 10, 30));
}

void TestMonthlyCosts::forecastFromBill()
{
    Bill bill;
    bill.month = QDate(2025, 11, 1);  // 30 days
    bill.total = usd(1234);
    bill.usageDays = 10;
    QCOMPARE(*CostTrend::forecastFromBill(bill), usd(3702));
    bill.month = QDate(2025, 12, 1);  // 31 days: 12.34 × 31 / 10 = 38.254 → 38.25
    QCOMPARE(*CostTrend::forecastFromBill(bill), usd(3825));
    bill.month = QDate();
    QVERIFY(!CostTrend::forecastFromBill(bill));
}

void TestMonthlyCosts::forecastFromTrend()
{
    const QDate november(2025, 11, 1);
    // (65.00 + 100.00 + 130.00) / 3 = 98.33
    const QMap<QDate, Money> totals {{QDate(2025, 8, 1), usd(6500)}, {QDate(2025, 9, 1), usd(10000)},
                                     {QDate(2025, 10, 1), usd(13000)}};
    QCOMPARE(*CostTrend::forecastFromTrend(totals, november), usd(9833));
    // Two months of history are not a three-month trend.
    QVERIFY(!CostTrend::forecastFromTrend({{QDate(2025, 9, 1), usd(10000)}, {QDate(2025, 10, 1), usd(13000)}}, november));
    // A quiet month inside the history counts as zero: (0 + 0 + 120.00) / 3 = 40.00.
    QCOMPARE(*CostTrend::forecastFromTrend({{QDate(2025, 7, 1), usd(9000)}, {QDate(2025, 10, 1), usd(12000)}}, november),
             usd(4000));
    QVERIFY(!CostTrend::forecastFromTrend({}, november));
}

void TestMonthlyCosts::monthlyTotalsPerAccountAndCurrency()
{
    const QList<Invoice> &invoices = m_repository->invoices();
    const QMap<QDate, Money> sky = CostTrend::monthlyTotals(invoices, QStringLiteral("sky"), Usd);
    QCOMPARE(sky, (QMap<QDate, Money> {{QDate(2025, 8, 1), usd(6500)}, {QDate(2025, 9, 1), usd(10000)},
                                       {QDate(2025, 10, 1), usd(13000)}}));
    QVERIFY(CostTrend::monthlyTotals(invoices, QStringLiteral("sky"), Eur).isEmpty());
    QCOMPARE(CostTrend::monthlyTotals(invoices, QStringLiteral("sc"), Eur).value(QDate(2025, 10, 1)), eur(13200));
}

void TestMonthlyCosts::costsCsv()
{
    const QByteArray csv = CostExport::toCsv(m_repository->invoices(), [this](const QString &accountId) {
        return m_repository->account(accountId).displayName;
    });
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(lines.first(), QByteArray("account,month,category,amount,currency\r"));
    // Five categories for each account's month: 3 + 2 months.
    QCOMPARE(lines.size() - 2, 25);
    QVERIFY(csv.contains("Production,2025-08,compute,60.00,USD\r\n"));
    QVERIFY(csv.contains("Production,2025-08,other,5.00,USD\r\n"));
    QVERIFY(csv.contains("Production,2025-10,storage,25.00,USD\r\n"));
    QVERIFY(csv.contains("Production,2025-10,data_transfer,0.00,USD\r\n"));
    QVERIFY(csv.contains("Shop,2025-10,compute,90.00,EUR\r\n"));
    QVERIFY(csv.contains("Shop,2025-10,storage,30.00,EUR\r\n"));
    QVERIFY(csv.contains("Shop,2025-10,other,12.00,EUR\r\n"));
    // Months ascending within an account.
    QVERIFY(csv.indexOf("Production,2025-08") < csv.indexOf("Production,2025-09"));
}

void TestMonthlyCosts::budgets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("budgets.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        BudgetStore store(&settings);
        QSignalSpy changed(&store, &BudgetStore::budgetChanged);
        QVERIFY(!store.budget(QStringLiteral("sky")));
        QVERIFY(store.setBudget(QStringLiteral("sky"), usd(150000)));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!store.setBudget(QStringLiteral("sky"), usd(-1)));
        QVERIFY(!store.setBudget(QStringLiteral("sky"), Money(100, QString())));
        QVERIFY(!store.setBudget(QString(), usd(100)));
        QVERIFY(store.setBudget(QStringLiteral("sc"), eur(9000)));
        store.clearBudget(QStringLiteral("sc"));
        QVERIFY(!store.budget(QStringLiteral("sc")));
    }
    // Read back by another store, as at the next start.
    QSettings settings(path, QSettings::IniFormat);
    BudgetStore store(&settings);
    QCOMPARE(*store.budget(QStringLiteral("sky")), usd(150000));
    // A hand-edited, unreadable entry is no budget rather than a wrong one.
    settings.setValue(QStringLiteral("budgets/broken/minorUnits"), QStringLiteral("lots"));
    settings.setValue(QStringLiteral("budgets/broken/currency"), Usd);
    QVERIFY(!store.budget(QStringLiteral("broken")));
}

QTEST_GUILESS_MAIN(TestMonthlyCosts)
#include "tst_monthlycosts.moc"
