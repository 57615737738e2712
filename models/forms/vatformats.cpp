#include "forms/vatformats.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace VatFormats
{
namespace
{
struct Format final
{
    const char *country;
    const char *prefix;
    const char *pattern;  // after the prefix
    const char *shape;    // the pattern in words
    const char *example;
};

constexpr Format formats[] = {
    {"AT", "AT", "U\\d{8}", "U + 8 digits", "ATU12345678"},
    {"BE", "BE", "[01]\\d{9}", "10 digits starting with 0 or 1", "BE0123456789"},
    {"BG", "BG", "\\d{9,10}", "9 or 10 digits", "BG123456789"},
    {"CY", "CY", "\\d{8}[A-Z]", "8 digits + 1 letter", "CY12345678X"},
    {"CZ", "CZ", "\\d{8,10}", "8 to 10 digits", "CZ12345678"},
    {"DE", "DE", "\\d{9}", "9 digits", "DE123456789"},
    {"DK", "DK", "\\d{8}", "8 digits", "DK12345678"},
    {"EE", "EE", "\\d{9}", "9 digits", "EE123456789"},
    {"ES", "ES", "[0-9A-Z]\\d{7}[0-9A-Z]", "1 character + 7 digits + 1 character", "ESA12345674"},
    {"FI", "FI", "\\d{8}", "8 digits", "FI12345678"},
    {"FR", "FR", "[0-9A-HJ-NP-Z]{2}\\d{9}", "2 characters + 9 digits", "FR40303265045"},
    {"GR", "EL", "\\d{9}", "9 digits", "EL123456789"},
    {"HR", "HR", "\\d{11}", "11 digits", "HR12345678901"},
    {"HU", "HU", "\\d{8}", "8 digits", "HU12345678"},
    {"IE", "IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]", "7 digits + 1 or 2 letters", "IE6388047V"},
    {"IT", "IT", "\\d{11}", "11 digits", "IT12345678901"},
    {"LT", "LT", "\\d{9}|\\d{12}", "9 or 12 digits", "LT123456789"},
    {"LU", "LU", "\\d{8}", "8 digits", "LU12345678"},
    {"LV", "LV", "\\d{11}", "11 digits", "LV12345678901"},
    {"MT", "MT", "\\d{8}", "8 digits", "MT12345678"},
    {"NL", "NL", "\\d{9}B\\d{2}", "9 digits + B + 2 digits", "NL123456789B01"},
    {"PL", "PL", "\\d{10}", "10 digits", "PL1234567890"},
    {"PT", "PT", "\\d{9}", "9 digits", "PT123456789"},
    {"RO", "RO", "\\d{2,10}", "2 to 10 digits", "RO1234567"},
    {"SE", "SE", "\\d{12}", "12 digits", "SE123456789001"},
    {"SI", "SI", "\\d{8}", "8 digits", "SI12345678"},
    {"SK", "SK", "\\d{10}", "10 digits", "SK1234567890"},
};

const Format *formatOf(const QString &countryIso2)
{
    const QString country = countryIso2.trimmed().toUpper();
    for (const Format &format : formats) {
        if (country == QLatin1String(format.country))
            return &format;
    }
    return nullptr;
}
}

bool hasFormat(const QString &countryIso2)
{
    return formatOf(countryIso2) != nullptr;
}

QString prefix(const QString &countryIso2)
{
    const Format *format = formatOf(countryIso2);
    return format ? QString::fromLatin1(format->prefix) : QString();
}

QString normalized(const QString &vatNumber)
{
    QString result = vatNumber.toUpper();
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-]"));
    result.remove(separators);
    return result;
}

QString countryOfNumber(const QString &vatNumber)
{
    const QString number = normalized(vatNumber);
    for (const Format &format : formats) {
        if (number.startsWith(QLatin1String(format.prefix)))
            return QString::fromLatin1(format.country);
    }
    return QString();
}

bool isValid(const QString &countryIso2, const QString &vatNumber)
{
    const Format *format = formatOf(countryIso2);
    if (!format)
        return true;
    QString number = normalized(vatNumber);
    const QString formatPrefix = QString::fromLatin1(format->prefix);
    if (number.startsWith(formatPrefix))
        number = number.mid(formatPrefix.size());
    const QRegularExpression pattern(QStringLiteral("\\A(?:%1)\\z").arg(QLatin1String(format->pattern)));
    return pattern.match(number).hasMatch();
}

QString hint(const QString &countryIso2)
{
    const Format *format = formatOf(countryIso2);
    if (!format)
        return QString();
    return QCoreApplication::translate("VatFormats", "%1 + %2 (like %3)")
        .arg(QLatin1String(format->prefix), QLatin1String(format->shape), QLatin1String(format->example));
}

QString check(const QString &countryIso2, const QString &vatNumber)
{
    if (vatNumber.trimmed().isEmpty() || isValid(countryIso2, vatNumber))
        return QString();
    return QCoreApplication::translate("VatFormats", "Not a VAT number of this country. Expected %1.")
        .arg(hint(countryIso2));
}
}
