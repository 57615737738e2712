#include "scalingodemodata.h"

#include <QLocale>
#include <QStringList>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <utility>
#include <vector>

// Container and addon rates in 1/10000 EUR per hour, so monthly prices come out in whole
// cents like Scalingo's (an M container is 14.40 EUR for a 30-day month).
namespace {
constexpr qint64 RateS = 100;
constexpr qint64 RateM = 200;
constexpr qint64 RateL = 400;
constexpr qint64 RatePostgreSqlBusiness1G = 950;
constexpr qint64 RateRedisStarter256M = 100;

// The story, by age in months before the newest invoice (0): the same recent story for
// every reference date and every history length.
constexpr int WorkerAppAge = 23;        // the worker app runs from then on
constexpr int FrontScaledOutAge = 11;
constexpr int WorkerScaledOutAge = 9;
constexpr int VoucherAge = 26;
constexpr int ReferralAge = 12;
constexpr int RefundAge = 8;
constexpr int FailedPaymentAge = 7;

constexpr qint64 VoucherCents = 5000;
constexpr qint64 ReferralCents = 2000;
constexpr qint64 RefundCents = 1200;
}

// A time of day from the seeded generator. Drawn in separate statements: the order in
// which function arguments are evaluated is unspecified, and the data must not depend on
// the compiler.
static QTime randomTime(QRandomGenerator &random, int hour, int minute)
{
    const int second = int(random.bounded(60));
    const int millisecond = int(random.bounded(1000));
    return QTime(hour, minute, second, millisecond);
}

// Version 4 UUID text from the seeded generator (QUuid::createUuid() is not reproducible).
// Written digit by digit: large accounts draw tens of thousands of them.
static QString uuid(QRandomGenerator &random)
{
    static const char digits[] = "0123456789abcdef";
    char hex[32];
    for (int word = 0; word < 4; ++word) {
        const quint32 value = random.generate();
        for (int digit = 0; digit < 8; ++digit)
            hex[word * 8 + digit] = digits[(value >> (28 - 4 * digit)) & 0xFu];
    }
    hex[12] = '4';
    hex[16] = "89ab"[random.bounded(4)];
    QString text;
    text.reserve(36);
    const int groups[] = {8, 4, 4, 4, 12};
    int at = 0;
    for (int group : groups) {
        if (at > 0)
            text.append(u'-');
        text.append(QLatin1String(hex + at, group));
        at += group;
    }
    return text;
}

// 24 hex digits: the provider's billing profile and payment method ids look like this.
static QString objectId(QRandomGenerator &random)
{
    QString hex;
    for (int i = 0; i < 3; ++i)
        hex += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
    return hex;
}

static qint64 hourlyCostCents(qint64 hours, qint64 rateE4)
{
    return (hours * rateE4 + 50) / 100;
}

// The zone is looked up once: large accounts place tens of thousands of operations.
static const QTimeZone &parisZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    return zone;
}

// Timestamps as the provider writes them: Paris local time with its UTC offset.
static QDateTime parisTime(const QDate &date, const QTime &time)
{
    if (parisZone().isValid())
        return QDateTime(date, time, parisZone());
    // No tz database: a fixed +01:00 still gives well-formed, ordered timestamps.
    return QDateTime(date, time, Qt::OffsetFromUTC, 3600);
}

static QDateTime parisTime(qint64 msecsSinceEpoch)
{
    if (parisZone().isValid())
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, parisZone());
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::OffsetFromUTC, 3600);
}

// On the instants, computed once: comparing zoned QDateTimes converts them at every step,
// which dominates sorting tens of thousands of operations.
static void sortNewestFirst(QList<ScalingoDemoBillingOperation> *operations)
{
    std::vector<std::pair<qint64, qsizetype>> order;
    order.reserve(std::size_t(operations->size()));
    for (qsizetype i = 0; i < operations->size(); ++i)
        order.emplace_back(operations->at(i).createdAt.toMSecsSinceEpoch(), i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<ScalingoDemoBillingOperation> sorted;
    sorted.reserve(operations->size());
    for (const auto &[instant, index] : order)
        sorted.append(std::move((*operations)[index]));
    *operations = std::move(sorted);
}

// An invoice's identity for a billed month: id, number, and its issue on the 1st of the
// month after, at 15:02 Paris time.
static void stampInvoice(ScalingoDemoInvoice *invoice, const QDate &month, QRandomGenerator &random)
{
    invoice->id = uuid(random);
    invoice->billingMonth = month;
    invoice->invoiceNumber = QStringLiteral("SC-%1-%2-%3")
                                 .arg(month.year())
                                 .arg(month.month(), 2, 10, QLatin1Char('0'))
                                 .arg(random.bounded(1, 10000), 4, 10, QLatin1Char('0'));
    invoice->createdAt = parisTime(month.addMonths(1), randomTime(random, 15, 2));
}

static QString monthLabel(const QDate &month)
{
    return QLocale::c().monthName(month.month(), QLocale::LongFormat) + u' '
        + QString::number(month.year());
}

qint64 ScalingoDemoInvoice::totalPriceCents() const
{
    qint64 total = 0;
    for (const ScalingoDemoInvoiceItem &item : items)
        total += item.priceCents;
    return total;
}

qint64 ScalingoDemoInvoice::vatCents() const
{
    const qint64 numerator = totalPriceCents() * vatRatePerMille;
    return numerator >= 0 ? (numerator + 500) / 1000 : -((-numerator + 500) / 1000);
}

qint64 ScalingoDemoInvoice::totalPriceWithVatCents() const
{
    return totalPriceCents() + vatCents();
}

ScalingoDemoData::ScalingoDemoData() = default;

void ScalingoDemoData::setInvoiceCount(int count)
{
    m_invoiceCount = qMax(1, count);
}

int ScalingoDemoData::invoiceCount() const
{
    return m_invoiceCount;
}

void ScalingoDemoData::setOperationCount(int count)
{
    m_operationCount = qMax(0, count);
}

int ScalingoDemoData::operationCount() const
{
    return m_operationCount;
}

void ScalingoDemoData::generate(const QDate &referenceDate)
{
    m_referenceDate = referenceDate;
    m_invoices.clear();
    m_operations.clear();
    m_addedOperations = 0;

    const QDate currentMonth(referenceDate.year(), referenceDate.month(), 1);
    // Seeded by the reference month only: any day of a month gives the same history.
    QRandomGenerator random(0x5CA11460u ^ quint32(currentMonth.year() * 12 + currentMonth.month()));

    m_userId = QStringLiteral("us-") + uuid(random);

    m_profile = BillingProfile {};
    m_profile.id = objectId(random);
    m_profile.name = QStringLiteral("Camille Martin");
    m_profile.email = QStringLiteral("billing@shop-demo.example");
    m_profile.addressLine1 = QStringLiteral("12 rue des Tanneurs");
    m_profile.addressCity = QStringLiteral("Strasbourg");
    m_profile.addressZip = QStringLiteral("67000");
    m_profile.addressCountry = QStringLiteral("France");
    m_profile.vatNumber = QStringLiteral("FR40123456824");
    m_profile.company = QStringLiteral("Shop Demo SAS");
    m_profile.creditCents = 1250;
    m_profile.card.id = objectId(random);
    m_profile.card.last4 = QStringLiteral("4242");
    m_profile.card.expiry = QStringLiteral("%1/%2")
                                .arg(currentMonth.month(), 2, 10, QLatin1Char('0'))
                                .arg(currentMonth.year() + 2);
    m_profile.card.brand = QStringLiteral("Visa");
    m_profile.card.name = QStringLiteral("Camille Martin");

    const int months = m_invoiceCount;
    for (int month = 0; month < months; ++month) {
        const int age = months - 1 - month;
        const QDate start = currentMonth.addMonths(month - months);
        const qint64 hours = qint64(start.daysInMonth()) * 24;
        const qint64 monthSeconds = hours * 3600;

        ScalingoDemoInvoice invoice;
        stampInvoice(&invoice, start, random);
        if (age == 0)
            invoice.state = QStringLiteral("new");
        else if (age == FailedPaymentAge)
            invoice.state = QStringLiteral("failed");
        else
            invoice.state = QStringLiteral("paid");

        const auto addProcess = [&](const QString &app, const QString &type, int count,
                                    const QString &size, qint64 rateE4) {
            invoice.detailedItems.append(ScalingoDemoDetailedItem {
                uuid(random),
                QStringLiteral("%1: %2 \u00d7 %3 container%4")
                    .arg(type).arg(count).arg(size, count > 1 ? QStringLiteral("s") : QString()),
                hourlyCostCents(hours * count, rateE4), app, monthSeconds});
        };
        const auto addAddon = [&](const QString &app, const QString &plan, qint64 rateE4) {
            invoice.detailedItems.append(ScalingoDemoDetailedItem {
                uuid(random), QStringLiteral("Addon %1").arg(plan), hourlyCostCents(hours, rateE4),
                app, monthSeconds});
        };

        QStringList apps {QStringLiteral("shop-front"), QStringLiteral("shop-api")};
        addProcess(apps.at(0), QStringLiteral("web"), age <= FrontScaledOutAge ? 3 : 2,
                   QStringLiteral("M"), RateM);
        addProcess(apps.at(1), QStringLiteral("web"), 2, QStringLiteral("L"), RateL);
        addAddon(apps.at(1), QStringLiteral("PostgreSQL Business 1G"), RatePostgreSqlBusiness1G);
        {
            // One-off containers (migrations, consoles) are billed by the second they ran.
            const qint64 seconds = 600 + random.bounded(0, 7200);
            invoice.detailedItems.append(ScalingoDemoDetailedItem {
                uuid(random), QStringLiteral("one-off: M container"),
                (seconds * RateM + 180000) / 360000, apps.at(1), seconds});
        }
        if (age <= WorkerAppAge) {
            apps.append(QStringLiteral("shop-worker"));
            addProcess(apps.at(2), QStringLiteral("worker"), age <= WorkerScaledOutAge ? 2 : 1,
                       QStringLiteral("M"), RateM);
            addProcess(apps.at(2), QStringLiteral("clock"), 1, QStringLiteral("S"), RateS);
            addAddon(apps.at(2), QStringLiteral("Redis Starter 256M"), RateRedisStarter256M);
        }

        for (const QString &app : std::as_const(apps)) {
            qint64 appCents = 0;
            for (const ScalingoDemoDetailedItem &detail : std::as_const(invoice.detailedItems)) {
                if (detail.app == app)
                    appCents += detail.priceCents;
            }
            invoice.items.append(ScalingoDemoInvoiceItem {
                uuid(random), QStringLiteral("Application %1").arg(app), appCents});
        }

        if (age == VoucherAge || age == ReferralAge) {
            const bool voucher = age == VoucherAge;
            const QString label = voucher ? QStringLiteral("Voucher WELCOME50")
                                          : QStringLiteral("Referral credit");
            const qint64 cents = voucher ? VoucherCents : ReferralCents;
            invoice.items.append(ScalingoDemoInvoiceItem {uuid(random), label, -cents});
            m_operations.append(ScalingoDemoBillingOperation {
                uuid(random),
                parisTime(start.addDays(8), randomTime(random, 10, 41)),
                cents, QStringLiteral("credit"), label, QString()});
        }

        m_operations.append(ScalingoDemoBillingOperation {
            uuid(random), invoice.createdAt, invoice.totalPriceWithVatCents(),
            QStringLiteral("invoicing"), QStringLiteral("Invoice for %1").arg(monthLabel(start)),
            invoice.id});

        if (invoice.state == u"paid") {
            const QDateTime paidAt = parisTime(invoice.createdAt.date().addDays(2),
                                               randomTime(random, 9, 14));
            m_operations.append(ScalingoDemoBillingOperation {
                uuid(random), paidAt, invoice.totalPriceWithVatCents(), QStringLiteral("payment"),
                QStringLiteral("Payment of invoice %1 by card").arg(invoice.invoiceNumber),
                invoice.id});
            if (age == RefundAge) {
                m_operations.append(ScalingoDemoBillingOperation {
                    uuid(random), paidAt.addDays(12), RefundCents, QStringLiteral("refund"),
                    QStringLiteral("Refund on invoice %1 (PostgreSQL maintenance overrun)")
                        .arg(invoice.invoiceNumber),
                    invoice.id});
            }
        }

        m_invoices.prepend(invoice);
    }

    if (m_operationCount > m_operations.size()) {
        // Top-ups spread over the whole history, up to the start of the reference day.
        const QDateTime from = parisTime(currentMonth.addMonths(-months), QTime(0, 0));
        const QDateTime to = parisTime(referenceDate, QTime(0, 0));
        addCreditTopUps(m_operationCount - int(m_operations.size()), from, to, random,
                        &m_operations);
    }
    sortNewestFirst(&m_operations);
    if (m_operationCount > 0 && m_operationCount < m_operations.size())
        m_operations.resize(m_operationCount);
    indexInvoices();
}

void ScalingoDemoData::addCreditTopUps(int count, const QDateTime &from, const QDateTime &to,
                                       QRandomGenerator &random,
                                       QList<ScalingoDemoBillingOperation> *into) const
{
    const qint64 start = from.toMSecsSinceEpoch();
    const qint64 step = qMax<qint64>(1, (to.toMSecsSinceEpoch() - start) / qMax(1, count));
    into->reserve(into->size() + count);
    for (int i = 0; i < count; ++i) {
        const qint64 at = start + i * step + qint64(random.bounded(quint32(qMin<qint64>(step, 1 << 30))));
        const qint64 cents = qint64(random.bounded(1, 21)) * 1000;
        into->append(ScalingoDemoBillingOperation {
            uuid(random), parisTime(at), cents, QStringLiteral("credit"),
            QStringLiteral("Prepaid credit top-up by card"), QString()});
    }
}

void ScalingoDemoData::indexInvoices()
{
    m_invoiceIndex.clear();
    m_invoiceIndex.reserve(m_invoices.size());
    for (qsizetype i = 0; i < m_invoices.size(); ++i)
        m_invoiceIndex.insert(m_invoices.at(i).id, i);
}

QStringList ScalingoDemoData::addOperations(int count)
{
    // Seeded by how many were added before: reproducible runs of a test.
    QRandomGenerator random(0x70B0C0DEu ^ quint32(m_addedOperations));
    const QDateTime newest = m_operations.isEmpty() ? parisTime(m_referenceDate, QTime(0, 0))
                                                    : m_operations.first().createdAt;
    QList<ScalingoDemoBillingOperation> added;
    for (int i = 1; i <= count; ++i) {
        added.append(ScalingoDemoBillingOperation {
            uuid(random), newest.addSecs(3600 * i), qint64(random.bounded(1, 21)) * 1000,
            QStringLiteral("credit"), QStringLiteral("Prepaid credit top-up by card"), QString()});
    }
    m_addedOperations += count;
    sortNewestFirst(&added);
    QStringList ids;
    for (const ScalingoDemoBillingOperation &operation : std::as_const(added))
        ids.append(operation.id);
    m_operations = added + m_operations;
    return ids;
}

QString ScalingoDemoData::issueNextMonth()
{
    ScalingoDemoInvoice &newest = m_invoices.first();
    const QDate start = newest.billingMonth.addMonths(1);
    QRandomGenerator random(0x1E5E1E00u ^ quint32(start.year() * 12 + start.month()));
    QList<ScalingoDemoBillingOperation> operations;
    if (newest.state != u"paid") {
        newest.state = QStringLiteral("paid");
        operations.append(ScalingoDemoBillingOperation {
            uuid(random), newest.createdAt.addDays(2), newest.totalPriceWithVatCents(),
            QStringLiteral("payment"),
            QStringLiteral("Payment of invoice %1 by card").arg(newest.invoiceNumber), newest.id});
    }

    ScalingoDemoInvoice issued = newest;
    stampInvoice(&issued, start, random);
    issued.state = QStringLiteral("new");
    // The same lines, without last month's credits.
    issued.items.removeIf([](const ScalingoDemoInvoiceItem &item) { return item.priceCents < 0; });
    for (ScalingoDemoInvoiceItem &item : issued.items)
        item.id = uuid(random);
    for (ScalingoDemoDetailedItem &item : issued.detailedItems)
        item.id = uuid(random);
    operations.append(ScalingoDemoBillingOperation {
        uuid(random), issued.createdAt, issued.totalPriceWithVatCents(), QStringLiteral("invoicing"),
        QStringLiteral("Invoice for %1").arg(monthLabel(start)), issued.id});

    m_invoices.prepend(issued);
    indexInvoices();
    m_operations = operations + m_operations;
    sortNewestFirst(&m_operations);
    return issued.id;
}

QDate ScalingoDemoData::referenceDate() const
{
    return m_referenceDate;
}

QString ScalingoDemoData::userId() const
{
    return m_userId;
}

QString ScalingoDemoData::currency() const
{
    return QStringLiteral("EUR");
}

ScalingoDemoData::BillingProfile ScalingoDemoData::initialBillingProfile() const
{
    return m_profile;
}

const QList<ScalingoDemoInvoice> &ScalingoDemoData::invoices() const
{
    return m_invoices;
}

const QList<ScalingoDemoBillingOperation> &ScalingoDemoData::billingOperations() const
{
    return m_operations;
}

const ScalingoDemoInvoice *ScalingoDemoData::invoice(const QString &id) const
{
    const auto it = m_invoiceIndex.constFind(id);
    return it == m_invoiceIndex.cend() ? nullptr : &m_invoices.at(*it);
}
