#pragma once

#include "money.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// The card Stripe holds for the profile. Only what Stripe shows back: a card number is never
// typed into or stored by this application.
struct BillingCard {
    QString last4;
    QString expiry;       // as sent, "10/2020"
    int expiryMonth = 0;  // 0 when `expiry` could not be read
    int expiryYear = 0;
    QString brand;        // "Visa"
    QString holderName;
};

// A SEPA direct-debit mandate (through Stripe).
struct SepaMandate {
    QString bankCode;
    QString country;
    QString last4;
    QString mandateReference;
    QUrl mandateUrl;
};

struct PaypalAccount {
    QString id;
    QString email;  // when the provider sends it
};

// Who Scalingo invoices and how it is paid. The same structure comes from the API
// (root "billing_profile") and from the billing host (root "profile").
struct BillingProfile {
    enum class PaymentKind { None, Card, Sepa, Paypal, Other };

    QString id;  // empty until the profile exists on the billing host
    QString name;
    QString email;
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString zip;
    QString state;
    QString country;
    Money credit;  // euros, decimal in the JSON ("credit": 15.0)
    QString vatNumber;
    QString company;
    QString invoiceAdditionalInfo;

    QString paymentMethod;  // the provider's word: "stripe", "sepa", "paypal"...
    PaymentKind paymentKind = PaymentKind::None;
    QString stripePaymentMethodId;
    std::optional<BillingCard> card;
    std::optional<SepaMandate> sepa;
    std::optional<PaypalAccount> paypal;
};

// "none", "card", "sepa", "paypal", "other": for export and for choosing an icon.
QString billingPaymentKindKey(BillingProfile::PaymentKind kind);
// Decides the kind from the provider's word and which details are present: "stripe" is a card
// unless only SEPA details are filled in.
BillingProfile::PaymentKind billingPaymentKind(const QString &paymentMethod, bool hasCard, bool hasSepa);

Q_DECLARE_METATYPE(BillingProfile)
