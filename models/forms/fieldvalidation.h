#pragma once

#include <QString>

// Checks a form runs before anything is sent, so people see the problem beside the field
// instead of a round trip later. Each returns an empty string when the value is fine, or a
// short sentence for the field's error label.
namespace FieldValidation
{
QString checkRequired(const QString &value);
// One "@", a dot in the domain, no spaces: the same shape the providers accept.
QString checkEmail(const QString &email);
// International form: "+" and a country code, then 6 to 14 more digits; spaces, dots, dashes
// and brackets may group them. Empty is allowed (the phone is optional).
QString checkInternationalPhone(const QString &phone);
// False for the countries whose addresses have no postal code (Hong Kong, the Emirates...).
bool usesPostalCode(const QString &countryIso2);
QString checkPostalCode(const QString &countryIso2, const QString &postalCode);
}
