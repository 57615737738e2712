#include "domain/billingprofile.h"

QString billingPaymentKindKey(BillingProfile::PaymentKind kind)
{
    switch (kind) {
    case BillingProfile::PaymentKind::None:
        return QStringLiteral("none");
    case BillingProfile::PaymentKind::Card:
        return QStringLiteral("card");
    case BillingProfile::PaymentKind::Sepa:
        return QStringLiteral("sepa");
    case BillingProfile::PaymentKind::Paypal:
        return QStringLiteral("paypal");
    case BillingProfile::PaymentKind::Other:
        break;
    }
    return QStringLiteral("other");
}

BillingProfile::PaymentKind billingPaymentKind(const QString &paymentMethod, bool hasCard, bool hasSepa)
{
    const QString key = paymentMethod.trimmed().toLower();
    if (key.isEmpty())
        return BillingProfile::PaymentKind::None;
    if (key == QLatin1String("stripe") || key == QLatin1String("card")) {
        if (hasCard)
            return BillingProfile::PaymentKind::Card;
        return hasSepa ? BillingProfile::PaymentKind::Sepa : BillingProfile::PaymentKind::Other;
    }
    if (key == QLatin1String("sepa") || key == QLatin1String("stripe_sepa"))
        return BillingProfile::PaymentKind::Sepa;
    if (key == QLatin1String("paypal"))
        return BillingProfile::PaymentKind::Paypal;
    return BillingProfile::PaymentKind::Other;
}
