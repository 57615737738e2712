#include "contacts/contactformbackend.h"

#include "api/skysql/skysqlrequests.h"
#include "forms/fieldvalidation.h"

ContactFormBackend::ContactFormBackend(QObject *parent)
    : FormBackend(FieldCount, parent)
{
}

QString ContactFormBackend::fieldName(int field) const
{
    switch (static_cast<Field>(field)) {
    case Type: return QStringLiteral("type");
    case FirstName: return QStringLiteral("first_name");
    case LastName: return QStringLiteral("last_name");
    case Email: return QStringLiteral("email");
    case Phone: return QStringLiteral("phone");
    case AddressLine1: return QStringLiteral("address.address_line_1");
    case AddressLine2: return QStringLiteral("address.address_line_2");
    case City: return QStringLiteral("address.city");
    case PostalCode: return QStringLiteral("address.postal_code");
    case Country: return QStringLiteral("address.country");
    case State: return QStringLiteral("address.state");
    case FieldCount: break;
    }
    return QString();
}

QStringList ContactFormBackend::valuesOf(const Contact &contact)
{
    return {contact.type, contact.firstName, contact.lastName, contact.email, contact.phone,
            contact.address.line1, contact.address.line2, contact.address.city,
            contact.address.postalCode, contact.address.country, contact.address.state};
}

void ContactFormBackend::loadContact(const Contact &contact)
{
    m_contactId = contact.id;
    load(valuesOf(contact));
}

void ContactFormBackend::startNew(const QString &type)
{
    Contact contact;
    contact.type = type;
    loadContact(contact);
}

bool ContactFormBackend::isCreating() const
{
    return m_contactId.isEmpty();
}

QString ContactFormBackend::contactId() const
{
    return m_contactId;
}

Contact ContactFormBackend::contact() const
{
    Contact contact;
    contact.id = m_contactId;
    contact.type = value(Type).trimmed();
    contact.firstName = value(FirstName).trimmed();
    contact.lastName = value(LastName).trimmed();
    contact.email = value(Email).trimmed();
    contact.phone = value(Phone).trimmed();
    contact.address.line1 = value(AddressLine1).trimmed();
    contact.address.line2 = value(AddressLine2).trimmed();
    contact.address.city = value(City).trimmed();
    contact.address.postalCode = value(PostalCode).trimmed();
    contact.address.country = value(Country).trimmed();
    contact.address.state = value(State).trimmed();
    return contact;
}

Contact ContactFormBackend::savedContact() const
{
    Contact contact;
    contact.id = m_contactId;
    contact.type = savedValue(Type);
    contact.firstName = savedValue(FirstName);
    contact.lastName = savedValue(LastName);
    contact.email = savedValue(Email);
    contact.phone = savedValue(Phone);
    contact.address.line1 = savedValue(AddressLine1);
    contact.address.line2 = savedValue(AddressLine2);
    contact.address.city = savedValue(City);
    contact.address.postalCode = savedValue(PostalCode);
    contact.address.country = savedValue(Country);
    contact.address.state = savedValue(State);
    return contact;
}

QJsonObject ContactFormBackend::changes() const
{
    return SkySqlRequests::contactChanges(savedContact(), contact());
}

void ContactFormBackend::acceptSaved(const QString &contactId)
{
    const bool idChanged = m_contactId != contactId;
    m_contactId = contactId;
    markSaved();
    if (idChanged)
        Q_EMIT loaded();
}

void ContactFormBackend::adoptStored(const Contact &stored)
{
    m_contactId = stored.id;
    rebase(valuesOf(stored));
    Q_EMIT loaded();
}

void ContactFormBackend::setCountryHasStates(bool hasStates)
{
    m_countryHasStates = hasStates;
}

bool ContactFormBackend::countryHasStates() const
{
    return m_countryHasStates;
}

QString ContactFormBackend::checkField(int field) const
{
    switch (static_cast<Field>(field)) {
    case Type:
    case FirstName:
    case LastName:
    case AddressLine1:
    case City:
    case Country:
        return FieldValidation::checkRequired(value(field));
    case Email:
        return FieldValidation::checkEmail(value(Email));
    case Phone:
        return FieldValidation::checkInternationalPhone(value(Phone));
    case PostalCode:
        return FieldValidation::checkPostalCode(value(Country), value(PostalCode));
    case State:
        return m_countryHasStates ? FieldValidation::checkRequired(value(State)) : QString();
    case AddressLine2:
    case FieldCount:
        break;
    }
    return QString();
}

int ContactFormBackend::fieldForServerKey(const QString &key) const
{
    for (int field = 0; field < FieldCount; ++field) {
        const QString name = fieldName(field);
        // "address.city" or a bare "city" (some providers drop the object's name).
        if (key == name || (name.startsWith(QLatin1String("address.")) && key == name.mid(8)))
            return field;
    }
    if (key == QLatin1String("address"))
        return AddressLine1;
    return -1;
}
