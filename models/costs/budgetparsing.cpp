#include "costs/budgetparsing.h"

namespace BudgetParsing
{
Result parse(const QString &text, const QString &currency)
{
    const QString plain = text.trimmed().remove(QLatin1Char(','));
    if (plain.isEmpty())
        return {Result::Kind::NoBudget, Money()};
    Money amount;
    if (!Money::parseDecimal(plain, currency, &amount) || amount.minorUnits() < 0)
        return {Result::Kind::Invalid, Money()};
    return {Result::Kind::Amount, amount};
}
}
