#include "domain/taxinfo.h"

bool TaxInfo::operator==(const TaxInfo &other) const
{
    return id == other.id && country == other.country && postalCode == other.postalCode
        && registration == other.registration;
}

bool TaxInfo::operator!=(const TaxInfo &other) const
{
    return !(*this == other);
}
