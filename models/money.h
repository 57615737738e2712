#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

class QLocale;

// An amount of money: integer minor units (cents) plus an ISO 4217 currency code.
// Arithmetic stays in integers; amounts of different currencies are never added.
class Money final
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    // Converts a provider's decimal amount (a JSON number) to minor units, rounding half away
    // from zero: 12.345 USD becomes 1235 cents. The only place a double enters. The amount must
    // fit (fitsDecimal()); one that does not gives zero, so callers check first.
    static Money fromDecimal(double amount, const QString &currency);
    // Whether fromDecimal() holds `amount` exactly to the currency's minor unit: finite, and at
    // most 2^53 minor units either way (beyond that a double no longer tells one cent from the
    // next, and 12345678901234567890 would wrap).
    static bool fitsDecimal(double amount, const QString &currency);
    // Parses "1234.56" (C locale, optional sign); returns false on anything else.
    static bool parseDecimal(const QString &text, const QString &currency, Money *out);

    // Digits after the decimal point for a currency (2 for most, 0 for JPY/KRW, 3 for BHD...).
    static int minorDigits(const QString &currency);

    qint64 minorUnits() const;
    QString currency() const;
    bool isValid() const;  // has a currency
    bool isZero() const;

    // "1234.56": locale-independent, for CSV/JSON export.
    QString toDecimalString() const;
    // "$1,234.56" / "1 234,56 €" according to the locale.
    QString format(const QLocale &locale) const;

    // Same-currency arithmetic, checked in every build. Adding a different currency, or a
    // result past qint64, gives an undefined amount (isUndefined()): it stays undefined through
    // later arithmetic, formats as "n/a" and exports as nothing, so a wrong sum never passes as
    // a right one. Money() (no currency, zero) adds as nothing.
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money &operator+=(const Money &other);
    Money operator-() const;
    // The same, for code that must say why it stopped: no value where the result is undefined.
    std::optional<Money> checkedAdd(const Money &other) const;
    bool isUndefined() const;
    // The undefined amount such arithmetic gives, for code that reads one back (the store).
    static Money undefined(const QString &currency);

    bool operator==(const Money &other) const;
    bool operator!=(const Money &other) const;
    // Orders by currency, then amount, so sorting a mixed column is stable and meaningful.
    bool operator<(const Money &other) const;

private:
    qint64 m_minorUnits = 0;
    QString m_currency;
    bool m_undefined = false;
};

Q_DECLARE_METATYPE(Money)
