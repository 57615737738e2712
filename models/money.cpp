#include "money.h"

#include "format/displayformat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace
{
qint64 powerOfTen(int digits)
{
    qint64 factor = 1;
    for (int i = 0; i < digits; ++i)
        factor *= 10;
    return factor;
}

// The code in capitals. Codes arrive in capitals nearly always: keep the same string then,
// instead of a new copy per amount decoded.
QString upperCode(const QString &currency)
{
    for (const QChar c : currency) {
        if (c.unicode() > 0x7f || (c >= QLatin1Char('a') && c <= QLatin1Char('z')))
            return currency.toUpper();
    }
    return currency;
}

}

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minorUnits(minorUnits)
    , m_currency(upperCode(currency))
{
}

bool Money::fitsDecimal(double amount, const QString &currency)
{
    constexpr double ExactLimit = 9007199254740992.0; // 2^53
    const double scaled = amount * static_cast<double>(powerOfTen(minorDigits(currency)));
    return std::isfinite(scaled) && std::fabs(scaled) <= ExactLimit;
}

Money Money::fromDecimal(double amount, const QString &currency)
{
    if (!fitsDecimal(amount, currency))
        return Money(0, currency);
    const int digits = minorDigits(currency);
    const double factor = static_cast<double>(powerOfTen(digits));
    const double scaled = amount * factor;
    // Past 10^15 minor units the shortest decimal has no fraction left to round.
    if (std::fabs(scaled) >= 1e15)
        return Money(static_cast<qint64>(std::llround(scaled)), currency);
    // Nearly every amount has no more decimals than the currency: then the whole number of
    // minor units, divided back, is this very double, and that number is the answer.
    const double units = std::round(std::fabs(scaled));
    if (units / factor == std::fabs(amount))
        return Money(static_cast<qint64>(amount < 0 ? -units : units), currency);
    // Otherwise round the shortest decimal that reads back as this double, i.e. the number the
    // provider wrote: 12.345 is stored as 12.34499999..., and scaling that rounds to 1234, not 1235.
    const QString text = QString::number(std::fabs(amount), 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    qint64 minor = whole.toLongLong();
    for (int i = 0; i < digits; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    if (fraction.size() > digits && fraction.at(digits).digitValue() >= 5)
        ++minor;
    return Money(amount < 0 ? -minor : minor, currency);
}

bool Money::parseDecimal(const QString &text, const QString &currency, Money *out)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const int digits = minorDigits(currency);
    int pos = 0;
    bool negative = false;
    if (trimmed.at(0) == QLatin1Char('-') || trimmed.at(0) == QLatin1Char('+')) {
        negative = trimmed.at(0) == QLatin1Char('-');
        pos = 1;
    }
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (; pos < trimmed.size(); ++pos) {
        const QChar c = trimmed.at(pos);
        if (c == QLatin1Char('.') && !seenDot) {
            seenDot = true;
            continue;
        }
        // ASCII only: QChar::isDigit() also accepts other scripts' digits.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        seenDigit = true;
        const int d = c.digitValue();
        if (!seenDot) {
            if (whole > (std::numeric_limits<qint64>::max() - d) / 10)
                return false;
            whole = whole * 10 + d;
        } else if (fractionDigits < digits) {
            fraction = fraction * 10 + d;
            ++fractionDigits;
        } else {
            return false;  // more precision than the currency has
        }
    }
    if (!seenDigit)
        return false;
    for (; fractionDigits < digits; ++fractionDigits)
        fraction *= 10;
    if (whole > (std::numeric_limits<qint64>::max() - fraction) / powerOfTen(digits))
        return false;
    const qint64 minor = whole * powerOfTen(digits) + fraction;
    if (out)
        *out = Money(negative ? -minor : minor, currency);
    return true;
}

int Money::minorDigits(const QString &currency)
{
    static constexpr const char zero[][4] = {"JPY", "KRW", "VND", "CLP", "ISK", "XOF"};
    static constexpr const char three[][4] = {"BHD", "KWD", "OMR", "JOD", "TND"};
    const QString code = upperCode(currency);
    if (code.size() != 3)
        return 2;
    // Compared a character at a time: this runs for every amount a decoder reads.
    const auto isCode = [&code](const char *known) {
        return code[0] == QLatin1Char(known[0]) && code[1] == QLatin1Char(known[1]) && code[2] == QLatin1Char(known[2]);
    };
    if (std::any_of(std::begin(zero), std::end(zero), isCode))
        return 0;
    if (std::any_of(std::begin(three), std::end(three), isCode))
        return 3;
    return 2;
}

qint64 Money::minorUnits() const
{
    return m_minorUnits;
}

QString Money::currency() const
{
    return m_currency;
}

bool Money::isValid() const
{
    return !m_currency.isEmpty() && !m_undefined;
}

bool Money::isZero() const
{
    return m_minorUnits == 0;
}

QString Money::toDecimalString() const
{
    if (m_undefined)
        return QString();
    const int digits = minorDigits(m_currency);
    const quint64 factor = static_cast<quint64>(powerOfTen(digits));
    // Unsigned, so the most negative qint64 has a magnitude too.
    const quint64 absolute = m_minorUnits < 0 ? 0 - static_cast<quint64>(m_minorUnits) : static_cast<quint64>(m_minorUnits);
    QString text = QString::number(absolute / factor);
    if (digits > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(absolute % factor, digits, 10, QLatin1Char('0'));
    return m_minorUnits < 0 ? QLatin1Char('-') + text : text;
}

QString Money::format(const QLocale &locale) const
{
    if (m_undefined)
        return QStringLiteral("n/a");
    const int digits = minorDigits(m_currency);
    // Display only: the double never flows back into arithmetic.
    const double value = static_cast<double>(m_minorUnits) / static_cast<double>(powerOfTen(digits));
    return locale.toCurrencyString(value, DisplayFormat::currencySymbol(m_currency), digits);
}

Money Money::operator+(const Money &other) const
{
    Money result = *this;
    result += other;
    return result;
}

Money Money::operator-(const Money &other) const
{
    return *this + (-other);
}

Money &Money::operator+=(const Money &other)
{
    const bool thisIsNothing = m_currency.isEmpty() && m_minorUnits == 0 && !m_undefined;
    if (thisIsNothing) {
        *this = other;
        return *this;
    }
    if (other.m_currency.isEmpty() && other.m_minorUnits == 0 && !other.m_undefined)
        return *this;
    if (m_undefined || other.m_undefined || m_currency != other.m_currency
        || __builtin_add_overflow(m_minorUnits, other.m_minorUnits, &m_minorUnits)) {
        m_minorUnits = 0;
        m_undefined = true;
    }
    return *this;
}

Money Money::operator-() const
{
    Money result = *this;
    if (m_minorUnits == std::numeric_limits<qint64>::min()) {
        result.m_minorUnits = 0;
        result.m_undefined = true;
    } else {
        result.m_minorUnits = -m_minorUnits;
    }
    return result;
}

std::optional<Money> Money::checkedAdd(const Money &other) const
{
    const Money sum = *this + other;
    if (sum.m_undefined)
        return std::nullopt;
    return sum;
}

bool Money::isUndefined() const
{
    return m_undefined;
}

Money Money::undefined(const QString &currency)
{
    Money result(0, currency);
    result.m_undefined = true;
    return result;
}

bool Money::operator==(const Money &other) const
{
    return m_minorUnits == other.m_minorUnits && m_currency == other.m_currency && m_undefined == other.m_undefined;
}

bool Money::operator!=(const Money &other) const
{
    return !(*this == other);
}

bool Money::operator<(const Money &other) const
{
    if (m_currency != other.m_currency)
        return m_currency < other.m_currency;
    return m_minorUnits < other.m_minorUnits;
}
