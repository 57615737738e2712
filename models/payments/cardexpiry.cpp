#include "payments/cardexpiry.h"

QDate cardLastValidDay(int expiryMonth, int expiryYear)
{
    if (expiryMonth < 1 || expiryMonth > 12 || expiryYear <= 0)
        return {};
    const QDate first(expiryYear, expiryMonth, 1);
    return QDate(expiryYear, expiryMonth, first.daysInMonth());
}

CardExpiryState cardExpiryState(int expiryMonth, int expiryYear, const QDate &today)
{
    const QDate lastDay = cardLastValidDay(expiryMonth, expiryYear);
    if (!lastDay.isValid() || !today.isValid())
        return CardExpiryState::Unknown;
    if (lastDay < today)
        return CardExpiryState::Expired;
    if (today.daysTo(lastDay) <= CardExpiryWarningDays)
        return CardExpiryState::ExpiresSoon;
    return CardExpiryState::Valid;
}
