#pragma once

#include <QMetaType>
#include <QString>

// A stored means of payment (GET /billing/v1/payment-methods). Only what the provider shows:
// card numbers arrive masked and are never typed into this application (Stripe collects them).
struct PaymentMethod {
    QString id;
    QString type;              // "card", "sepa_debit"...
    bool isDefault = false;
    QString holderName;        // billing_details.name
    QString country;           // billing_details.country
    bool hasCard = false;      // false for non-card methods: the card fields are empty
    QString cardBrand;         // card.card_type: "visa", "mastercard"...
    QString maskedCardNumber;  // "**** **** **** 4242"
    int expiryMonth = 0;       // 1..12, 0 when unknown
    int expiryYear = 0;
    bool cvcValidated = false;
};

// The answer to POST /billing/v1/payment-methods/setup-intent: what the Stripe page needs to
// collect a card. `secret` is a Stripe client secret: never log it, store it or show it.
struct SetupIntent {
    QString intent;  // the SetupIntent id ("seti_...")
    QString key;     // Stripe publishable key
    QString secret;
};

Q_DECLARE_METATYPE(PaymentMethod)
Q_DECLARE_METATYPE(SetupIntent)
