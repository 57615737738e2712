#include "skysqldemolocale.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

struct VatFormat final
{
    const char *country;
    const char *prefix;  // Greece's VAT prefix is EL, not its ISO code
    const char *pattern;  // the part after the prefix
    const char *example;
};

// The syntax rules of the EU's VIES service, per member state.
constexpr VatFormat vatFormats[] = {
    {"AT", "AT", "U\\d{8}", "ATU12345678"},
    {"BE", "BE", "[01]\\d{9}", "BE0123456789"},
    {"BG", "BG", "\\d{9,10}", "BG123456789"},
    {"CY", "CY", "\\d{8}[A-Z]", "CY12345678X"},
    {"CZ", "CZ", "\\d{8,10}", "CZ12345678"},
    {"DE", "DE", "\\d{9}", "DE123456789"},
    {"DK", "DK", "\\d{8}", "DK12345678"},
    {"EE", "EE", "\\d{9}", "EE123456789"},
    {"ES", "ES", "[0-9A-Z]\\d{7}[0-9A-Z]", "ESA12345674"},
    {"FI", "FI", "\\d{8}", "FI12345678"},
    {"FR", "FR", "[0-9A-HJ-NP-Z]{2}\\d{9}", "FR40303265045"},
    {"GR", "EL", "\\d{9}", "EL123456789"},
    {"HR", "HR", "\\d{11}", "HR12345678901"},
    {"HU", "HU", "\\d{8}", "HU12345678"},
    {"IE", "IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]", "IE6388047V"},
    {"IT", "IT", "\\d{11}", "IT12345678901"},
    {"LT", "LT", "\\d{9}|\\d{12}", "LT123456789"},
    {"LU", "LU", "\\d{8}", "LU12345678"},
    {"LV", "LV", "\\d{11}", "LV12345678901"},
    {"MT", "MT", "\\d{8}", "MT12345678"},
    {"NL", "NL", "\\d{9}B\\d{2}", "NL123456789B01"},
    {"PL", "PL", "\\d{10}", "PL1234567890"},
    {"PT", "PT", "\\d{9}", "PT123456789"},
    {"RO", "RO", "\\d{2,10}", "RO1234567"},
    {"SE", "SE", "\\d{12}", "SE123456789001"},
    {"SI", "SI", "\\d{8}", "SI12345678"},
    {"SK", "SK", "\\d{10}", "SK1234567890"},
};

const VatFormat *vatFormat(const QString &country)
{
    for (const VatFormat &format : vatFormats) {
        if (country == QLatin1String(format.country))
            return &format;
    }
    return nullptr;
}

} // namespace

SkySqlDemoLocale::SkySqlDemoLocale()
{
    struct Row final
    {
        const char *iso2;
        const char *iso3;
        const char *name;
        bool active;
        bool vat;
    };
    static constexpr Row rows[] = {
        {"AT", "AUT", "Austria", true, true},
        {"AU", "AUS", "Australia", true, false},
        {"BE", "BEL", "Belgium", true, true},
        {"BG", "BGR", "Bulgaria", true, true},
        {"BR", "BRA", "Brazil", true, false},
        {"CA", "CAN", "Canada", true, false},
        {"CH", "CHE", "Switzerland", true, true},
        {"CY", "CYP", "Cyprus", true, true},
        {"CZ", "CZE", "Czechia", true, true},
        {"DE", "DEU", "Germany", true, true},
        {"DK", "DNK", "Denmark", true, true},
        {"EE", "EST", "Estonia", true, true},
        {"ES", "ESP", "Spain", true, true},
        {"FI", "FIN", "Finland", true, true},
        {"FR", "FRA", "France", true, true},
        {"GB", "GBR", "United Kingdom", true, true},
        {"GR", "GRC", "Greece", true, true},
        {"HR", "HRV", "Croatia", true, true},
        {"HU", "HUN", "Hungary", true, true},
        {"IE", "IRL", "Ireland", true, true},
        {"IL", "ISR", "Israel", true, false},
        {"IN", "IND", "India", true, false},
        {"IT", "ITA", "Italy", true, true},
        {"JP", "JPN", "Japan", true, false},
        {"KR", "KOR", "South Korea", false, false},
        {"LT", "LTU", "Lithuania", true, true},
        {"LU", "LUX", "Luxembourg", true, true},
        {"LV", "LVA", "Latvia", true, true},
        {"MT", "MLT", "Malta", true, true},
        {"MX", "MEX", "Mexico", true, false},
        {"NL", "NLD", "Netherlands", true, true},
        {"NO", "NOR", "Norway", true, true},
        {"NZ", "NZL", "New Zealand", true, false},
        {"PL", "POL", "Poland", true, true},
        {"PT", "PRT", "Portugal", true, true},
        {"RO", "ROU", "Romania", true, true},
        {"SE", "SWE", "Sweden", true, true},
        {"SG", "SGP", "Singapore", true, false},
        {"SI", "SVN", "Slovenia", true, true},
        {"SK", "SVK", "Slovakia", true, true},
        {"US", "USA", "United States", true, false},
        {"ZA", "ZAF", "South Africa", false, false},
    };
    for (const Row &row : rows) {
        SkySqlDemoCountry country;
        country.iso3166_2 = QLatin1String(row.iso2);
        country.iso3166_3 = QLatin1String(row.iso3);
        country.name = QLatin1String(row.name);
        country.active = row.active;
        country.vat = row.vat;
        if (isEuMember(country.iso3166_2))
            country.lei = QStringLiteral("SKYSQL-IE");
        else if (country.iso3166_2 == u"GB")
            country.lei = QStringLiteral("SKYSQL-UK");
        else
            country.lei = QStringLiteral("SKYSQL-US");
        m_countries.append(country);
    }
    std::sort(m_countries.begin(), m_countries.end(),
              [](const SkySqlDemoCountry &a, const SkySqlDemoCountry &b) { return a.name < b.name; });

    struct StateRow final
    {
        const char *country;
        const char *isoShort;
        const char *name;
        bool active;
    };
    static constexpr StateRow stateRows[] = {
        {"US", "AL", "Alabama", true}, {"US", "AK", "Alaska", true},
        {"US", "AZ", "Arizona", true}, {"US", "AR", "Arkansas", true},
        {"US", "CA", "California", true}, {"US", "CO", "Colorado", true},
        {"US", "CT", "Connecticut", true}, {"US", "DE", "Delaware", true},
        {"US", "DC", "District of Columbia", true}, {"US", "FL", "Florida", true},
        {"US", "GA", "Georgia", true}, {"US", "HI", "Hawaii", true},
        {"US", "ID", "Idaho", true}, {"US", "IL", "Illinois", true},
        {"US", "IN", "Indiana", true}, {"US", "IA", "Iowa", true},
        {"US", "KS", "Kansas", true}, {"US", "KY", "Kentucky", true},
        {"US", "LA", "Louisiana", true}, {"US", "ME", "Maine", true},
        {"US", "MD", "Maryland", true}, {"US", "MA", "Massachusetts", true},
        {"US", "MI", "Michigan", true}, {"US", "MN", "Minnesota", true},
        {"US", "MS", "Mississippi", true}, {"US", "MO", "Missouri", true},
        {"US", "MT", "Montana", true}, {"US", "NE", "Nebraska", true},
        {"US", "NV", "Nevada", true}, {"US", "NH", "New Hampshire", true},
        {"US", "NJ", "New Jersey", true}, {"US", "NM", "New Mexico", true},
        {"US", "NY", "New York", true}, {"US", "NC", "North Carolina", true},
        {"US", "ND", "North Dakota", true}, {"US", "OH", "Ohio", true},
        {"US", "OK", "Oklahoma", true}, {"US", "OR", "Oregon", true},
        {"US", "PA", "Pennsylvania", true}, {"US", "RI", "Rhode Island", true},
        {"US", "SC", "South Carolina", true}, {"US", "SD", "South Dakota", true},
        {"US", "TN", "Tennessee", true}, {"US", "TX", "Texas", true},
        {"US", "UT", "Utah", true}, {"US", "VT", "Vermont", true},
        {"US", "VA", "Virginia", true}, {"US", "WA", "Washington", true},
        {"US", "WV", "West Virginia", true}, {"US", "WI", "Wisconsin", true},
        {"US", "WY", "Wyoming", true},
        // Territories SkySQL does not invoice (yet): listed, inactive.
        {"US", "GU", "Guam", false}, {"US", "PR", "Puerto Rico", false},
        {"CA", "AB", "Alberta", true}, {"CA", "BC", "British Columbia", true},
        {"CA", "MB", "Manitoba", true}, {"CA", "NB", "New Brunswick", true},
        {"CA", "NL", "Newfoundland and Labrador", true}, {"CA", "NS", "Nova Scotia", true},
        {"CA", "NT", "Northwest Territories", true}, {"CA", "NU", "Nunavut", true},
        {"CA", "ON", "Ontario", true}, {"CA", "PE", "Prince Edward Island", true},
        {"CA", "QC", "Quebec", true}, {"CA", "SK", "Saskatchewan", true},
        {"CA", "YT", "Yukon", true},
    };
    for (const StateRow &row : stateRows) {
        m_statesProvinces.append(SkySqlDemoStateProvince {
            QLatin1String(row.country), QLatin1String(row.isoShort), QLatin1String(row.name),
            row.active});
    }
}

const QList<SkySqlDemoCountry> &SkySqlDemoLocale::countries() const
{
    return m_countries;
}

const QList<SkySqlDemoStateProvince> &SkySqlDemoLocale::statesProvinces() const
{
    return m_statesProvinces;
}

const SkySqlDemoCountry *SkySqlDemoLocale::country(const QString &iso3166_2) const
{
    for (const SkySqlDemoCountry &country : m_countries) {
        if (country.iso3166_2 == iso3166_2)
            return &country;
    }
    return nullptr;
}

bool SkySqlDemoLocale::hasStatesProvinces(const QString &country) const
{
    return std::any_of(m_statesProvinces.cbegin(), m_statesProvinces.cend(),
                       [&country](const SkySqlDemoStateProvince &state) {
                           return state.country == country;
                       });
}

const SkySqlDemoStateProvince *SkySqlDemoLocale::stateProvince(const QString &country,
                                                               const QString &isoShort) const
{
    for (const SkySqlDemoStateProvince &state : m_statesProvinces) {
        if (state.country == country && state.isoShort == isoShort)
            return &state;
    }
    return nullptr;
}

bool SkySqlDemoLocale::isEuMember(const QString &iso3166_2)
{
    return vatFormat(iso3166_2) != nullptr;
}

bool SkySqlDemoLocale::isValidVatRegistration(const QString &country, const QString &registration,
                                              QString *reason)
{
    const VatFormat *format = vatFormat(country);
    if (!format)
        return true;

    QString normalized = registration.toUpper();
    normalized.remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    const QString prefix = QLatin1String(format->prefix);
    if (normalized.startsWith(prefix))
        normalized = normalized.mid(prefix.size());

    const QRegularExpression pattern(
        QStringLiteral("\\A(?:%1)\\z").arg(QLatin1String(format->pattern)));
    if (pattern.match(normalized).hasMatch())
        return true;
    if (reason) {
        *reason = QStringLiteral("not a valid %1 VAT number (expected like %2)")
                      .arg(country, QLatin1String(format->example));
    }
    return false;
}
