#include "costs/costtrend.h"

#include "domain/bill.h"
#include "domain/invoice.h"

#include <QLocale>
#include <QtMath>

#include <cmath>

namespace
{
// a / b rounded half away from zero, in integers: no double ever holds money here.
qint64 roundedDivision(qint64 numerator, qint64 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    if (numerator >= 0)
        return (2 * numerator + denominator) / (2 * denominator);
    return -((-2 * numerator + denominator) / (2 * denominator));
}
}

namespace CostTrend
{
QList<std::optional<Money>> movingAverage(const QList<Money> &monthly, int window)
{
    QList<std::optional<Money>> averages;
    averages.reserve(monthly.size());
    for (int i = 0; i < monthly.size(); ++i) {
        if (window <= 0 || i + 1 < window) {
            averages.append(std::nullopt);
            continue;
        }
        Money sum(0, monthly.at(i).currency());
        for (int j = i - window + 1; j <= i; ++j)
            sum += monthly.at(j);
        // A window mixing currencies or past range has no average, rather than a wrong one.
        if (sum.isUndefined())
            averages.append(std::nullopt);
        else
            averages.append(Money(roundedDivision(sum.minorUnits(), window), sum.currency()));
    }
    return averages;
}

std::optional<double> monthOverMonthPercent(const Money &previous, const Money &current)
{
    if (previous.minorUnits() == 0 || previous.currency() != current.currency())
        return std::nullopt;
    // Basis points (hundredths of a per cent) in integers, then one division for display.
    const qint64 basisPoints = roundedDivision((current.minorUnits() - previous.minorUnits()) * 10000,
                                               qAbs(previous.minorUnits()));
    return double(basisPoints) / 100.0;
}

std::optional<Money> forecastFromMonthToDate(const Money &monthToDate, double usageDays, int daysInMonth)
{
    if (!(usageDays > 0) || daysInMonth <= 0 || !monthToDate.isValid())
        return std::nullopt;
    // Past the month's end (a provider rounding up) the bill is the month: never scale it down.
    const double days = std::min(usageDays, double(daysInMonth));
    // usageDays is a count of days, possibly fractional: keep it in millidays so the scaling
    // stays in integers. 12.34 over 10 of 30 days: 1234 × 30000 / 10000 = 3702.
    const qint64 milliDays = qRound64(days * 1000.0);
    if (milliDays <= 0)
        return std::nullopt;
    return Money(roundedDivision(monthToDate.minorUnits() * daysInMonth * 1000, milliDays), monthToDate.currency());
}

std::optional<Money> forecastFromBill(const Bill &bill)
{
    const QDate month = bill.month;
    if (!month.isValid())
        return std::nullopt;
    return forecastFromMonthToDate(bill.total, bill.usageDays, month.daysInMonth());
}

std::optional<Money> forecastFromTrend(const QMap<QDate, Money> &monthlyTotals, const QDate &currentMonth, int window)
{
    if (window <= 0)
        return std::nullopt;
    if (monthlyTotals.isEmpty())
        return std::nullopt;
    // The trend needs a full window of history: months before the first invoice are unknown,
    // not zero; a month without an invoice inside the history is a quiet month and counts as zero.
    if (monthlyTotals.firstKey() > currentMonth.addMonths(-window))
        return std::nullopt;
    const QString currency = monthlyTotals.first().currency();
    QList<Money> complete;
    for (int i = window; i >= 1; --i)
        complete.append(monthlyTotals.value(currentMonth.addMonths(-i), Money(0, currency)));
    return movingAverage(complete, window).constLast();
}

QMap<QDate, Money> monthlyTotals(const QList<Invoice> &invoices, const QString &accountId, const QString &currency)
{
    QMap<QDate, Money> totals;
    for (const Invoice &invoice : invoices) {
        if (invoice.accountId != accountId || invoice.amount.currency() != currency || !invoice.periodStart.isValid())
            continue;
        const QDate month(invoice.periodStart.year(), invoice.periodStart.month(), 1);
        auto it = totals.find(month);
        if (it == totals.end())
            totals.insert(month, invoice.amount);
        else
            *it += invoice.amount;
    }
    return totals;
}

QString formatPercent(double percent)
{
    // In the reader's locale: 23.08 in English, 23,08 in French.
    const QString digits = QLocale().toString(std::abs(percent), 'f', 2);
    if (percent > 0)
        return QStringLiteral("+%1 %").arg(digits);
    if (percent < 0)
        return QStringLiteral("\u2212%1 %").arg(digits);
    return QStringLiteral("%1 %").arg(digits);
}
}
