#pragma once

#include <QStringList>
#include <QMetaType>
#include <QString>

struct Address {
    QString line1;
    QString line2;
    QString city;
    QString state;        // state or province code
    QString postalCode;
    QString country;      // ISO 3166-1 alpha-2

    bool isEmpty() const;
    bool operator==(const Address &other) const;
    bool operator!=(const Address &other) const;
};

// A billing contact of the organization (who receives invoices, who is called about payment).
struct Contact {
    QString id;           // empty until the provider created it
    QString type;         // "billing", "technical"...
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    Address address;

    QString fullName() const;
    bool operator==(const Contact &other) const;
    bool operator!=(const Contact &other) const;
};

Q_DECLARE_METATYPE(Address)
Q_DECLARE_METATYPE(Contact)
