// The Overview and Price catalogue models: the credit ledger's running balance, the commit
// ledger, contracts with their entitlements, the price filter and the cost estimator's
// rounding, each under a QAbstractItemModelTester held for the whole test.

#include "catalog/costestimator.h"
#include "catalog/pricemodel.h"
#include "overview/commitledgermodel.h"
#include "overview/contractmodel.h"
#include "overview/ledgermodel.h"

#include <QAbstractItemModelTester>
#include <cmath>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace
{
LedgerEntry entry(const QString &id, const QString &when, qint64 cents, const QString &type,
                  const QString &currency = QStringLiteral("USD"))
{
    LedgerEntry result;
    result.id = id;
    result.createdAtText = when;
    result.createdAt = QDateTime::fromString(when, Qt::ISODate);
    result.amount = Money(cents, currency);
    result.type = type;
    result.reason = type + QStringLiteral(" ") + id;
    result.batch = 1;
    return result;
}

Price price(const QString &id, const QString &offeringId, const QString &meterId, const QString &unit,
            const QMap<QString, QString> &dimensions, double perHour, double perMonth)
{
    Price result;
    result.id = id;
    result.type = QStringLiteral("flat");
    result.dimensions = dimensions;
    result.meter.id = meterId;
    result.meter.offeringId = offeringId;
    result.meter.name = meterId;
    result.meter.label = meterId;
    result.meter.unit = unit;
    result.price.currency = QStringLiteral("USD");
    result.price.pricePerHour = perHour;
    result.price.pricePerMonth = perMonth;
    return result;
}

QMap<QString, QString> dims(const QString &provider, const QString &topology, const QString &tier,
                            const QString &size = QString())
{
    QMap<QString, QString> result{{QStringLiteral("provider"), provider},
                                  {QStringLiteral("product"), QStringLiteral("mariadb-enterprise-server")},
                                  {QStringLiteral("topology"), topology},
                                  {QStringLiteral("tier"), tier}};
    if (!size.isEmpty())
        result.insert(QStringLiteral("size"), size);
    return result;
}

QList<Price> samplePrices()
{
    return {
        price(QStringLiteral("p1"), QStringLiteral("prov"), QStringLiteral("compute"), QStringLiteral("hour"),
              dims(QStringLiteral("aws"), QStringLiteral("es-single"), QStringLiteral("foundation"), QStringLiteral("sky-2x8")),
              0.274, 200.02),
        price(QStringLiteral("p2"), QStringLiteral("prov"), QStringLiteral("compute"), QStringLiteral("hour"),
              dims(QStringLiteral("gcp"), QStringLiteral("galera"), QStringLiteral("power"), QStringLiteral("sky-4x16")),
              0.604, 440.92),
        price(QStringLiteral("p3"), QStringLiteral("prov"), QStringLiteral("storage"), QStringLiteral("GB-month"),
              dims(QStringLiteral("aws"), QStringLiteral("es-single"), QStringLiteral("power")), 0.000171, 0.125),
        price(QStringLiteral("p4"), QStringLiteral("sls"), QStringLiteral("sls-compute"), QStringLiteral("SCU-hour"),
              dims(QStringLiteral("aws"), QStringLiteral("serverless"), QStringLiteral("power")), 0.11, 80.3),
    };
}
}

class TestOverviewModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledgerRunningBalance();
    void ledgerBalancesPerCurrency();
    void commitLedger();
    void contractTree();
    void priceModelAndFilter();
    void rateFormatting();
    void estimatorHourlyAndMonthly();
    void estimatorRoundsOncePerLine();
    void estimatorRefusesBadInput();
    void estimatorTotalsPerCurrencyAndEdits();
};

void TestOverviewModels::ledgerRunningBalance()
{
    LedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    // Out of order, as a provider may send them; two entries at the same instant keep their order.
    model.setEntries({
        entry(QStringLiteral("c"), QStringLiteral("2025-03-31T23:59:59Z"), -45012, QStringLiteral("usage")),
        entry(QStringLiteral("a"), QStringLiteral("2025-01-01T09:00:00Z"), 50000, QStringLiteral("trial")),
        entry(QStringLiteral("b"), QStringLiteral("2025-02-01T09:00:00Z"), 2000000, QStringLiteral("purchase")),
        entry(QStringLiteral("d"), QStringLiteral("2025-03-31T23:59:59Z"), -1, QStringLiteral("usage")),
    });
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entryAt(0).id, QStringLiteral("a"));
    QCOMPARE(model.entryAt(2).id, QStringLiteral("c"));
    QCOMPARE(model.entryAt(3).id, QStringLiteral("d"));
    QCOMPARE(model.balanceAt(0), Money(50000, QStringLiteral("USD")));
    QCOMPARE(model.balanceAt(1), Money(2050000, QStringLiteral("USD")));
    QCOMPARE(model.balanceAt(2), Money(2004988, QStringLiteral("USD")));
    QCOMPARE(model.balanceAt(3), Money(2004987, QStringLiteral("USD")));
    QCOMPARE(model.currentBalance(QStringLiteral("USD")), Money(2004987, QStringLiteral("USD")));
    QCOMPARE(model.index(3, LedgerModel::BalanceColumn).data().toString(), QStringLiteral("$20,049.87"));
    QCOMPARE(model.index(2, LedgerModel::AmountColumn).data().toString(),
             Money(-45012, QStringLiteral("USD")).format(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(model.index(2, LedgerModel::AmountColumn).data(LedgerModel::RawValueRole).toLongLong(), -45012);
    QCOMPARE(model.index(1, LedgerModel::BalanceColumn).data(LedgerModel::RawValueRole).toLongLong(), 2050000);
    QCOMPARE(model.index(1, LedgerModel::TypeColumn).data().toString(), QStringLiteral("Purchase"));
    QCOMPARE(model.index(0, LedgerModel::DateColumn).data(LedgerModel::RawValueRole).toDateTime(),
             QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.currentBalance(QStringLiteral("USD")), Money(0, QStringLiteral("USD")));
}

void TestOverviewModels::ledgerBalancesPerCurrency()
{
    LedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({
        entry(QStringLiteral("u1"), QStringLiteral("2025-01-01T00:00:00Z"), 10000, QStringLiteral("purchase")),
        entry(QStringLiteral("e1"), QStringLiteral("2025-01-02T00:00:00Z"), 5000, QStringLiteral("purchase"), QStringLiteral("EUR")),
        entry(QStringLiteral("u2"), QStringLiteral("2025-01-03T00:00:00Z"), -2500, QStringLiteral("usage")),
        entry(QStringLiteral("e2"), QStringLiteral("2025-01-04T00:00:00Z"), -100, QStringLiteral("usage"), QStringLiteral("EUR")),
    });
    // Each row's balance is its own currency's: never a sum across currencies.
    QCOMPARE(model.balanceAt(1), Money(5000, QStringLiteral("EUR")));
    QCOMPARE(model.balanceAt(2), Money(7500, QStringLiteral("USD")));
    QCOMPARE(model.balanceAt(3), Money(4900, QStringLiteral("EUR")));
    QCOMPARE(model.currentBalance(QStringLiteral("USD")), Money(7500, QStringLiteral("USD")));
    QCOMPARE(model.currentBalance(QStringLiteral("EUR")), Money(4900, QStringLiteral("EUR")));
    QCOMPARE(model.currencies(), (QStringList{QStringLiteral("USD"), QStringLiteral("EUR")}));
    QCOMPARE(model.index(3, LedgerModel::BalanceColumn).data(LedgerModel::CurrencyRole).toString(), QStringLiteral("EUR"));
}

void TestOverviewModels::commitLedger()
{
    CommitLedgerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    PostpaidCommitEntry older;
    older.id = QStringLiteral("pcl_1");
    older.period = QStringLiteral("2025-01");
    older.minComputeCommit = Money(150000, QStringLiteral("USD"));
    older.invoiceAmount = Money(120050, QStringLiteral("USD"));
    older.unusedComputeCommit = Money(29950, QStringLiteral("USD"));
    PostpaidCommitEntry newer = older;
    newer.id = QStringLiteral("pcl_2");
    newer.period = QStringLiteral("2025-02");
    newer.invoiceAmount = Money(180000, QStringLiteral("USD"));
    newer.unusedComputeCommit = Money(0, QStringLiteral("USD"));
    model.setEntries({older, newer});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entryAt(0).id, QStringLiteral("pcl_2"));  // newest first
    QCOMPARE(model.index(0, CommitLedgerModel::PeriodColumn).data().toString(), QStringLiteral("February 2025"));
    QCOMPARE(model.index(0, CommitLedgerModel::PeriodColumn).data(CommitLedgerModel::RawValueRole).toDate(), QDate(2025, 2, 1));
    QCOMPARE(model.index(1, CommitLedgerModel::MinimumCommitColumn).data().toString(), QStringLiteral("$1,500.00"));
    QCOMPARE(model.index(1, CommitLedgerModel::UsedColumn).data().toString(), QStringLiteral("$1,200.50"));
    QCOMPARE(model.index(1, CommitLedgerModel::UnusedColumn).data(CommitLedgerModel::RawValueRole).toLongLong(), 29950);
    QCOMPARE(model.headerData(CommitLedgerModel::UsedColumn, Qt::Horizontal).toString(), QStringLiteral("Used (invoiced)"));
}

void TestOverviewModels::contractTree()
{
    ContractModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    Contract commit;
    commit.id = QStringLiteral("ctr-commit");
    commit.billingMode = QStringLiteral("postpaid");
    commit.state = QStringLiteral("active");
    commit.startDate = QDate(2024, 1, 1);
    commit.endDate = QDate(2024, 12, 31);
    commit.estimatedContractCommit = Money(1800000, QStringLiteral("USD"));
    commit.estimatedContractValue = Money(2100000, QStringLiteral("USD"));
    Entitlement minimum;
    minimum.id = QStringLiteral("ent-1");
    minimum.entitlementId = QStringLiteral("min-compute-commit");
    minimum.startDate = QDate(2024, 1, 1);
    minimum.spec = QJsonObject{{QStringLiteral("min_compute_commit"), 1500}, {QStringLiteral("support_type"), QStringLiteral("enterprise")}};
    Entitlement support = minimum;
    support.id = QStringLiteral("ent-2");
    support.entitlementId = QStringLiteral("support");
    commit.entitlements = {minimum, support};
    Contract prepaid;
    prepaid.id = QStringLiteral("ctr-prepaid");
    prepaid.billingMode = QStringLiteral("prepaid");
    prepaid.endDateText = QStringLiteral("open-ended");
    model.setContracts({commit, prepaid});

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.rowCount(first), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    QCOMPARE(model.index(0, ContractModel::DetailColumn).data().toString(), QStringLiteral("Postpaid"));
    QCOMPARE(model.index(0, ContractModel::CommitColumn).data().toString(), QStringLiteral("$18,000.00"));
    QCOMPARE(model.index(0, ContractModel::ValueColumn).data(ContractModel::RawValueRole).toLongLong(), 2100000);
    QCOMPARE(model.index(0, ContractModel::StartColumn).data(ContractModel::RawValueRole).toDate(), QDate(2024, 1, 1));
    QCOMPARE(model.index(1, ContractModel::EndColumn).data().toString(), QStringLiteral("open-ended"));
    const QModelIndex child = model.index(0, ContractModel::NameColumn, first);
    QCOMPARE(child.data().toString(), QStringLiteral("min-compute-commit"));
    QCOMPARE(child.data(ContractModel::IsEntitlementRole).toBool(), true);
    QCOMPARE(model.parent(child), first);
    QCOMPARE(model.index(0, ContractModel::DetailColumn, first).data().toString(),
             QStringLiteral("Minimum compute commitment of 1,500; Enterprise support"));
    QCOMPARE(model.index(1, ContractModel::NameColumn, first).data().toString(), QStringLiteral("support"));
    // Entitlements have no children of their own.
    QCOMPARE(model.rowCount(child), 0);
}

void TestOverviewModels::priceModelAndFilter()
{
    PriceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setOfferings({{QStringLiteral("prov"), QStringLiteral("SkySQL Provisioned"), QString(), QString()},
                        {QStringLiteral("sls"), QStringLiteral("SkySQL Serverless"), QString(), QString()}});
    model.setPrices(samplePrices());
    PriceFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, PriceModel::OfferingColumn).data().toString(), QStringLiteral("SkySQL Provisioned"));
    QCOMPARE(model.index(0, PriceModel::ProviderColumn).data().toString(), QStringLiteral("AWS"));
    QCOMPARE(model.index(0, PriceModel::VariantColumn).data().toString(), QStringLiteral("sky-2x8"));
    QCOMPARE(model.index(0, PriceModel::PerHourColumn).data().toString(), QStringLiteral("$0.274"));
    QCOMPARE(model.index(0, PriceModel::PerMonthColumn).data().toString(), QStringLiteral("$200.02"));
    QCOMPARE(model.index(2, PriceModel::PerHourColumn).data(PriceModel::RawValueRole).toDouble(), 0.000171);
    QCOMPARE(model.dimensionValues(QStringLiteral("provider")), (QStringList{QStringLiteral("aws"), QStringLiteral("gcp")}));
    QCOMPARE(model.dimensionValues(QStringLiteral("tier")), (QStringList{QStringLiteral("foundation"), QStringLiteral("power")}));

    QCOMPARE(filter.rowCount(), 4);
    filter.setOfferingId(QStringLiteral("prov"));
    QCOMPARE(filter.rowCount(), 3);
    filter.setDimensionFilter(QStringLiteral("provider"), QStringLiteral("aws"));
    QCOMPARE(filter.rowCount(), 2);
    filter.setDimensionFilter(QStringLiteral("tier"), QStringLiteral("power"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(PriceModel::PriceIdRole).toString(), QStringLiteral("p3"));
    filter.setDimensionFilter(QStringLiteral("tier"), QString());
    filter.setMeterId(QStringLiteral("compute"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(PriceModel::PriceIdRole).toString(), QStringLiteral("p1"));
    filter.setMeterId(QString());
    filter.setDimensionFilter(QStringLiteral("provider"), QString());
    filter.setDimensionFilter(QStringLiteral("topology"), QStringLiteral("galera"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(PriceModel::PriceIdRole).toString(), QStringLiteral("p2"));
    filter.setDimensionFilter(QStringLiteral("topology"), QString());
    // Sorting goes by the raw rate, not by the text.
    filter.sort(PriceModel::PerHourColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data(PriceModel::PriceIdRole).toString(), QStringLiteral("p2"));
    QCOMPARE(filter.index(2, 0).data(PriceModel::PriceIdRole).toString(), QStringLiteral("p3"));
    QCOMPARE(model.rowOfPrice(QStringLiteral("p4")), -1 + 4);
    QCOMPARE(model.rowOfPrice(QStringLiteral("nope")), -1);
}

void TestOverviewModels::rateFormatting()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(PriceModel::formatRate(0.0042, QStringLiteral("USD"), us), QStringLiteral("$0.0042"));
    QCOMPARE(PriceModel::formatRate(100.0, QStringLiteral("USD"), us), QStringLiteral("$100.00"));
    QCOMPARE(PriceModel::formatRate(0.000171, QStringLiteral("USD"), us), QStringLiteral("$0.000171"));
    QCOMPARE(PriceModel::formatRate(1.5, QStringLiteral("EUR"), us), QStringLiteral("€1.50"));
    Price tiered = samplePrices().at(2);
    tiered.startRange = 3000;
    QCOMPARE(PriceModel::rangeText(tiered, us), QStringLiteral("from 3,000 GB-month"));
    tiered.startRange = 0;
    tiered.endRange = 125;
    QCOMPARE(PriceModel::rangeText(tiered, us), QStringLiteral("0 – 125 GB-month"));
}

void TestOverviewModels::estimatorHourlyAndMonthly()
{
    CostEstimator estimator;
    QAbstractItemModelTester tester(&estimator, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy totalChanged(&estimator, &CostEstimator::totalChanged);
    QCOMPARE(estimator.hoursPerMonth(), 730);
    const QList<Price> prices = samplePrices();
    // 0.274 $/h × 3 nodes × 730 h = 600.06 exactly.
    QVERIFY(estimator.addPrice(prices.at(0), 3));
    QCOMPARE(estimator.lineCost(0), Money(60006, QStringLiteral("USD")));
    // A monthly unit ignores the hours: 0.125 $/GB-month × 100 GB = 12.50.
    QVERIFY(estimator.addPrice(prices.at(2), 100));
    QCOMPARE(estimator.lineCost(1), Money(1250, QStringLiteral("USD")));
    // SCU-hour is hourly: 0.11 × 2.5 × 730 = 200.75.
    QVERIFY(estimator.addPrice(prices.at(3), 2.5));
    QCOMPARE(estimator.lineCost(2), Money(20075, QStringLiteral("USD")));
    QCOMPARE(estimator.monthlyTotal(QStringLiteral("USD")), Money(60006 + 1250 + 20075, QStringLiteral("USD")));
    QCOMPARE(totalChanged.count(), 3);

    // The Galera fabric is billed per node-hour with the node.
    Price galera = prices.at(1);
    galera.price.scaleFabricPricePerHour = 0.05;
    Money cost;
    QVERIFY(CostEstimator::monthlyCost(galera, 3, 730, &cost));
    QCOMPARE(cost, Money(qint64((604 + 50) * 3 * 730 / 10), QStringLiteral("USD")));  // 1432.26

    // Fewer hours: every hourly line follows, the monthly one does not.
    QVERIFY(estimator.setHoursPerMonth(720));
    QCOMPARE(estimator.lineCost(0), Money(59184, QStringLiteral("USD")));
    QCOMPARE(estimator.lineCost(1), Money(1250, QStringLiteral("USD")));
    QCOMPARE(estimator.lineCost(2), Money(19800, QStringLiteral("USD")));
    QVERIFY(!estimator.setHoursPerMonth(0));
    QVERIFY(!estimator.setHoursPerMonth(745));
    QCOMPARE(estimator.hoursPerMonth(), 720);
    QCOMPARE(estimator.index(0, CostEstimator::MonthlyCostColumn).data(CostEstimator::RawValueRole).toLongLong(), 59184);
}

void TestOverviewModels::estimatorRoundsOncePerLine()
{
    Price monthly = samplePrices().at(2);
    Money cost;
    // 1.005 is 1.00499999999999989... as a double: multiplying by 100 and rounding gives 100
    // cents; the rule converts the rate to millionths first (1005000), then rounds once: 101.
    monthly.price.pricePerMonth = 1.005;
    QVERIFY(CostEstimator::monthlyCost(monthly, 1, 730, &cost));
    QCOMPARE(cost, Money(101, QStringLiteral("USD")));
    // Half a cent rounds away from zero; just below half rounds down.
    monthly.price.pricePerMonth = 0.000005;
    QVERIFY(CostEstimator::monthlyCost(monthly, 1000, 730, &cost));
    QCOMPARE(cost, Money(1, QStringLiteral("USD")));  // 0.005 → 0.01
    QVERIFY(CostEstimator::monthlyCost(monthly, 999, 730, &cost));
    QCOMPARE(cost, Money(0, QStringLiteral("USD")));  // 0.004995 → 0.00
    // Sub-cent hourly rates add up before rounding, not per hour: 0.0042 × 730 = 3.066 → 3.07.
    Price hourly = samplePrices().at(0);
    hourly.price.pricePerHour = 0.0042;
    QVERIFY(CostEstimator::monthlyCost(hourly, 1, 730, &cost));
    QCOMPARE(cost, Money(307, QStringLiteral("USD")));
    // Fractional quantities keep three decimals: 0.125 × 10.5 GB = 1.3125 → 1.31.
    QVERIFY(CostEstimator::monthlyCost(samplePrices().at(2), 10.5, 730, &cost));
    QCOMPARE(cost, Money(131, QStringLiteral("USD")));
    // A currency without minor units rounds to whole units.
    Price yen = samplePrices().at(2);
    yen.price.currency = QStringLiteral("JPY");
    yen.price.pricePerMonth = 12.5;
    QVERIFY(CostEstimator::monthlyCost(yen, 1, 730, &cost));
    QCOMPARE(cost, Money(13, QStringLiteral("JPY")));
}

void TestOverviewModels::estimatorRefusesBadInput()
{
    CostEstimator estimator;
    QAbstractItemModelTester tester(&estimator, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(!estimator.addPrice(samplePrices().at(0), -1, &error));
    QCOMPARE(error, QStringLiteral("The quantity cannot be negative."));
    QVERIFY(!estimator.addPrice(samplePrices().at(0), std::nan(""), &error));
    QCOMPARE(error, QStringLiteral("The quantity is not a number."));
    QVERIFY(!estimator.addPrice(samplePrices().at(0), 1e8, &error));
    QVERIFY(error.startsWith(QStringLiteral("The quantity is larger than")));
    Price broken = samplePrices().at(0);
    broken.price.pricePerHour = -3;
    QVERIFY(!estimator.addPrice(broken, 1, &error));
    QVERIFY(error.contains(QStringLiteral("p1")));
    QCOMPARE(estimator.rowCount(), 0);
    QVERIFY(estimator.monthlyTotals().isEmpty());
}

void TestOverviewModels::estimatorTotalsPerCurrencyAndEdits()
{
    CostEstimator estimator;
    QAbstractItemModelTester tester(&estimator, QAbstractItemModelTester::FailureReportingMode::QtTest);
    estimator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    Price euro = samplePrices().at(2);
    euro.price.currency = QStringLiteral("EUR");
    QVERIFY(estimator.addPrice(samplePrices().at(2), 8));  // $1.00
    QVERIFY(estimator.addPrice(euro, 16));                  // €2.00
    QVERIFY(estimator.addPrice(samplePrices().at(2), 4));  // $0.50
    const QList<Money> totals = estimator.monthlyTotals();
    QCOMPARE(totals, (QList<Money>{Money(150, QStringLiteral("USD")), Money(200, QStringLiteral("EUR"))}));
    QCOMPARE(estimator.monthlyTotal(QStringLiteral("EUR")), Money(200, QStringLiteral("EUR")));

    // The quantity column is editable; a bad value is refused and changes nothing.
    const QModelIndex quantity = estimator.index(0, CostEstimator::QuantityColumn);
    QVERIFY(estimator.flags(quantity).testFlag(Qt::ItemIsEditable));
    QVERIFY(!estimator.flags(estimator.index(0, CostEstimator::RateColumn)).testFlag(Qt::ItemIsEditable));
    QSignalSpy totalChanged(&estimator, &CostEstimator::totalChanged);
    QVERIFY(estimator.setData(quantity, 80.0));
    QCOMPARE(estimator.lineCost(0), Money(1000, QStringLiteral("USD")));
    QCOMPARE(totalChanged.count(), 1);
    QVERIFY(!estimator.setData(quantity, -2.0));
    QVERIFY(!estimator.setData(quantity, QStringLiteral("lots")));
    QCOMPARE(estimator.quantityAt(0), 80.0);
    QCOMPARE(estimator.index(0, CostEstimator::MonthlyCostColumn).data().toString(), QStringLiteral("$10.00"));
    QCOMPARE(estimator.index(0, CostEstimator::RateColumn).data().toString(), QStringLiteral("$0.125/GB-month"));

    estimator.removeLine(0);
    QCOMPARE(estimator.rowCount(), 2);
    QCOMPARE(estimator.monthlyTotal(QStringLiteral("USD")), Money(50, QStringLiteral("USD")));
    estimator.clear();
    QCOMPARE(estimator.rowCount(), 0);
    QCOMPARE(estimator.monthlyTotal(QStringLiteral("USD")), Money(0, QStringLiteral("USD")));
}

QTEST_GUILESS_MAIN(TestOverviewModels)
#include "tst_overviewmodels.moc"
