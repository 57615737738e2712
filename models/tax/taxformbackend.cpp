#include "tax/taxformbackend.h"

#include "api/skysql/skysqlrequests.h"
#include "forms/fieldvalidation.h"
#include "forms/vatformats.h"

TaxFormBackend::TaxFormBackend(QObject *parent)
    : FormBackend(FieldCount, parent)
{
}

QString TaxFormBackend::fieldName(int field) const
{
    switch (static_cast<Field>(field)) {
    case Country: return QStringLiteral("country");
    case PostalCode: return QStringLiteral("postal_code");
    case Registration: return QStringLiteral("registration");
    case FieldCount: break;
    }
    return QString();
}

void TaxFormBackend::loadTaxInfo(const TaxInfo &tax, bool exists)
{
    m_taxId = tax.id;
    m_exists = exists;
    load({tax.country, tax.postalCode, tax.registration});
}

bool TaxFormBackend::exists() const
{
    return m_exists;
}

QString TaxFormBackend::taxId() const
{
    return m_taxId;
}

TaxInfo TaxFormBackend::taxInfo() const
{
    TaxInfo tax;
    tax.id = m_taxId;
    tax.country = value(Country).trimmed().toUpper();
    tax.postalCode = value(PostalCode).trimmed();
    tax.registration = value(Registration).trimmed();
    return tax;
}

TaxInfo TaxFormBackend::savedTaxInfo() const
{
    TaxInfo tax;
    tax.id = m_taxId;
    tax.country = savedValue(Country);
    tax.postalCode = savedValue(PostalCode);
    tax.registration = savedValue(Registration);
    return tax;
}

QJsonObject TaxFormBackend::changes() const
{
    return SkySqlRequests::taxInfoChanges(savedTaxInfo(), taxInfo());
}

void TaxFormBackend::acceptSaved(const TaxInfo &saved)
{
    m_taxId = saved.id;
    m_exists = true;
    markSaved();
}

void TaxFormBackend::adoptStored(const TaxInfo &stored)
{
    m_taxId = stored.id;
    m_exists = true;
    rebase({stored.country, stored.postalCode, stored.registration});
}

void TaxFormBackend::adoptStoredUnderEdits(const TaxInfo &stored)
{
    const QStringList storedValues {stored.country, stored.postalCode, stored.registration};
    for (int field = 0; field < FieldCount; ++field) {
        if (value(field) == savedValue(field))
            setValue(field, storedValues.at(field));
    }
    adoptStored(stored);
}

void TaxFormBackend::setCountryHasVat(bool hasVat)
{
    m_countryHasVat = hasVat;
}

bool TaxFormBackend::countryHasVat() const
{
    return m_countryHasVat;
}

QString TaxFormBackend::registrationHint() const
{
    return m_countryHasVat ? VatFormats::hint(value(Country)) : QString();
}

QString TaxFormBackend::checkField(int field) const
{
    switch (static_cast<Field>(field)) {
    case Country:
        return FieldValidation::checkRequired(value(Country));
    case PostalCode:
        // The tax record always carries one: it decides the tax jurisdiction.
        return FieldValidation::checkRequired(value(PostalCode));
    case Registration:
        return m_countryHasVat ? VatFormats::check(value(Country), value(Registration)) : QString();
    case FieldCount:
        break;
    }
    return QString();
}

int TaxFormBackend::fieldForServerKey(const QString &key) const
{
    for (int field = 0; field < FieldCount; ++field) {
        if (key == fieldName(field))
            return field;
    }
    return -1;
}
