// Money at the boundary and in arithmetic. The input gives a currency, a double's raw bits (NaN,
// infinities and subnormals included), two minor-unit amounts and a decimal text.
// - fromDecimal holds what fitsDecimal accepts: at most 2^53 minor units, within half a minor
//   unit of the double, the same sign, and its decimal string reads back as the same Money.
// - parseDecimal and toDecimalString are inverse, and agree with fromDecimal on the double the
//   same text reads as (while a double still holds it exactly).
// - Adding, subtracting or negating past qint64, or across currencies, is undefined, never a
//   wrapped amount; a defined sum is the exact one.

#include "fuzzcheck.h"
#include "money.h"

#include <QLocale>

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace
{
QString currencyFrom(FuzzedDataProvider &input)
{
    static const char *const known[] = {"USD", "EUR", "JPY", "BHD", "KWD", "eur", "jpy"};
    const size_t choice = input.ConsumeIntegralInRange<size_t>(0, std::size(known));
    if (choice < std::size(known))
        return QString::fromLatin1(known[choice]);
    return QString::fromUtf8(input.ConsumeRandomLengthString(5));
}

QString describe(double amount, const QString &currency)
{
    return QString::number(amount, 'g', 17) + QLatin1Char(' ') + currency;
}

void checkFromDecimal(double amount, const QString &currency)
{
    const Money money = Money::fromDecimal(amount, currency);
    Fuzz::check(!money.isUndefined(), "fromDecimal is defined", describe(amount, currency));
    if (!Money::fitsDecimal(amount, currency)) {
        Fuzz::check(money.isZero(), "fromDecimal of what does not fit is zero", describe(amount, currency));
        return;
    }
    Fuzz::checkAmount(money);
    const double scaled = amount * std::pow(10.0, Money::minorDigits(currency));
    const double units = static_cast<double>(money.minorUnits());
    Fuzz::check(std::fabs(units - scaled) <= 0.5 + 1e-9 * std::fabs(scaled), "fromDecimal rounds to the nearest minor unit",
                describe(amount, currency) + QStringLiteral(" → ") + money.toDecimalString());
    Fuzz::check(money.isZero() || (money.minorUnits() < 0) == (amount < 0), "fromDecimal keeps the sign",
                describe(amount, currency));
    Money back;
    Fuzz::check(Money::parseDecimal(money.toDecimalString(), currency, &back) && back == money,
                "a decimal string reads back", money.toDecimalString());
    money.format(QLocale::c());
}

void checkDecimalText(const QString &text, const QString &currency)
{
    Money parsed;
    if (!Money::parseDecimal(text, currency, &parsed))
        return;
    Money again;
    Fuzz::check(Money::parseDecimal(parsed.toDecimalString(), currency, &again) && again == parsed,
                "parseDecimal and toDecimalString are inverse", text);
    // Up to 15 significant digits, the double nearest the text reads back as that text.
    if (std::llabs(parsed.minorUnits()) < 1000000000000000LL) {
        bool isNumber = false;
        const double amount = text.trimmed().toDouble(&isNumber);
        if (isNumber) {
            Fuzz::check(Money::fromDecimal(amount, currency) == parsed, "fromDecimal agrees with parseDecimal",
                        text + QStringLiteral(" → ") + Money::fromDecimal(amount, currency).toDecimalString());
        }
    }
}

void checkArithmetic(qint64 a, qint64 b, const QString &currency, const QString &other)
{
    const Money left(a, currency);
    const Money right(b, currency);
    qint64 exact = 0;
    const bool overflows = __builtin_add_overflow(a, b, &exact);
    const Money sum = left + right;
    if (currency.isEmpty() && a == 0) {
        Fuzz::check(sum == right, "nothing plus an amount is that amount");
        return;
    }
    Fuzz::check(sum.isUndefined() == overflows, "a sum is undefined exactly when it overflows");
    Fuzz::check(overflows || sum.minorUnits() == exact, "a defined sum is exact");
    Fuzz::check(left.checkedAdd(right).has_value() == !overflows, "checkedAdd agrees with +");
    Fuzz::check((-left).isUndefined() == (a == std::numeric_limits<qint64>::min()), "negation is undefined only at qint64's minimum");
    const Money difference = left - right;
    Fuzz::check(difference.isUndefined() || difference.minorUnits() == static_cast<qint64>(static_cast<quint64>(a) - static_cast<quint64>(b)),
                "a defined difference is exact");
    Fuzz::check(sum.isUndefined() || !sum.toDecimalString().isEmpty(), "a defined sum exports");
    Fuzz::check(!sum.isUndefined() || sum.toDecimalString().isEmpty(), "an undefined sum exports as nothing");
    sum.format(QLocale::c());
    if (!other.isEmpty() && Money(0, other).currency() != left.currency())
        Fuzz::check((left + Money(b, other)).isUndefined(), "adding two currencies is undefined", currency + other);
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const QString currency = currencyFrom(input);
    const QString other = currencyFrom(input);
    const uint64_t bits = input.ConsumeIntegral<uint64_t>();
    double amount = 0;
    std::memcpy(&amount, &bits, sizeof amount);
    const qint64 a = input.ConsumeIntegral<qint64>();
    const qint64 b = input.ConsumeIntegral<qint64>();
    const QString text = QString::fromUtf8(input.ConsumeRemainingBytesAsString());

    checkFromDecimal(amount, currency);
    bool isNumber = false;
    const double textAmount = text.toDouble(&isNumber);
    if (isNumber)
        checkFromDecimal(textAmount, currency);
    checkDecimalText(text, currency);
    checkArithmetic(a, b, currency, other);
    return 0;
}
