#include "profile/billingprofileformbackend.h"

#include "forms/fieldvalidation.h"
#include "forms/vatformats.h"

BillingProfileFormBackend::BillingProfileFormBackend(QObject *parent)
    : FormBackend(FieldCount, parent)
{
}

QString BillingProfileFormBackend::fieldName(int field) const
{
    switch (static_cast<Field>(field)) {
    case Name: return QStringLiteral("name");
    case Company: return QStringLiteral("company");
    case Email: return QStringLiteral("email");
    case AddressLine1: return QStringLiteral("address_line1");
    case AddressLine2: return QStringLiteral("address_line2");
    case City: return QStringLiteral("address_city");
    case Zip: return QStringLiteral("address_zip");
    case State: return QStringLiteral("address_state");
    case Country: return QStringLiteral("address_country");
    case VatNumber: return QStringLiteral("vat_number");
    case FieldCount: break;
    }
    return QString();
}

QStringList BillingProfileFormBackend::valuesOf(const BillingProfile &profile)
{
    return {profile.name, profile.company, profile.email, profile.addressLine1, profile.addressLine2,
            profile.city, profile.zip, profile.state, profile.country, profile.vatNumber};
}

void BillingProfileFormBackend::loadProfile(const BillingProfile &profile, bool exists)
{
    m_profile = profile;
    m_exists = exists;
    load(valuesOf(profile));
}

void BillingProfileFormBackend::adoptStored(const BillingProfile &stored)
{
    m_profile = stored;
    m_exists = true;
    rebase(valuesOf(stored));
}

bool BillingProfileFormBackend::exists() const
{
    return m_exists;
}

BillingProfile BillingProfileFormBackend::profile() const
{
    BillingProfile profile = m_profile;
    profile.name = value(Name).trimmed();
    profile.company = value(Company).trimmed();
    profile.email = value(Email).trimmed();
    profile.addressLine1 = value(AddressLine1).trimmed();
    profile.addressLine2 = value(AddressLine2).trimmed();
    profile.city = value(City).trimmed();
    profile.zip = value(Zip).trimmed();
    profile.state = value(State).trimmed();
    profile.country = value(Country).trimmed();
    profile.vatNumber = value(VatNumber).trimmed();
    return profile;
}

void BillingProfileFormBackend::acceptSaved(const BillingProfile &saved)
{
    loadProfile(saved, true);
}

QString BillingProfileFormBackend::checkField(int field) const
{
    switch (static_cast<Field>(field)) {
    case Name:
    case AddressLine1:
    case City:
    case Country:
        return FieldValidation::checkRequired(value(field));
    case Email:
        return FieldValidation::checkEmail(value(Email));
    case Zip:
        return FieldValidation::checkPostalCode(value(Country), value(Zip));
    case VatNumber: {
        // Scalingo names the country ("France") rather than coding it: the number's own
        // prefix then says which format applies.
        const QString country = value(Country).trimmed();
        const QString numberCountry = VatFormats::countryOfNumber(value(VatNumber));
        if (country.size() == 2)
            return VatFormats::check(country, value(VatNumber));
        if (!numberCountry.isEmpty())
            return VatFormats::check(numberCountry, value(VatNumber));
        return QString();
    }
    case Company:
    case AddressLine2:
    case State:
    case FieldCount:
        break;
    }
    return QString();
}

int BillingProfileFormBackend::fieldForServerKey(const QString &key) const
{
    for (int field = 0; field < FieldCount; ++field) {
        if (key == fieldName(field))
            return field;
    }
    // The billing host names the address fields without the "address_" prefix sometimes.
    if (key == QLatin1String("zip"))
        return Zip;
    if (key == QLatin1String("city"))
        return City;
    if (key == QLatin1String("country"))
        return Country;
    return -1;
}
