#pragma once

#include <QString>

// The syntax of EU VAT numbers (the rules of the EU's VIES service), so a wrong number is
// caught beside the field with the expected shape as a hint, before the provider refuses it.
namespace VatFormats
{
// True when the country's VAT number syntax is known (the EU member states).
bool hasFormat(const QString &countryIso2);
// The prefix numbers carry: the ISO code, except Greece's "EL".
QString prefix(const QString &countryIso2);
// Upper case, without spaces, dots and dashes.
QString normalized(const QString &vatNumber);
// The ISO code of the country whose prefix starts `vatNumber` ("EL…" → "GR"); empty when none.
QString countryOfNumber(const QString &vatNumber);
// True when `vatNumber` (with or without the prefix) matches the country's format, or when the
// country's format is not known (nothing to check against).
bool isValid(const QString &countryIso2, const QString &vatNumber);
// For people: "FR + 2 characters + 9 digits (like FR40303265045)"; empty when unknown.
QString hint(const QString &countryIso2);
// Empty when fine, else a sentence with the hint.
QString check(const QString &countryIso2, const QString &vatNumber);
}
