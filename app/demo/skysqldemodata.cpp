#include "skysqldemodata.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTime>

// Rates in 1/10000 USD; costs rounded half up to the cent once per line, never re-rounded
// when summed.
static qint64 costInCents(qint64 quantity, qint64 rateE4)
{
    return (quantity * rateE4 + 50) / 100;
}

// vCPUs of a "sky-<vcpu>x<memory>" size: SkySQL compute units are counted per vCPU-hour.
static int vcpusOfSize(const QString &size)
{
    const QString dimensions = size.section(u'-', 1);
    return dimensions.section(u'x', 0, 0).toInt();
}

static SkySqlDemoNodeLine nodeLine(const QString &size, int activeNodes, qint64 rateE4,
                                   int usageDays)
{
    SkySqlDemoNodeLine line;
    line.size = size;
    line.activeNodes = activeNodes;
    const qint64 hours = qint64(usageDays) * 24 * activeNodes;
    line.usage = SkySqlDemoCharge::metered(hours, rateE4, QStringLiteral("hours"),
                                           QStringLiteral("hour"));
    return line;
}

// Storage is billed per month held; the month to date pays for the days so far.
struct StorageQuantities final
{
    qint64 gigabytes = 0;
    qint64 iops = 0;
    qint64 throughput = 0;
};

struct StorageRates final
{
    qint64 gigabyteE4 = 0;
    qint64 iopsE4 = 0;
    qint64 throughputE4 = 0;
};

static SkySqlDemoStorage storage(const QString &type, const StorageQuantities &quantities,
                                 const StorageRates &rates, int usageDays, int daysInMonth)
{
    SkySqlDemoStorage result;
    result.type = type;
    result.capacity = SkySqlDemoCharge::prorated(quantities.gigabytes, rates.gigabyteE4,
                                                 QStringLiteral("GB"), QStringLiteral("GB-month"),
                                                 usageDays, daysInMonth);
    result.iops = SkySqlDemoCharge::prorated(quantities.iops, rates.iopsE4, QStringLiteral("IOPS"),
                                             QStringLiteral("IOPS-month"), usageDays, daysInMonth);
    result.throughput = SkySqlDemoCharge::prorated(quantities.throughput, rates.throughputE4,
                                                   QStringLiteral("MBps"),
                                                   QStringLiteral("MBps-month"), usageDays,
                                                   daysInMonth);
    return result;
}

static SkySqlDemoService service(const QString &serviceId, const QString &name,
                                 const QString &provider, const QString &region,
                                 const QString &tier, const QString &topology)
{
    SkySqlDemoService result;
    result.serviceId = serviceId;
    result.name = name;
    result.instance = name;
    result.provider = provider;
    result.region = region;
    result.tier = tier;
    result.topology = topology;
    result.arch = QStringLiteral("amd64");
    return result;
}

SkySqlDemoCharge SkySqlDemoCharge::metered(qint64 quantity, qint64 rateE4, const QString &unit,
                                           const QString &rateUnit)
{
    SkySqlDemoCharge charge;
    charge.quantity = quantity;
    charge.rateE4 = rateE4;
    charge.unit = unit;
    charge.rateUnit = rateUnit;
    charge.costCents = costInCents(quantity, rateE4);
    return charge;
}

SkySqlDemoCharge SkySqlDemoCharge::prorated(qint64 quantity, qint64 rateE4, const QString &unit,
                                            const QString &rateUnit, int usedDays, int daysInMonth)
{
    SkySqlDemoCharge charge = metered(quantity, rateE4, unit, rateUnit);
    // Half up like costInCents(), and identical to it when usedDays == daysInMonth.
    charge.costCents = (quantity * rateE4 * usedDays + 50 * daysInMonth) / (100 * daysInMonth);
    return charge;
}

qint64 SkySqlDemoStorage::totalCostCents() const
{
    return capacity.costCents + iops.costCents + throughput.costCents;
}

qint64 SkySqlDemoServiceCharge::nodeCostCents() const
{
    qint64 total = 0;
    for (const SkySqlDemoNodeLine &line : nodes)
        total += line.usage.costCents;
    return total;
}

qint64 SkySqlDemoServiceCharge::costCents() const
{
    return nodeCostCents() + storage.totalCostCents();
}

QMap<QString, QString> SkySqlDemoServiceCharge::priceDimensions() const
{
    return {
        {QStringLiteral("provider"), service.provider},
        {QStringLiteral("product"), QStringLiteral("mariadb-enterprise-server")},
        {QStringLiteral("topology"), service.topology},
        {QStringLiteral("tier"), service.tier},
    };
}

qint64 SkySqlDemoBill::computeCostCents() const
{
    qint64 total = 0;
    for (const SkySqlDemoServiceCharge &charge : services)
        total += charge.nodeCostCents();
    return total;
}

qint64 SkySqlDemoBill::storageCostCents() const
{
    qint64 total = 0;
    for (const SkySqlDemoServiceCharge &charge : services)
        total += charge.storage.totalCostCents();
    return total;
}

qint64 SkySqlDemoBill::totalCents() const
{
    return computeCostCents() + storageCostCents();
}

qint64 SkySqlDemoInvoice::amountCents() const
{
    qint64 total = 0;
    for (const SkySqlDemoServiceCharge &charge : services)
        total += charge.costCents();
    return total;
}

SkySqlDemoData::SkySqlDemoData() = default;

void SkySqlDemoData::setInvoiceCount(int count)
{
    m_invoiceCount = qMax(1, count);
}

int SkySqlDemoData::invoiceCount() const
{
    return m_invoiceCount;
}

int SkySqlDemoData::projectCount() const
{
    return (m_invoiceCount + MaxHistoryMonths - 1) / MaxHistoryMonths;
}

int SkySqlDemoData::monthCount() const
{
    const int projects = projectCount();
    return (m_invoiceCount + projects - 1) / projects;
}

static QString invoiceId(const QDate &start, int project, QRandomGenerator &random)
{
    const QString month = QStringLiteral("inv_%1_%2_")
                              .arg(start.year())
                              .arg(start.month(), 2, 10, QLatin1Char('0'));
    const QString suffix = QStringLiteral("%1").arg(random.generate() & 0xFFFFFFu, 6, 16,
                                                   QLatin1Char('0'));
    // The project keeps ids unique within a month: 24 random bits alone collide in a few
    // thousand invoices.
    if (project == 0)
        return month + suffix;
    return month + QStringLiteral("p%1_").arg(project, 2, 10, QLatin1Char('0')) + suffix;
}

static void countScu(const QList<SkySqlDemoServiceCharge> &services, qint64 *scu)
{
    for (const SkySqlDemoServiceCharge &charge : services) {
        for (const SkySqlDemoNodeLine &line : charge.nodes)
            *scu += line.usage.quantity * vcpusOfSize(line.size);
    }
}

void SkySqlDemoData::generate(const QDate &referenceDate)
{
    m_referenceDate = referenceDate;
    m_invoices.clear();

    const QDate currentMonth(referenceDate.year(), referenceDate.month(), 1);
    // Seeded by the reference month and the size of the account: any day of a month gives
    // the same history.
    QRandomGenerator random(0x0B111DECu ^ quint32(currentMonth.year() * 12 + currentMonth.month())
                            ^ (quint32(m_invoiceCount) << 16));

    const int months = monthCount();
    const int projects = projectCount();
    constexpr int failedPaymentAge = 8;

    QList<QList<SkySqlDemoInvoice>> byMonth;  // oldest month first
    byMonth.reserve(months);
    for (int month = 0; month < months; ++month) {
        const int age = months - 1 - month;
        const QDate start = currentMonth.addMonths(month - months);
        // The oldest month holds what the full months leave.
        const int projectsThisMonth =
            month == 0 ? m_invoiceCount - (months - 1) * projects : projects;
        QList<SkySqlDemoInvoice> monthInvoices;
        monthInvoices.reserve(projectsThisMonth);
        for (int project = 0; project < projectsThisMonth; ++project) {
            SkySqlDemoInvoice invoice;
            invoice.period = start.toString(QStringLiteral("yyyy-MM"));
            invoice.id = invoiceId(start, project, random);
            invoice.usageStartDate = start;
            invoice.usageEndDate = start.addMonths(1).addDays(-1);
            invoice.invoiceDate = start.addMonths(1);
            invoice.billDate = invoice.invoiceDate;
            invoice.dueDate = invoice.invoiceDate.addDays(30);
            if (age == 0)
                invoice.status = QStringLiteral("open");
            else if (age == failedPaymentAge && project == 0)
                invoice.status = QStringLiteral("failed");
            else
                invoice.status = QStringLiteral("paid");

            appendServices(&invoice.services, month, age, project, start, start.daysInMonth(),
                           random);
            countScu(invoice.services, &invoice.scuConsumed);
            invoice.scuRemaining = 0;
            monthInvoices.append(invoice);
        }
        byMonth.append(monthInvoices);
    }
    m_invoices.reserve(m_invoiceCount);
    for (auto it = byMonth.crbegin(); it != byMonth.crend(); ++it)
        m_invoices.append(*it);
    indexInvoices();

    generateContracts();
    generateBillsAndLedgers(byMonth);

    // After the invoices: the month to date draws from the same generator, so the invoice
    // history stays what it was before month-to-date bills existed.
    SkySqlDemoBill monthToDate;
    monthToDate.period = currentMonth.toString(QStringLiteral("yyyy-MM"));
    monthToDate.id = QStringLiteral("bill_%1").arg(QString(monthToDate.period).replace(u'-', u'_'));
    monthToDate.usageStartDate = currentMonth;
    monthToDate.usageDays = referenceDate.day();
    monthToDate.monthToDate = true;
    monthToDate.billingMode = QStringLiteral("prepaid");
    for (int project = 0; project < projects; ++project) {
        appendServices(&monthToDate.services, months, -1, project, currentMonth,
                       monthToDate.usageDays, random);
    }
    countScu(monthToDate.services, &monthToDate.scuConsumed);
    // The month's usage is drawn from the credit when the month closes.
    qint64 credit = 0;
    for (const SkySqlDemoCreditEntry &entry : std::as_const(m_creditLedger))
        credit += entry.amountCents;
    monthToDate.remainingCreditCents = credit;
    m_bills.append(monthToDate);

    m_account = SkySqlDemoAccount {};
    m_account.number = QStringLiteral("SKY-100482");
    m_account.legalEntityIdentifier = QStringLiteral("SKYSQL-US");
    m_account.startDate = currentMonth.addMonths(-months);
    m_account.status = QStringLiteral("active");
    m_account.tier = QStringLiteral("power");
    m_account.paymentCollectionMethod = QStringLiteral("charge_automatically");
    m_account.subscriptionStatus = QStringLiteral("active");
    m_account.trialCreditCents = TrialCreditCents;
    m_account.scuConsumedMtd = monthToDate.scuConsumed;
    m_account.scuRemainingMtd = qMax<qint64>(0, ScuHoursPerMonth - monthToDate.scuConsumed);
}

void SkySqlDemoData::indexInvoices()
{
    m_invoiceIndex.clear();
    m_invoiceIndex.reserve(m_invoices.size());
    for (qsizetype i = 0; i < m_invoices.size(); ++i)
        m_invoiceIndex.insert(m_invoices.at(i).id, i);
}

QStringList SkySqlDemoData::issueNextMonth()
{
    const QDate newestStart = m_invoices.first().usageStartDate;
    const QDate start = newestStart.addMonths(1);
    // Seeded by the new month: reproducible, and drawn apart from the generated history.
    QRandomGenerator random(0x4E3C7D00u ^ quint32(start.year() * 12 + start.month()));
    QList<SkySqlDemoInvoice> next;
    for (SkySqlDemoInvoice &invoice : m_invoices) {
        if (invoice.usageStartDate != newestStart)
            break;
        if (invoice.status == u"open")
            invoice.status = QStringLiteral("paid");
        SkySqlDemoInvoice issued = invoice;
        issued.id = invoiceId(start, int(next.size()), random);
        issued.period = start.toString(QStringLiteral("yyyy-MM"));
        issued.usageStartDate = start;
        issued.usageEndDate = start.addMonths(1).addDays(-1);
        issued.invoiceDate = start.addMonths(1);
        issued.billDate = issued.invoiceDate;
        issued.dueDate = issued.invoiceDate.addDays(30);
        issued.status = QStringLiteral("open");
        next.append(issued);
    }
    QStringList ids;
    for (const SkySqlDemoInvoice &invoice : std::as_const(next))
        ids.append(invoice.id);
    m_invoices = next + m_invoices;
    indexInvoices();
    return ids;
}

// Months of the history, oldest (0) to the month to date (monthCount()); age counts back
// from the newest invoiced month (0), -1 for the month to date. Events are placed by age so
// every reference date and every history length shows the same recent story: the replica
// appears, analytics scales out, IOPS get provisioned, one payment fails. Storage grows from
// the start of the account. Each project runs the same set of services under its own names.
void SkySqlDemoData::appendServices(QList<SkySqlDemoServiceCharge> *services, int month,
                                    int age, int project, const QDate &start, int usageDays,
                                    QRandomGenerator &random) const
{
    const bool replicaRuns = age <= 14;
    const bool analyticsScaledOut = age <= 7;
    const bool iopsRaised = age <= 11;
    const int daysInMonth = start.daysInMonth();

    auto addService = [&](SkySqlDemoServiceCharge charge, const QString &size, int nodes,
                          const StorageQuantities &quantities) {
        if (project > 0) {
            const qint64 number = charge.service.serviceId.mid(5).toLongLong() + qint64(project) * 100000;
            charge.service.serviceId = QStringLiteral("dbpgf%1").arg(number, 8, 10, QLatin1Char('0'));
            charge.service.name = QStringLiteral("%1-p%2").arg(charge.service.name).arg(project, 2, 10, QLatin1Char('0'));
            charge.service.instance = charge.service.name;
        }
        QMap<QString, QString> compute = charge.priceDimensions();
        compute.insert(QStringLiteral("size"), size);
        const qint64 nodeHours = qint64(usageDays) * 24 * nodes;
        charge.nodes.append(nodeLine(size, nodes,
                                     rateE4(QStringLiteral("mtr-prov-compute"), compute, nodeHours),
                                     usageDays));
        QMap<QString, QString> volume = charge.priceDimensions();
        const QString type = charge.service.provider == u"gcp" ? QStringLiteral("pd-ssd")
                                                               : QStringLiteral("gp3");
        volume.insert(QStringLiteral("volume_type"), type);
        const StorageRates rates {
            rateE4(QStringLiteral("mtr-prov-storage"), volume, quantities.gigabytes),
            rateE4(QStringLiteral("mtr-prov-storage-iops"), volume, quantities.iops),
            rateE4(QStringLiteral("mtr-prov-storage-throughput"), volume, quantities.throughput),
        };
        charge.storage = storage(type, quantities, rates, usageDays, daysInMonth);
        services->append(charge);
    };

    {
        SkySqlDemoServiceCharge orders;
        orders.service = service(QStringLiteral("dbpgf04173221"), QStringLiteral("orders-prod"),
                                 QStringLiteral("aws"), QStringLiteral("us-east-1"),
                                 QStringLiteral("power"), QStringLiteral("es-replica"));
        const qint64 gigabytes = 400 + 400 * 30 * month / 1000 + random.bounded(0, 12);
        const bool raised = iopsRaised;
        addService(orders, QStringLiteral("sky-4x16"), 3,
                   {gigabytes, raised ? 9000 : 6000, raised ? 375 : 250});
    }
    {
        SkySqlDemoServiceCharge analytics;
        analytics.service = service(QStringLiteral("dbpgf07730914"), QStringLiteral("analytics"),
                                    QStringLiteral("gcp"), QStringLiteral("europe-west1"),
                                    QStringLiteral("power"), QStringLiteral("es-single"));
        // Persistent disks on GCP are not billed per IOPS or throughput: zero lines, as
        // the provider sends them.
        const qint64 gigabytes = 800 + 35 * month + random.bounded(0, 25);
        addService(analytics, QStringLiteral("sky-8x32"), analyticsScaledOut ? 3 : 2,
                   {gigabytes, 0, 0});
    }
    if (replicaRuns) {
        SkySqlDemoServiceCharge replica;
        replica.service = service(QStringLiteral("dbpgf09982417"),
                                  QStringLiteral("reporting-replica"), QStringLiteral("aws"),
                                  QStringLiteral("us-east-1"), QStringLiteral("power"),
                                  QStringLiteral("es-single"));
        const qint64 gigabytes = 300 + 10 * (14 - age) + random.bounded(0, 8);
        // Baseline gp3 IOPS and throughput are included: quantities shown, cost zero.
        addService(replica, QStringLiteral("sky-4x16"), 1, {gigabytes, 3000, 125});
    }
    {
        SkySqlDemoServiceCharge staging;
        staging.service = service(QStringLiteral("dbpgf02265870"), QStringLiteral("staging"),
                                  QStringLiteral("aws"), QStringLiteral("us-east-1"),
                                  QStringLiteral("foundation"), QStringLiteral("es-single"));
        addService(staging, QStringLiteral("sky-2x8"), 1, {100, 3000, 125});
    }
}

qint64 SkySqlDemoData::rateE4(const QString &meterId, const QMap<QString, QString> &dimensions,
                              qint64 quantity) const
{
    if (const SkySqlDemoPrice *price = m_catalog.priceFor(meterId, dimensions, quantity))
        return price->rateE4;
    // Only unmetered quantities (GCP disks' IOPS) may lack a price.
    Q_ASSERT_X(quantity == 0, "SkySqlDemoData::rateE4", qPrintable(meterId));
    return 0;
}

static QDateTime utc(const QDate &date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second), Qt::UTC);
}

static QString monthSuffix(const QDate &month)
{
    return month.toString(QStringLiteral("yyyyMM"));
}

void SkySqlDemoData::generateContracts()
{
    m_contracts.clear();
    const QDate windowStart = m_invoices.last().usageStartDate;
    const QDate prepaidStart = windowStart.addMonths(prepaidFromMonth());

    SkySqlDemoContract commit;
    commit.id = QStringLiteral("ctr_commit_%1").arg(monthSuffix(windowStart));
    SkySqlDemoContract prepaid;
    prepaid.id = QStringLiteral("ctr_prepaid_%1").arg(monthSuffix(prepaidStart));

    commit.billingMode = QStringLiteral("postpaid");
    commit.createdAt = utc(windowStart.addDays(-14), 16, 20);
    commit.createdBy = QStringLiteral("deal-desk@skysql.com");
    commit.executionDate = windowStart.addDays(-10);
    commit.startDate = windowStart;
    commit.endDate = prepaidStart.addDays(-1);
    commit.renewalDate = prepaidStart;
    commit.renewalId = prepaid.id;
    commit.estimatedCommitCents = MinComputeCommitCents * prepaidFromMonth();
    commit.estimatedValueCents = 7000000;
    commit.integrationId = QStringLiteral("sf-opp-0068a00000Kd3Q1");
    commit.state = QStringLiteral("expired");
    commit.updatedAt = utc(prepaidStart, 0, 5);
    commit.updatedBy = QStringLiteral("billing-service");
    commit.entitlements = {
        {QStringLiteral("ent_%1_min_commit").arg(monthSuffix(windowStart)),
         QStringLiteral("min-compute-commit"), commit.id, commit.createdAt, commit.startDate,
         commit.endDate,
         QJsonObject {{QStringLiteral("min_compute_commit"), double(MinComputeCommitCents) / 100},
                      {QStringLiteral("currency"), QStringLiteral("USD")},
                      {QStringLiteral("period"), QStringLiteral("month")}}},
        {QStringLiteral("ent_%1_scu").arg(monthSuffix(windowStart)),
         QStringLiteral("scu-allowance"), commit.id, commit.createdAt, commit.startDate,
         commit.endDate,
         QJsonObject {{QStringLiteral("scu_hours_per_month"), double(ScuHoursPerMonth)}}},
    };

    prepaid.billingMode = QStringLiteral("prepaid");
    prepaid.createdAt = utc(prepaidStart.addDays(-7), 11, 45);
    prepaid.createdBy = QStringLiteral("deal-desk@skysql.com");
    prepaid.executionDate = prepaidStart.addDays(-3);
    prepaid.startDate = prepaidStart;
    prepaid.endDate = prepaidStart.addYears(1).addDays(-1);
    prepaid.renewalDate = prepaid.endDate.addDays(1);
    prepaid.estimatedCommitCents = 4000000;
    prepaid.estimatedValueCents = 4000000;
    prepaid.integrationId = QStringLiteral("sf-opp-0068a00000Qm7T9");
    prepaid.marketingCollaborationDiscount = true;
    prepaid.state = QStringLiteral("active");
    prepaid.updatedAt = utc(prepaidStart.addMonths(3), 9, 30);
    prepaid.updatedBy = QStringLiteral("deal-desk@skysql.com");
    prepaid.entitlements = {
        {QStringLiteral("ent_%1_credit").arg(monthSuffix(prepaidStart)),
         QStringLiteral("prepaid-credit"), prepaid.id, prepaid.createdAt, prepaid.startDate,
         prepaid.endDate,
         QJsonObject {{QStringLiteral("credit_amount"), double(prepaid.estimatedCommitCents) / 100},
                      {QStringLiteral("currency"), QStringLiteral("USD")},
                      {QStringLiteral("purchases"), 2}}},
        {QStringLiteral("ent_%1_scu").arg(monthSuffix(prepaidStart)),
         QStringLiteral("scu-allowance"), prepaid.id, prepaid.createdAt, prepaid.startDate,
         prepaid.endDate,
         QJsonObject {{QStringLiteral("scu_hours_per_month"), double(ScuHoursPerMonth)}}},
        {QStringLiteral("ent_%1_support").arg(monthSuffix(prepaidStart)),
         QStringLiteral("support"), prepaid.id, prepaid.createdAt, prepaid.startDate,
         prepaid.endDate, QJsonObject {{QStringLiteral("support_type"), QStringLiteral("enterprise")}}},
    };

    m_contracts = {commit, prepaid};
}

int SkySqlDemoData::prepaidFromMonth() const
{
    return qMax(1, monthCount() - PrepaidMonths);
}

void SkySqlDemoData::generateBillsAndLedgers(const QList<QList<SkySqlDemoInvoice>> &byMonth)
{
    m_bills.clear();
    m_creditLedger.clear();
    m_commitLedger.clear();

    const SkySqlDemoContract &commit = m_contracts.at(0);
    const SkySqlDemoContract &prepaid = m_contracts.at(1);
    constexpr qint64 purchaseCents = 2000000;
    constexpr qint64 adjustmentCents = 35000;

    QList<qint64> batchBalances;  // index: batch - 1
    auto addCredit = [&](const QString &contractId, const QDateTime &at, qint64 cents, int batch,
                         const QString &type, const QString &reason) {
        m_creditLedger.append(SkySqlDemoCreditEntry {
            QStringLiteral("cle_%1").arg(m_creditLedger.size() + 1, 4, 10, QLatin1Char('0')),
            contractId, at, cents, batch, reason, type});
        while (batchBalances.size() < batch)
            batchBalances.append(0);
        batchBalances[batch - 1] += cents;
    };
    // Oldest batch first, one ledger entry per batch touched.
    auto drawUsage = [&](const QString &contractId, const QDateTime &at, qint64 cents,
                         const QString &reason) {
        for (int batch = 1; batch <= batchBalances.size() && cents > 0; ++batch) {
            const qint64 drawn = qMin(cents, batchBalances.at(batch - 1));
            if (drawn <= 0)
                continue;
            addCredit(contractId, at, -drawn, batch, QStringLiteral("usage"), reason);
            cents -= drawn;
        }
    };

    const int prepaidFrom = prepaidFromMonth();
    qint64 unusedSoFar = 0;
    for (int month = 0; month < byMonth.size(); ++month) {
        // A month's bill covers every project's invoice of that month.
        const QList<SkySqlDemoInvoice> &invoices = byMonth.at(month);
        const SkySqlDemoInvoice &first = invoices.first();
        const QDate start = first.usageStartDate;
        SkySqlDemoBill bill;
        bill.period = first.period;
        bill.id = QStringLiteral("bill_%1").arg(QString(first.period).replace(u'-', u'_'));
        bill.usageStartDate = start;
        bill.usageDays = start.daysInMonth();
        qint64 monthCents = 0;
        for (const SkySqlDemoInvoice &invoice : invoices) {
            bill.services += invoice.services;
            bill.scuConsumed += invoice.scuConsumed;
            monthCents += invoice.amountCents();
        }
        const QString contractId = month < prepaidFrom ? commit.id : prepaid.id;

        if (month == 0) {
            addCredit(commit.id, utc(start, 9, 0), TrialCreditCents, 1, QStringLiteral("trial"),
                      QStringLiteral("Trial credit granted with the account"));
        } else if (month == prepaidFrom || month == prepaidFrom + 3) {
            addCredit(prepaid.id, utc(start, 9, 0), purchaseCents, int(batchBalances.size()) + 1,
                      QStringLiteral("purchase"),
                      QStringLiteral("Prepaid credit purchase under contract %1").arg(prepaid.id));
        } else if (month == prepaidFrom + 4) {
            addCredit(prepaid.id, utc(start.addDays(14), 14, 30), adjustmentCents,
                      int(batchBalances.size()), QStringLiteral("adjustment"),
                      QStringLiteral("Service credit for the %1 us-east-1 incident")
                          .arg(start.addDays(12).toString(Qt::ISODate)));
        }

        if (month < prepaidFrom) {
            bill.billingMode = QStringLiteral("postpaid");
            bill.minComputeCommitCents = MinComputeCommitCents;
            bill.unusedComputeCommitCents =
                qMax<qint64>(0, MinComputeCommitCents - bill.computeCostCents());
            unusedSoFar += bill.unusedComputeCommitCents;
            bill.unusedComputeCommitLedgerCents = unusedSoFar;
            m_commitLedger.append(SkySqlDemoCommitEntry {
                QStringLiteral("pcl_%1").arg(monthSuffix(start)), commit.entitlements.at(0).id,
                utc(first.invoiceDate, 0, 0), first.period, monthCents,
                MinComputeCommitCents, bill.unusedComputeCommitCents});
        } else {
            bill.billingMode = QStringLiteral("prepaid");
        }

        // Credit pays the month's invoices at the close of the month, as far as it goes.
        if (month == 0 || month >= prepaidFrom) {
            for (const SkySqlDemoInvoice &invoice : invoices) {
                drawUsage(contractId, utc(invoice.usageEndDate, 23, 59, 59), invoice.amountCents(),
                          QStringLiteral("Usage %1 (invoice %2)").arg(invoice.period, invoice.id));
            }
        }
        for (qint64 balance : std::as_const(batchBalances))
            bill.remainingCreditCents += balance;
        m_bills.append(bill);
    }
}

QDate SkySqlDemoData::referenceDate() const
{
    return m_referenceDate;
}

QString SkySqlDemoData::organizationId() const
{
    return QStringLiteral("org-demo-7f3a");
}

QString SkySqlDemoData::currency() const
{
    return QStringLiteral("USD");
}

QString SkySqlDemoData::currencySymbol() const
{
    return QStringLiteral("$");
}

const QList<SkySqlDemoInvoice> &SkySqlDemoData::invoices() const
{
    return m_invoices;
}

const SkySqlDemoInvoice *SkySqlDemoData::invoice(const QString &id) const
{
    const auto it = m_invoiceIndex.constFind(id);
    return it == m_invoiceIndex.cend() ? nullptr : &m_invoices.at(*it);
}

const SkySqlDemoCatalog &SkySqlDemoData::catalog() const
{
    return m_catalog;
}

const SkySqlDemoAccount &SkySqlDemoData::account() const
{
    return m_account;
}

const QList<SkySqlDemoBill> &SkySqlDemoData::bills() const
{
    return m_bills;
}

const SkySqlDemoBill *SkySqlDemoData::bill(const QString &period) const
{
    for (const SkySqlDemoBill &bill : m_bills) {
        if (bill.period == period)
            return &bill;
    }
    return nullptr;
}

const SkySqlDemoBill &SkySqlDemoData::monthToDateBill() const
{
    return m_bills.last();
}

const QList<SkySqlDemoCreditEntry> &SkySqlDemoData::prepaidCreditLedger() const
{
    return m_creditLedger;
}

const QList<SkySqlDemoCommitEntry> &SkySqlDemoData::postpaidCommitLedger() const
{
    return m_commitLedger;
}

const QList<SkySqlDemoContract> &SkySqlDemoData::contracts() const
{
    return m_contracts;
}

QList<SkySqlDemoServiceCharge> SkySqlDemoData::splitByResource(const SkySqlDemoServiceCharge &charge)
{
    QList<SkySqlDemoServiceCharge> entries;
    for (const SkySqlDemoNodeLine &line : charge.nodes) {
        const int count = qMax(1, line.activeNodes);
        const qint64 baseCents = line.usage.costCents / count;
        const qint64 leftoverCents = line.usage.costCents % count;
        for (int node = 0; node < count; ++node) {
            SkySqlDemoServiceCharge entry;
            entry.service = charge.service;
            entry.service.instance = QStringLiteral("%1-node-%2").arg(charge.service.name).arg(entries.size() + 1);
            SkySqlDemoNodeLine single = line;
            single.activeNodes = 1;
            single.usage.quantity = line.usage.quantity / count;
            // The first nodes take the leftover cents so the split adds up to the line.
            single.usage.costCents = baseCents + (node < leftoverCents ? 1 : 0);
            entry.nodes.append(single);

            entry.storage = charge.storage;
            if (!entries.isEmpty()) {
                for (SkySqlDemoCharge *part : {&entry.storage.capacity, &entry.storage.iops,
                                               &entry.storage.throughput}) {
                    part->quantity = 0;
                    part->costCents = 0;
                }
            }
            entries.append(entry);
        }
    }
    if (entries.isEmpty())
        entries.append(charge);
    return entries;
}
