#pragma once

#include "money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QString>

// How every value reads on screen and in the command line's messages for people: one short and
// one long date form (four-digit years, the locale's order), months, money (chart axes too),
// quantities with their unit, card numbers and contract terms. One place, so a page never
// invents its own form. Export (CSV/JSON) stays ISO and C-locale: Dates::toIsoDate and
// Money::toDecimalString.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    explicit DisplayFormat(const QLocale &locale = QLocale());

    // "11/1/2026" (en_US), "01/11/2026" (fr_FR): the locale's short form with a four-digit year.
    QString shortDate(const QDate &date) const;
    // "November 1, 2026" (en_US), "1 November 2026" (en_GB), "1 novembre 2026" (fr_FR): the
    // locale's long form without the weekday.
    QString longDate(const QDate &date) const;
    // "November 2026" / "novembre 2026" / "2026年11月": a billing month, in the locale's order.
    QString month(const QDate &month) const;
    // "Nov 2026" / "nov. 2026": a month where room is short (chart axes, range pickers).
    QString shortMonth(const QDate &month) const;
    // The QDate format shortMonth uses, for a month picker's display format.
    QString shortMonthFormat() const;
    // The short date and the locale's short time, in local time: "11/1/2026 3:04 PM".
    QString dateTime(const QDateTime &dateTime) const;

    // "$1,234.56" / "1 234,56 €"; "n/a" for an undefined amount.
    QString money(const Money &amount) const;
    // Whole units for chart axes and rounded figures: "$6,000" / "6 000 €".
    QString wholeMoney(double majorUnits, const QString &currency) const;
    // The sign shown for a currency: "$", "€", "£", "¥", or the ISO code itself ("CHF").
    static QString currencySymbol(const QString &currency);

    // "2,232" / "2 232", keeping the value's own precision (0.0125 stays 0.0125).
    QString number(double value) const;
    // "2,232 h", "300 GB-month": the one form of a quantity with its unit; the providers'
    // "hours"/"hour" read "h" everywhere.
    QString quantity(double value, const QString &unit) const;
    // The unit as shown: "hours" → "h", "minutes" → "min", "seconds" → "s", others unchanged.
    static QString unitSymbol(const QString &unit);
    // A duration billed by the second: "744 h", "1 h 30 min", "45 min", "12 s".
    QString duration(double seconds) const;

    // "Visa •••• 4242": the one form of a card (or bank account) number. `number` may be the
    // last four digits or a provider's mask ("**** **** **** 4242"); `brand` may be empty.
    static QString cardNumber(const QString &brand, const QString &number);

    // A contract entitlement's provider terms as a sentence: {"min_compute_commit": 3200,
    // "currency": "USD", "period": "month"} → "Minimum compute commitment of $3,200 per month".
    // Keys it does not know read as "Key name: value".
    QString contractTerms(const QJsonValue &spec) const;

    const QLocale &locale() const;

private:
    QString termValue(const QJsonValue &value) const;

    QLocale m_locale;
};
