#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a SkySQL organization edits through the billing API: contacts, tax information and
// payment methods. Held in memory only, so the app sees its own edits on the next read
// until the demo server restarts (or its reference date is set again).

struct SkySqlDemoAddress final
{
    QString addressLine1;
    QString addressLine2;
    QString city;
    QString country;
    QString postalCode;
    QString state;
};

struct SkySqlDemoContact final
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString type;  // one of SkySqlDemoState::contactTypes()
    SkySqlDemoAddress address;
};

struct SkySqlDemoTaxInfo final
{
    QString id;
    QString country;
    QString postalCode;
    QString registration;
};

struct SkySqlDemoPaymentMethod final
{
    QString id;
    QString cardType;  // "visa", "mastercard"
    bool cvcValidation = true;
    int expirationMonth = 0;
    int expirationYear = 0;
    QString maskedCardNumber;
    QString billingCountry;
    QString billingName;
    bool isDefault = false;
};

class SkySqlDemoState final
{
public:
    static QStringList contactTypes();

    // The starting state; dates (card expiry) are relative to the reference date.
    void reset(const QDate &referenceDate);

    const QList<SkySqlDemoContact> &contacts() const;
    SkySqlDemoContact *contact(const QString &id);
    // Assigns the id.
    const SkySqlDemoContact &addContact(SkySqlDemoContact contact);
    bool removeContact(const QString &id);

    const std::optional<SkySqlDemoTaxInfo> &taxInfo() const;
    // Assigns the id.
    const SkySqlDemoTaxInfo &setTaxInfo(SkySqlDemoTaxInfo taxInfo);
    void updateTaxInfo(const SkySqlDemoTaxInfo &taxInfo);
    void clearTaxInfo();

    const QList<SkySqlDemoPaymentMethod> &paymentMethods() const;
    SkySqlDemoPaymentMethod *paymentMethod(const QString &id);
    void makeDefaultPaymentMethod(const QString &id);
    // Removing the default promotes the oldest remaining method.
    bool removePaymentMethod(const QString &id);

    // A fresh Stripe-like SetupIntent number for each request.
    int nextSetupIntent();

private:
    QList<SkySqlDemoContact> m_contacts;
    std::optional<SkySqlDemoTaxInfo> m_taxInfo;
    QList<SkySqlDemoPaymentMethod> m_paymentMethods;
    int m_nextContact = 1;
    int m_nextTaxInfo = 1;
    int m_nextSetupIntent = 1;
};
