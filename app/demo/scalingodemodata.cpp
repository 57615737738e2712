#include "scalingodemodata.h"

#include <QLocale>
#include <QStringList>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

// Container and addon rates in 1/10000 EUR per hour, so monthly prices come out in whole
// cents like Scalingo's (an M container is 14.40 EUR for a 30-day month).
namespace {
constexpr qint64 RateS = 100;
constexpr qint64 RateM = 200;
constexpr qint64 RateL = 400;
constexpr qint64 RatePostgreSqlBusiness1G = 950;
constexpr qint64 RateRedisStarter256M = 100;

// Months in the window, oldest (0) to newest (InvoiceCount - 1): the same story for every
// reference date.
constexpr int WorkerAppStartsAt = 6;
constexpr int FrontScalesOutAt = 18;
constexpr int WorkerScalesOutAt = 20;
constexpr int VoucherAt = 3;
constexpr int ReferralAt = 17;
constexpr int RefundAt = 21;
constexpr int FailedPaymentAt = ScalingoDemoData::InvoiceCount - 1 - 7;

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
static QString uuid(QRandomGenerator &random)
{
    QString hex;
    for (int i = 0; i < 4; ++i)
        hex += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
    hex[12] = u'4';
    hex[16] = QStringLiteral("89ab").at(int(random.bounded(4)));
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
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

// Timestamps as the provider writes them: Paris local time with its UTC offset.
static QDateTime parisTime(const QDate &date, const QTime &time)
{
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    if (paris.isValid())
        return QDateTime(date, time, paris);
    // No tz database: a fixed +01:00 still gives well-formed, ordered timestamps.
    return QDateTime(date, time, Qt::OffsetFromUTC, 3600);
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

void ScalingoDemoData::generate(const QDate &referenceDate)
{
    m_referenceDate = referenceDate;
    m_invoices.clear();
    m_operations.clear();

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

    for (int month = 0; month < InvoiceCount; ++month) {
        const QDate start = currentMonth.addMonths(month - InvoiceCount);
        const qint64 hours = qint64(start.daysInMonth()) * 24;
        const qint64 monthSeconds = hours * 3600;

        ScalingoDemoInvoice invoice;
        invoice.id = uuid(random);
        invoice.billingMonth = start;
        invoice.invoiceNumber = QStringLiteral("SC-%1-%2-%3")
                                    .arg(start.year())
                                    .arg(start.month(), 2, 10, QLatin1Char('0'))
                                    .arg(random.bounded(1, 10000), 4, 10, QLatin1Char('0'));
        invoice.createdAt = parisTime(start.addMonths(1), randomTime(random, 15, 2));
        if (month == InvoiceCount - 1)
            invoice.state = QStringLiteral("new");
        else if (month == FailedPaymentAt)
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
        addProcess(apps.at(0), QStringLiteral("web"), month >= FrontScalesOutAt ? 3 : 2,
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
        if (month >= WorkerAppStartsAt) {
            apps.append(QStringLiteral("shop-worker"));
            addProcess(apps.at(2), QStringLiteral("worker"), month >= WorkerScalesOutAt ? 2 : 1,
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

        if (month == VoucherAt || month == ReferralAt) {
            const bool voucher = month == VoucherAt;
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
            if (month == RefundAt) {
                m_operations.append(ScalingoDemoBillingOperation {
                    uuid(random), paidAt.addDays(12), RefundCents, QStringLiteral("refund"),
                    QStringLiteral("Refund on invoice %1 (PostgreSQL maintenance overrun)")
                        .arg(invoice.invoiceNumber),
                    invoice.id});
            }
        }

        m_invoices.prepend(invoice);
    }

    std::stable_sort(m_operations.begin(), m_operations.end(),
                     [](const ScalingoDemoBillingOperation &a, const ScalingoDemoBillingOperation &b) {
                         return a.createdAt > b.createdAt;
                     });
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
    for (const ScalingoDemoInvoice &invoice : m_invoices) {
        if (invoice.id == id)
            return &invoice;
    }
    return nullptr;
}
