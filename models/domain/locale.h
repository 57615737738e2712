#pragma once

#include <QMetaType>
#include <QString>

// A country the provider bills in (GET /billing/v1/locale/country).
struct Country {
    QString iso2;    // iso3166_2: "FR"
    QString iso3;    // iso3166_3: "FRA"
    QString name;
    QString lei;     // the SkySQL legal entity that bills customers there
    bool active = false;
    bool vat = false;  // a tax registration can be given
};

// A state or province of a country (GET /billing/v1/locale/state-province).
struct StateProvince {
    QString country;  // iso3166_2 of the country
    QString code;     // iso_short: "CA" for California
    QString name;
    bool active = false;
};

Q_DECLARE_METATYPE(Country)
Q_DECLARE_METATYPE(StateProvince)
