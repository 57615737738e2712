#pragma once

#include <QList>
#include <QString>

// The countries and states/provinces SkySQL bills to, and the VAT number formats the demo
// checks tax registrations against.

struct SkySqlDemoCountry final
{
    QString iso3166_2;  // "FR"
    QString iso3166_3;  // "FRA"
    QString name;
    QString lei;  // the SkySQL legal entity that invoices customers there
    bool active = true;
    bool vat = false;  // a VAT registration is collected (and checked for EU countries)
};

struct SkySqlDemoStateProvince final
{
    QString country;  // ISO 3166-1 alpha-2
    QString isoShort;  // "CA" for California, "QC" for Quebec
    QString name;
    bool active = true;
};

class SkySqlDemoLocale final
{
public:
    SkySqlDemoLocale();

    // Sorted by name, like a country picker wants them.
    const QList<SkySqlDemoCountry> &countries() const;
    const QList<SkySqlDemoStateProvince> &statesProvinces() const;

    const SkySqlDemoCountry *country(const QString &iso3166_2) const;
    bool hasStatesProvinces(const QString &country) const;
    const SkySqlDemoStateProvince *stateProvince(const QString &country,
                                                 const QString &isoShort) const;

    static bool isEuMember(const QString &iso3166_2);
    // Checks an EU VAT number's syntax for its country ("FR40303265045" or without the
    // prefix; spaces, dots and dashes ignored). Countries outside the EU accept any text.
    // On failure, *reason says what the format is.
    static bool isValidVatRegistration(const QString &country, const QString &registration,
                                       QString *reason);

private:
    QList<SkySqlDemoCountry> m_countries;
    QList<SkySqlDemoStateProvince> m_statesProvinces;
};
