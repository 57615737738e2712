#include "domain/contact.h"

bool Address::isEmpty() const
{
    return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && state.isEmpty() && postalCode.isEmpty()
        && country.isEmpty();
}

bool Address::operator==(const Address &other) const
{
    return line1 == other.line1 && line2 == other.line2 && city == other.city && state == other.state
        && postalCode == other.postalCode && country == other.country;
}

bool Address::operator!=(const Address &other) const
{
    return !(*this == other);
}

QString Contact::fullName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

bool Contact::operator==(const Contact &other) const
{
    return id == other.id && type == other.type && firstName == other.firstName && lastName == other.lastName
        && email == other.email && phone == other.phone && address == other.address;
}

bool Contact::operator!=(const Contact &other) const
{
    return !(*this == other);
}
