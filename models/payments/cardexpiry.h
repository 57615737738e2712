#pragma once

#include <QDate>

// Whether a payment card still works: warns ahead so the owner replaces it before an invoice
// fails on it.
enum class CardExpiryState { Unknown, Valid, ExpiresSoon, Expired };

// How many days before the end of its expiry month a card counts as expiring soon.
constexpr int CardExpiryWarningDays = 60;

// A card is good until the last day of its expiry month. Month 0 or year 0 (not readable)
// gives Unknown.
CardExpiryState cardExpiryState(int expiryMonth, int expiryYear, const QDate &today);
// The last day a card can be charged; invalid when the expiry is not readable.
QDate cardLastValidDay(int expiryMonth, int expiryYear);
