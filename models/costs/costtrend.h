#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

struct Bill;
struct Invoice;

// The arithmetic behind the Costs page's trend: pure functions over same-currency amounts, so
// the chart, the warnings and the tests agree on every cent.
namespace CostTrend
{
// How many months the moving average spans.
constexpr int MovingAverageWindow = 3;

// The average of each month and the ones before it (window 3), rounded once to minor units
// (half away from zero). Months before a full window have no average (std::nullopt), so the
// line starts where it means something.
QList<std::optional<Money>> movingAverage(const QList<Money> &monthly, int window = MovingAverageWindow);

// Month-over-month change in per cent, rounded to two decimals: 100.00 → 130.00 is +30.00 %.
// No value when the previous month is zero (a change from nothing has no percentage).
std::optional<double> monthOverMonthPercent(const Money &previous, const Money &current);

// How a current-month forecast was made: from the provider's month-to-date bill, or (when the
// provider has no month-to-date figure) from the moving average of the last complete months.
enum class ForecastMethod { MonthToDate, Trend };

struct Forecast {
    Money amount;
    ForecastMethod method = ForecastMethod::MonthToDate;
};

// The month-to-date amount scaled to the whole month: total × daysInMonth / usageDays, rounded
// once, half away from zero, to minor units. usageDays may be fractional (SkySQL sends days of
// usage as a number); nothing when there is no usage yet.
std::optional<Money> forecastFromMonthToDate(const Money &monthToDate, double usageDays, int daysInMonth);
// From a SkySQL bill for the month in progress: its total over its usageDays.
std::optional<Money> forecastFromBill(const Bill &bill);
// The moving average of the last `window` complete months (those before `currentMonth`), when
// there are that many; a provider without month-to-date figures (Scalingo) is forecast this way.
std::optional<Money> forecastFromTrend(const QMap<QDate, Money> &monthlyTotals, const QDate &currentMonth,
                                       int window = MovingAverageWindow);

// One account's invoiced amount per month (key: first day of the invoice's period), in one
// currency. Invoices without a period or in another currency are left out.
QMap<QDate, Money> monthlyTotals(const QList<Invoice> &invoices, const QString &accountId, const QString &currency);

// "+23.08 %" / "−5.00 %", locale-independent digits for labels and tests.
QString formatPercent(double percent);
}
